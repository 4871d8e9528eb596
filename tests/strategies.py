"""Shared hypothesis strategies: printed figures and their values, figure-like text, expressions,
and ledger documents."""

from __future__ import annotations

from decimal import Decimal

import datetime as dt

from hypothesis import strategies as st

from factledger.tables import CHECK_FIELDS, CLAIM_FIELDS, RANGE_FIELDS, SOURCE_FIELDS

FIGURE_PIECES = ["$", "€", "N$", "US$", "12", "12,000", "1,3", "0", "1.50", ".5", ".", "½", "27⁄32", "1/2", "1/0",
                 " ", "-", "–", "to", "million", "bn", "M", "k", "thousand", "twelve", "a third", "half",
                 "about", "nearly", "more than", "up to", "%", "per cent", "troops", "tonnes", "bcm",
                 "/month", " a day", "daily", "per", "ft", "in", "of oil", "(", ")", "e400", "nan",
                 "inf", "\x00", "\u202e", "\n", "9" * 30, "pc", "MMT", "R", "Mex$", "₺", "dozen", "a", "decade",
                 " and ", "between", "hundred", "up ", "points"]
EXPRESSION_PIECES = ["a", "b", "c", "other:a", "+", "-", "*", "/", "**", "(", ")", "1", "0", "2.5",
                     "99999", "365 day", "100 %", "min(", "max(", "sum(", ",", "<", ">=", "==", " ",
                     "__import__", ".", "'", "lambda", ":", "[", "]", "not", "1e400", "j"]

figure_like = st.lists(st.sampled_from(FIGURE_PIECES), max_size=8).map("".join)
expression_like = st.lists(st.sampled_from(EXPRESSION_PIECES), max_size=12).map("".join)
any_text = st.one_of(st.text(max_size=60), figure_like)

scalars = st.one_of(
    any_text, st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.dates(min_value=dt.date(1, 1, 1)), st.times(),
)
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)), max_leaves=6)


def _entry(fields: tuple[str, ...], special: dict[str, st.SearchStrategy]) -> st.SearchStrategy:
    keys = st.one_of(st.sampled_from(fields), st.text(max_size=10))
    value_for = st.one_of(values, *special.values()) if special else values
    return st.dictionaries(keys, value_for, max_size=6)


ids = st.one_of(st.sampled_from(["a", "b", "c", "x_1"]), st.text(max_size=6))
claims = _entry(CLAIM_FIELDS, {"figure": figure_like, "derived": expression_like,
                               "period": st.sampled_from(["2016", "2024-11", "since 2002", "1970s", "x"])})
sources = _entry(SOURCE_FIELDS, {"kind": st.sampled_from(["outlet", "official", "nope"])})
checks = _entry(CHECK_FIELDS, {"kind": st.sampled_from(["same", "total", "shares", "compare"]),
                               "claims": st.lists(ids, max_size=3), "holds": expression_like})
ranges = _entry(RANGE_FIELDS, {"unit": st.sampled_from(["tonne", "USD", "troop/day", "zz"]),
                               "measures": st.lists(st.text(max_size=5), max_size=2)})

ledger_documents = st.fixed_dictionaries({}, optional={
    "article": st.fixed_dictionaries({}, optional={"id": ids, "title": any_text,
                                                   "published": st.dates(min_value=dt.date(1, 1, 1))}),
    "claims": st.dictionaries(ids, claims, max_size=4),
    "sources": st.dictionaries(ids, sources, max_size=2),
    "checks": st.lists(checks, max_size=2),
    "ranges": st.dictionaries(ids, ranges, max_size=2),
    "extra": values,
})


@st.composite
def printed_numbers(draw, min_value: int = 1, max_value: int = 10**6):
    """A positive number printed with 1-3 decimals (so its precision is unambiguous)."""
    decimals = draw(st.integers(min_value=1, max_value=3))
    whole = draw(st.integers(min_value=min_value * 10**decimals, max_value=max_value * 10**decimals))
    value = Decimal(whole).scaleb(-decimals)
    return f"{value:,.{decimals}f}", value


