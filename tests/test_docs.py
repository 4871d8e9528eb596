"""The documentation is checked: every command, option and JSON field is documented."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

import pytest

from factledger.cli import build_parser
from factledger.formats.json_format import document
from factledger.waivers import Waiver, apply_waivers
from ledgers import hostile_ledger

DOCS = Path(__file__).resolve().parent.parent / "docs"


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(actions[0].choices)


def options() -> list[tuple[str, str]]:
    found = [("factledger", o) for a in build_parser()._actions for o in a.option_strings]
    for name, sub in subcommands().items():
        found += [(name, option) for action in sub._actions for option in action.option_strings]
    return found


def test_every_subcommand_has_a_section() -> None:
    """docs/cli.md has a '## factledger NAME' section for each command."""
    text = (DOCS / "cli.md").read_text("utf-8")
    assert "verify" in subcommands()
    for name in subcommands():
        assert f"\n## factledger {name}\n" in text


@pytest.mark.parametrize(("command", "option"), options())
def test_every_option_is_documented(command: str, option: str) -> None:
    """Every option string of every command appears in docs/cli.md as a whole word."""
    text = (DOCS / "cli.md").read_text("utf-8")
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text), f"{command} {option} is not documented"


def _keys(value) -> set[str]:
    if isinstance(value, dict):
        return {k for key, v in value.items() for k in ({key} | _keys(v))}
    if isinstance(value, list):
        return {k for item in value for k in _keys(item)}
    return set()


def test_every_json_field_is_documented(tmp_path: Path, monkeypatch) -> None:
    """Every key of a full JSON report (findings, checks, coverage, waivers) is in docs/json-format.md."""
    from factledger.engine import verify
    from factledger.store import load_many

    monkeypatch.chdir(hostile_ledger(tmp_path))
    result = verify(load_many(["."]))
    waivers = (Waiver("FL201", "dropped:total", "r"), Waiver("FL101", "x:y", "r"))
    result, report = apply_waivers(result, waivers, dt.date.today())
    keys = _keys(document(result, report))
    assert {"version", "evidence", "applied", "unused", "unchecked"} <= keys
    text = (DOCS / "json-format.md").read_text("utf-8")
    assert sorted(k for k in keys if f"`{k}`" not in text) == []


def test_pre_commit_hook_verifies_the_whole_ledger(root: Path) -> None:
    """The published hook runs `factledger verify` on the whole ledger when ledger/ changes."""
    text = (root / ".pre-commit-hooks.yaml").read_text("utf-8")
    fields = dict(re.findall(r"^\s*(?:- )?(\w+): (.*)$", text, re.MULTILINE))
    assert {k: fields[k] for k in ("id", "entry", "language", "pass_filenames", "files")} == {
        "id": "factledger-verify", "entry": "factledger verify", "language": "python",
        "pass_filenames": "false", "files": "'^ledger/'"}


def test_the_pre_commit_snippet_names_a_release_only_once_there_is_one(root: Path) -> None:
    """`rev: v0.1.0` failed with "pathspec 'v0.1.0' did not match" while no release was tagged: the
    snippet may name a version only once the changelog has released it."""
    text = (DOCS / "ci.md").read_text("utf-8")
    snippet = text.split("## pre-commit", 1)[1].split("```yaml", 1)[1].split("```", 1)[0]
    rev = re.search(r"^\s*rev: (\S+)", snippet, re.MULTILINE)[1]
    released = re.findall(r"^## \[v?(\d+\.\d+\.\d+)\]", (root / "CHANGELOG.md").read_text("utf-8"), re.MULTILINE)
    if re.fullmatch(r"v?\d+(\.\d+)*", rev):
        assert rev.lstrip("v") in released, f"docs/ci.md names release {rev}, which the changelog does not list"
    else:
        assert rev == "COMMIT_SHA" and "pre-commit try-repo" in text


def test_pytest_plugin_is_registered(root: Path) -> None:
    """The plugin is registered under pytest11, so installing factledger makes it available."""
    text = (root / "pyproject.toml").read_text("utf-8")
    assert '[project.entry-points.pytest11]\nfactledger = "factledger.pytest_plugin"\n' in text


def test_the_errata_excerpt_is_the_report_of_the_example_ledger() -> None:
    """docs/errata.md shows a section of the report as factledger writes it (tests/golden/errata.md)."""
    doc = (DOCS / "errata.md").read_text("utf-8")
    excerpt = doc.split("```markdown\n", 1)[1].split("\n```", 1)[0]
    golden = (DOCS.parent / "tests" / "golden" / "errata.md").read_text("utf-8")
    assert excerpt.startswith("### ") and excerpt in golden


def test_the_coverage_sample_is_what_verify_prints(root: Path, capsys, monkeypatch) -> None:
    """docs/extraction.md's --coverage sample starts with the line verify prints for the example article."""
    from factledger.cli import main

    doc = (DOCS / "extraction.md").read_text("utf-8")
    sample = doc.split("## Coverage", 1)[1].split("```\n", 1)[1].split("\n", 1)[0]
    monkeypatch.chdir(root)
    main(["verify", "--coverage", "ledger/articles/bwr-2024-11-17.txt", "ledger/", "--exit-zero"])
    assert capsys.readouterr().out.splitlines()[0] == sample


def test_the_robustness_doc_counts_the_bad_input_corpus() -> None:
    """docs/robustness.md says how many bad-input cases the corpus holds; it holds that many."""
    stated = re.search(r"a corpus of \*\*(\d+) cases\*\*", (DOCS / "robustness.md").read_text("utf-8"))
    cases = DOCS.parent / "tests" / "data" / "bad" / "cases"
    assert stated and int(stated[1]) == sum(1 for _ in cases.iterdir())
