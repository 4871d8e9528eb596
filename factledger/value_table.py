"""Every claim's value in base units, as flat columns: made once when a ledger is built.

The rules read a value for nearly every claim of a ledger, several times.
Reading it from a figure means a unit look-up and two interval products; the
table does that once per claim and keeps plain floats, so the checks that run
over the whole ledger (ranges, outliers, cross-source conflicts) compare
numbers in arrays instead of making objects. Position ``i`` of every column
is the claim ``keys[i]``, in ledger order.
"""

from __future__ import annotations

import sys
import zlib
from array import array
from collections import Counter
from typing import Iterable

from factledger.claims import Claim, compared_name
from factledger.compute import Value, figure_value
from factledger.intervals import Interval
from factledger.units import Dims


#: a figure's row of the table by ``id(figure)``, the figure kept alive beside it (:class:`ValueTable`)
FigureRows = dict[int, tuple[object, tuple]]


class ValueTable:
    """Point, hedged bounds, rounding bounds, dimension and unit of every claim.

    A claim without a figure (implied: the ledger wants it computed) has
    ``dims`` ``None`` until a verify computes it; see :meth:`copy`.
    """

    __slots__ = ("keys", "index", "point", "lo", "hi", "rlo", "rhi", "dims", "unit", "subject", "measure",
                 "name", "_repeated")

    def __init__(self, claims: Iterable[Claim], figures: FigureRows | None = None) -> None:
        """The table of ``claims``; ``figures`` keeps each figure's row between tables made in one load."""
        self.keys: list[str] = []
        # C doubles, 8 bytes each, rather than a float object (24 bytes) and a list slot (8):
        # 120 bytes a claim less, and the parse cache pickles each column as one block of bytes.
        self.point = array("d")
        self.lo = array("d")  # what the sentence asserts (rounding widened by the hedge)
        self.hi = array("d")
        self.rlo = array("d")  # rounding alone
        self.rhi = array("d")
        self.dims: list[Dims | None] = []
        self.unit: list[str] = []
        self.subject: list[str] = []  # as compared: case and spacing folded
        self.measure: list[str] = []
        # A number for each (subject, measure) name, NO_NAME without one: the checks that pair
        # claims of one name count these in C instead of hashing a million string pairs.
        self.name = array("q")
        self._repeated: frozenset[int] | None = None
        nan = float("nan")
        # Claims that print the same text share one Figure (figures.read_figure), across files
        # too: put each in base units once. Keyed by id, the figure kept alive beside its row.
        rows = {} if figures is None else figures
        for claim in claims:
            self.keys.append(claim.key)
            subject, measure = compared_name(claim.subject), compared_name(claim.measure)
            self.subject.append(subject)
            self.measure.append(measure)
            self.name.append(name_number(subject, measure))
            figure = claim.figure
            if figure is None:
                self._add(nan, nan, nan, nan, nan, None, "")
                continue
            known = rows.get(id(figure))
            if known is None:
                hedged = figure_value(figure)
                rounding = hedged if figure.bounds is figure.interval else figure_value(figure, hedged=False)
                known = rows[id(figure)] = (figure, (hedged.point, hedged.interval.lo, hedged.interval.hi,
                                                     rounding.interval.lo, rounding.interval.hi, hedged.dims,
                                                     hedged.unit))
            self._add(*known[1])
        self.index = {key: at for at, key in enumerate(self.keys)}

    def _add(self, point: float, lo: float, hi: float, rlo: float, rhi: float, dims: Dims | None,
             unit: str) -> None:
        self.point.append(point)
        self.lo.append(lo)
        self.hi.append(hi)
        self.rlo.append(rlo)
        self.rhi.append(rhi)
        self.dims.append(dims)
        self.unit.append(unit)

    def extend(self, table: "ValueTable") -> None:
        """Add the rows of ``table`` (one ledger file's, from the parse cache) after these, keys aside.

        A load adds each file's table as it reads the file, so the file's own columns
        are freed at once rather than all kept until the last file is read; the keys
        come from the claims at the end (:meth:`with_keys`).
        """
        for name in _VALUE_COLUMNS:
            getattr(self, name).extend(getattr(table, name))

    def with_keys(self, keys: list[str]) -> "ValueTable | None":
        """This table with ``keys`` as its keys, one for each row; ``None`` if the counts differ.

        The parse cache keeps each file's table without its keys (:meth:`without_keys`):
        the table takes the claims' own strings, so a load makes one string a key and
        the ledger holds only that one.
        """
        if len(keys) != len(self.point):
            return None
        self.keys = keys
        self.index = {key: at for at, key in enumerate(keys)}
        return self

    def without_keys(self) -> "ValueTable":
        """This table, sharing its columns, without its keys: what the parse cache keeps of it.

        The keys are the claims' (``Claim.key``), made again from each claim's article
        and id. Cached beside the claims, they were a second string a claim, alive with
        the first while a load joined the files' tables.
        """
        other = ValueTable.__new__(ValueTable)
        for name in _VALUE_COLUMNS:
            setattr(other, name, getattr(self, name))
        other.keys, other.index, other._repeated = [], {}, None
        return other

    def repeated_names(self) -> frozenset[int]:
        """The numbers in ``name`` that more than one claim has (``NO_NAME`` left out), found once.

        Cross-source checks compare only claims whose name repeats. Counting every
        claim's number makes the largest object of a verify, for a moment: about 70
        bytes a claim, most names being stated once. :func:`~factledger.ledger.build_ledger`
        asks for this while it builds the ledger, when the process holds less than a
        verify does at its peak.
        """
        if self._repeated is None:
            repeated = {number for number, count in Counter(self.name).items() if count > 1}
            repeated.discard(NO_NAME)
            self._repeated = frozenset(repeated)
        return self._repeated

    def __getstate__(self) -> tuple:
        return tuple(getattr(self, name) for name in _COLUMNS)

    def __setstate__(self, state: tuple) -> None:
        for name, column in zip(_COLUMNS, state):
            setattr(self, name, column)
        # Each file's table brings its own copy of the few units, measures and kinds of
        # quantity a ledger names: one of each instead, as a table made in one piece has.
        # Here, file by file, while the copies are few, not once the whole ledger is read.
        intern = sys.intern
        self.unit = [intern(unit) for unit in self.unit]
        self.measure = [intern(measure) for measure in self.measure]
        if len(_KINDS) > _MOST_KINDS:
            _KINDS.clear()
        self.dims = [_KINDS.setdefault(dims, dims) for dims in self.dims]
        self.index = {key: at for at, key in enumerate(self.keys)}
        self._repeated = None

    def copy(self) -> "ValueTable":
        """A table a verify may write computed values into, leaving the ledger's own untouched."""
        other = ValueTable.__new__(ValueTable)
        for name in _COLUMNS:
            column = getattr(self, name)
            setattr(other, name, column[:] if name in _COMPUTED else column)
        other.index = self.index
        other._repeated = self._repeated  # names do not change when values are computed
        return other

    def value(self, at: int) -> Value | None:
        """The hedged value at position ``at``, as the rules' :class:`Value`."""
        dims = self.dims[at]
        if dims is None:
            return None
        return Value(self.point[at], Interval(self.lo[at], self.hi[at]), dims, self.unit[at])

    def rounding(self, at: int) -> Value:
        """The value the printing allows by rounding alone, without the hedge."""
        dims = self.dims[at]
        assert dims is not None
        return Value(self.point[at], Interval(self.rlo[at], self.rhi[at]), dims, self.unit[at])

    def set(self, at: int, value: Value) -> None:
        """Store a computed value (an implied claim's) at ``at``."""
        self.point[at] = value.point
        self.lo[at], self.hi[at] = value.interval.lo, value.interval.hi
        self.rlo[at], self.rhi[at] = value.interval.lo, value.interval.hi
        self.dims[at], self.unit[at] = value.dims, value.unit

    def __len__(self) -> int:
        return len(self.keys)


_COLUMNS = ("keys", "point", "lo", "hi", "rlo", "rhi", "dims", "unit", "subject", "measure", "name")
#: every column but the keys, which the parse cache leaves out (:meth:`ValueTable.without_keys`)
_VALUE_COLUMNS = _COLUMNS[1:]
#: the kinds of quantity unpickled so far, each once (:meth:`ValueTable.__setstate__`); a ledger
#: names a few dozen, so this is emptied only if something unpickles a great many
_KINDS: dict[Dims | None, Dims | None] = {}
_MOST_KINDS = 4096
#: the columns a verify writes an implied claim's computed value into (:meth:`ValueTable.set`)
_COMPUTED = ("point", "lo", "hi", "rlo", "rhi", "dims", "unit")

#: ``name`` of a claim without a subject or a measure
NO_NAME = -1


def name_number(subject: str, measure: str) -> int:
    """A number for the name (subject, measure), the same in every process (not ``hash``).

    Different names may share a number; the checks compare the names themselves
    among the claims whose numbers repeat.
    """
    if not subject or not measure:
        return NO_NAME
    return zlib.crc32(f"{subject}\x00{measure}".encode("utf-8", "surrogatepass"))
