"""The only module that reads ledger files (TOML, or JSON with the same schema).

Loading keeps the file and line of every claim, source and check, so every
later error and finding can point at ``file:line``. Fields are read through
:class:`~factledger.entries.Entry`, which names the line of the key at fault.
Writing lives in :mod:`factledger.ledger_edit` (comment-keeping, atomic).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from factledger.claims import Check, Claim, Derivation
from factledger.collector import collection_paused
from factledger.entries import Entry, check_id, kind, show
from factledger.errors import FactledgerError, LedgerError, PeriodError, quoted
from factledger.expressions import parse_expression
from factledger.figures import read_figure
from factledger.intervals import Interval
from factledger.ledger import Ledger, ReferenceRange, build_ledger
from factledger.locations import Location
from factledger.periods import parse_period
from factledger.provenance import SOURCE_KINDS, UNATTRIBUTED, Article, Attribution, Source
from factledger.units import compile_unit
from factledger.value_table import ValueTable

if TYPE_CHECKING:
    from factledger.source_lines import LineIndex

MAX_FILE_BYTES = 20 * 1024 * 1024
LEDGER_SUFFIXES = (".toml", ".json")

ARTICLE_FIELDS = ("id", "title", "publisher", "author", "published", "url", "text")
SOURCE_FIELDS = ("name", "kind", "url", "date", "note")
CLAIM_FIELDS = ("figure", "unit", "exact", "subject", "measure", "period", "quote", "source",
                "attributed_to", "derived", "cumulative", "note")
CHECK_FIELDS = ("kind", "claims", "parts", "total", "holds", "quote", "note")
RANGE_FIELDS = ("measures", "unit", "low", "high", "source", "url", "reason")
TOP_LEVEL = ("article", "sources", "claims", "checks", "ranges")


# -- finding files --------------------------------------------------------------------------
def ledger_files(path: Path) -> list[Path]:
    """Every ledger file under ``path`` in a stable order; symlink loops are not followed twice."""
    if path.is_symlink() and not path.exists():
        raise LedgerError(f"{path}: broken symbolic link, or a link that points to itself")
    if not path.is_dir():
        if not path.exists():
            raise LedgerError(f"{path}: no such file or directory")
        return [path]
    found: list[Path] = []
    seen: set[str] = set()
    for root, dirs, files in os.walk(path, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / name for name in sorted(files)
                     if name.endswith(LEDGER_SUFFIXES) and not name.startswith("."))
    if not found:
        raise LedgerError(f"{path}: no ledger files (*.toml, *.json) in this directory")
    return found


# -- reading and decoding -------------------------------------------------------------------
def read_text(path: Path, shown: str) -> str:
    """The text of a ledger file: UTF-8 (a BOM is fine), ``\\n`` line ends, bounded in size."""
    data = _read_bytes(path, Location(shown, 1))
    if b"\x00" in data[:8192]:
        raise LedgerError("file is binary (or UTF-16), not a UTF-8 text ledger file", Location(shown, 1))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise LedgerError(f"file is not UTF-8 text (byte 0x{data[error.start]:02x} at offset "
                          f"{error.start}); save it as UTF-8", Location(shown, line)) from None
    return text.replace("\r\n", "\n")


def _read_bytes(path: Path, where: Location) -> bytes:
    try:
        info = path.stat()
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


def parse_document(path: Path, shown: str, text: str) -> tuple[dict[str, Any], LineIndex]:
    """Decode TOML or JSON; syntax errors name the line and say what to write instead."""
    data, lines = _parse_json(shown, text) if path.suffix == ".json" else _parse_toml(shown, text)
    if not isinstance(data, dict):
        raise LedgerError(f"a ledger file must hold an object of tables at the top level, got "
                          f"{kind(data)}", Location(shown, 1))
    return data, lines


def _parse_toml(shown: str, text: str) -> tuple[Any, LineIndex]:
    # Imported here: a load served from the parse cache never parses TOML.
    import tomllib

    from factledger.source_lines import toml_lines

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        from factledger.decode_errors import toml_error

        message, line = toml_error(str(error), text)
        raise LedgerError(message, Location(shown, line)) from None
    except RecursionError:
        raise LedgerError("invalid TOML: arrays or tables are nested too deeply", Location(shown, 1)) from None
    return data, toml_lines(text)


class _NotANumber(ValueError):
    pass


def _reject_constant(name: str) -> Any:
    raise _NotANumber(name)


def _parse_json(shown: str, text: str) -> tuple[Any, LineIndex]:
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
    lines = json_lines(text)
    for path, first, again in lines.duplicates[:1]:
        where = quoted(".".join(str(p) for p in path[:-1])) if path[:-1] else "the top level"
        raise LedgerError(f"key {quoted(str(path[-1]))} appears twice in {where} (first at line "
                          f"{first}); give each entry its own id", Location(shown, again))
    return data, lines


def _first_line_of(pattern: str, text: str) -> int:
    match = re.search(pattern, text)
    return text.count("\n", 0, match.start()) + 1 if match else 1


# -- the model from a document --------------------------------------------------------------
def load(path: str | os.PathLike[str], root: str | os.PathLike[str] | None = None,
         cache: bool = False) -> Ledger:
    """Load a ledger file or a directory of them into a validated :class:`Ledger`.

    Paths in locations are shown relative to ``root`` (default: the current
    directory) when the file lies below it. With ``cache``, files unchanged
    since an earlier load are taken from :mod:`factledger.parse_cache`.
    """
    return load_many([path], root, cache)


def load_many(paths: list[str | os.PathLike[str]], root: str | os.PathLike[str] | None = None,
              cache: bool = False) -> Ledger:
    """Load several ledger files or directories into one :class:`Ledger` (see :func:`load`)."""
    base = Path(root) if root is not None else Path.cwd()
    files: dict[Path, None] = {}  # in order, each once (a list look-up made this quadratic)
    for given in paths:
        for found in ledger_files(Path(given)):
            files.setdefault(found)
    reader = _Reader()
    with collection_paused():
        for file in files:
            if cache:
                reader.read_cached(file, _shown(file, base))
            else:
                reader.read(file, _shown(file, base))
        return reader.finish()


def _shown(path: Path, base: Path) -> str:
    # abspath, not resolve(): a symlink is shown as the user reached it, and a loop cannot raise.
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(base)).as_posix()
    except ValueError:
        return path.as_posix()


class _File:
    """One file being read: its path as shown to the user, and where its keys sit."""

    def __init__(self, path: Path, shown: str, lines: LineIndex) -> None:
        self.path, self.shown, self.lines = path, shown, lines

    def at(self, *key: str | int, claim_id: str = "") -> Location:
        return Location(self.shown, self.lines.line(*key), claim_id)

    def entry(self, raw: Any, what: str, path: tuple[str | int, ...], allowed: tuple[str, ...],
              claim_id: str = "", noun: str = "field") -> Entry:
        return Entry(raw, what, self.lines, self.shown, path, allowed, claim_id, noun)


class _Reader:
    def __init__(self) -> None:
        self.articles: dict[str, Article] = {}
        self.sources: dict[str, Source] = {}
        self.claims: list[Claim] = []
        self.checks: list[Check] = []
        self.ranges: list[ReferenceRange] = []
        self.files: list[str] = []
        self.texts: dict[str, str] = {}
        self.tables: list[ValueTable] = []  # one per file read through the parse cache

    def read_cached(self, path: Path, shown: str) -> None:
        """Like :meth:`read`, through the parse cache: what one file adds is cached as a whole."""
        from factledger import parse_cache

        parts = parse_cache.get(path, shown)
        if parts is not None:
            self._add(*parts)
            return
        stamp = parse_cache._stamp(path)
        file_reader = _Reader()
        file_reader.read(path, shown)
        # The file's figures read into base units are cached too: an unchanged ledger then
        # never reads a figure or looks up a unit again.
        parts = (file_reader.articles, file_reader.sources, file_reader.claims, file_reader.checks,
                 file_reader.ranges, file_reader.files, file_reader.texts, ValueTable(file_reader.claims))
        texts = [path.parent / a.text_path for a in file_reader.articles.values() if a.text_path]
        parse_cache.put(path, shown, parts, texts, stamp)
        self._add(*parts)

    def _add(self, articles, sources, claims, checks, ranges, files, texts, table=None) -> None:
        for article in articles.values():
            if article.id in self.articles:
                raise LedgerError(f"article id {article.id!r} is already used by "
                                  f"{self.articles[article.id].location}", article.location)
        self.articles.update(articles)
        self.sources.update(sources)
        self.claims.extend(claims)
        self.checks.extend(checks)
        self.ranges.extend(ranges)
        self.files.extend(files)
        self.texts.update(texts)
        if table is not None:
            self.tables.append(table)

    def read(self, path: Path, shown: str) -> None:
        document, lines = parse_document(path, shown, read_text(path, shown))
        file = _File(path, shown, lines)
        if not document:
            raise LedgerError("file is empty; a ledger file needs an [article] table and [claims.*] "
                              "tables, a reference file [ranges.*] tables", Location(shown, 1))
        if isinstance(document, dict):
            document.pop("$schema", None)  # JSON's way to name the schema, as TOML's "#:schema" line
        file.entry(document, "ledger file", (), TOP_LEVEL, noun="table")
        self.files.append(shown)
        if "ranges" in document:
            self.ranges.extend(_ranges(document["ranges"], file))
        if "article" in document or "claims" in document:
            self._article(document, file)

    def _article(self, document: dict[str, Any], file: _File) -> None:
        article, entry = _article(document.get("article", {}), file)
        if article.id in self.articles:
            first = self.articles[article.id]
            origin = "" if "id" in entry.raw else " (taken from the file name; set [article] id to tell them apart)"
            raise LedgerError(f"article id {article.id!r} is already used by {first.location}{origin}",
                              article.location)
        self.articles[article.id] = article
        if article.text_path:
            self.texts[article.id] = _article_text(article, entry, file)
        for source_id, raw in _table(document, "sources", file).items():
            self.sources[f"{article.id}:{source_id}"] = _source(source_id, raw, file)
        for claim_id, raw in _table(document, "claims", file).items():
            self.claims.append(_claim(claim_id, raw, file, article, self.sources))
        checks = document.get("checks", [])
        if not isinstance(checks, list):
            raise LedgerError(f"checks must be an array of tables, written [[checks]], got {kind(checks)}",
                              file.at("checks"))
        for number, raw in enumerate(checks):
            self.checks.append(_check(number, raw, file, article))

    def finish(self) -> Ledger:
        # A table per file only when every file brought one; build_ledger checks the order too.
        table = ValueTable.joined(self.tables) if self.tables and len(self.tables) == len(self.files) else None
        return build_ledger(self.articles, self.sources, self.claims, self.checks, self.ranges,
                            self.files, self.texts, table)


def _table(document: dict[str, Any], name: str, file: _File) -> dict[str, Any]:
    value = document.get(name, {})
    if not isinstance(value, dict):
        raise LedgerError(f"{name} must be a table of entries, written [{name}.ID], got {kind(value)} "
                          f"{show(value)}", file.at(name))
    return value


def _article(raw: Any, file: _File) -> tuple[Article, Entry]:
    entry = file.entry(raw, "[article]", ("article",), ARTICLE_FIELDS)
    published = _date(entry, "published")
    article_id = entry.get("id", str, default=file.path.stem)
    check_id(article_id, "article", entry.at("id"))
    article = Article(id=article_id, title=entry.get("title", str), publisher=entry.get("publisher", str),
                      author=entry.get("author", str), published=published, url=entry.get("url", str),
                      text_path=entry.get("text", str), location=entry.at())
    return article, entry


def _article_text(article: Article, entry: Entry, file: _File) -> str:
    text_file = file.path.parent / article.text_path
    shown = text_file.as_posix()
    if not text_file.exists():
        raise entry.fail(f"article text {article.text_path!r} not found (looked for {shown})", "text")
    if text_file.is_dir():
        raise entry.fail(f"article text {article.text_path!r} is a directory, not a text file", "text")
    try:
        return read_text(text_file, shown)
    except LedgerError as error:
        raise entry.fail(f"article text {article.text_path!r}: {error.message}", "text") from None


def _date(entry: Entry, key: str) -> dt.date | None:
    """A TOML date, or ISO text ("2024-11-17"): JSON has no date type."""
    value = entry.raw.get(key) if isinstance(entry.raw, dict) else None
    if value is not None and not isinstance(value, (dt.date, str)):
        raise entry.fail(f"field {key!r} must be a date such as 2024-11-17, got {kind(value)} {show(value)}",
                         key)
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            raise entry.fail(f"field {key!r} must be a date such as 2024-11-17, got {show(value)}",
                             key) from None
    return value.date() if isinstance(value, dt.datetime) else value


def _source(source_id: str, raw: Any, file: _File) -> Source:
    entry = file.entry(raw, f"source {source_id!r}", ("sources", source_id), SOURCE_FIELDS)
    check_id(source_id, "source", entry.at())
    source_kind = entry.get("kind", str, default="outlet")
    if source_kind not in SOURCE_KINDS:
        raise entry.fail(f"kind {source_kind!r} is not one of {', '.join(SOURCE_KINDS)}", "kind")
    date = _date(entry, "date")
    entry.get("note", str)
    return Source(source_id, entry.get("name", str, required=True), source_kind, entry.get("url", str),
                  date, entry.at())


def _reading(entry: Entry, key: str, read: Callable[[], Any]) -> Any:
    """Run one reader (figure, period, expression) and place its error at ``key``'s line."""
    try:
        return read()
    except FactledgerError as error:
        raise entry.fail(error.message, key) from None


