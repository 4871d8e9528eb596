"""Draft claims as ledger entries: the fields ``--append`` writes, and TOML or JSON text.

A draft is a proposal for an editor. Subject and measure start with ``DRAFT:``,
and the note names the line it came from and every flag the extractor raised.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from factledger.errors import FactledgerError
from factledger.extraction import DraftClaim
from factledger.extraction.grammar import parse_at
from factledger.formats.escape import toml_string
from factledger.figures import Figure, read_figure, without_minus_signs
from factledger.hedges import hedge_named, of_the_size
from factledger.extraction.lexicon import COUNTED_NOT_MEASURED, RATE_ADJECTIVES, RATE_ADVERBS, RATE_TIMES
from factledger.units import NEWS_UNITS, compile_unit

#: the ledger's unit for a counted noun it has no name for ("1,500 jobs", "$6.50 per trip")
COUNT = "count"
#: the units of time a rate is per ("a month", "daily", "28,000 weekday riders")
_RATE_UNITS = frozenset([*RATE_TIMES.values(), *RATE_ADVERBS.values(), *RATE_ADJECTIVES.values()])


def claim_id(claim: DraftClaim, index: int) -> str:
    stem = re.sub(r"[^a-z0-9]+", "_", (claim.unit.split("/")[0] or "figure").lower()).strip("_")
    return f"draft_{stem or 'figure'}_{index:03d}"


def ledger_fields(claim: DraftClaim, source: str = "", reading: tuple[str, str] | None = None) -> dict[str, Any]:
    """The ``[claims.ID]`` table for ``claim`` (one :func:`recordable` says a ledger can read);
    ``reading`` is its :func:`ledger_reading`, when the caller has it already."""
    figure, unit = reading or ledger_reading(claim) or (_figure_text(claim), "")
    fields: dict[str, Any] = {"figure": figure}
    if unit:
        fields["unit"] = unit
    if _signed(claim):
        fields["signed"] = True
    fields.update(subject=claim.subject, measure=claim.measure, quote=claim.quote)
    if source:
        fields["source"] = source
    fields["note"] = _note(claim, figure)
    return fields


def recordable(claim: DraftClaim) -> bool:
    """Whether a ledger can read the draft's figure with some ``unit``: "more than a year",
    "2-0" or "6-1/2 percent" have none, and a draft of them would stop the ledger loading."""
    return ledger_reading(claim) is not None


def ledger_reading(claim: DraftClaim) -> tuple[str, str] | None:
    """The ``figure`` and ``unit`` a draft gives for the ledger to read the value extraction
    read (``unit`` is ``""`` for none), or ``None`` when no draft does.

    The figure as printed comes first. A hedged negative amount ("about -3%") is then drafted
    as its size with the hedge ("about 3%"), as the reader asks it recorded. A count whose
    noun phrase the reader does not take ("12 F-16 jets", where it sees a range in "F-16") is
    then drafted as its number alone, "12", with the count for a unit: that is as printed
    too, and the note names the noun.
    """
    for figure in filter(None, (_figure_text(claim), _size(claim))):
        unit = _unit_for(claim, figure, _unit_options(claim))
        if unit is not None:
            return figure, unit
    number = _number_alone(claim)
    unit = _unit_for(claim, number, [_as_counts(claim)]) if number else None
    return (number, unit) if unit is not None else None


def _unit_for(claim: DraftClaim, figure: str, options: list[str]) -> str | None:
    """The first of ``options`` with which the reader reads ``figure`` in the kind of unit
    extraction found, if it also reads the value extraction read; otherwise ``None``.

    The figure reader is the judge: the options are tried in turn, and the first the reader
    takes in the right kind of unit decides. No draft is better than one whose value differs:
    "1.234.567 euros" reads as 1.234 euros with any unit.
    """
    for unit in options:
        try:
            read = read_figure(figure, unit or None, signed=_signed(claim))
        except FactledgerError:
            continue
        if claim.figure is None:
            return unit
        if "unit-ambiguous" in claim.flags or _same_kind(read, claim.figure):  # a guess says which
            return unit if _same_reading(read, claim.figure) else None
    return None


def _signed(claim: DraftClaim) -> bool:
    """Whether the draft is read with its signs, ``signed = true``: a range from below zero ("-5 to -3%")."""
    return claim.figure is not None and claim.figure.signed


def _same_reading(read: Figure, extracted: Figure) -> bool:
    return all(math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12) for a, b in
               ((read.interval.lo, extracted.interval.lo), (read.interval.hi, extracted.interval.hi)))


def _same_kind(read: Figure, extracted: Figure) -> bool:
    """Whether the reader's unit is of the kind of the unit extraction found (a count, with
    no unit found, is of any kind: the draft's unit says which)."""
    if not extracted.unit:
        return True
    top, *per = extracted.unit_text.split("/")  # a count has no unit: a noun after "per" may be one
    counted = "/".join([top] + [COUNT if part in COUNTED_NOT_MEASURED else part for part in per])
    read_dims, extracted_dims = _dims(read.unit_text), _dims(counted)  # "USD/section" is dollars per count
    return read_dims is None or extracted_dims is None or read_dims == extracted_dims


