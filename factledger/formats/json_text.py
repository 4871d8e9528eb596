"""JSON text laid out exactly as ``json.dumps(value, indent=2, ensure_ascii=False)`` lays it out.

The standard library's C encoder does not indent: asked for ``indent=2`` it
falls back to its pure-Python encoder, a generator per container and an
``isinstance`` chain per value. The JSON and SARIF reports of a large ledger
(tens of thousands of checks and findings) spent longer there than in
verifying. This writer walks the document once, lets the C functions quote
each string, and hands anything out of the ordinary (a key that is not a
string, a type JSON does not know) to ``json.dumps`` whole, so the text is
always the standard library's; a property test holds the two equal.

:func:`inert_dumps` also makes the text's bytes inert, as
:func:`~factledger.formats.escape.json_document` does to a whole document, but
one distinct string at a time: a report repeats most of its strings (keys,
paths, codes), and a scan of the whole text cost a quarter of a second at
100,000 claims (``bench/where_time_goes.py`` prints both).
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the C version where there is one
from typing import Any, Callable

from factledger.formats.escape import json_document, json_string_literals

_INF = float("inf")


class _Unusual(Exception):
    """Something ``json.dumps`` converts or refuses: let it do the whole document."""


Quote = Callable[[str], str]


def dumps(value: Any) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)``, the same text."""
    return _dumps(value, encode_basestring, str)


def inert_dumps(value: Any) -> str:
    """``json_document(dumps(value))``, the same text."""
    return _dumps(value, json_string_literals(), json_document)


def _dumps(value: Any, quote: Quote, finish: Callable[[str], str]) -> str:
    """``value``'s text, each string quoted by ``quote``; ``finish`` is applied to the standard
    library's text when it writes the whole document instead."""
    out: list[str] = []
    try:
        _write(value, out, "\n", quote)
    except (_Unusual, RecursionError):
        return finish(json.dumps(value, indent=2, ensure_ascii=False))
    return "".join(out)


def _write(value: Any, out: list[str], newline: str, quote: Quote) -> None:
    """Append ``value``'s text; ``newline`` is a line break and the indent of the line it is on,
    ``quote`` makes a string's literal."""
    if isinstance(value, str):
        out.append(quote(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(_float(value))
    elif isinstance(value, dict):
        _write_object(value, out, newline, quote)
    elif isinstance(value, (list, tuple)):
        _write_array(value, out, newline, quote)
    else:
        raise _Unusual


def _write_object(value: dict, out: list[str], newline: str, quote: Quote) -> None:
    if not value:
        out.append("{}")
        return
    inner = newline + "  "
    separator = "{" + inner
    for key, item in value.items():
        if key.__class__ is not str:  # json.dumps converts numbers, booleans and None to text
            raise _Unusual
        # Strings and line numbers are most of a report: written here, not through _write.
        kind = item.__class__
        if kind is str:
            out.append(f"{separator}{quote(key)}: {quote(item)}")
        elif kind is int:
            out.append(f"{separator}{quote(key)}: {int.__repr__(item)}")
        else:
            out.append(f"{separator}{quote(key)}: ")
            _write(item, out, inner, quote)
        separator = "," + inner
    out.append(newline + "}")


def _write_array(value: list | tuple, out: list[str], newline: str, quote: Quote) -> None:
    if not value:
        out.append("[]")
        return
    inner = newline + "  "
    separator = "[" + inner
    for item in value:
        if item.__class__ is str:
            out.append(separator + quote(item))
        else:
            out.append(separator)
            _write(item, out, inner, quote)
        separator = "," + inner
    out.append(newline + "]")


def _float(value: float) -> str:
    # As json.dumps writes floats (allow_nan is its default).
    if value != value:
        return "NaN"
    if value == _INF:
        return "Infinity"
    if value == -_INF:
        return "-Infinity"
    return float.__repr__(value)
