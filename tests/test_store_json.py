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
