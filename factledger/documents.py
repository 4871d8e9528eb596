"""Finding ledger files and reading each into plain data, with the line of every key.

A ledger file is UTF-8 TOML (or JSON with the same schema) of at most
``MAX_FILE_BYTES``. Every problem reading one is a one-line
:class:`~factledger.errors.LedgerError` naming the file and line; what the
data means is read by :mod:`factledger.tables`.
"""

from __future__ import annotations

import os
import re
import stat
from typing import TYPE_CHECKING, Any

from factledger.entries import kind
from factledger.errors import LedgerError, quoted
from factledger.locations import Location

if TYPE_CHECKING:
    from factledger.source_lines import LineIndex

MAX_FILE_BYTES = 20 * 1024 * 1024
LEDGER_SUFFIXES = (".toml", ".json")


# -- finding files --------------------------------------------------------------------------
# Paths are strings, not pathlib's: pathlib imports urllib.parse and ipaddress, about 4 ms of
# a 90 ms ``factledger verify``, and a load needs no more of it than os.path has.
def plain_path(path: str | os.PathLike[str]) -> str:
    """``path`` spelled as ``pathlib`` spells it: no empty or ``.`` parts, no trailing slash."""
    text = os.fspath(path)
    if os.name != "posix":  # drive letters and two separators: pathlib knows them
        from pathlib import PurePath

        return str(PurePath(text))
    root = "//" if text[:2] == "//" and text[2:3] != "/" else "/" if text[:1] == "/" else ""
    parts = [part for part in text.split("/") if part and part != "."]
    return root + "/".join(parts) if root or parts else "."


