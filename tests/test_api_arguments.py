"""A single string where the API takes a sequence is one item, as on the command line.

A notebook writes ``load_many("ledger/")`` and ``Settings(select="FL201")`` as the command line
writes ``factledger verify ledger/ --select FL201``. Iterated, a string is its letters: the
ledger was "l", "e", "d"... ("l: no such file or directory") and the code "F", "L", "2"...
Where a string cannot be one of the items (a waiver file's name for waivers, a path for an
article's text), the TypeError says what to pass instead.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import factledger
from factledger.engine import Settings
from factledger.findings import Finding, Result, Severity
from factledger.locations import Location
from factledger.waivers import Waiver, apply_waivers
from ledgers import ledger_text, write


@pytest.fixture
def ledger_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """ledger/ with two ledger files, below the working directory of the test."""
    directory = tmp_path / "ledger"
    directory.mkdir()
    write(directory, "dropped.toml", ledger_text("dropped", "$24M"))
    write(directory, "clean.toml", ledger_text("clean", "$24M a month"))
    monkeypatch.chdir(tmp_path)
    return directory


@pytest.mark.parametrize("paths", ["ledger", "ledger/", Path("ledger"), ["ledger"], (Path("ledger"),)])
def test_load_many_takes_one_path_as_a_string_or_a_path(ledger_dir: Path, paths) -> None:
    """load_many("ledger/") loads the directory, as load_many(["ledger/"]) does."""
    ledger = factledger.load_many(paths)
    assert sorted(ledger.files) == ["ledger/clean.toml", "ledger/dropped.toml"]


def test_load_many_still_takes_several_paths(ledger_dir: Path) -> None:
    ledger = factledger.load_many(["ledger/dropped.toml", "ledger/clean.toml"])
    assert ledger.files == ("ledger/dropped.toml", "ledger/clean.toml")


@pytest.mark.parametrize(("given", "expected"), [
    ("FL201", ("FL201",)),
    ("FL2", ("FL2",)),
    (["FL201", "FL4"], ("FL201", "FL4")),
    (("FL5",), ("FL5",)),
    ((), ()),
])
def test_settings_take_one_code_as_a_string(given, expected: tuple[str, ...]) -> None:
    """select="FL201" is the one code FL201, and any sequence is kept as a tuple (the settings hash)."""
    settings = Settings(select=given, ignore=given)
    assert (settings.select, settings.ignore) == (expected, expected)
    assert hash(settings) == hash(Settings(select=expected, ignore=expected))


def test_a_single_code_selects_its_findings(ledger_dir: Path) -> None:
    """Settings(select="FL201") reports the FL201 finding of the ledger, and ignore="FL201" leaves it out."""
    ledger = factledger.load("ledger")
    assert {f.code for f in factledger.verify(ledger).findings} >= {"FL201"}
    assert [f.code for f in factledger.verify(ledger, Settings(select="FL201")).findings] == ["FL201"]
    assert "FL201" not in {f.code for f in factledger.verify(ledger, Settings(ignore="FL201")).findings}


def test_a_single_unknown_code_is_named_whole() -> None:
    """The error names the code given, not its first letter."""
    with pytest.raises(factledger.FactledgerError, match=r"^select 'FL99' matches no rule code"):
        Settings(select="FL99")


FINDING = Finding("FL201", "rate-dropped-from-figure", Severity.WARNING, "m", Location("a.toml", 3),
                  claims=("a:total",))
WAIVER = Waiver("FL201", "a:total", "stated later")


@pytest.mark.parametrize("waivers", [WAIVER, [WAIVER], (WAIVER,)])
def test_apply_waivers_takes_one_waiver_or_several(waivers) -> None:
    result, report = apply_waivers(Result(findings=(FINDING,)), waivers, dt.date(2025, 6, 1))
    assert (result.findings, report.waived) == ((), ((FINDING, WAIVER),))


@pytest.mark.parametrize("given", ["factledger-waivers.toml", Path("factledger-waivers.toml")])
def test_apply_waivers_given_a_file_name_says_to_read_it(given) -> None:
    """A waiver file's name is not a waiver: the error shows the call that reads it."""
    with pytest.raises(TypeError) as raised:
        apply_waivers(Result(findings=(FINDING,)), given, dt.date(2025, 6, 1))
    assert str(raised.value) == ("apply_waivers takes waivers, not the file they are in; read it first: "
                                 "apply_waivers(result, load_waivers('factledger-waivers.toml'), today)")


@pytest.mark.parametrize(("given", "message"), [
    (Path("article.txt"), "extract takes an article's text as a str, not a PosixPath; read the file first: "
                          "extract(open('article.txt', encoding='utf-8').read())"),
    (["12,000 troops"], "extract takes an article's text as a str, not a list; extract each article's text "
                        "in turn"),
    (b"12,000 troops", "extract takes an article's text as a str, not a bytes"),
])
def test_extract_given_no_text_says_what_it_takes(given, message: str) -> None:
    if isinstance(given, Path) and type(given).__name__ != "PosixPath":
        message = message.replace("PosixPath", type(given).__name__)
    with pytest.raises(TypeError) as raised:
        factledger.extract(given)
    assert str(raised.value) == message
