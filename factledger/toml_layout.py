"""Where each line of a TOML text sits: in a multi-line string, in an array, or at the top.

``fmt`` changes layout only: trailing spaces, blank lines, the blank line
before a table. Inside a multi-line string every space and blank line is the
user's data, and a ``[`` that starts a line inside an array is no table header.
Counting ``\"\"\"`` on each line got both wrong (an escaped ``\\\"\"\"``, a
delimiter after text on the opening line), so this scans each line as a TOML
parser does, character by character, carrying what is open to the next line.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class LineLayout(NamedTuple):
    """Where one line starts and ends."""

    #: the line starts inside a multi-line string: all of it up to the closing delimiter is data
    starts_in_string: bool
    #: the line ends inside a multi-line string: its trailing spaces are data
    ends_in_string: bool
    #: the line starts outside any string and any array or inline table: a ``[`` here opens a table
    at_top: bool


def layout(lines: list[str]) -> list[LineLayout]:
    """The :class:`LineLayout` of each of ``lines`` (a TOML text split at ``\\n``)."""
    found = []
    string, depth = "", 0  # the delimiter of the open multi-line string; open brackets and braces
    for line in lines:
        start_string, start_depth = string, depth
        string, depth = _scan(line, string, depth)
        found.append(LineLayout(bool(start_string), bool(string), not start_string and start_depth == 0))
    return found


#: what the scan stops at: outside strings, in a multi-line basic string, in a literal one
_OUTSIDE = re.compile(r"[#\"'\[\]{}]")
_IN_STRING = {'"""': re.compile(r'[\\"]'), "'''": re.compile("'")}


def _scan(line: str, string: str, depth: int) -> tuple[str, int]:
    """What is open after ``line``, given what was open before it."""
    at = 0
    while True:
        if string:
            at, string = _in_multiline(line, at, string)
            if string:
                return string, depth
        found = _OUTSIDE.search(line, at)
        if found is None:
            return string, depth
        at, char = found.start(), found.group()
        if char == "#":
            return string, depth
        if line.startswith(('"""', "'''"), at):
            string, at = line[at:at + 3], at + 3
        elif char in "\"'":
            at = _after_string(line, at)
        else:
            depth += (char in "[{") - (char in "]}" and depth > 0)
            at += 1


def _in_multiline(line: str, at: int, delimiter: str) -> tuple[int, str]:
    """Where the multi-line string closes on ``line``, and ``""``; or the line's end and ``delimiter``."""
    stop = _IN_STRING[delimiter]
    while (found := stop.search(line, at)) is not None:
        at = found.start()
        if line[at] == "\\":  # an escape: the next character is data, even a quote
            at += 2
            continue
        run = len(line) - at - len(line[at:].lstrip(delimiter[0]))
        # Up to two quotes of the string may stand just inside the closing delimiter.
        if run >= 3:
            return at + run, ""
        at += run
    return len(line), delimiter


def _after_string(line: str, at: int) -> int:
    """The place after the one-line string that starts at ``at``."""
    quote, at = line[at], at + 1
    while at < len(line) and line[at] != quote:
        at += 2 if quote == '"' and line[at] == "\\" else 1
    return at + 1
