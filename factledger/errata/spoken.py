"""Units as an editor says them: "12.2772 a day" for the engine's "12.2772 1/day".

The engine writes a rate as a unit with slashes ("USD/soldier/month"), which is what
its machine output and the ledger's author need. An editor reads "2,000 USD per soldier
a month". Only quantities the engine words are rewritten: a number, a space and a unit
factledger knows with a rate or a count in it; figures as the article prints them are
kept wherever the caller names them.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable

from factledger.errors import FactledgerError
from factledger.units import COUNTING_PLURALS, compile_unit

# A quantity as the engine words one: a number (or an interval's closing bracket), a space, and a
# unit with a rate or a count in it ("USD/soldier/month", "1/day", "count"). Units with powers or
# products ("km**2", "kg*m") are left as written.
_RATE_OR_COUNT = re.compile(r"(?<![\w.,])(?P<number>-?(?:\d[\d,]*(?:\.\d+)?(?:e-?\d+)?|∞)\]?) "
                            r"(?P<unit>(?:[A-Za-z_]\w*|1)(?:/[A-Za-z_]\w*)+|counts?)"
                            r"(?: per (?P<per_count>\d{1,3}(?:,\d{3})+|\d+)(?![\d,])(?P<rate>(?:/[A-Za-z_]\w*)*))?"
                            r"(?![\w/*(^])")

#: units of time as said after "a" ("12.2772 a day", "an hour"), by the names a unit may be written with
_TIMES = {name: word for word, names in (
    ("second", "s sec second seconds"), ("minute", "min minute minutes"), ("hour", "h hr hour hours"),
    ("day", "d day days"), ("week", "wk week weeks"), ("fortnight", "fortnight fortnights"),
    ("month", "mo month months"), ("quarter", "qtr quarter quarters"), ("year", "yr year years"),
    ("decade", "decade decades"), ("century", "century centuries")) for name in names.split()}

#: units that count things without naming them: said as nothing after a number, "each" below the line
_COUNTS = frozenset({"count", "counts"})


def plain_units(text: str, keep: Iterable[str] = ()) -> str:
    """The rates and counts of the engine's quantities in ``text`` as an editor says them:
    ``12.2772 1/day`` -> ``12.2772 a day``, ``2,000 USD/soldier/month`` -> ``2,000 USD per soldier a month``,
    ``1,500 INR/count/month`` -> ``1,500 INR each a month``, ``9,800,000 count`` -> ``9,800,000``.

    ``keep`` are figures as the article prints them ("5 t/day"), left as they are wherever they
    occur in ``text``; so is any unit factledger does not know ("and/or").
    """
    if "/" not in text and "count" not in text:
        return text
    kept = [(at, at + len(figure)) for figure in keep if figure for at in _places(text, figure)]
    if not kept:
        return _said_anywhere(text)

    def said_unless_kept(match: re.Match[str]) -> str:
        return match[0] if any(start <= match.start() < end for start, end in kept) else _said(match)

    return _RATE_OR_COUNT.sub(said_unless_kept, text)


# A report says the same readings and steps many times over ("450 to 550 casualties/day"): each once.
@functools.lru_cache(maxsize=65536)
def _said_anywhere(text: str) -> str:
    return _RATE_OR_COUNT.sub(_said, text)


def _said(match: re.Match[str]) -> str:
    number = match["number"]
    unit = spoken_unit(match["unit"] + (match["rate"] or ""), plural=number.rstrip("]") not in ("1", "-1"),
                       per_count=match["per_count"] or "")
    return match[0] if unit is None else f"{number} {unit}".rstrip()


def _places(text: str, figure: str) -> list[int]:
    places, at = [], text.find(figure)
    while at >= 0:
        places.append(at)
        at = text.find(figure, at + 1)
    return places


@functools.lru_cache(maxsize=1024)
def spoken_unit(unit: str, plural: bool = False, per_count: str = "") -> str | None:
    """``USD/soldier/month`` -> ``USD per soldier a month``, ``1/day`` -> ``a day``, ``count`` -> ``""``;
    ``None`` for a unit with a name factledger does not know, which is no unit of the engine's.

    ``plural`` after a number other than one: a unit named by a word takes its plural ("30 tonnes a month").
    ``per_count`` is how many a rate is per: ``count/person`` per ``100,000`` is "per 100,000 people".
    """
    names = unit.split("/")
    if not all(name in ("1", *_COUNTS, *_TIMES) or _known(name) for name in names):
        return None
    above, below = names[0], names[1:]
    words = [] if above in ("1", *_COUNTS) else [_plural(above) if plural else above]
    for name in below:
        if name in _COUNTS:
            words.append(f"per {per_count}" if per_count else "each")
        elif name in _TIMES:
            words.append(f"{'an' if _TIMES[name] == 'hour' else 'a'} {_TIMES[name]}")
        elif per_count:
            words.append(f"per {per_count} {_plural(name)}")
        else:
            words.append(f"per {name}")
        per_count = "" if name not in _TIMES else per_count  # the count is of the first thing it is per
    return " ".join(words)


def _plural(name: str) -> str:
    """``tonne`` -> ``tonnes``, when the plural names the same unit; ``USD``, ``kg``, ``troops`` and
    ``percent`` as they are."""
    if name in COUNTING_PLURALS:  # "person" -> "people", "casualty" -> "casualties"
        return COUNTING_PLURALS[name]
    if not (name.isalpha() and name.islower() and len(name) > 2) or name.endswith("s") or name == "percent":
        return name
    try:
        one, more = compile_unit(name), compile_unit(name + "s")
    except FactledgerError:
        return name
    return name + "s" if (one.factor, one.dims) == (more.factor, more.dims) else name


def _known(name: str) -> bool:
    try:
        compile_unit(name)
    except FactledgerError:
        return False
    return True


__all__ = ["plain_units", "spoken_unit"]
