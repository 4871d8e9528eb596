"""One file's claims pickled as rows of their fields, for the parse cache.

Pickling a claim through its constructor (as every record pickles) costs a
Python call for the claim and another for its location, for every claim a
first run writes to the cache. As rows, a claim is a tuple of strings and
shared objects the pickler writes without calling back into Python, and its
location, always in the file being read and named after the claim, is only
its line number. Unpickling makes the same claims with the same locations.
"""

from __future__ import annotations

import operator
import sys
from typing import Any

from factledger.claims import Claim
from factledger.locations import Location, shared_lines
from factledger.records import fields

#: every field of a Claim but its location, in the constructor's order
_NAMES = ("id", "article_id", "figure", "subject", "measure", "period", "quote", "attribution", "derivation",
          "cumulative", "note")
assert tuple(field.name for field in fields(Claim)) == (*_NAMES, "location")
_FIELDS = operator.attrgetter(*_NAMES)


class ClaimRows(list):  # type: ignore[type-arg]
    """A list of claims that pickles as rows and unpickles as a plain list of the same claims."""

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        rows = list(map(_FIELDS, self))
        locations = [claim.location for claim in self]
        path = locations[0].path if locations else ""
        if all(at.path == path and at.claim_id == row[0] for at, row in zip(locations, rows)):
            return _claims, (rows, path, [at.line for at in locations])
        return _claims_placed, (rows, locations)  # a claim made elsewhere: keep its location whole


def _claims(rows: list[tuple[Any, ...]], path: str, lines: list[int]) -> list[Claim]:
    # Measures interned, as the reader interns them: an entry per file brings a copy of each.
    # Not subjects: most are distinct, interning each slowed a warm load measurably, and a
    # subject repeated within a file is one object already (the pickler's memo).
    intern = sys.intern
    return [Claim(id, article, figure, subject, intern(measure), period, quote, attribution, derivation,
                  cumulative, note, Location(path, line, id))
            for (id, article, figure, subject, measure, period, quote, attribution, derivation, cumulative,
                 note), line in zip(rows, shared_lines(lines))]


def _claims_placed(rows: list[tuple[Any, ...]], locations: list[Location]) -> list[Claim]:
    intern = sys.intern  # as _claims does
    return [Claim(id, article, figure, subject, intern(measure), period, quote, attribution, derivation,
                  cumulative, note, location)
            for (id, article, figure, subject, measure, period, quote, attribution, derivation, cumulative,
                 note), location in zip(rows, locations)]
