"""Waivers: accepted findings leave the report and the exit status; stale waivers are reported."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factledger.engine import Settings
from factledger.errors import FactledgerError
from factledger.findings import Finding, Result, Severity
from factledger.locations import Location
from factledger.waivers import Waiver, apply_waivers, load_waivers
from ledgers import clean_ledger, run_cli, warning_ledger, write

TODAY = dt.date(2025, 6, 1)
FINDING = Finding("FL201", "rate-dropped-from-figure", Severity.WARNING, "m", Location("a.toml", 3),
                  claims=("a:total", "a:troops"))


@pytest.mark.parametrize(("waiver", "kept", "waived", "expired", "unused"), [
    (Waiver("FL201", "a:total", "ok"), 0, 1, 0, 0),
    (Waiver("FL201", "a:troops", "ok"), 0, 1, 0, 0),  # any claim the finding rests on
    (Waiver("FL201", "a:total", "ok", expires=TODAY), 0, 1, 0, 0),  # the last day still counts
    (Waiver("FL201", "a:total", "ok", expires=dt.date(2025, 5, 31)), 1, 0, 1, 0),
    (Waiver("FL101", "a:total", "ok"), 1, 0, 0, 1),
    (Waiver("FL201", "b:total", "ok"), 1, 0, 0, 1),
])
def test_apply_waivers(waiver: Waiver, kept: int, waived: int, expired: int, unused: int) -> None:
    """A waiver removes findings of its code on its claim until it expires; others are reported."""
    result, report = apply_waivers(Result(findings=(FINDING,)), (waiver,), TODAY)
    assert (len(result.findings), len(report.waived), len(report.expired), len(report.unused)) == (
        kept, waived, expired, unused)


@pytest.mark.parametrize(("settings", "expired", "unused"), [
    (Settings(select=("FL4",)), 0, 0),  # neither rule checked: neither waiver judged
    (Settings(ignore=("FL2", "FL1")), 0, 0),
    (Settings(select=("FL2",)), 1, 0),  # the FL101 waiver left out; the FL201 one judged expired
    (Settings(select=("FL1",)), 0, 1),  # the FL201 waiver left out; the FL101 one judged unused
    (Settings(ignore=("FL201",)), 0, 1),
    (Settings(), 1, 1),
])
def test_a_waiver_for_a_rule_the_run_leaves_out_is_not_judged(settings: Settings, expired: int,
                                                                unused: int) -> None:
    """A waiver whose rule --select/--ignore leaves out is neither unused nor expired in that run."""
    waivers = (Waiver("FL201", "a:total", "ok", expires=dt.date(2025, 5, 31)), Waiver("FL101", "a:total", "ok"))
    _, report = apply_waivers(Result(), waivers, TODAY, settings)
    assert (len(report.expired), len(report.unused)) == (expired, unused)


def _first_match_in_file_order(result: Result, waivers: tuple[Waiver, ...]):
    """What apply_waivers must give: each finding removed by the first unexpired waiver that matches it."""
    active = [w for w in waivers if not w.expired(TODAY)]
    pairs = [(f, next((w for w in active if w.matches(f)), None)) for f in result.findings]
    return [f for f, w in pairs if w is None], [(f, w) for f, w in pairs if w is not None]


_codes = st.sampled_from(["FL101", "FL201", "FL502"])
_claims = st.sampled_from(["a:total", "a:troops", "a:pay", "b:total"])
_findings = st.builds(lambda code, claims, line: Finding(code, "name", Severity.WARNING, "m", Location("a.toml", line),
                                                         claims=tuple(claims)),
                      _codes, st.lists(_claims, max_size=3), st.integers(1, 50))
_waivers = st.builds(lambda code, claim, expires, line: Waiver(code, claim, f"reason {line}", expires,
                                                               Location("w.toml", line)),
                     _codes, _claims, st.sampled_from([None, TODAY, dt.date(2025, 5, 31)]), st.integers(1, 50))


@given(st.lists(_findings, max_size=12), st.lists(_waivers, max_size=8))
def test_each_finding_is_waived_by_the_first_matching_waiver_in_the_file(findings, waivers) -> None:
    result, report = apply_waivers(Result(findings=tuple(findings)), tuple(waivers), TODAY)
    kept, waived = _first_match_in_file_order(Result(findings=tuple(findings)), tuple(waivers))
    assert list(result.findings) == kept
    assert [(f, w) for f, w in report.waived] == waived
    assert all(w is v for (_, w), (_, v) in zip(report.waived, waived))  # the same waiver, not an equal one


def test_load_reads_every_field_with_its_line(tmp_path: Path) -> None:
    """A waiver file gives each waiver its fields and the line of its [[waiver]] header."""
    path = write(tmp_path, "w.toml", '# accepted\n[[waiver]]\ncode = "fl201"\nclaim = "a:total"\n'
                 'reason = "fine"\nexpires = 2026-12-31\n')
    assert load_waivers(path) == (Waiver("FL201", "a:total", "fine", dt.date(2026, 12, 31),
                                         Location(path.as_posix(), 2)),)


@pytest.mark.parametrize(("text", "message"), [
    ('[[waiver]]\ncode = "FL201"\nclaim = "a:b"\n',
     ':1: waiver has no reason: add reason = "why this finding is accepted"'),
    ('[[waiver]]\ncode = "FL201"\nclaim = "a:b"\nreason = ""\n',
     ':4: reason must be non-empty text, like reason = "why this finding is accepted"; got \'\''),
    ('[[waiver]]\ncode = "FL999"\nclaim = "a:b"\nreason = "r"\n',
     ":2: 'FL999' is not a rule code; 'factledger rule' lists them"),
    ('[[waiver]]\ncode = "FL201"\nclaim = "total"\nreason = "r"\n',
     ':3: claim must name the article and the claim, like "bwr-2024-11-17:nk_pay_total"; got \'total\''),
    ('[[waiver]]\ncode = "FL201"\nclaim = "a:b"\nreason = "r"\nexpires = "soon"\n',
     ":5: expires must be a date without quotes, like expires = 2026-12-31; got 'soon'"),
    # A date with a time is shown as written, with the date to write: it was
    # "got datetime.datetime(2026, 12, 31, 0, 0)"
    ('[[waiver]]\ncode = "FL201"\nclaim = "a:b"\nreason = "r"\nexpires = 2026-12-31T00:00:00\n',
     ":5: expires must be a date without a time: drop the time, expires = 2026-12-31; got 2026-12-31T00:00:00"),
    ('[[waiver]]\ncode = "FL201"\nclaim = "a:b"\nreason = "r"\nexpires = 2026-12-31 12:30:00\n',
     ":5: expires must be a date without a time: drop the time, expires = 2026-12-31; got 2026-12-31T12:30:00"),
    ('[[waiver]]\ncode = "FL201"\nclaim = "a:b"\nreason = "r"\nexpires = 12:30:00\n',
     ":5: expires must be a date without quotes, like expires = 2026-12-31; got 12:30:00"),
    ('[[waiver]]\ncode = "FL201"\nclaim = "a:b"\nreason = "r"\nexpires = 20261231\n',
     ":5: expires must be a date without quotes, like expires = 2026-12-31; got 20261231"),
    ('[[waiver]]\ncode = "FL201"\nclaim = "a:b"\nreason = true\n',
     ':4: reason must be non-empty text, like reason = "why this finding is accepted"; got true'),
    ('[[waiver]]\ncode = "FL201"\nclaim = "a:b"\nreason = "r"\nreasons = "x"\n',
     ":5: unknown field 'reasons' in waiver; expected one of code, claim, reason, expires"),
    ('[waiver]\ncode = "FL201"\n', ":1: waiver must be an array of tables: write [[waiver]]"),
    ('[waivers]\n', ":1: unknown table 'waivers'; a waiver file holds only [[waiver]] tables"),
    ('# accepted findings\n\n[waivers]\n', ":3: unknown table 'waivers'; a waiver file holds only [[waiver]] tables"),
    ('# accepted findings\nwaiver = 5\n', ":2: waiver must be an array of tables: write [[waiver]]"),
    ('# accepted findings\nwaiver = [1]\n', ":2: each waiver must be a table: write [[waiver]]"),
    ('[[waiver]\n', ":1: invalid TOML"),
    # U+2028 ends a line for str.splitlines, not for TOML: the line after it is still line 6
    ('# one\u2028two\n[[waiver]]\ncode = "FL201"\nclaim = "a:b"\nreason = "r\u2029s"\nexpires = "soon"\n',
     ":6: expires must be a date without quotes, like expires = 2026-12-31; got 'soon'"),
])
def test_bad_waiver_files_name_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    """Every problem in a waiver file is one line naming the file and the line."""
    path = write(tmp_path, "w.toml", text)
    with pytest.raises(FactledgerError) as raised:
        load_waivers(path)
    assert str(raised.value).startswith(path.as_posix() + message)


WAIVE_FL201 = '[[waiver]]\ncode = "FL201"\nclaim = "dropped:total"\nreason = "stated later"\n'
EXPIRED = WAIVE_FL201 + "expires = 2001-01-01\n"
STALE = '\n[[waiver]]\ncode = "FL101"\nclaim = "dropped:pay"\nreason = "old"\n'


@pytest.mark.parametrize(("waivers", "args", "status", "tail"), [
    (WAIVE_FL201, (), 0, "1 finding waived.\n"),
    (EXPIRED, (), 1, "Found 1 finding (1 warning) in 1 file: 1 check, 0 consistent; 3 of 3 claims checked.\n"),
    (EXPIRED, ("--fail-on", "error"), 0, "3 of 3 claims checked.\n"),
    (WAIVE_FL201 + STALE, (), 0, "1 finding waived.\n"),
])
def test_default_waiver_file_in_the_working_directory(tmp_path: Path, waivers: str, args, status: int,
                                                      tail: str) -> None:
    """factledger-waivers.toml applies by default; an expired waiver fails at warning level."""
    warning_ledger(tmp_path)
    write(tmp_path, "factledger-waivers.toml", waivers)
    completed = run_cli("verify", *args, "dropped.toml", cwd=tmp_path)
    assert (completed.returncode, completed.stdout[-len(tail):]) == (status, tail)


def test_expired_and_unused_waivers_are_reported_in_text(tmp_path: Path) -> None:
    """Text names each waiver that expired or matches nothing, with its file and line."""
    warning_ledger(tmp_path)
    write(tmp_path, "w.toml", EXPIRED + STALE)
    lines = run_cli("verify", "--waivers", "w.toml", "dropped.toml", cwd=tmp_path).stdout.splitlines()
    assert "w.toml:1: warning: waiver for FL201 on dropped:total expired on 2001-01-01; its findings are " \
           "reported again" in lines
    assert "w.toml:7: warning: waiver for FL101 on dropped:pay matches no finding; remove it" in lines


@pytest.mark.parametrize("args", [("--select", "FL4"), ("--ignore", "FL2"), ("--select", "FL1,FL4")])
def test_a_run_that_leaves_a_waivers_rule_out_says_nothing_of_it(tmp_path: Path, args) -> None:
    """A CI job split by rule family does not tell the editor to remove another family's waiver."""
    warning_ledger(tmp_path)
    write(tmp_path, "factledger-waivers.toml", EXPIRED)
    completed = run_cli("verify", *args, "--output-format", "json", "dropped.toml", cwd=tmp_path)
    waivers = json.loads(completed.stdout)["waivers"]
    assert (waivers["waived"], waivers["expired"], waivers["unused"], completed.returncode) == (0, [], [], 0)
    text = run_cli("verify", *args, "dropped.toml", cwd=tmp_path)
    assert "waiver" not in text.stdout + text.stderr


