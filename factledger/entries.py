"""Reading the fields of one ledger table, with errors that name the key's own line.

An :class:`Entry` wraps one table of a ledger file (``[claims.nk_pay]``,
``[article]``, one ``[[checks]]``): it rejects unknown keys (suggesting the
near miss), checks each field's type, and places every error at the line of
the key at fault.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import TYPE_CHECKING, Any, Callable, Literal, Mapping, overload

from factledger.errors import LedgerError
from factledger.locations import Location

if TYPE_CHECKING:
    from factledger.source_lines import KeyPath, LineIndex

_KINDS = {str: "text", int: "a whole number", float: "a number", bool: "true/false", list: "an array",
          dict: "a table", type(None): "null", dt.date: "a date", dt.datetime: "a date-time", dt.time: "a time of day"}
_EXPECTED = {(int, float): "a number", (list, str): "a name or a list of names"}
_ID = re.compile(r"^[^\s:\x00-\x1f\x7f]+$")


def kind(value: Any) -> str:
    """How a TOML value's type is called in messages: ``a whole number``, ``text``."""
    return _KINDS.get(type(value), type(value).__name__)


def _fits_a_float(value: int) -> bool:
    try:
        float(value)
    except OverflowError:
        return False
    return True


def show(value: Any, limit: int = 60) -> str:
    """A value as the author wrote it, clipped: ``'no'``, ``true``, ``2024-11-17``, ``[1, 2]``."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, (dt.date, dt.time)):
        text = value.isoformat()
    elif isinstance(value, str):
        text = repr(value)
    else:
        import json  # only to word a mistake: a run without one never imports it

        text = json.dumps(value, default=str, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _expected(wanted: type | tuple[type, ...]) -> str:
    if wanted in _EXPECTED:
        return _EXPECTED[wanted]
    kinds = wanted if isinstance(wanted, tuple) else (wanted,)
    return " or ".join(_KINDS[k] for k in kinds)


def is_plain_id(value: str) -> bool:
    """Whether ``value`` is an id :func:`check_id` accepts."""
    return _ID.match(value) is not None


def check_id(value: str, noun: str, location: Location) -> str:
    """Ids are referred to from expressions and other files: no spaces, no ``:``."""
    if not value:
        raise LedgerError(f"{noun} id is empty; give it a short name such as \"troops\"", location)
    if not is_plain_id(value):
        raise LedgerError(f"{noun} id {show(value)} may not contain spaces, ':' or control characters "
                          f"(':' joins an article id to a claim id)", location)
    return value


class Entry:
    """One table of a ledger file, read field by field."""

    def __init__(self, raw: Any, what: str, lines: LineIndex, shown: str, path: KeyPath,
                 allowed: tuple[str, ...], claim_id: str = "", noun: str = "field",
                 hints: Mapping[str, Callable[[dict[str, Any]], str]] | None = None) -> None:
        self.what, self.lines, self.shown, self.path, self.claim_id = what, lines, shown, path, claim_id
        if not isinstance(raw, dict):
            raise LedgerError(f"{what} must be a table of fields, got {kind(raw)} {show(raw)}", self.at())
        self.raw: dict[str, Any] = raw
        self._reject_unknown(allowed, noun, hints or {})

    def at(self, key: str | None = None) -> Location:
        path = self.path + ((key,) if key else ())
        return Location(self.shown, self.lines.line(*path), self.claim_id)

    def fail(self, message: str, key: str | None = None) -> LedgerError:
        return LedgerError(f"{self.what}: {message}", self.at(key))

    def _reject_unknown(self, allowed: tuple[str, ...], noun: str,
                        hints: Mapping[str, Callable[[dict[str, Any]], str]]) -> None:
        """An unknown key is an error: with where its content goes (``hints``), or the near miss."""
        for key in self.raw:
            if key not in allowed:
                if key in hints:
                    raise self.fail(f"unknown {noun} {key!r}; {hints[key](self.raw)}", key)
                import difflib  # only when a key is misspelt

                close = difflib.get_close_matches(key, allowed, n=1) or difflib.get_close_matches(
                    key.lower(), allowed, n=1)
                hint = f"did you mean {close[0]!r}?" if close else f"expected one of: {', '.join(allowed)}"
                raise self.fail(f"unknown {noun} {key!r}; {hint}", key)

    def get(self, key: str, wanted: type | tuple[type, ...], required: bool = False, default: Any = "") -> Any:
        """The value of ``key`` if it has the ``wanted`` type; ``default`` when absent."""
        if key not in self.raw:
            if required:
                raise self.fail(f"missing required field {key!r}")
            return default
        value = self.raw[key]
        accepts_bool = wanted is bool or (isinstance(wanted, tuple) and bool in wanted)
        if not isinstance(value, wanted) or (isinstance(value, bool) and not accepts_bool):
            raise self.fail(f"field {key!r} must be {_expected(wanted)}, got {kind(value)} {show(value)}", key)
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(f"field {key!r} is {value!r}; expected a finite number (a value such as "
                            f"1e400 is too large and reads as infinity)", key)
        if isinstance(value, int) and not isinstance(value, bool) and not _fits_a_float(value):
            # Python's TOML and JSON readers take integers of any size; no computation holds one past 1e308
            raise self.fail(f"field {key!r} is {show(value)}, an integer too large to compute with; expected a "
                            f"finite number", key)
        return value

    @overload
    def texts(self, key: str, required: Literal[True]) -> tuple[str, ...]: ...
    @overload
    def texts(self, key: str, required: bool = False) -> tuple[str, ...] | None: ...
    def texts(self, key: str, required: bool = False) -> tuple[str, ...] | None:
        """An array of text (claim ids, measure names), or None when absent."""
        value = self.get(key, list, required=required, default=None)
        if value is None:
            return None
        for item in value:
            if not isinstance(item, str):
                raise self.fail(f"field {key!r} must be an array of text, but holds {kind(item)} "
                                f"{show(item)}", key)
        return tuple(value)
