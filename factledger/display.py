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

# Each name compiles back to its dimension: a unit shown is also a unit computed with.
_BASE_NAMES = {"[mass]": "kg", "[length]": "m", "[time]": "s", "[person]": "person",
               "[vessel]": "vessel", "[temperature]": "K", "[temperature_C]": "°C", "[temperature_F]": "°F",
               "[current]": "A", "[substance]": "mol", "[luminosity]": "cd"}


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
    """The first candidate unit text with dimension ``dims``; else a base-unit wording.

    A count in a compound unit is left out: "1,500 INR/count/month" times "9,800,000
    count" is shown in INR/month, the families having cancelled.
    """
    for candidate in candidates:
        if not candidate and dims:
            continue
        try:
            if compile_unit(candidate).dims == dims:
                return without_counts(candidate)
        except FactledgerError:
            continue
    return base_unit_text(dims)


#: units that count things one by one without a kind of their own: they cancel out of a shown unit
_COUNTS = frozenset({"count", "counts"})


def without_counts(unit: str) -> str:
    """``INR/count/month`` -> ``INR/month``; a unit that is only a count stays as it is."""
    factors = _factors(unit)
    if factors is None or not any(f in _COUNTS for f in (*factors[0], *factors[1])):
        return unit
    up = [f for f in factors[0] if f not in _COUNTS]
    down = [f for f in factors[1] if f not in _COUNTS]
    return _unit_text(up, down) if up or down else unit


def composed_unit(op: str, left: str, right: str) -> str:
    """The unit of ``left op right`` (``*`` or ``/``) made of the operands' own units, or ``""``.

    "USD" ÷ "month" is "USD/month" and "death" ÷ "day" "death/day": a computation is
    shown in the units of its figures rather than in seconds. The same unit above and
    below cancels ("USD/soldier/month" × "troops" keeps "USD/month"), as do counts.
    """
    a, b = _factors(left), _factors(right)
    if a is None or b is None:
        return ""
    up, down = list(a[0]), list(a[1])
    more_up, more_down = b if op == "*" else (b[1], b[0])
    up += more_up
    down += more_down
    for unit in list(down):
        same = next((u for u in up if _same_unit(u, unit)), None)
        if same is not None:
            up.remove(same)
            down.remove(unit)
    up = [_singular(u) for u in up if u not in _COUNTS]
    down = [_singular(u) for u in down if u not in _COUNTS]
    return _unit_text(up, down) if up or down else ""


def _singular(unit: str) -> str:
    """``days`` -> ``day``, ``casualties`` -> ``casualty``, as a compound unit names them: "death/day"."""
    for plural, single in (("ies", "y"), ("s", "")):
        if unit.endswith(plural) and len(unit) > len(plural) + 1:
            single = unit[: -len(plural)] + single
            if _same_unit(unit, single):
                return single
    return unit


def _factors(unit: str) -> tuple[list[str], list[str]] | None:
    """The units multiplied above and below the line of a plain unit text ("USD/soldier/month");
    ``None`` for one with powers, brackets or spaces, which is not taken apart."""
    if any(c in unit for c in "() ^") or "**" in unit:
        return None
    first, *rest = unit.split("/") if unit else [""]
    up = [u for u in first.split("*") if u and u != "1"]
    down = [u for part in rest for u in part.split("*") if u]
    return up, down


def _unit_text(up: list[str], down: list[str]) -> str:
    return ("*".join(up) or "1") + "".join(f"/{d}" for d in down)


def _same_unit(a: str, b: str) -> bool:
    """"troop" and "soldier" are one unit to cancel; "month" and "day" are not."""
    if a == b:
        return True
    try:
        one, other = compile_unit(a), compile_unit(b)
    except FactledgerError:
        return False
    return one.dims == other.dims and one.factor == other.factor


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