@st.composite
def leading_point_numbers(draw):
    """A number below one as print sets it with its leading zero and without: ``("0.05", ".05")``."""
    decimals = draw(st.integers(min_value=1, max_value=4))
    digits = draw(st.integers(min_value=0, max_value=10**decimals - 1))
    with_zero = f"{Decimal(digits).scaleb(-decimals):.{decimals}f}"
    return with_zero, with_zero[1:]


_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
_TENS = ["", "", *"twenty thirty forty fifty sixty seventy eighty ninety".split()]


def _spell_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    words = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if rest:
        tens, ones = divmod(rest, 10)
        small = _ONES[rest] if rest < 20 else _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
        words.append(f"and {small}" if hundreds else small)
    return " ".join(words)


def spell(n: int) -> str:
    """``n`` (1 to 999,999) in words, as British English prints it: "one hundred and twenty thousand and five"."""
    thousands, rest = divmod(n, 1000)
    words = [f"{_spell_below_thousand(thousands)} thousand"] if thousands else []
    if rest:
        words.append(("and " if thousands and rest < 100 else "") + _spell_below_thousand(rest))
    return " ".join(words)


@st.composite
def spelled_numbers(draw, min_value: int = 1, max_value: int = 999_999):
    """A whole number in words, and its value: ``("two hundred and five", 205)``."""
    value = draw(st.integers(min_value=min_value, max_value=max_value))
    return spell(value), value


#: what may stand around a number in a printed figure: (before, after)
FIGURE_AFFIXES = [("", ""), ("", "%"), ("$", "M"), ("€", "bn"), ("about ", "%"), ("nearly ", " million"),
                  ("up to ", " tonnes"), ("", " per cent a year"), ("more than $", ""), ("", "pc"),
                  ("Mex$", "bn"), ("", " MMT")]


def print_rounded(value: Decimal, decimals: int) -> str:
    """``value`` rounded half-even to ``decimals`` places, printed with thousands separators."""
    return f"{value.quantize(Decimal(1).scaleb(-decimals)):,.{decimals}f}"


# -- TOML texts with odd layout, for fmt ------------------------------------------------------
_SPACE = st.sampled_from(["", " ", "   ", "\t", " \t "])
#: pieces of a multi-line string's text; every quote is followed by a letter, so no run of
#: them closes the string early
_BASIC_PIECES = ["text", "   ", "\t", "\n", "\n\n", "\n  \n", "# no comment", "[no.table]", '\\"""a',
                 '""a', '"a', "\\\\", "\\\\\n", "\\\n   ", "'''a", "\\n"]
_LITERAL_PIECES = ["text", "   ", "\t", "\n", "\n\n", "\n  \n", "# no comment", "[no.table]", "''a", "'a",
                   '"""', "\\", "\\\n"]


@st.composite
def multiline_strings(draw) -> str:
    """A multi-line basic or literal string, its opening line often ending in spaces."""
    basic = draw(st.booleans())
    text = "".join(draw(st.lists(st.sampled_from(_BASIC_PIECES if basic else _LITERAL_PIECES), max_size=8)))
    quote = '"' if basic else "'"
    inside_closing = draw(st.sampled_from(["", quote, quote * 2]))
    return quote * 3 + text + inside_closing + quote * 3


_values = st.one_of(st.integers(-99, 99).map(str), st.just('"a \\" # b"'), st.just("'c # d'"),
                    st.just("[\n  [1, 2],\n\n\n  [3],   \n]"), st.just("{ x = 1 }"), multiline_strings())


@st.composite
def odd_toml_texts(draw) -> str:
    """TOML of tables, keys, comments and multi-line strings, with trailing spaces and blank runs."""
    lines = []
    for table in range(draw(st.integers(0, 3))):
        lines += draw(st.lists(_SPACE.map(lambda s: s + "# a comment" + s), max_size=2))
        header = draw(st.sampled_from(["[claims.t{}]", "  [ claims . t{} ]", "[[checks]]", '["t {}"]']))
        lines.append(header.format(table) + draw(_SPACE))
        for key in range(draw(st.integers(0, 3))):
            tail = draw(st.sampled_from(["", "  # after", "   "]))
            lines.append(f"{draw(_SPACE)}k{key}{draw(_SPACE)}={draw(_SPACE)}{draw(_values)}{tail}")
            lines += draw(st.lists(_SPACE, max_size=3))
    return "\n".join(lines) + draw(st.sampled_from(["", "\n", "\n\n  "]))
