"""Comment-keeping edits of ledger files: normalise (``fmt``) and append draft claims.

Neither rewrites the file through a TOML library: ``fmt`` changes only spaces
and blank lines outside strings, and an append adds tables (rendered by
tomlkit) after the text as it was, so comments and order cannot move. Every
write goes through :func:`factledger.safe_write.write_text_atomic`
under a lock, and the result is parsed again before it replaces the file, so
a bug here cannot leave a broken ledger behind.
"""

from __future__ import annotations

import codecs
import contextlib
import math
import re
import tomllib
from pathlib import Path
from typing import Any, Iterable, Iterator

from factledger.decode_errors import toml_error
from factledger.errors import LedgerError
from factledger.locations import Location
from factledger.records import record
from factledger.safe_write import locked, write_text_atomic
from factledger.toml_layout import layout
from factledger.documents import read_text

SCHEMA_FILE = Path("schema") / "ledger.schema.json"


def schema_line(path: Path | None) -> str:
    """The ``#:schema`` line for a file at ``path``: relative to the nearest ``schema/`` above it.

    A file in ``ledger/reference/`` needs ``../../schema/...``. Without a schema file
    above (a project that has not copied it in), ``""``: a line naming a file that
    is not there makes editors report an error on every ledger file.
    """
    if path is None:
        return ""
    folder = path.resolve().parent
    for depth, parent in enumerate([folder, *folder.parents]):
        if (parent / SCHEMA_FILE).is_file():
            return "#:schema " + "../" * depth + SCHEMA_FILE.as_posix()
    return ""


def normalise(text: str, path: Path | None = None) -> str:
    """The canonical layout of a ledger file; idempotent. Multi-line strings are left as written."""
    lines = text.replace("\r\n", "\n").split("\n")
    schema = schema_line(path)
    if schema and not any(line.startswith("#:schema") for line in lines[:3]):
        lines.insert(0, schema)
    out: list[str] = []
    comments = 0  # how many lines at the end of ``out`` are comments, outside any string
    for line, where in zip(lines, layout(lines)):
        if not where.ends_in_string:
            line = line.rstrip(" \t")
        if where.starts_in_string:
            out.append(line)
            comments = 0
            continue
        if line == "" and out and out[-1] == "":
            continue
        if where.at_top and line.lstrip().startswith("["):
            # Comments right above a table are the table's: the blank line goes before them.
            start = len(out) - comments
            if start and out[start - 1] != "":
                out.insert(start, "")
        out.append(line)
        comments = comments + 1 if line.lstrip().startswith("#") else 0
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def format_file(path: str | Path, check_only: bool = False) -> bool:
    """Normalise ``path`` in place; return True when it changed (or would change).

    The file keeps its line ends and byte-order mark: a file saved on Windows stays
    "\\r\\n", so the change shows as the lines that changed, not the whole file.
    A file that is already normal is only read: no lock is taken and nothing is
    written, so ``--check`` and runs over formatted ledgers work in read-only folders.
    """
    target, shown = Path(path), str(path)
    if _formatted(target, shown) is None:
        return False
    if check_only:
        return True
    with writing(target, shown):
        # Read again under the lock: another writer may have changed the file meanwhile.
        texts = _formatted(target, shown)
        if texts is not None:
            _write_checked(target, TextStyle.of(target).apply(texts[1]), texts[0], same_data=True)
    return True


def _formatted(target: Path, shown: str) -> tuple[str, str] | None:
    """The text of the file and its normal form, or None when it is already normal."""
    text = read_text(target, shown)
    _parse(text, shown)
    formatted = normalise(text, target)
    return None if formatted == text else (text, formatted)


@contextlib.contextmanager
def writing(target: Path, shown: str) -> Iterator[None]:
    """Hold the lock for writing ``target``; a file system that refuses is one line naming the file."""
    try:
        with locked(target):
            yield
    except OSError as error:
        raise LedgerError(f"cannot write: {_reason(error, target)}; nothing was written",
                          Location(shown)) from None


def _reason(error: OSError, target: Path) -> str:
    if isinstance(error, FileNotFoundError) and not target.parent.is_dir():
        return f"there is no folder {str(target.parent)!r}"
    return error.strerror or str(error)


