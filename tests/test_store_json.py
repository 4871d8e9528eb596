"""JSON ledger files carry the same data as TOML ones, dates and schema link included."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from factledger import LedgerError
from factledger.store import load


def _write(tmp_path, document) -> str:
    path = tmp_path / "article.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_json_dates_are_iso_text(tmp_path):
    """JSON has no date type, so "published" and a source's "date" are ISO text there."""
    ledger = load(_write(tmp_path, {
        "article": {"id": "a", "published": "2024-11-17"},
        "sources": {"s": {"name": "S", "date": "2024-01-02"}},
        "claims": {"x": {"figure": "5", "source": "s"}},
    }))
    assert ledger.articles["a"].published == dt.date(2024, 11, 17)
    assert ledger.sources["a:s"].date == dt.date(2024, 1, 2)


def test_json_schema_key_is_allowed(tmp_path):
    """"$schema" names the schema for editors, as the "#:schema" line does in TOML."""
    ledger = load(_write(tmp_path, {"$schema": "../schema/ledger.schema.json",
                                    "article": {"id": "a"}, "claims": {"x": {"figure": "5"}}}))
    assert list(ledger.claims) == ["a:x"]


def test_date_that_is_not_iso_is_one_clear_error(tmp_path):
    with pytest.raises(LedgerError) as info:
        load(_write(tmp_path, {"article": {"id": "a", "published": "17 Nov"}, "claims": {}}))
    assert info.value.message == "[article]: field 'published' must be a date such as 2024-11-17, got '17 Nov'"


@pytest.mark.parametrize("quote, lone", [
    ("5 troops \\ud800 left", "\\ud800"),
    ("5 troops \\udfff left", "\\udfff"),
    ("5 troops \\udc00\\ud800 left", "\\udc00"),  # two halves in the wrong order are two lone halves
    ("5 troops \\\\ud83d\\ude00 left", "\\ude00"),  # an escaped backslash, then a lone low half
])
def test_a_lone_surrogate_escape_is_one_line_naming_it(tmp_path, quote, lone):
    """JSON allows "\\ud800" alone, but no report could write it: the loader says so, at its line."""
    path = tmp_path / "a.json"
    path.write_text('{"article": {"id": "a"},\n "claims": {"x": {"figure": "5 troops", "quote": "%s"}}}' % quote,
                    encoding="utf-8")
    with pytest.raises(LedgerError) as error:
        load(path, cache=False)
    assert str(error.value) == (f"{path}:2: invalid JSON: {lone} is half of a surrogate pair, not a character; "
                                f"write the character itself")


def test_a_surrogate_pair_escape_is_the_character_it_spells(tmp_path):
    path = tmp_path / "a.json"
    path.write_text('{"article": {"id": "a"},\n "claims": {"x": {"figure": "5 troops", '
                    '"quote": "5 troops \\ud83d\\ude00"}}}', encoding="utf-8")
    assert load(path, cache=False).claims["a:x"].quote == "5 troops \U0001f600"


def test_a_lone_surrogate_deep_in_arrays_is_one_line(tmp_path):
    """Found in the text, not by walking the data: 700 nested arrays do not exhaust the stack."""
    path = tmp_path / "a.json"
    path.write_text('{"article": {"id": "a"},\n "notes": ' + "[" * 700 + '"\\ud800"' + "]" * 700 + "}",
                    encoding="utf-8")
    with pytest.raises(LedgerError) as error:
        load(path, cache=False)
    assert "\\ud800 is half of a surrogate pair" in str(error.value)


@pytest.mark.parametrize("written, advice", [
    ("05/10/2026", "05/10/2026 is ambiguous (5 October or May 10): write 2026-10-05 or 2026-05-10"),
    ("25/10/2026", "25/10/2026 is 25 October: write 2026-10-25"),
    ("10/25/2026", "10/25/2026 is October 25: write 2026-10-25"),
])
def test_a_date_written_day_or_month_first_is_told_in_iso(tmp_path, written, advice):
    """JSON has no date type: a date written as the writer's country writes it gets its ISO readings."""
    with pytest.raises(LedgerError) as info:
        load(_write(tmp_path, {"article": {"id": "a", "published": written}, "claims": {}}))
    assert info.value.message == f"[article]: field 'published': dates are written YYYY-MM-DD; {advice}"
