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
            _write_checked(target, texts[1], texts[0], same_data=True, style=TextStyle.of(target))
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
        _write_checked(target, _followed_by(text, tables), text,
                       style=TextStyle.of(target) if exists else TextStyle())
    return written


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


def _write_checked(target: Path, new_text: str, old_text: str, same_data: bool = False,
                   style: TextStyle = TextStyle()) -> None:
    """Write only if the new text, as written, parses and keeps every value of the old one."""
    written = style.apply(new_text)
    try:
        new = tomllib.loads(written.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as error:
        message, line = toml_error(str(error), new_text)
        raise LedgerError(f"refusing to write: the new file would not be valid TOML at its line {line} "
                          f"({message}); the file was not changed", Location(str(target))) from None
    old = tomllib.loads(old_text)
    changed, text = _first_change(old, new), old_text
    if changed is None and same_data and new != old:
        changed, text = _first_change(new, old), new_text
    if changed is not None:
        from factledger.source_lines import toml_lines

        raise LedgerError(f"refusing to write: the new file would change or lose "
                          f"{'.'.join(map(str, changed)) or 'the data'}; the file was not changed",
                          Location(str(target), toml_lines(text).line(*changed)))
    write_text_atomic(target, written)


def _first_change(old: Any, new: Any, path: tuple[str | int, ...] = ()) -> tuple[str | int, ...] | None:
    """The key path of the first value of ``old`` that ``new`` lacks or holds otherwise, if any."""
    pairs: Iterable[tuple[str | int, Any]] = ()
    if isinstance(old, dict) and isinstance(new, dict):
        pairs = old.items()
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        pairs = enumerate(old)
    elif old == new:
        return None
    else:
        return path
    for key, value in pairs:
        if isinstance(new, dict) and key not in new:
            return (*path, key)
        found = _first_change(value, new[key], (*path, key))
        if found is not None:
            return found
    return None
