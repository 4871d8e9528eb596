"""docs/ledger-format.md documents every field, and its examples are what factledger does."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from factledger import tables
from factledger.cli import main

ROOT = Path(__file__).resolve().parent.parent
TEXT = (ROOT / "docs" / "ledger-format.md").read_text(encoding="utf-8")


def section(heading: str) -> str:
    start = TEXT.index(f"\n## {heading}\n")
    end = TEXT.find("\n## ", start + 1)
    return TEXT[start:end if end > 0 else None]


def field_names(heading: str) -> list[str]:
    """The first column of the field table in the section ``heading``."""
    text = section(heading) + "\n\n"  # the last table of a section ends the section
    table = re.search(r"^\| field \| type \|.*?\n\n", text, flags=re.MULTILINE | re.DOTALL)
    assert table, f"no field table under {heading}"
    return re.findall(r"^\| `([^`]+)` \|", table.group(0), flags=re.MULTILINE)


SECTIONS = [
    ("`[article]`", tables.ARTICLE_FIELDS),
    ("`[sources.ID]`", tables.SOURCE_FIELDS),
    ("`[claims.ID]`", tables.CLAIM_FIELDS),
    ("`[[checks]]`", tables.CHECK_FIELDS),
    ("Reference files: `[ranges.ID]`", tables.RANGE_FIELDS),
]


@pytest.mark.parametrize("heading, fields", SECTIONS, ids=[h for h, _ in SECTIONS])
def test_every_field_is_documented_in_its_table(heading, fields):
    """Each section's field table lists exactly the fields the loader accepts there."""
    assert sorted(field_names(heading)) == sorted(fields)


def test_every_top_level_table_is_documented():
    documented = re.findall(r"^\| `\[{1,2}(\w+)", section("The file"), flags=re.MULTILINE)
    assert documented == list(tables.TOP_LEVEL)


def test_every_field_name_appears_in_the_doc():
    """The brief form of the rule above: no field the loader reads is missing from the page."""
    names = {f for fields in (tables.ARTICLE_FIELDS, tables.SOURCE_FIELDS, tables.CLAIM_FIELDS,
                              tables.CHECK_FIELDS, tables.RANGE_FIELDS) for f in fields}
    assert [n for n in sorted(names) if f"`{n}`" not in TEXT] == []


def error_examples() -> list[tuple[str, str]]:
    """Pairs of (TOML file, expected output) from the "Errors you may meet" section."""
    blocks = re.findall(r"```(toml|text)\n(.*?)```", section("Errors you may meet"), flags=re.DOTALL)
    pairs = []
    for (kind, body), (next_kind, expected) in zip(blocks, blocks[1:]):
        if kind == "toml" and next_kind == "text":
            pairs.append((body, expected.strip()))
    return pairs


ERRORS = error_examples()


def test_the_error_section_has_examples():
    assert len(ERRORS) >= 20


@pytest.mark.parametrize("ledger, expected", ERRORS, ids=[e.split(": ", 3)[-1][:50] for _, e in ERRORS])
def test_documented_error_is_what_verify_prints(ledger, expected, tmp_path, monkeypatch, capsys):
    """Each error example, saved as a.toml, makes `factledger verify a.toml` print exactly that."""
    (tmp_path / "a.toml").write_text(ledger, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["verify", "a.toml"]) == 2
    assert capsys.readouterr().err.strip() == expected


def worked_example() -> tuple[str, str]:
    blocks = re.findall(r"```(toml|text)\n(.*?)```", section("A worked example"), flags=re.DOTALL)
    return blocks[0][1], blocks[1][1]


def test_worked_example_gives_the_finding_shown(tmp_path, monkeypatch, capsys):
    """The worked example, saved as a ledger file next to its article, reports only FL201, as shown."""
    ledger, shown = worked_example()
    (tmp_path / "ledger" / "articles").mkdir(parents=True)
    (tmp_path / "ledger" / "bwr-2024-11-17.toml").write_text(ledger, encoding="utf-8")
    shutil.copy(ROOT / "ledger" / "articles" / "bwr-2024-11-17.txt", tmp_path / "ledger" / "articles")
    monkeypatch.chdir(tmp_path)
    assert main(["verify", "ledger/"]) == 1
    output = capsys.readouterr().out
    assert "Found 1 finding" in output
    for line in shown.splitlines():
        if line.strip() != "...":
            assert line in output.splitlines()


def test_worked_example_is_the_seed_ledger():
    """The example's claims are copied from the shipped ledger, not invented for the page."""
    ledger, _ = worked_example()
    seed = (ROOT / "ledger" / "bwr-2024-11-17.toml").read_text(encoding="utf-8")
    for table in re.findall(r"^\[claims\.\w+\]\n(?:[a-z_]+ = .*\n)+", ledger, flags=re.MULTILINE):
        assert table in seed