def _figure(entry: Entry, text: str, unit: str | None):
    """Read the printed figure; blame the ``unit`` line when the printing alone reads fine."""
    try:
        return read_figure(text, unit)
    except FactledgerError as error:
        raise entry.fail(error.message, "unit" if unit and _readable(text) else "figure") from None


def _readable(text: str) -> bool:
    try:
        read_figure(text)
    except FactledgerError:
        return False
    return True


def _claim(claim_id: str, raw: Any, file: _File, article: Article, sources: dict[str, Source]) -> Claim:
    entry = file.entry(raw, f"claim {claim_id!r}", ("claims", claim_id), CLAIM_FIELDS, claim_id)
    check_id(claim_id, "claim", entry.at())
    derived = entry.get("derived", str, default=None)
    figure_text = entry.get("figure", str, required=derived is None, default=None)
    unit = entry.get("unit", str, default=None)
    exact = entry.get("exact", bool, default=False)
    figure = _figure(entry, figure_text, unit) if figure_text is not None else None
    if figure is not None and exact:
        figure = figure.as_exact()
    derivation = None
    if derived is not None:
        derivation = Derivation(derived, _reading(entry, "derived", lambda: parse_expression(derived)),
                                entry.at("derived"))
    return Claim(
        id=claim_id, article_id=article.id, figure=figure,
        # Interned: a ledger names few subjects and measures, each over many claims.
        subject=sys.intern(entry.get("subject", str)), measure=sys.intern(entry.get("measure", str)),
        period=_reading(entry, "period", lambda: _period(entry, article)),
        quote=entry.get("quote", str),
        attribution=_attribution(entry, article, sources),
        derivation=derivation,
        cumulative=entry.get("cumulative", bool, default=False),
        note=entry.get("note", str),
        location=entry.at(),
    )


