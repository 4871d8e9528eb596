"""Every example in docs/figures.md is what the code does.

The document's tables are the data: each `printed | unit | reads as` row is read
with ``read_figure``, each `printed | unit | error` row must fail with its exact
message, the hedge table must equal the code's table, and the unit and interval
tables are recomputed.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction
from pathlib import Path

import pytest

from factledger import FactledgerError, Interval, compile_unit, read_figure
from factledger import figures, units
from factledger.hedges import HEDGES, TRAILING_HEDGES, HedgeKind
from factledger.units import describe_dims

DOC = Path(__file__).resolve().parent.parent / "docs" / "figures.md"
TEXT = DOC.read_text(encoding="utf-8")


def tables(header: tuple[str, ...]) -> list[tuple[int, list[str]]]:
    """Rows (line number, cells) of every table whose first columns are ``header``."""
    rows, lines, active = [], TEXT.splitlines(), False
    for number, line in enumerate(lines, start=1):
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else None
        if cells is None:
            active = False
        elif tuple(cells[: len(header)]) == header:
            active = True
        elif active and not set("".join(cells)) <= set("-: "):
            rows.append((number, cells))
    return rows


def code(cell: str) -> str:
    return cell.strip().strip("`")


_SUFFIX = {"k": 1e3, "M": 1e6, "B": 1e9}


def number(text: str) -> float:
    """A number as the doc writes it: ``23.5M``, ``1/3``, ``inf``, ``1e9``, ``0.15/86400``."""
    text = text.strip()
    if text in ("inf", "-inf"):
        return float(text)
    if "/" in text:
        top, bottom = text.split("/")
        return number(top) / number(bottom)
    factor = _SUFFIX.get(text[-1], 1.0)
    return float(text[:-1] if factor != 1.0 else text) * factor


def interval(text: str) -> tuple[float, float]:
    lo, hi = text.strip().strip("[]").split(",")
    return number(lo), number(hi)


def close(actual: float, expected: float) -> bool:
    if math.isinf(expected):
        return actual == expected
    return math.isclose(actual, expected, rel_tol=1e-9, abs_tol=1e-12)


READINGS = tables(("printed", "unit", "reads as"))
ERRORS = tables(("printed", "unit", "error"))


def _read(printed: str, unit_cell: str):
    """``(exact)`` and ``(signed)`` in the unit cell are the ledger's ``exact = true`` and ``signed = true``."""
    unit = code(unit_cell.replace("(exact)", "").replace("(signed)", "").strip()) or None
    figure = read_figure(code(printed), unit, signed="(signed)" in unit_cell)
    return figure.as_exact() if "(exact)" in unit_cell else figure


@pytest.mark.parametrize("line, cells", READINGS, ids=[code(c[0]) for _, c in READINGS])
def test_documented_reading(line, cells):
    """A figure the doc shows reads to the interval and unit the doc gives."""
    figure = _read(cells[0], cells[1])
    shown = re.fullmatch(r"(\[[^\]]*\])\s*(.*)", code(cells[2]))
    assert shown, f"docs/figures.md:{line}: cannot parse {cells[2]!r}"
    lo, hi = interval(shown.group(1))
    assert close(figure.bounds.lo, lo) and close(figure.bounds.hi, hi), f"docs/figures.md:{line}"
    assert figure.unit_text == shown.group(2), f"docs/figures.md:{line}"


@pytest.mark.parametrize("line, cells", ERRORS, ids=[code(c[0]) for _, c in ERRORS])
def test_documented_error(line, cells):
    """A figure the doc says is refused fails with exactly the message shown."""
    with pytest.raises(FactledgerError) as info:
        _read(cells[0], cells[1])
    assert str(info.value) == code(cells[2]), f"docs/figures.md:{line}"


def test_the_doc_has_examples():
    """The tables are found at all (a broken table header would silently test nothing)."""
    assert len(READINGS) > 100 and len(ERRORS) > 10


def _documented_hedges() -> set[tuple[str, str, str, float, str]]:
    found = set()
    for _, (word, position, kind, width, bound) in tables(("hedge", "position", "kind", "width", "bound")):
        found.add((word, position, kind, float(width.rstrip("%")) / 100 if width else 0.0, bound))
    return found


def _code_hedges() -> set[tuple[str, str, str, float, str]]:
    found = set()
    for position, table in (("before", HEDGES), ("after", TRAILING_HEDGES)):
        for hedge in table:
            bounded = hedge.kind in (HedgeKind.UPPER_BOUND, HedgeKind.LOWER_BOUND)
            bound = ("inclusive" if hedge.inclusive else "exclusive") if bounded else ""
            found.add((hedge.word, position, hedge.kind.value, hedge.width, bound))
    return found


