"""Bare numbers that count what the other figures of their name count.

One article prints "12,000 troops", another "15,000" for the same measure of
the same subject: the second counts the same troops, though it names no unit.
The checks that compare figures of a kind (FL5, FL403) read such a bare number
in the kind of its name's counted figures, so the two are compared. Only a
number that can be a count is read so: one printed without a unit (or with
``count``) whose rounding allows a whole number. "50%", "3 times" and "0.5" are
ratios, never counts; mass, money and the other kinds are left as they are.
When a name counts in two kinds (troops and ships), a bare number could count
either: it is read as neither, and compared only with other pure numbers.

A bare number that may be a count is never compared with a ratio (a figure in
percent, points of a percentage or multiples): "15,000" and "5%" of one
measure are a count and a share, which the ledger's author named alike, not
two readings of one number. Other pure numbers ("0.05") compare with both.
"""

from __future__ import annotations

import math
from typing import Iterable, Mapping

from factledger.claims import Claim
from factledger.units import COUNT_UNITS, COUNTING_DIMS, DIMENSIONLESS, Dims, is_ratio_unit
from factledger.value_table import NO_NAME, ValueTable


def read_as_counts(table: ValueTable, claims: Mapping[str, Claim], positions: Iterable[int]) -> dict[int, Dims]:
    """The bare counts among ``positions`` (of the value table) whose name counts in one kind,
    each with that kind; usually nothing.

    ``positions`` may hold several names: each bare number is read by the counted
    figures of its own subject and measure among them.
    """
    positions = list(positions)
    all_dims = table.dims
    present = set(map(all_dims.__getitem__, positions))
    if DIMENSIONLESS not in present or COUNTING_DIMS.isdisjoint(present):
        return {}  # nearly every name: no bare number beside a counted one
    kinds: dict[tuple[str, str], set[Dims]] = {}
    bare = []
    for at in positions:
        dims = all_dims[at]
        if dims in COUNTING_DIMS:
            kinds.setdefault(_name(table, at), set()).add(dims)
        elif dims == DIMENSIONLESS and is_bare_count(table, at, claims[table.keys[at]]):
            bare.append(at)
    read = {}
    for at in bare:
        counted = kinds.get(_name(table, at), ())
        if len(counted) == 1:
            read[at] = next(iter(counted))
    return read


def is_bare_count(table: ValueTable, at: int, claim: Claim) -> bool:
    """True when the figure at ``at`` may be a count of what its name's counted figures count: it has
    a name, and :func:`may_count`."""
    return table.name[at] != NO_NAME and may_count(table, at, claim)


def may_count(table: ValueTable, at: int, claim: Claim) -> bool:
    """True when the figure at ``at`` may be a count: printed (a computed pure number is a ratio
    of its inputs), without a unit of a ratio, and whole within its rounding."""
    return (claim.figure is not None and table.unit[at] in COUNT_UNITS
            and _holds_a_whole_number(table.rlo[at], table.rhi[at]))


#: the sides of :func:`count_and_ratio_sides`: two figures whose sides make ``APART`` are never compared
COUNT, RATIO = 1, 2
APART = COUNT | RATIO


def count_and_ratio_sides(table: ValueTable, claims: Mapping[str, Claim], positions: Iterable[int]) -> dict[int, int]:
    """The pure numbers among ``positions`` that may be counts (``COUNT``) and those in a unit of a
    ratio (``RATIO``), when there are both; usually nothing.

    A figure on neither side ("0.05", "35,000 points") is compared with either.
    """
    all_dims, units = table.dims, table.unit
    pure = [at for at in positions if all_dims[at] == DIMENSIONLESS]
    present = set(map(units.__getitem__, pure))
    if present.isdisjoint(COUNT_UNITS) or not any(map(is_ratio_unit, present - COUNT_UNITS)):
        return {}  # nearly every group: no bare number beside a share, or no share at all
    sides = {}
    for at in pure:
        if is_ratio_unit(units[at]):
            sides[at] = RATIO
        elif may_count(table, at, claims[table.keys[at]]):
            sides[at] = COUNT
    return sides if len(set(sides.values())) == 2 else {}


def _holds_a_whole_number(lo: float, hi: float) -> bool:
    """0.5 ([0.45, 0.55]) is a share, never a count; 1.2 million and "15,000" may be counts, and so
    may "-12,000" of a level that may be below zero (a net migration: ``signed = true``)."""
    return not math.isfinite(hi) or math.floor(hi) >= lo


def _name(table: ValueTable, at: int) -> tuple[str, str]:
    return table.subject[at], table.measure[at]