def _period(entry: Entry, article: Article):
    value = entry.raw.get("period", "unstated")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    elif isinstance(value, dt.datetime):
        raise PeriodError(f"field 'period' is a date-time ({value.isoformat()}); write a date "
                          f"(2024-11-17), a month (\"2024-11\") or a year (\"2024\")")
    elif isinstance(value, dt.date):
        value = value.isoformat()
    if not isinstance(value, str):
        raise PeriodError(f"field 'period' must be text such as \"2016\", got {kind(value)} {show(value)}")
    return parse_period(value, article.published)


def _attribution(entry: Entry, article: Article, sources: dict[str, Source]) -> Attribution:
    source_id = entry.get("source", str, default="")
    source = None
    if source_id:
        source = sources.get(f"{article.id}:{source_id}")
        if source is None:
            raise entry.fail(f"unknown source id {source_id!r}{_suggest_source(source_id, article, sources)}",
                             "source")
    via = entry.get("attributed_to", (list, str), default=[])
    via = [via] if isinstance(via, str) else via
    if not all(isinstance(v, str) for v in via):
        raise entry.fail(f"field 'attributed_to' must be a name or a list of names, got {show(via)}",
                         "attributed_to")
    return Attribution(source, tuple(via)) if source or via else UNATTRIBUTED