@record
class TextStyle:
    """How a file ends its lines and whether it starts with a byte-order mark."""

    line_end: str = "\n"
    bom: bool = False

    @classmethod
    def of(cls, path: Path) -> "TextStyle":
        """The style of the file at ``path``: the line end of its first line, as editors keep it."""
        with open(path, "rb") as handle:
            head = handle.read(1 << 16)
        first_end = head.find(b"\n")
        crlf = first_end > 0 and head[first_end - 1:first_end] == b"\r"
        return cls("\r\n" if crlf else "\n", head.startswith(codecs.BOM_UTF8))

    def apply(self, text: str) -> str:
        """``text`` (``\\n`` line ends, no mark) written in this style."""
        if self.line_end != "\n":
            text = text.replace("\n", self.line_end)
        return "\ufeff" + text if self.bom else text


def append_claims(path: str | Path, claims: Iterable[tuple[str, dict[str, Any]]],
                  comment: str = "", skip_recorded: bool = False) -> list[str]:
    """Append ``[claims.ID]`` tables to a ledger file, keeping everything already there.

    The file's text is left exactly as it is and the new tables follow it, so its
    tables keep their order and each comment stays where it was written. Ids
    already in the file get a numeric suffix. With ``skip_recorded``, a claim whose
    figure and quote (spacing aside) a claim of the file already has is not appended:
    drafts appended twice would be recorded twice. Returns the ids written.
    """
    target, shown = Path(path), str(path)
    if target.suffix.lower() == ".json":
        raise LedgerError("drafts are appended to TOML ledger files, and this is a JSON ledger file; print them "
                          "with --format json and add them to its claims, or append them to a .toml file",
                          Location(shown))
    with writing(target, shown):
        exists = target.exists()
        schema = "" if exists else schema_line(target)
        text = read_text(target, shown) if exists else (schema + "\n" if schema else "")
        data = _parse(text, shown)
        existing = _claims_table(data, text, shown)
        known = set(existing)
        claims = list(claims)
        if skip_recorded:
            recorded = {_mention_of(fields) for fields in existing.values() if isinstance(fields, dict)}
            claims = [(claim_id, fields) for claim_id, fields in claims if _mention_of(fields) not in recorded]
        _check_sources(data, {fields["source"] for _, fields in claims if fields.get("source")}, text, shown)
        written, tables = [], []
        for claim_id, fields in claims:
            unique = _unique(claim_id, known)
            known.add(unique)
            written.append(unique)
            tables.append(_claim_table(unique, fields, comment))
        _write_checked(target, _kept_and_added(target, text, _followed_by(text, tables)) if exists
                       else _followed_by(text, tables), text)
    return written


def _kept_and_added(target: Path, text: str, new_text: str) -> str:
    """The file as it is on disk, byte for byte, then what ``new_text`` adds to ``text`` (its text as
    read, with "\n" line ends) in the line ends of its first line.

    A file whose lines end in both ways keeps each line's end: only the new lines take the style.
    """
    added = new_text[len(text):]
    return target.read_bytes().decode("utf-8") + TextStyle(TextStyle.of(target).line_end).apply(added)


def _mention_of(fields: dict[str, Any]) -> tuple[str, str]:
    """A claim's figure and quote, spacing aside: what says two claims record one mention."""
    figure, quote = (" ".join(str(fields.get(name, "")).split()) for name in ("figure", "quote"))
    return figure, quote


def _claims_table(data: dict[str, Any], text: str, shown: str) -> dict[str, Any]:
    """The file's ``claims``, if new ``[claims.ID]`` tables can be added after it; else a one-line error."""
    from factledger.source_lines import toml_lines
    from factledger.tables import LedgerFile, table_of

    lines = toml_lines(text)
    claims = table_of(data, "claims", LedgerFile(shown, shown, lines))
    line = lines.line("claims") if "claims" in data else 0
    # ``claims = { ... }`` is whole as written: TOML lets no [claims.ID] table add to it.
    if line and _INLINE_CLAIMS.match(text.split("\n")[line - 1]):
        raise LedgerError("claims is an inline table (claims = { ... }), which no claim can be added to; "
                          "write each claim as a table of its own, [claims.ID] with its fields on the "
                          "lines below, then append again", Location(shown, line))
    return claims


