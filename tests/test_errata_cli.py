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