def _suggest_source(source_id: str, article: Article, sources: dict[str, Source]) -> str:
    import difflib

    known = sorted(k.split(":", 1)[1] for k in sources if k.startswith(f"{article.id}:"))
    close = difflib.get_close_matches(source_id, known, n=1)
    if close:
        return f"; did you mean {close[0]!r}?"
    return f"; this file defines {', '.join(known)}" if known else "; this file defines no [sources.*]"


def _check(number: int, raw: Any, file: _File, article: Article) -> Check:
    entry = file.entry(raw, f"check #{number + 1}", ("checks", number), CHECK_FIELDS)
    check_kind = entry.get("kind", str, required=True)
    claims, parts = entry.texts("claims"), entry.texts("parts")
    ids = claims if claims is not None else (parts or ())
    holds_text = entry.get("holds", str, default="")
    holds = None
    if holds_text:
        holds = _reading(entry, "holds", lambda: parse_expression(holds_text, allow_comparison=True))
    try:
        check = Check(kind=check_kind, article_id=article.id, claims=ids, total=entry.get("total", str),
                      holds=holds, holds_text=holds_text, quote=entry.get("quote", str),
                      note=entry.get("note", str), location=entry.at())
    except ValueError:
        raise entry.fail(f"kind {check_kind!r} is not one of same, total, shares, compare", "kind") from None
    _require_shape(check, entry)
    return check