def _check_sources(data: dict[str, Any], named: set[str], text: str, shown: str) -> None:
    """Refuse claims naming a source the file does not define: the ledger would no longer load."""
    sources = data.get("sources")
    defined = sorted(sources) if isinstance(sources, dict) else []
    unknown = sorted(named.difference(defined))
    if not unknown:
        return
    from factledger.source_lines import toml_lines

    source = unknown[0]
    if defined:
        advice = f"it defines {', '.join(map(repr, defined))}; use one of those, or add a [sources.{source}] table"
    else:
        advice = f"it defines no sources; add a [sources.{source}] table with its name, or leave the source out"
    line = toml_lines(text).line("sources") if defined else 1 if text.strip() else 0
    raise LedgerError(f"unknown source id {source!r} for the new claims; {advice}", Location(shown, line))


_INLINE_CLAIMS = re.compile(r"""\s*(?:claims|"claims"|'claims')\s*=""")


def _claim_table(claim_id: str, fields: dict[str, Any], comment: str) -> str:
    """``[claims.ID]`` and its fields, as TOML text (tomlkit quotes what needs quoting)."""
    import tomlkit

    entry = tomlkit.table()
    if comment:
        entry.add(tomlkit.comment(comment))
    for key, value in fields.items():
        entry[key] = value
    document = tomlkit.document()
    document["claims"] = tomlkit.table(is_super_table=True)
    document["claims"][claim_id] = entry
    return tomlkit.dumps(document)


def _followed_by(text: str, tables: list[str]) -> str:
    """``text`` as it is, then a blank line and each of ``tables``."""
    if not tables:
        return text
    if text and not text.endswith("\n"):
        text += "\n"
    if text.strip() and not text.endswith("\n\n"):
        text += "\n"
    return text + "\n".join(tables)


def _unique(claim_id: str, known: set[str]) -> str:
    if claim_id not in known:
        return claim_id
    n = 2
    while f"{claim_id}_{n}" in known:
        n += 1
    return f"{claim_id}_{n}"


def _parse(text: str, shown: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message, line = toml_error(str(error), text)
        raise LedgerError(f"{message}; the file was not changed", Location(shown, line)) from None
    except RecursionError:  # as the loader says it (documents.py), so fmt and verify agree
        raise LedgerError(_TOO_DEEP, Location(shown, 1)) from None


_TOO_DEEP = "invalid TOML: arrays or tables are nested too deeply; the file was not changed"


def _write_checked(target: Path, written: str, old_text: str, same_data: bool = False) -> None:
    """Write only if ``written``, the new text as it will be on disk, parses and keeps every value of the old
    text."""
    new_text = written.removeprefix("\ufeff").replace("\r\n", "\n")
    try:
        new = tomllib.loads(new_text)
    except tomllib.TOMLDecodeError as error:
        message, line = toml_error(str(error), new_text)
        raise LedgerError(f"refusing to write: the new file would not be valid TOML at its line {line} "
                          f"({message}); the file was not changed", Location(str(target))) from None
    except RecursionError:
        raise LedgerError(_TOO_DEEP, Location(str(target), 1)) from None
    old = _parse(old_text, str(target))
    changed, text = _first_change(old, new), old_text
    if changed is None and same_data:
        changed, text = _first_change(new, old), new_text
    if changed is not None:
        from factledger.source_lines import toml_lines

        raise LedgerError(f"refusing to write: the new file would change or lose "
                          f"{'.'.join(map(str, changed)) or 'the data'}; the file was not changed",
                          Location(str(target), toml_lines(text).line(*changed)))
    write_text_atomic(target, written)


def _first_change(old: Any, new: Any) -> tuple[str | int, ...] | None:
    """The key path of the first value of ``old`` that ``new`` lacks or holds otherwise, if any.

    The walk keeps its own stack: dotted keys nest tables thousands deep in a file TOML
    reads without trouble, deeper than Python's recursion goes. A NaN is the same value
    in both, though ``nan != nan``: a file holding one would be refused as changed.
    """
    stack: list[tuple[tuple[str | int, ...], Any, Any]] = [((), old, new)]
    while stack:
        path, before, after = stack.pop()
        if isinstance(before, dict) and isinstance(after, dict):
            pairs: list[tuple[str | int, Any, Any]] = [(key, value, after.get(key, _MISSING))
                                                       for key, value in before.items()]
        elif isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
            pairs = [(index, value, after[index]) for index, value in enumerate(before)]
        elif _same_value(before, after):
            continue
        else:
            return path
        stack.extend(((*path, key), value, other) for key, value, other in reversed(pairs))
    return None


_MISSING = object()


def _same_value(old: Any, new: Any) -> bool:
    if isinstance(old, float) and isinstance(new, float) and math.isnan(old) and math.isnan(new):
        return True
    return bool(old == new)