def test_hedge_table_is_the_code_table():
    """Every hedge word is documented with its position, kind, width and bound, and no other."""
    assert _documented_hedges() == _code_hedges()


UNITS = tables(("unit", "in base units", "kind of quantity"))


@pytest.mark.parametrize("line, cells", UNITS, ids=[c[0] for _, c in UNITS])
def test_documented_unit(line, cells):
    """Each unit in the doc's table compiles to the factor and dimension shown."""
    unit = compile_unit(cells[0])
    if cells[1].startswith("["):
        lo, hi = interval(cells[1])
    else:
        lo = hi = number(cells[1])
    assert close(unit.factor.lo, lo) and close(unit.factor.hi, hi), f"docs/figures.md:{line}"
    assert describe_dims(unit.dims) == cells[2], f"docs/figures.md:{line}"


ARITHMETIC = tables(("left", "operation", "right", "result"))
_OPERATIONS = {"×": lambda a, b: a * b, "÷": lambda a, b: a / b, "+": lambda a, b: a + b,
               "-": lambda a, b: a - b, "**": lambda a, b: a ** b}


def _operand(text: str):
    return Interval(*interval(text)) if text.startswith("[") else int(text)


@pytest.mark.parametrize("line, cells", ARITHMETIC, ids=[" ".join(c[:3]) for _, c in ARITHMETIC])
def test_documented_interval_arithmetic(line, cells):
    """Each interval operation in the doc gives the result shown, or the error shown."""
    left, operation, right, result = cells
    apply = _OPERATIONS[operation]
    if result.startswith("error: "):
        with pytest.raises(FactledgerError) as info:
            apply(_operand(left), _operand(right))
        assert str(info.value) == result.removeprefix("error: ")
        return
    value = apply(_operand(left), _operand(right))
    lo, hi = interval(result)
    assert close(value.lo, lo) and close(value.hi, hi), f"docs/figures.md:{line}"


def _section(title: str) -> str:
    start = TEXT.index(f"## {title}")
    end = TEXT.find("\n## ", start + 1)
    return TEXT[start:end if end > 0 else None]


def test_every_rate_word_is_documented():
    """Each rate word and abbreviation the reader knows is named in the Rates section."""
    section = _section("Rates")
    words = list(figures._RATE_ADVERBS) + [w for w in figures._RATE_TIME if not w.endswith("s")]
    missing = [w for w in words if not re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", section)]
    assert missing == []


def test_every_currency_symbol_has_an_example():
    """Each currency symbol or code the reader knows appears in a documented reading."""
    printed = " ".join(code(cells[0]) for _, cells in READINGS)
    codes = ["USD", "EUR", "GBP", "RUB", "CNY", "KRW", "NAD"]
    missing = [s for s in list(figures.CURRENCY_SYMBOLS) + codes if s not in printed]
    assert missing == []


def test_every_people_and_vessel_word_is_documented():
    """Every word counted as a person or a vessel is listed in the Units section."""
    section = re.sub(r"(\w+)\(s\)", r"\1 \1s", _section("Units"))
    listed = set(re.findall(r"[a-z]+", section))
    missing = [w for w in (units._PEOPLE + " " + units._VESSELS).split() if w not in listed]
    assert missing == []


def test_calendar_month_is_a_twelfth_of_a_julian_year():
    """The documented convention: a month is 30.4375 days."""
    assert "30.4375 days" in TEXT
    assert Fraction(compile_unit("month").nominal / 86400).limit_denominator(10000) == Fraction(304375, 10000)


def test_the_doc_shows_levels_below_zero():
    """The readings with signed = true are found (a broken unit cell would read them without it, and fail)."""
    assert sum("(signed)" in cells[1] for _, cells in READINGS) >= 20


TOUCHING = tables(("one figure", "another", "meet"))


def _reading(cell: str):
    """A cell of the touching table, `figure` or `figure` (exact), as its hedged value."""
    from factledger.compute import figure_value

    figure = read_figure(re.match(r"`([^`]+)`", cell)[1])
    return figure_value(figure.as_exact() if cell.endswith("(exact)") else figure)


@pytest.mark.parametrize("line, cells", TOUCHING, ids=[f"line {n}" for n, _ in TOUCHING])
def test_every_documented_pair_meets_or_not_as_the_table_says(line, cells):
    from factledger.intervals import readings_meet

    one, other = _reading(cells[0]), _reading(cells[1])
    meet = readings_meet(one.interval.lo, one.interval.hi, other.interval.lo, other.interval.hi)
    assert meet == cells[2].startswith("yes"), f"docs/figures.md:{line}"


def test_the_touching_table_has_both_outcomes():
    assert {cells[2].split(":")[0] for _, cells in TOUCHING} == {"yes", "no"}