def _require_shape(check: Check, entry: Entry) -> None:
    if check.kind == "compare" and check.holds is None:
        raise entry.fail("a compare check needs 'holds', e.g. holds = \"a > b\"")
    if check.kind == "same" and len(check.claims) < 2:
        raise entry.fail("a same check needs at least two claims, e.g. claims = [\"a\", \"b\"]")
    if check.kind == "total" and (not check.claims or not check.total):
        raise entry.fail("a total check needs 'parts' and 'total', e.g. parts = [\"a\", \"b\"] and "
                         "total = \"c\"")
    if check.kind == "shares" and len(check.claims) < 1:
        raise entry.fail("a shares check needs 'parts', e.g. parts = [\"a\", \"b\"]")


def _ranges(raw: Any, file: _File) -> list[ReferenceRange]:
    if not isinstance(raw, dict):
        raise LedgerError(f"ranges must be a table of entries, written [ranges.ID], got {kind(raw)} "
                          f"{show(raw)}", file.at("ranges"))
    return [_range(range_id, entry, file) for range_id, entry in raw.items()]


def _range(range_id: str, raw: Any, file: _File) -> ReferenceRange:
    entry = file.entry(raw, f"range {range_id!r}", ("ranges", range_id), RANGE_FIELDS)
    check_id(range_id, "range", entry.at())
    measures = entry.texts("measures", required=True)
    unit_text = entry.get("unit", str, required=True)
    low, high = entry.get("low", (int, float), required=True), entry.get("high", (int, float), required=True)
    if low > high:
        raise entry.fail(f"low {low!r} is above high {high!r}", "low")
    unit = _reading(entry, "unit", lambda: compile_unit(unit_text))
    base = Interval(float(low), float(high)) * unit.factor
    return ReferenceRange(range_id, measures, unit_text, float(low), float(high), base, unit.dims,
                          entry.get("source", str, required=True), entry.get("reason", str, required=True),
                          entry.get("url", str), entry.at())
