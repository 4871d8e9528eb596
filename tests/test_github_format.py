"""GitHub Actions annotations, and the full list in the job's step summary."""

from __future__ import annotations

from pathlib import Path

from factledger.findings import Finding, Result, Severity
from factledger.formats import FORMATS, RenderOptions
from factledger.formats.github import command
from factledger.locations import Location
from ledgers import hostile_ledger, run_cli


def test_command_escapes_properties_and_message() -> None:
    """Property values lose their ':' and ','; the message keeps them but not its newlines."""
    line = command("error", Location("ledger/a,b:c.toml", 7), "FL101 x", "a: b, c\n::set-output name=x::y")
    assert line == "::error file=ledger/a%2Cb%3Ac.toml,line=7,title=FL101 x::a: b, c%0A::set-output name=x::y"


def test_unknown_line_is_left_out() -> None:
    """A finding with no known line is annotated on the file, without line=0."""
    assert command("notice", Location("a.toml", 0), "t", "m") == "::notice file=a.toml,title=t::m"


def test_info_becomes_notice_and_worst_comes_first() -> None:
    """Errors first, then warnings, then notices for info findings."""
    findings = tuple(Finding(f"FL{n}", "n", severity, "m", Location("a.toml", n))
                     for n, severity in ((1, Severity.INFO), (2, Severity.ERROR), (3, Severity.WARNING)))
    lines = FORMATS["github"](Result(findings=findings), RenderOptions()).splitlines()
    assert [line.split(" ")[0] for line in lines] == ["::error", "::warning", "::notice"]


def test_step_summary_appends_the_full_table(tmp_path: Path) -> None:
    """With GITHUB_STEP_SUMMARY set, the findings are appended there as a Markdown table, after what was there."""
    hostile_ledger(tmp_path)
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    completed = run_cli("verify", "--output-format", "github", ".", cwd=tmp_path,
                        env={"GITHUB_STEP_SUMMARY": str(summary)})
    text = summary.read_text("utf-8")
    assert completed.returncode == 1
    assert text.startswith("earlier step\n### factledger\n")
    assert "| severity | location | rule | message |\n| --- | --- | --- | --- |\n| error | hostile.toml:15 | " in text
    assert "| warning | dropped.toml:15 | FL201 rate-dropped-from-figure | \\$24M is a total" in text


def test_no_step_summary_for_other_formats(tmp_path: Path) -> None:
    """Only the github format writes the step summary; a text run in CI leaves it alone."""
    hostile_ledger(tmp_path)
    summary = tmp_path / "summary.md"
    run_cli("verify", ".", cwd=tmp_path, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert not summary.exists()


def test_a_step_summary_never_goes_into_a_file_the_run_read(tmp_path: Path) -> None:
    """GITHUB_STEP_SUMMARY pointing at a ledger file is refused as -o is: the ledger stays as it was."""
    hostile_ledger(tmp_path)
    ledger = tmp_path / "dropped.toml"
    before = ledger.read_bytes()
    completed = run_cli("verify", "--output-format", "github", ".", cwd=tmp_path,
                        env={"GITHUB_STEP_SUMMARY": str(ledger)})
    assert completed.returncode == 2 and completed.stdout == ""
    assert completed.stderr == (f"factledger: error: {ledger} is one of the files this run read; the summary "
                                f"was not added to it (point GITHUB_STEP_SUMMARY at another file)\n")
    assert ledger.read_bytes() == before
