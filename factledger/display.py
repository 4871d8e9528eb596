"""Numbers and units as people read them, for evidence and messages.

Values inside the engine are plain floats in base units; this module turns
one back into "24,000,000 USD/month" in the unit the reader expects. It has
no opinion on output formats: it makes text, and formats escape it.
"""

from __future__ import annotations

import functools
import math
import sys

from factledger.errors import FactledgerError
from factledger.intervals import Interval
from factledger.units import COUNTING_PLURALS, Dims, compile_unit

_BASE_NAMES = {"[mass]": "kg", "[length]": "m", "[time]": "s", "[person]": "person",
               "[vessel]": "vessel", "[temperature]": "K", "[current]": "A", "[substance]": "mol",
               "[luminosity]": "cd"}


_FIXED_FROM, _FIXED_BELOW = 1e-15, 1e15


# A report words the same few values many times over (in the message, the evidence, each
# claim's reading), and formatting a float is most of the cost of wording a finding.
@functools.lru_cache(maxsize=16384)
def number(x: float, digits: int = 6) -> str:
    """``24000000.0`` -> ``"24,000,000"``; ``7.996`` -> ``"7.996"``; keeps ``digits`` significant.

    A whole number is shown in full up to 10**15; beyond, and below 10**-15, in e-notation.
    A subnormal is shown as 0: it is what rounding a bound of zero outward leaves.
    """
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if abs(x) < sys.float_info.min:
        return "0"
    if not _FIXED_FROM <= abs(x) < _FIXED_BELOW:
        mantissa, _, exponent = f"{x:.{digits - 1}e}".partition("e")
        if "." in mantissa:
            mantissa = mantissa.rstrip("0").rstrip(".")
        return f"{mantissa}e{int(exponent)}"
    magnitude = math.floor(math.log10(abs(x)))
    decimals = max(0, digits - 1 - magnitude)
    text = f"{x:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def choose_unit(dims: Dims, candidates: list[str]) -> str:
    """The first candidate unit text with dimension ``dims``; else a base-unit wording."""
    for candidate in candidates:
        if not candidate and dims:
            continue
        try:
            if compile_unit(candidate).dims == dims:
                return candidate
        except FactledgerError:
            continue
    return base_unit_text(dims)


def base_unit_text(dims: Dims) -> str:
    if not dims:
        return ""
    parts = []
    for name, exp in dims:
        word = _BASE_NAMES.get(name) or name.strip("[]").removeprefix("currency_")
        parts.append((word, exp))
    up = [w if e == 1 else f"{w}**{e:g}" for w, e in parts if e > 0]
    down = [w if e == -1 else f"{w}**{-e:g}" for w, e in parts if e < 0]
    return ("*".join(up) or "1") + "".join(f"/{d}" for d in down)


def in_unit(value: float, unit: str) -> float:
    return value / compile_unit(unit).nominal if unit else value


def quantity(value: float, unit: str, digits: int = 6) -> str:
    """A base-unit value shown in ``unit``: ``quantity(24e6 * f, "USD/month")``, a fraction
    with ``digits`` significant digits.

    A unit that counts people or vessels is plural after any number but 1:
    "12,000 troops", "1 troop", "8,000 troops/month".
    """
    shown = number(in_unit(value, unit), digits)
    return _with_unit(shown, unit if shown == "1" else _plural(unit))


# Wording a verify's findings shows a few units thousands of times: work out each plural once.
@functools.lru_cache(maxsize=1024)
def _plural(unit: str) -> str:
    """``troop`` -> ``troops``, ``casualty/day`` -> ``casualties/day``; other units as they are."""
    head, slash, rest = unit.partition("/")
    plural = COUNTING_PLURALS.get(head)
    return plural + slash + rest if plural else unit


def interval(span: Interval, unit: str) -> str:
    """A base-unit interval shown in ``unit``: ``[23,500,000, 24,500,000] USD``."""
    factor = compile_unit(unit).nominal if unit else 1.0
    return printed_interval(span.lo / factor, span.hi / factor, unit)


def printed_interval(lo: float, hi: float, unit: str) -> str:
    """Bounds already in ``unit`` (a figure's own reading), shown as ``[lo, hi] unit``.

    A unit that counts is plural, as after a single number: "[11,500, 12,500] troops".
    """
    low, high = number(lo), number(hi)
    return _with_unit(f"[{low}, {high}]", unit if low == high == "1" else _plural(unit))


def _with_unit(text: str, unit: str) -> str:
    pretty = pretty_unit(unit)
    return text + pretty if pretty == "%" else f"{text} {pretty}".rstrip()


def pretty_unit(unit: str) -> str:
    return {"percent": "%", "": ""}.get(unit, unit)