def _dims(unit: str) -> tuple | None:
    """The kind of a unit, or ``None`` for a word the registry does not know ("USD/trip")."""
    try:
        return compile_unit(unit).dims
    except FactledgerError:
        return None


def _number_alone(claim: DraftClaim) -> str:
    """ "12" of "12 F-16 jets", with its hedge: a count with no rate, as the article prints it."""
    if claim.figure is None or "counted-noun" not in claim.flags or "/" in claim.unit:
        return ""
    parse = parse_at(claim.printed, 0)
    if parse is None:
        return ""
    number = " ".join(claim.printed[:parse.first.end].split())
    return f"{claim.hedge} {number}" if claim.hedge else number


def _size(claim: DraftClaim) -> str:
    """ "about 3%" of "about -3%": a hedged negative amount without its sign, as the figure
    reader asks it recorded (and a quote search finds it), when the hedge says the same of the
    size; "" otherwise. A hedge of place turns around ("more than -3%" is a fall of less than
    3%), a figure the article does not print. The sign may be the word: "about minus 3%" is
    recorded as "about 3%" too, which the quote search finds as it finds "about 3%" in "about -3%"."""
    if "printed-negative" not in claim.flags or not claim.hedge or _turned_hedge(claim):
        return ""
    unsigned = without_minus_signs(_figure_text(claim))
    return unsigned if unsigned != _figure_text(claim) else ""


def _turned_hedge(claim: DraftClaim) -> str:
    """What the hedge of a negative amount says of its size, when it says another thing:
    "less than" for "more than -3%"; "" for a hedge that says the same ("about", "nearly")."""
    if "printed-negative" not in claim.flags or not claim.hedge:
        return ""
    size = of_the_size(hedge_named(claim.hedge))
    return "" if size == hedge_named(claim.hedge).word else size


def _figure_text(claim: DraftClaim) -> str:
    return claim.figure.text if claim.figure else " ".join(claim.printed.split())


def _unit_options(claim: DraftClaim) -> list[str]:
    """The units a draft may give, best first: a counted noun the ledger knows ("troop"), a
    guess for a unit of two meanings, none, then each unnamed counted noun as a count
    ("1,500 jobs" is a count, "$6.50 per trip" dollars per count) and a hyphenated unit
    spelled out ("1.3-mile" is in miles, which the figure reader cannot see by itself).

    With no unit, the reader reads a counted noun as pint does, as a unit of measure when it
    knows one ("12 volts"): a claim that counts a noun news counts as things is not offered
    that ("4 sections" and "$5 per section", which pint reads as a square mile)."""
    top, *per = claim.unit.split("/")
    options = []
    if "counted-noun" in claim.flags and top in NEWS_UNITS and not _counts_thing(claim):
        options.append(top)
    if "unit-ambiguous" in claim.flags:
        options += _unit_guesses(claim)
    if not _counts_thing(claim) and not any(part in COUNTED_NOT_MEASURED for part in per):
        options.append("")
    if claim.unit:
        options.append(_as_counts(claim))
    return options


def _counts_thing(claim: DraftClaim) -> bool:
    """Whether the claim counts a noun that pint, or the ledger, reads as a unit of measure:
    "4 sections", "12 bars", "5 pcs" (pieces, not per cent nor parsecs)."""
    return "counted-noun" in claim.flags and claim.unit.split("/")[0] in COUNTED_NOT_MEASURED


def _as_counts(claim: DraftClaim) -> str:
    """The claim's unit with each noun the ledger has no name for as a count. Nouns are not
    asked of pint, which reads "section" as a square mile and "bay" not at all."""
    top, *per = claim.unit.split("/")
    if not top or "counted-noun" in claim.flags and (top not in NEWS_UNITS or _counts_thing(claim)):
        top = COUNT  # "12,000 per hour per direction": a bare count
    return "/".join([top] + [part if _named(part) else COUNT for part in per])


def _named(part: str) -> bool:
    """Whether the ledger names what a rate is per: a time ("a day") or a noun it counts ("per troop")."""
    return part in _RATE_UNITS or part in NEWS_UNITS and part not in COUNTED_NOT_MEASURED


#: What a draft guesses for a printed unit of two meanings, so that the ledger it is appended
#: to still loads: the figure reader asks the ledger's ``unit`` to decide, and the note says
#: it is a guess. Money for pounds counted in millions, weight otherwise.
_GUESSES = {"JPY": ("JPY", "CNY"), "pound": ("lb", "GBP"),
            # "degrees" names no scale: a temperature by the words around it (degrees.py), else an angle
            "degC": ("degC", "degF"), "degF": ("degF", "degC"), "degree": ("degree", "count"),
            # "Rs" of a country the article names (rupees.py): the claim's hint says which
            "INR": ("INR", "PKR"), **{code: (code, "INR") for code in ("PKR", "LKR", "NPR")}}
_MONEY_FROM = 1e6  # pounds counted in millions are money