def ledger_files(path: str | os.PathLike[str]) -> list[str]:
    """Every ledger file under ``path`` in a stable order; symlink loops are not followed twice."""
    path = plain_path(path)
    # A problem with the path as a whole is located at the path, with no line: code that reads
    # error.location.path gets it, and the message reads "PATH: ..." as before.
    if os.path.islink(path) and not os.path.exists(path):
        raise LedgerError("broken symbolic link, or a link that points to itself", Location(path))
    if not os.path.isdir(path):
        if not os.path.exists(path):
            raise LedgerError("no such file or directory", Location(path))
        _check_name(path)
        return [path]
    found: list[str] = []
    seen: set[str] = set()
    for root, dirs, files in os.walk(path, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(plain_path(os.path.join(root, name)) for name in sorted(files)
                     if name.endswith(LEDGER_SUFFIXES) and not name.startswith("."))
    if not found:
        raise LedgerError("no ledger files (*.toml, *.json) in this directory", Location(path))
    for name in found:
        _check_name(name)
    return found


def _check_name(path: str) -> None:
    # A name read from a file system that is not UTF-8 holds surrogates (PEP 383): every report
    # names its files, and JSON, SARIF and the terminal can hold only real characters.
    if any("\udc80" <= c <= "\udcff" for c in path):
        readable = path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        raise LedgerError("the file name is not UTF-8 text; rename the file so that reports can name it",
                          Location(readable))


# -- reading and decoding -------------------------------------------------------------------
def read_text(path: str | os.PathLike[str], shown: str) -> str:
    """The text of a ledger file: UTF-8 (a BOM is fine), ``\\n`` line ends, bounded in size."""
    # A file that cannot be read has no line to name (a missing one was reported "at line 1");
    # what a file holds is named at a line, its first when the whole of it is wrong.
    data = _read_bytes(path, Location(shown))
    if b"\x00" in data[:8192]:
        raise LedgerError("file is binary (or UTF-16), not a UTF-8 text ledger file", Location(shown, 1))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise LedgerError(f"file is not UTF-8 text (byte 0x{data[error.start]:02x} at offset "
                          f"{error.start}); save it as UTF-8", Location(shown, line)) from None
    return text.replace("\r\n", "\n")


def _read_bytes(path: str | os.PathLike[str], where: Location) -> bytes:
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise LedgerError("not a regular file", where)
        if info.st_size > MAX_FILE_BYTES:
            raise LedgerError(f"file is {info.st_size / 1e6:.0f} MB; a ledger file is at most "
                              f"{MAX_FILE_BYTES // (1024 * 1024)} MB", where)
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise LedgerError(f"cannot read file: {error.strerror or error}", where) from None
    if len(data) > MAX_FILE_BYTES:
        raise LedgerError(f"file is over {MAX_FILE_BYTES // (1024 * 1024)} MB", where)
    return data


def parse_document(path: str | os.PathLike[str], shown: str, text: str) -> tuple[dict[str, Any], LineIndex]:
    """Decode TOML or JSON; syntax errors name the line and say what to write instead."""
    suffix = os.path.splitext(os.fspath(path))[1]
    data, lines = _parse_json(shown, text) if suffix == ".json" else _parse_toml(shown, text, suffix == ".toml")
    if not isinstance(data, dict):
        raise LedgerError(f"a ledger file must hold an object of tables at the top level, got "
                          f"{kind(data)}", Location(shown, 1))
    return data, lines


def _parse_toml(shown: str, text: str, named_toml: bool) -> tuple[Any, LineIndex]:
    """``named_toml`` is False for a file given by name that is not ``*.toml``: perhaps no ledger at all."""
    # Imported here: a load served from the parse cache never parses TOML.
    from factledger import toml_reader
    from factledger.source_lines import toml_lines

    try:
        data = toml_reader.loads(text)
    except toml_reader.TOMLDecodeError as error:
        from factledger.decode_errors import not_a_ledger_file, toml_error

        message, line = toml_error(str(error), text)
        if not named_toml:
            message, line = not_a_ledger_file(message, line, text, shown)
        raise LedgerError(message, Location(shown, line)) from None
    except RecursionError:
        raise LedgerError("invalid TOML: arrays or tables are nested too deeply", Location(shown, 1)) from None
    return data, toml_lines(text)


class _NotANumber(ValueError):
    pass


def _reject_constant(name: str) -> Any:
    raise _NotANumber(name)


def _parse_json(shown: str, text: str) -> tuple[Any, LineIndex]:
    import json  # only for ledgers written in JSON: a TOML run never needs it

    from factledger.source_lines import json_lines

    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        from factledger.decode_errors import json_error

        message, line = json_error(error.msg, error.lineno, error.colno)
        raise LedgerError(message, Location(shown, line)) from None
    except _NotANumber as error:
        line = _first_line_of(rf"(?<![\w\"]){error}(?![\w\"])", text)
        raise LedgerError(f"invalid JSON: {error} is not a number a ledger may hold; write a finite "
                          f"number", Location(shown, line)) from None
    except RecursionError:
        raise LedgerError("invalid JSON: arrays or objects are nested too deeply", Location(shown, 1)) from None
    if _SURROGATE_ESCAPE.search(text):
        # JSON allows "\ud800" alone, but it is no character: every report would fail to write it.
        # Escapes are read left to right, so "\\" is an escaped backslash, not a half of a pair.
        lone = next((m for m in _JSON_ESCAPE.finditer(text) if m[1]), None)
        if lone is not None:
            raise LedgerError(f"invalid JSON: {lone[0]} is half of a surrogate pair, not a character; write the "
                              f"character itself", Location(shown, text.count("\n", 0, lone.start()) + 1)) from None
    lines = json_lines(text)
    for path, first, again in lines.duplicates[:1]:
        where = quoted(".".join(str(p) for p in path[:-1])) if path[:-1] else "the top level"
        raise LedgerError(f"key {quoted(str(path[-1]))} appears twice in {where} (first at line "
                          f"{first}); give each entry its own id", Location(shown, again))
    return data, lines


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
#: one JSON escape: a surrogate pair, a lone surrogate half (group 1), or any other escape
_JSON_ESCAPE = re.compile(r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"
                          r"|(u[dD][89a-fA-F][0-9a-fA-F]{2})|.)")


def _first_line_of(pattern: str, text: str) -> int:
    match = re.search(pattern, text)
    return text.count("\n", 0, match.start()) + 1 if match else 1


# -- the model from a document --------------------------------------------------------------
