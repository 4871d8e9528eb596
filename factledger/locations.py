"""Where something is: a ledger file, a line in it, and the claim it belongs to."""

from __future__ import annotations

import operator
import _thread

from factledger.records import record


@record(order=True)
class Location:
    """A place in a ledger: ``path`` as the user gave it, a 1-based ``line`` (0 when unknown)."""

    path: str = ""
    line: int = 0
    claim_id: str = ""

    def __str__(self) -> str:
        if not self.path:
            return self.claim_id or "<input>"
        return f"{self.path}:{self.line}" if self.line else self.path


NOWHERE = Location()

#: The line numbers locations have used so far, each as one int object that every location of
#: that line shares: a ledger of many files names the same few thousand lines again and again,
#: and each location held an int of its own (32 bytes) for its line.
_LINES: list[int] = []
_MOST_LINES = 1 << 20
# Loads in two threads must not both add the same numbers. The lock threading.Lock() makes,
# without importing threading for it.
_GROWING = _thread.allocate_lock()


def shared_line(number: int) -> int:
    """``number``, as the int object every location on that line shares (itself past a million lines)."""
    if number.__class__ is not int or not 0 <= number < _MOST_LINES:
        return number
    if number >= len(_LINES):
        with _GROWING:
            if number >= len(_LINES):
                _LINES.extend(range(len(_LINES), number + 1))
    return _LINES[number]


def shared_lines(numbers: list[int]) -> list[int]:
    """:func:`shared_line` of each of ``numbers``, with one look-up in C for a whole file's lines."""
    if not numbers or set(map(type, numbers)) != {int} or not 0 <= min(numbers) <= max(numbers) < _MOST_LINES:
        return [shared_line(number) for number in numbers]
    shared_line(max(numbers))  # the table made as long as the file's last line
    found = operator.itemgetter(*numbers)(_LINES)
    return list(found) if len(numbers) > 1 else [found]


def _located(path: str, line: int, claim_id: str) -> Location:
    return Location(path, shared_line(line), claim_id)


def _reduce_location(self: Location) -> tuple:
    # Unpickled locations (the parse cache's) share their line's int object too.
    return _located, (self.path, self.line, self.claim_id)


Location.__reduce__ = _reduce_location  # type: ignore[method-assign, assignment]