def test_a_run_that_checks_a_waivers_rule_still_judges_it(tmp_path: Path) -> None:
    """--select FL2 checks FL201: its waiver that matches nothing is reported as without --select."""
    clean_ledger(tmp_path)
    write(tmp_path, "factledger-waivers.toml", WAIVE_FL201)
    lines = run_cli("verify", "--select", "FL2", "clean.toml", cwd=tmp_path).stdout.splitlines()
    assert "factledger-waivers.toml:1: warning: waiver for FL201 on dropped:total matches no finding; " \
           "remove it" in lines


def test_json_has_a_waivers_section(tmp_path: Path) -> None:
    """JSON lists applied, expired and unused waivers, and the findings it removed."""
    warning_ledger(tmp_path)
    write(tmp_path, "w.toml", WAIVE_FL201 + STALE)
    document = json.loads(run_cli("verify", "--output-format", "json", "--waivers", "w.toml", "dropped.toml",
                                  cwd=tmp_path).stdout)
    waivers = document["waivers"]
    assert (document["summary"]["findings"], waivers["waived"], waivers["expired"]) == (0, 1, [])
    assert waivers["applied"][0]["finding"]["code"] == "FL201"
    assert waivers["applied"][0]["waiver"]["reason"] == "stated later"
    assert waivers["unused"] == [{"code": "FL101", "claim": "dropped:pay", "reason": "old", "expires": None,
                                  "file": "w.toml", "line": 6}]


