"""Draft claims as ledger entries: the fields ``--append`` writes, and TOML or JSON text.

A draft is a proposal for an editor. Subject and measure start with ``DRAFT:``,
and the note names the line it came from and every flag the extractor raised.
"""

from __future__ import annotations

import json
import re
from typing import Any

from factledger.extraction import DraftClaim
from factledger.formats.escape import toml_string
from factledger.units import NEWS_UNITS


def claim_id(claim: DraftClaim, index: int) -> str:
    stem = re.sub(r"[^a-z0-9]+", "_", (claim.unit.split("/")[0] or "figure").lower()).strip("_")
    return f"draft_{stem or 'figure'}_{index:03d}"


def ledger_fields(claim: DraftClaim, source: str = "") -> dict[str, Any]:
    """The ``[claims.ID]`` table for ``claim``."""
    fields: dict[str, Any] = {"figure": claim.figure.text if claim.figure else " ".join(claim.printed.split())}
    if "counted-noun" in claim.flags and claim.unit.split("/")[0] in NEWS_UNITS:
        fields["unit"] = claim.unit.split("/")[0]
    elif "unit-ambiguous" in claim.flags:
        guess = _unit_guess(fields["figure"], claim)
        if guess:
            fields["unit"] = guess
    fields.update(subject=claim.subject, measure=claim.measure, quote=claim.quote)
    if source:
        fields["source"] = source
    fields["note"] = _note(claim)
    return fields


#: What a draft guesses for a printed unit of two meanings, so that the ledger it is appended
#: to still loads: the figure reader asks the ledger's ``unit`` to decide, and the note says
#: it is a guess. Money for pounds counted in millions, weight otherwise.
_GUESSES = {"JPY": ("JPY", "CNY"), "pound": ("lb", "GBP")}
_MONEY_FROM = 1e6  # pounds counted in millions are money


def _unit_guess(figure: str, claim: DraftClaim) -> str:
    """The first reading of an ambiguous unit the figure reader accepts, as a ledger ``unit``."""
    from factledger.errors import FactledgerError
    from factledger.figures import read_figure

    top = claim.unit.split("/")[0]
    options = _GUESSES.get(top, ())
    if top == "pound" and claim.figure is not None and claim.figure.value >= _MONEY_FROM:
        options = options[::-1]  # the figure reader has read the scale words: "5 million", "5m", "5bn"
    for option in options:
        for unit in (option, claim.unit.replace(top, option, 1)):
            try:
                read_figure(figure, unit)
            except FactledgerError:
                continue
            return unit
    return ""


def _note(claim: DraftClaim) -> str:
    note = f"DRAFT from factledger extract, article line {claim.line}"
    top = claim.unit.split("/")[0]
    if "unit-ambiguous" in claim.flags and top in _GUESSES:
        first, second = _GUESSES[top]
        note += f"; the unit is a guess ({first} or {second}): check it"
    if top == "point":  # the ledger loads with "point", but a rate's change is in percentage points
        note += "; the unit is a guess (point, or percentage_point for a change in a rate): check it"
    if claim.unit and "counted-noun" in claim.flags:
        note += f"; counts {claim.unit}"
    if claim.flags:
        note += f"; flags: {', '.join(claim.flags)}"
    return note


def to_toml(claims: list[DraftClaim], source: str = "") -> str:
    blocks = []
    for index, claim in enumerate(claims, 1):
        lines = [f"[claims.{claim_id(claim, index)}]"]
        lines += [f"{key} = {toml_string(value)}" for key, value in ledger_fields(claim, source).items()]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def to_records(claims: list[DraftClaim]) -> list[dict[str, Any]]:
    return [_record(claim) for claim in claims]


def _record(claim: DraftClaim) -> dict[str, Any]:
    figure = claim.figure
    return {
        "printed": claim.printed, "start": claim.start, "end": claim.end, "line": claim.line,
        "unit": claim.unit, "hedge": claim.hedge,
        "value": figure.value if figure else None,
        "low": figure.interval.lo if figure else None, "high": figure.interval.hi if figure else None,
        "is_range": bool(figure and figure.is_range), "figure": figure.text if figure else None,
        "quote": claim.quote, "subject": claim.subject, "measure": claim.measure,
        "flags": list(claim.flags),
    }


def to_json(claims: list[DraftClaim]) -> str:
    return json.dumps({"mentions": to_records(claims)}, ensure_ascii=False, indent=1) + "\n"
