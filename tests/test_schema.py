"""schema/ledger.schema.json describes the ledger format as the loader reads it."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tomllib
from pathlib import Path

import jsonschema
import pytest

from factledger import FactledgerError, parse_period
from factledger import documents, tables
from factledger.store import load

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "schema" / "ledger.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
SHIPPED = sorted(p for p in (ROOT / "ledger").rglob("*") if p.suffix in documents.LEDGER_SUFFIXES)


def as_json_data(value):
    """TOML data as a JSON document would hold it: dates become ISO text."""
    if isinstance(value, dict):
        return {k: as_json_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json_data(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return value


def read_document(path: Path):
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else as_json_data(tomllib.loads(text))


def errors(document) -> list[str]:
    return sorted(f"{e.json_path}: {e.validator}" for e in VALIDATOR.iter_errors(document))


def test_schema_is_valid_draft_07():
    jsonschema.Draft7Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "http://json-schema.org/draft-07/schema#"


def test_ledger_has_files_to_validate():
    assert any(p.parent.name == "reference" for p in SHIPPED) and len(SHIPPED) >= 2


@pytest.mark.parametrize("path", SHIPPED, ids=[p.relative_to(ROOT).as_posix() for p in SHIPPED])
def test_shipped_ledger_file_is_valid(path):
    """Every ledger file shipped under ledger/ validates against the schema."""
    assert errors(read_document(path)) == []


@pytest.mark.parametrize("path", [p for p in SHIPPED if p.suffix == ".toml"],
                         ids=[p.relative_to(ROOT).as_posix() for p in SHIPPED if p.suffix == ".toml"])
def test_shipped_toml_file_points_to_the_schema(path):
    """The first line names the schema by a path that is right from the file's folder."""
    expected = Path(os.path.relpath(SCHEMA_PATH, path.parent)).as_posix()
    assert path.read_text(encoding="utf-8").splitlines()[0] == f"#:schema {expected}"


BASE = {"article": {"id": "a"}, "claims": {"x": {"figure": "5"}, "y": {"figure": "6"}}}


def with_(**sections):
    return {**BASE, **sections}


def claim(**fields):
    return with_(claims={"x": {"figure": "5", **fields}, "y": {"figure": "6"}})


RANGE = {"measures": ["m"], "unit": "tonne", "low": 1, "high": 2, "source": "s", "reason": "r"}

# document, the schema errors it gets (JSON path: failing keyword)
WRONG = [
    ({}, ["$: anyOf"]),
    (with_(claim_list=[]), ["$: additionalProperties"]),
    (with_(article={"id": "a", "date": "2024-01-01"}), ["$.article: additionalProperties"]),
    (claim(figures="5"), ["$.claims.x: additionalProperties"]),
    (with_(claims={"x": {"unit": "troop"}}), ["$.claims.x: anyOf"]),
    (claim(exact="yes"), ["$.claims.x.exact: type"]),
    (claim(signed="yes"), ["$.claims.x.signed: type"]),
    (claim(signed=1), ["$.claims.x.signed: type"]),
    (claim(figure=24), ["$.claims.x.figure: type"]),
    (claim(period="last year"), ["$.claims.x.period: anyOf"]),
    (claim(period="2024-1"), ["$.claims.x.period: anyOf"]),
    (claim(attributed_to=[1]), ["$.claims.x.attributed_to: anyOf"]),
    (with_(article={"id": "a", "published": "17 Nov 2024"}), ["$.article.published: anyOf"]),
    (with_(sources={"s": {"kind": "outlet"}}), ["$.sources.s: required"]),
    (with_(sources={"s": {"name": "S", "kind": "newspaper"}}), ["$.sources.s.kind: enum"]),
    (with_(checks=[{"kind": "equal", "claims": ["x", "y"]}]), ["$.checks[0].kind: enum"]),
    (with_(checks=[{"claims": ["x", "y"]}]), ["$.checks[0]: required"]),
    (with_(checks=[{"kind": "compare"}]), ["$.checks[0]: required"]),
    (with_(checks=[{"kind": "same", "claims": ["x"]}]), ["$.checks[0]: anyOf"]),
    (with_(checks=[{"kind": "total", "parts": ["x"]}]), ["$.checks[0]: required"]),
    (with_(checks=[{"kind": "shares"}]), ["$.checks[0]: anyOf"]),
    (with_(checks={"kind": "same"}), ["$.checks: type"]),
    ({"ranges": {"r": {k: v for k, v in RANGE.items() if k != "reason"}}}, ["$.ranges.r: required"]),
    ({"ranges": {"r": {**RANGE, "low": "1"}}}, ["$.ranges.r.low: type"]),
    ({"ranges": {"r": {**RANGE, "low": True}}}, ["$.ranges.r.low: type"]),
    ({"ranges": {"r": {**RANGE, "sources": "s"}}}, ["$.ranges.r: additionalProperties"]),
]


@pytest.mark.parametrize("document, expected", WRONG, ids=[str(e) for _, e in WRONG])
def test_schema_rejects_wrong_document(document, expected):
    """Each wrong document fails exactly where and how the table says."""
    assert errors(document) == expected


@pytest.mark.parametrize("document, expected", WRONG, ids=[str(e) for _, e in WRONG])
def test_loader_rejects_what_the_schema_rejects(document, expected, tmp_path):
    """The schema is no stricter than the loader: a document it rejects does not load either."""
    path = tmp_path / "a.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(FactledgerError):
        load(path)


