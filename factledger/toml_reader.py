"""TOML text to plain data, exactly as ``tomllib`` reads it, with a compiled parser where it can.

``tomllib`` is pure Python: it was half the time of a first load (about 30 us a
claim). ``rtoml``, a Rust parser, reads the same files 8x faster. It reads TOML
1.1, a superset of the TOML 1.0 that ``tomllib`` reads on every Python we
support, and a ledger must mean the same, and fail with the same message,
whichever parser ran. So ``rtoml`` reads a text only when it cannot hold a form
TOML 1.0 lacks; every other text, and every text ``rtoml`` refuses, goes to
``tomllib``, which reads it or raises the :class:`TOMLDecodeError` (with line
and column) that :mod:`factledger.decode_errors` words for the user.
"""

from __future__ import annotations

import re
from typing import Any

try:
    import rtoml
except ImportError:  # no wheel for this platform: tomllib reads everything
    rtoml = None  # type: ignore[assignment]


def __getattr__(name: str) -> Any:
    # tomllib (and the modules it imports, a few milliseconds) only when it is needed:
    # rtoml reads nearly every ledger file, and a run served by the parse cache reads none.
    if name == "TOMLDecodeError":
        import tomllib

        return tomllib.TOMLDecodeError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def loads(text: str) -> dict[str, Any]:
    """The data of a TOML document, as :func:`tomllib.loads` returns it."""
    if rtoml is not None and not rtoml_may_differ(text):
        try:
            return rtoml.loads(text)
        # Any failure of the fast parser, not only its syntax errors: tomllib decides, and words the
        # error. It also reads what rtoml refuses but TOML allows, such as 1e400 (infinity).
        except Exception:  # noqa: BLE001
            pass
    import tomllib

    return tomllib.loads(text)


_ESCAPE_ADDED_IN_1_1 = re.compile(r"\\[ex]")
_TABLE_HEADER = re.compile(r"^[ \t]*\[\[?([^\]\n]*)", re.MULTILINE)


def rtoml_may_differ(text: str) -> bool:
    """Whether rtoml might read ``text`` otherwise than tomllib: then tomllib reads it.

    rtoml reads TOML 1.1: inline tables over several lines or with a trailing
    comma ("{" or "}"), the "\\e" and "\\xHH" escapes, times without seconds (a
    digit, ":", a digit) and a leading byte-order mark, all of which tomllib
    refuses. It orders keys otherwise in one case: a table defined by a
    header after its sub-table (``[a.b]`` ... ``[a]``) comes where ``[a]`` is,
    not where ``[a.b]`` first made it. And it keeps a Windows line end inside a
    multi-line string as "\\r\\n", where tomllib reads "\\n".

    The test is loose on purpose: "{" or "10:30" in a quote, any time of day (so
    rtoml's own time-zone class never reaches a ledger), or a quoted key in a
    header sends a text to tomllib, which is never wrong, only slower. Ledger
    files rarely hold any of these. Substring tests first, not one pattern over
    the whole text: such a pattern cost twice the parse itself.
    """
    if "{" in text or "}" in text or text.startswith("\ufeff"):
        return True
    if "\r" in text and ('"""' in text or "'''" in text):
        return True
    if "\\" in text and _ESCAPE_ADDED_IN_1_1.search(text):
        return True
    at = text.find(":")
    while at != -1:
        if text[at - 1:at].isdigit() and text[at + 1:at + 2].isdigit():
            return True
        at = text.find(":", at + 1)
    return _table_after_its_sub_table(text)


def _table_after_its_sub_table(text: str) -> bool:
    names = _TABLE_HEADER.findall(text)
    joined = "\n".join(names)
    if '"' in joined or "'" in joined:
        return True
    if " " in joined or "\t" in joined:
        names = [name.replace(" ", "").replace("\t", "") for name in names]
    # The tables headers make without naming them ("a" for [a.b]); in most ledgers no header names
    # one ([claims.x] but never [claims]), and the set operations below run in C.
    made = {name.rpartition(".")[0] for name in names if "." in name}
    for name in list(made):
        while "." in name:
            name = name.rpartition(".")[0]
            made.add(name)
    if made.isdisjoint(names):
        return False
    first_made: dict[str, int] = {}
    for at, name in enumerate(names):
        if first_made.get(name, at) < at:
            return True
        while "." in name:
            name = name.rpartition(".")[0]
            first_made.setdefault(name, at)
    return False


def fast_parser() -> str:
    """The name of the compiled parser in use, or ``""`` when tomllib reads everything."""
    return "rtoml" if rtoml is not None else ""