def test_machine_formats_get_waiver_problems_on_stderr(tmp_path: Path) -> None:
    """SARIF and JUnit cannot hold waiver problems, so they go to stderr."""
    warning_ledger(tmp_path)
    write(tmp_path, "w.toml", EXPIRED)
    completed = run_cli("verify", "--output-format", "sarif", "--waivers", "w.toml", "dropped.toml",
                        cwd=tmp_path)
    assert completed.stderr == ("w.toml:1: warning: waiver for FL201 on dropped:total expired on 2001-01-01; "
                                "its findings are reported again\n")
    assert completed.returncode == 1


def test_a_missing_waiver_file_is_a_waiver_error_at_no_line(tmp_path: Path) -> None:
    """It was a LedgerError "at line 1" of a file that does not exist; the CLI said "none.toml:1:"."""
    import factledger

    path = tmp_path / "none.toml"
    with pytest.raises(factledger.WaiverError) as raised:
        load_waivers(path)
    assert (raised.value.location.path, raised.value.location.line) == (path.as_posix(), 0)
    assert str(raised.value) == f"{path.as_posix()}: cannot read file: No such file or directory"


def test_a_waiver_file_that_is_not_toml_is_a_waiver_error(tmp_path: Path) -> None:
    """Every problem of a waiver file is a WaiverError, as load_waivers says; invalid TOML was a LedgerError."""
    from factledger.waivers import WaiverError

    path = write(tmp_path, "w.toml", '[[waiver]\n')
    with pytest.raises(WaiverError) as raised:
        load_waivers(path)
    assert raised.value.location == Location(path.as_posix(), 1)


def test_waiver_error_is_public() -> None:
    """Catchable as factledger.WaiverError, listed in __all__ (docs/api.md lists every name there)."""
    import factledger
    from factledger.waivers import WaiverError

    assert factledger.WaiverError is WaiverError and "WaiverError" in factledger.__all__
    assert issubclass(WaiverError, factledger.FactledgerError)
