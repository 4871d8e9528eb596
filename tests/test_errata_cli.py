"""``factledger errata`` and ``factledger export --claimreview`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factledger import errata
from factledger.cli import main
from factledger.errors import FactledgerError

LEDGER = str(Path(__file__).resolve().parent.parent / "ledger")


@pytest.mark.parametrize("format, start", [("markdown", "# Errata report\n"), ("html", "<!DOCTYPE html>\n")])
def test_errata_writes_the_report_and_exits_zero(capsys, format, start):
    """The report goes to stdout in the chosen format; writing it is a success whatever it finds."""
    assert main(["errata", LEDGER, "--format", format]) == 0
    assert capsys.readouterr().out.startswith(start)


def test_errata_output_file_holds_what_the_api_renders(tmp_path, capsys):
    """-o writes the file and nothing to stdout; the file is what factledger.errata.render gives."""
    import factledger

    target = tmp_path / "errata.html"
    assert main(["errata", LEDGER, "--format", "html", "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    expected = errata.render(factledger.verify(factledger.load(LEDGER)), format="html")
    assert target.read_text(encoding="utf-8") == expected


def test_errata_rejects_an_unknown_format(capsys):
    """A format other than markdown or html is a usage error (exit 2) naming the choices."""
    assert main(["errata", LEDGER, "--format", "pdf"]) == 2
    err = capsys.readouterr().err
    assert "argument --format/--output-format: invalid choice: 'pdf'" in err  # argparse quotes choices as it likes
    assert "markdown" in err and "html" in err


def test_render_rejects_an_unknown_format_in_the_api():
    """The API names the formats it knows."""
    with pytest.raises(FactledgerError, match="no errata format 'pdf'; choose one of markdown, html"):
        errata.render(None, format="pdf")  # type: ignore[arg-type]


def test_export_claimreview_writes_json_ld_dated_as_asked(tmp_path):
    """--date and --publisher reach every review; the file is a JSON array."""
    target = tmp_path / "reviews.json"
    status = main(["export", "--claimreview", LEDGER, "-o", str(target), "--date", "2025-01-02",
                   "--publisher", "Fact Desk"])
    reviews = json.loads(target.read_text(encoding="utf-8"))
    assert status == 0 and reviews
    assert {(r["datePublished"], r["author"]["name"]) for r in reviews} == {("2025-01-02", "Fact Desk")}


@pytest.mark.parametrize("argv, message", [
    (["export", LEDGER], "one of the arguments --claimreview is required"),
    (["export", "--claimreview", "--date", "2025-13-01"], "expected a date as YYYY-MM-DD, got '2025-13-01'"),
])
def test_export_usage_errors(capsys, argv, message):
    """Export without a kind, or with a date that is not one, is a usage error saying so."""
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_output_options_have_the_same_names_in_every_command(tmp_path, capsys):
    """verify's --output-format and --output-file (and -o) work for errata and export too, and
    give what the commands' own names give."""
    given = tmp_path / "given.html"
    shared = tmp_path / "shared.html"
    assert main(["errata", LEDGER, "--format", "html", "-o", str(given)]) == 0
    assert main(["errata", LEDGER, "--output-format", "html", "--output-file", str(shared)]) == 0
    assert shared.read_text("utf-8") == given.read_text("utf-8")
    exported = tmp_path / "claims.json"
    assert main(["export", "--claimreview", LEDGER, "--output-file", str(exported), "--date", "2025-01-02"]) == 0
    assert exported.read_text("utf-8").startswith("[")
    report = tmp_path / "report.json"
    assert main(["verify", LEDGER, "--output-format", "json", "-o", str(report), "--exit-zero"]) == 0
    assert '"findings"' in report.read_text("utf-8")


WAIVERS = """\
[[waiver]]
code = "FL201"
claim = "bwr-2024-11-17:nk_pay_total"
reason = "The article says 'a month' in the next paragraph <script>alert(1)</script>"
expires = {expires}
"""


@pytest.fixture
def waived(tmp_path, monkeypatch):
    """The example ledger with a waiver for its FL201 in the working directory's default file."""
    def write(expires: str = "2999-12-31") -> Path:
        (tmp_path / "factledger-waivers.toml").write_text(WAIVERS.format(expires=expires), "utf-8")
        return tmp_path

    monkeypatch.chdir(tmp_path)
    return write


def test_errata_lists_an_accepted_finding_apart_with_its_reason(waived, capsys):
    """A finding an editor accepted is no longer a problem to correct; the report says why it stands."""
    waived()
    assert main(["errata", LEDGER]) == 0
    out = capsys.readouterr().out
    problems, accepted = out.split("## Problems found")[1].split("## Accepted after review")
    assert "$24M" not in problems.replace("\\$", "$") and "### 3." in problems and "### 4." not in problems
    assert "3 problems found" in out and "1 more problem was accepted after review." in out
    assert "Accepted until 31 December 2999: The article says 'a month' in the next paragraph" in accepted
    assert "rule FL201 (rate-dropped-from-figure)" in accepted


def test_errata_html_escapes_a_waivers_reason(waived, capsys):
    waived()
    assert main(["errata", LEDGER, "--format", "html"]) == 0
    out = capsys.readouterr().out
    assert "<script>alert" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out


def test_an_expired_waiver_puts_the_finding_back_among_the_problems(waived, capsys):
    waived(expires="2020-01-01")
    assert main(["errata", LEDGER]) == 0
    captured = capsys.readouterr()
    assert "4 problems found" in captured.out and "## Accepted after review" not in captured.out
    assert "expired on 2020-01-01" in captured.err


def test_claimreview_does_not_publish_an_accepted_finding(waived, capsys):
    waived()
    assert main(["export", "--claimreview", LEDGER]) == 0
    reviews = json.loads(capsys.readouterr().out)
    assert [r["url"].split("#")[1] for r in reviews] == ["fl401-bwr-2024-11-17-cuba_oil_monthly",
                                                        "fl503-ocnus-2019-04-25-soviet_share",
                                                        "fl502-ocnus-2019-04-25-china_share"]


@pytest.mark.parametrize("command", [["errata", "-o"], ["export", "--claimreview", "-o"]])
def test_a_report_never_replaces_the_waiver_file(waived, capsys, command):
    folder = waived()
    before = (folder / "factledger-waivers.toml").read_text("utf-8")
    assert main([*command, "factledger-waivers.toml", LEDGER]) == 2
    assert (folder / "factledger-waivers.toml").read_text("utf-8") == before
