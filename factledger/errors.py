"""Errors that speak to the person who wrote the ledger, in one line.

Every error knows where it happened (a :class:`~factledger.locations.Location`)
and renders as ``file:line: message``. None of them subclasses a builtin
lookup error: a missing claim id is a problem in the user's ledger, not a
``KeyError`` in ours.
"""

from __future__ import annotations

from factledger.locations import NOWHERE, Location


def quoted(text: str, limit: int = 60) -> str:
    """``text`` quoted for a message, clipped so one long value cannot swamp the line."""
    shown = repr(text)
    return shown if len(shown) <= limit else repr(text[: limit - 8]) + "..."


class FactledgerError(Exception):
    """Base class: a one-line, user-facing problem with a location."""

    def __init__(self, message: str, location: Location = NOWHERE) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def at(self, location: Location) -> "FactledgerError":
        """Return the same error placed at ``location`` (keeps a known line)."""
        if self.location.line and not location.line:
            return self
        clone = type(self).__new__(type(self))
        FactledgerError.__init__(clone, self.message, location)
        return clone

    def __str__(self) -> str:
        where = str(self.location)
        if self.location == NOWHERE:
            return self.message
        return f"{where}: {self.message}"


class FigureError(FactledgerError):
    """A printed figure could not be read."""


class UnitError(FactledgerError):
    """A unit name is unknown or units do not combine."""

    #: True when the unit is known but means two things ("Mb/d"): the message says what to write
    unclear = False


class IntervalError(FactledgerError):
    """Interval arithmetic has no answer (division by an interval holding zero)."""


class PeriodError(FactledgerError):
    """A period could not be read."""


class ExpressionError(FactledgerError):
    """A derivation expression is not allowed or refers to nothing."""


class LedgerError(FactledgerError):
    """A ledger file is malformed, inconsistent in its ids, or unreadable."""