def _unit_guesses(claim: DraftClaim) -> list[str]:
    """The readings of an ambiguous unit, as ledger ``unit``s, the likelier first."""
    top = claim.unit.split("/")[0]
    options = _GUESSES.get(top, ())
    if top == "pound" and claim.figure is not None and claim.figure.value >= _MONEY_FROM:
        options = options[::-1]  # the figure reader has read the scale words: "5 million", "5m", "5bn"
    return [unit for option in options for unit in (option, claim.unit.replace(top, option, 1))]


def _note(claim: DraftClaim, figure: str) -> str:
    note = f"DRAFT from factledger extract, article line {claim.line}"
    if figure not in (_figure_text(claim), _size(claim)):
        note += f"; the figure is the number alone, as the ledger does not read {_figure_text(claim)!r}"
    top = claim.unit.split("/")[0]
    if claim.hint:
        note += f"; {claim.hint}"
    elif "unit-ambiguous" in claim.flags and top in _GUESSES:
        note += _guess_note(claim, top)
    if "printed-negative" in claim.flags:
        note += ("; printed negative: the ledger takes the size, so record the change as a fall or a loss, "
                 "or a level below zero (a rate of -0.5%) with its sign and signed = true")
    if "negative-range" in claim.flags:
        note += ("; a range from below zero, drafted as printed with signed = true, as the ledger reads it: "
                 "check whether it is a level (a rate, a balance) or a change, and say which in the measure")
    if top == "point":  # the ledger loads with "point", but a rate's change is in percentage points
        note += "; the unit is a guess (point, or percentage_point for a change in a rate): check it"
    if claim.unit and "counted-noun" in claim.flags:
        note += f"; counts {claim.unit}"
    if claim.flags:
        note += f"; flags: {', '.join(claim.flags)}"
    return note


def _guess_note(claim: DraftClaim, top: str) -> str:
    first, second = _GUESSES[top]
    if top == "degree":
        return ("; 'degrees' names no scale and no word of temperature stands near: the unit is a guess, "
                "an angle; set unit = \"degC\" or \"degF\" for a temperature, or \"count\" for a count")
    if top in ("degC", "degF"):
        difference = "change in temperature" in claim.measure
        return (f"; 'degrees' names no scale: the unit is a guess ({first} or {second}), from the words of "
                f"temperature near it: check it" + ("; a difference of temperatures takes the scale's unit too, "
                                                    "so that it computes from the levels" if difference else ""))
    return f"; the unit is a guess ({first} or {second}): check it"


def entries(claims: list[DraftClaim], source: str = "") -> tuple[list[tuple[str, dict[str, Any]]], list[DraftClaim]]:
    """(id, fields) of each draft a ledger can read, and the mentions left out as unreadable.

    Ids number the mentions in article order, left-out ones included, so an id does not
    change when the reader learns a form."""
    kept, left_out = [], []
    for index, claim in enumerate(claims, 1):
        reading = ledger_reading(claim)  # read once: it tries the figure reader on each option
        if reading is not None:
            kept.append((claim_id(claim, index), ledger_fields(claim, source, reading)))
        else:
            left_out.append(claim)
    return kept, left_out


def left_out_lines(claims: list[DraftClaim]) -> list[str]:
    """One line per mention left out of the drafts: where it is and what to do."""
    return [f"article line {claim.line}: {_figure_text(claim)!r} is left out: {_why_left_out(claim)}"
            for claim in claims]


def _why_left_out(claim: DraftClaim) -> str:
    size = _turned_hedge(claim)
    if size:  # the figure reader refuses it, and says to leave it out
        return (f"{claim.hedge!r} before a negative amount turns around for its size (a fall of {size} "
                f"{' '.join(claim.printed.split())}), which the article does not print")
    return "the ledger cannot read it as a figure; record it by hand if it is a quantity"


def to_toml(claims: list[DraftClaim], source: str = "") -> str:
    kept, left_out = entries(claims, source)
    blocks = ["\n".join([f"[claims.{key}]"] + [f"{name} = {_toml_value(value)}" for name, value in fields.items()])
              for key, fields in kept]
    blocks += ["\n".join("# " + line for line in left_out_lines(left_out))] if left_out else []
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def _toml_value(value: str | bool) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else toml_string(value)


def to_records(claims: list[DraftClaim]) -> list[dict[str, Any]]:
    return [_record(claim) for claim in claims]


def _record(claim: DraftClaim) -> dict[str, Any]:
    figure = claim.figure
    return {
        "printed": claim.printed, "start": claim.start, "end": claim.end, "line": claim.line,
        "unit": claim.unit, "hedge": claim.hedge,
        "value": figure.value if figure else None,
        "low": figure.interval.lo if figure else None, "high": figure.interval.hi if figure else None,
        "is_range": bool(figure and figure.is_range), "signed": bool(figure and figure.signed),
        "figure": figure.text if figure else None,
        "quote": claim.quote, "subject": claim.subject, "measure": claim.measure,
        "flags": list(claim.flags), "hint": claim.hint,
    }


def to_json(claims: list[DraftClaim]) -> str:
    return json.dumps({"mentions": to_records(claims)}, ensure_ascii=False, indent=1) + "\n"
