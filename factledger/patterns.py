"""Regular expressions compiled when first used, not when their module is imported.

The readers of figures, numbers, periods, units and derivations hold 25
patterns. A run that takes every ledger file from the parse cache reads
none of those, and compiling them at import cost about 5 ms of its start-up
(``bench/startup_floor.py`` prints it), a twentieth of a whole
``factledger verify`` of a small ledger.

Patterns are class attributes::

    class _Grammar:
        number = OnFirstUse(r"\\d[\\d,]*")

    _Grammar.number.match(text)

The first read compiles the pattern and puts it on the class in place of the
descriptor, so later reads are a plain attribute look-up.
"""

from __future__ import annotations

import re


class OnFirstUse:
    """A class attribute that becomes ``re.compile(pattern, flags)`` when first read."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type) -> re.Pattern[str]:
        compiled = re.compile(self.pattern, self.flags)
        setattr(owner, self.name, compiled)  # two threads may both compile: the same pattern either way
        return compiled
