"""Reading a claim whose fields all have their usual types skips the check per field.

The fast path must give what the field-by-field reader gives: the same claim
with the same locations, or (when the claim is wrong) the same one-line error
at the same line, which it gets by handing the claim to that reader.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
import tomlkit
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factledger import tables
from factledger.errors import LedgerError
from factledger.provenance import Article, Source
from factledger.source_lines import toml_lines

ARTICLE = Article(id="bwr", published=dt.date(2024, 11, 17))
SOURCES = {"bwr:wsj": Source("wsj", "The Wall Street Journal")}

_text = st.sampled_from(["", "troops", "With 12,000 troops deployed.", "2024-11", "publication", "2016 to 2019",
                         "unstated", "wsj", "reuters", "South Korean officials", "nk_troops * nk_pay",
                         "nk_troops *", "a / b", "sum(a, b)", "12,000 troops", "$24M", "$2,000/month",
                         "about 1,500 daily", "97%", "one dozen", "12 parsecs", "troop", "USD/soldier",
                         "furlong", "12 zorbs", "t/month", "2025-13", "since 2002"])
_values = {
    "figure": _text, "unit": _text, "exact": st.booleans(), "subject": _text, "measure": _text,
    "period": _text | st.integers(1990, 2030) | st.just(dt.date(2024, 1, 1)), "quote": _text,
    "source": _text, "attributed_to": _text | st.lists(_text, max_size=2) | st.lists(st.integers(), max_size=1),
    "derived": _text, "cumulative": st.booleans(), "note": _text,
}


@st.composite
def raw_claims(draw) -> dict:
    fields = draw(st.lists(st.sampled_from(sorted(_values) + ["figures"]), unique=True, max_size=8))
    raw = {}
    for field in fields:
        raw[field] = draw(_values.get(field, _text) | st.integers() if draw(st.integers(0, 9)) == 0
                          else _values.get(field, _text))
    return raw


def outcome(read, claim_id: str, raw: dict) -> tuple:
    text = tomlkit.dumps({"claims": {claim_id: raw}})
    data = tomllib.loads(text)
    file = tables.LedgerFile(Path("bwr.toml"), "bwr.toml", toml_lines(text))
    try:
        claim = read(claim_id, data["claims"][claim_id], file, ARTICLE, SOURCES)
    except LedgerError as error:
        return "error", str(error)
    derivation = claim.derivation
    return "claim", claim, claim.location, derivation.location if derivation else None, claim.key


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["nk_troops", "troops-2", "a b", "x:y", "é"]), raw_claims())
@example("nk_troops", {"figure": "12,000 troops", "unit": "troop", "attributed_to": ""})
@example("nk_troops", {"figure": "$24M", "source": "wsj", "derived": "a / b", "period": "2024-11"})
@example("nk_troops", {"figure": "$24M", "source": "reuters"})
@example("nk_troops", {"figure": "12 parsecs"})
def test_fast_path_reads_as_the_field_by_field_reader(claim_id, raw):
    assert outcome(tables.read_claim, claim_id, raw) == outcome(tables._read_claim_field_by_field, claim_id, raw)


def test_a_plain_claim_takes_the_fast_path(monkeypatch):
    """Not only equal: the field-by-field reader is not called for a claim without mistakes."""
    calls = []
    monkeypatch.setattr(tables, "_read_claim_field_by_field", lambda *a: calls.append(a))
    kind, claim, *_ = outcome(tables.read_claim, "nk_pay", {
        "figure": "$2,000/month", "unit": "USD/soldier", "subject": "North Korean soldiers", "measure": "pay",
        "period": "2024-11", "quote": "paid $2,000/month", "source": "wsj", "attributed_to": "officials"})
    assert kind == "claim" and calls == []
    assert claim.attribution.describe() == "The Wall Street Journal, citing officials"


@pytest.mark.parametrize(("raw", "line", "words"), [
    ({"figure": "$24M", "source": "reuters"}, 3, "unknown source id 'reuters'"),
    ({"figure": "12 zorbs"}, 2, "zorbs"),
    ({"figure": "$24M", "derived": "nk_troops *"}, 3, "not valid arithmetic"),
    ({"figure": "$24M", "period": "2025-13"}, 3, "2025-13"),
])
def test_a_mistake_is_reported_at_its_line(raw, line, words):
    """The fast path hands a claim it cannot read to the reader that places the error at its field."""
    kind, message = outcome(tables.read_claim, "nk_pay", raw)
    assert kind == "error"
    assert message.startswith(f"bwr.toml:{line}: ") and words in message, message


_check_text = st.sampled_from(["", "same", "total", "shares", "compare", "sum", "a", "b_2", "a > b", "a >= b",
                               "a >", "a + b > c", "None > a", "x:y", "In all, €4.4 billion."])
_check_values = {
    "kind": _check_text, "claims": st.lists(_check_text, max_size=3) | st.lists(st.integers(), max_size=1),
    "parts": st.lists(_check_text, max_size=3) | st.lists(st.booleans(), max_size=1), "total": _check_text,
    "holds": _check_text, "quote": _check_text, "note": _check_text,
}


@st.composite
def raw_checks(draw) -> dict:
    fields = draw(st.lists(st.sampled_from(sorted(_check_values) + ["claim"]), unique=True, max_size=6))
    return {field: draw(_check_values.get(field, _check_text) | st.integers() if draw(st.integers(0, 9)) == 0
                        else _check_values.get(field, _check_text)) for field in fields}


def check_outcome(read, raw: dict) -> tuple:
    text = tomlkit.dumps({"checks": [{"kind": "same", "claims": ["x", "y"]}, raw]})
    data = tomllib.loads(text)
    file = tables.LedgerFile(Path("bwr.toml"), "bwr.toml", toml_lines(text))
    try:
        check = read(1, data["checks"][1], file, ARTICLE)
    except LedgerError as error:
        return "error", str(error)
    return "check", check, check.location


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw_checks())
@example({"kind": "compare", "holds": "a > b", "quote": "more than"})
@example({"kind": "total", "parts": ["a", "b"], "total": "c"})
@example({"kind": "total", "parts": ["a", "b"]})
@example({"kind": "same", "claims": ["a", "b"], "total": "c", "note": "n"})
@example({"kind": "shares", "claims": ["a"], "parts": [1]})
def test_a_check_reads_on_the_fast_path_as_field_by_field(raw):
    assert check_outcome(tables.read_check, raw) == check_outcome(tables._read_check_field_by_field, raw)


def test_a_plain_check_takes_the_fast_path(monkeypatch):
    calls = []
    monkeypatch.setattr(tables, "_read_check_field_by_field", lambda *a: calls.append(a))
    kind, check, location = check_outcome(tables.read_check, {"kind": "compare", "holds": "storage > demand"})
    assert kind == "check" and calls == [] and location.line == 5
    assert check.references == ["storage", "demand"]