RIGHT = [
    BASE,
    {"ranges": {"r": RANGE}},
    {"$schema": "../schema/ledger.schema.json", **BASE},
    claim(unit="troop", exact=True, period=2016, attributed_to="officials", cumulative=False),
    claim(figure="-0.5%", signed=True),
    claim(figure="-$5bn to $3bn", signed=True, exact=False),
    claim(period="2019-03/2019-06"),
    claim(period="since 2002"),
    with_(article={"id": "a", "published": "2024-11-17"},
          sources={"s": {"name": "S", "kind": "dataset", "date": "2024-01-02", "note": "n"}}),
    with_(checks=[{"kind": "same", "parts": ["x", "y"]},
                  {"kind": "total", "claims": ["x"], "total": "y"},
                  {"kind": "shares", "parts": ["x", "y"]},
                  {"kind": "compare", "holds": "x < y"}]),
    with_(claims={"x": {"figure": "5"}, "y": {"figure": "6"}, "z": {"derived": "x + y"}}),
]


@pytest.mark.parametrize("document", RIGHT)
def test_schema_and_loader_accept_right_document(document, tmp_path):
    """Documents the loader reads are valid under the schema."""
    path = tmp_path / "a.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    load(path)
    assert errors(document) == []


SECTIONS = {
    "article": tables.ARTICLE_FIELDS, "source": tables.SOURCE_FIELDS, "claim": tables.CLAIM_FIELDS,
    "check": tables.CHECK_FIELDS, "range": tables.RANGE_FIELDS,
}


@pytest.mark.parametrize("name, fields", SECTIONS.items(), ids=list(SECTIONS))
def test_schema_fields_are_the_loader_fields(name, fields):
    """Every field the loader accepts is in the schema, with help text, and no other."""
    properties = SCHEMA["definitions"][name]["properties"]
    assert sorted(properties) == sorted(fields)
    period = SCHEMA["definitions"]["period"]
    assert all((period if p.get("$ref") else p).get("description") for p in properties.values())


def test_schema_top_level_is_the_loader_top_level():
    assert sorted(SCHEMA["properties"]) == sorted(tables.TOP_LEVEL + ("$schema",))


PERIOD_PATTERN = re.compile(SCHEMA["definitions"]["period"]["anyOf"][0]["pattern"])
PERIODS = ["2016", "2024-11", "2024-11-16", "2007-2015", "2007 to 2015", "1970s", "1970s and the 1980s",
           "2019-03/2019-06", "since 2002", "Since 2024-02", "publication", "As of publication", "current",
           "now", "unstated", "Not  stated", "unknown", "", "  2016 ",
           "Q3 2024", "2024-Q3", "2024q4", "H1  2024", "2024-H2/2025-Q1", "since Q2 2024",
           "last year", "2024-11-32", "Q5 2024", "2024-H3", "Q32024", "2024 -Q1", "16 Nov 2024",
           "70s", "2016/", "since", "FY2016",
           "November 2024", "Nov. 2024", "sept 2024", "November 16, 2024", "November 2024/March 2025",
           "since May 2024", "NOVEMBER 2024", "Novem 2024", "May 32, 2024", "Ju 2024", "16 Nov, 2024",
           "2023-24", "2023/24", "2019–20", "1999-00", "2007-15", "2007—2015", "FY2024", "fy 2024", "Fiscal Year 2024",
           "fiscal 2024", "the 1990s", "The 1970s and 1980s", "since the 1990s", "SEPTEMBER 2024", "1H 2024",
           "3Q 2024", "third quarter of 2024", "First Half of 2024", "5th quarter of 2024", "16th November 2024",
           "November 16th, 2024", "16th of November 2024", "March, 2024", "as at publication", "so far", "to date",
           "2020-present", "2020 to date", "2020 until now", "end of 2023", "end-2023", "year-end 2023",
           "mid-2024", "2024-", "FY24", "end of", "present",
           "fiscal 2026-27", "FY2026-27", "FY 2026/27", "Fiscal Year 2026–27", "FY2011-12", "fiscal 2026-2027",
           "FY2026/FY2027", "FY2026-2027", "Fiscal Year 2026–2027", "FY 2026/2027", "Q1 FY2027", "q1 fy 2027",
           "1Q FY2027", "Q1 of fiscal 2027", "FY2027 Q1", "FY2027-Q1", "H2 FY2026-27", "Q1 FY2026/2027",
           "first quarter of fiscal 2027", "The First Half of the Fiscal Year 2027", "since Q1 FY2024",
           "Q1 FY2027/Q3 FY2027", "Q5 FY2027", "H3 FY2027", "Q1 FY27", "Q1 2026-27", "fiscal Q1 2027"]
#: shapes the pattern accepts though the reader refuses them: telling them apart takes arithmetic
#: (which years two digits name, which days a month has), and the reader's message says why
SHAPES_ONLY = ["2024-13", "2011-12", "2009-10", "2024-02-30", "1998–45", "FY2026-30", "FY2026-2030", "Q1 FY2026-30",
               "third half of fiscal 2027"]


@pytest.mark.parametrize("text", PERIODS)
def test_period_pattern_agrees_with_the_period_reader(text):
    """The schema's period pattern accepts exactly what parse_period reads."""
    try:
        parse_period(text, dt.date(2024, 11, 17))
        readable = True
    except FactledgerError:
        readable = False
    assert bool(PERIOD_PATTERN.search(text)) is readable


@pytest.mark.parametrize("text", SHAPES_ONLY)
def test_period_pattern_accepts_shapes_the_reader_refuses_with_a_reason(text):
    with pytest.raises(FactledgerError):
        parse_period(text, dt.date(2024, 11, 17))
    assert PERIOD_PATTERN.search(text)
