"""The only module that reads or writes ledger files (TOML, or JSON with the same schema).

Loading keeps the file and line of every claim, source and check, so every
later error and finding can point at ``file:line``. Writing goes through
:mod:`factledger.safe_write`: atomic, and comment-keeping via tomlkit.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import math
import os
import re
import tomllib
from pathlib import Path
from typing import Any

from factledger.claims import Check, Claim, Derivation
from factledger.errors import FactledgerError, LedgerError
from factledger.expressions import parse_expression
from factledger.figures import read_figure
from factledger.intervals import Interval
from factledger.ledger import Ledger, ReferenceRange, build_ledger
from factledger.locations import Location
from factledger.periods import parse_period
from factledger.provenance import SOURCE_KINDS, Article, Attribution, Source
from factledger.units import compile_unit

MAX_FILE_BYTES = 20 * 1024 * 1024
LEDGER_SUFFIXES = (".toml", ".json")

ARTICLE_FIELDS = ("id", "title", "publisher", "author", "published", "url", "text")
SOURCE_FIELDS = ("name", "kind", "url", "date", "note")
CLAIM_FIELDS = ("figure", "unit", "exact", "subject", "measure", "period", "quote", "source",
                "attributed_to", "derived", "cumulative", "note")
CHECK_FIELDS = ("kind", "claims", "parts", "total", "holds", "quote", "note")
RANGE_FIELDS = ("measures", "unit", "low", "high", "source", "url", "reason")
TOP_LEVEL = ("article", "sources", "claims", "checks", "ranges")


class _File:
    """One file being read: its path as shown to the user, and where its keys sit."""

    def __init__(self, path: Path, shown: str, text: str) -> None:
        self.path = path
        self.shown = shown
        self.lines = _line_index(text) if path.suffix == ".toml" else _json_line_index(text)

    def at(self, *key: str | int, claim_id: str = "") -> Location:
        line = self.lines.get(tuple(key)) or self.lines.get(tuple(key[:2])) or 0
        return Location(self.shown, line, claim_id)


_HEADER = re.compile(r"^\s*\[\s*(claims|sources|ranges)\s*\.\s*(\"[^\"]*\"|'[^']*'|[\w-]+)\s*\]")
_CHECK_HEADER = re.compile(r"^\s*\[\[\s*checks\s*\]\]")
_ARTICLE_HEADER = re.compile(r"^\s*\[\s*article\s*\]")
_KEY = re.compile(r"^\s*([\w-]+)\s*=")


def _line_index(text: str) -> dict[tuple[Any, ...], int]:
    index: dict[tuple[Any, ...], int] = {}
    current: tuple[Any, ...] = ()
    checks = 0
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            current = (header.group(1), header.group(2).strip("\"'"))
            index.setdefault(current, number)
            continue
        if _CHECK_HEADER.match(line):
            current = ("checks", checks)
            checks += 1
            index[current] = number
            continue
        if _ARTICLE_HEADER.match(line):
            current = ("article",)
            index[current] = number
            continue
        if line.lstrip().startswith("["):
            current = ()
            continue
        key = _KEY.match(line)
        if key and current:
            index.setdefault(current + (key.group(1),), number)
    return index


def _json_line_index(text: str) -> dict[tuple[Any, ...], int]:
    index: dict[tuple[Any, ...], int] = {}
    section = ""
    for number, line in enumerate(text.splitlines(), start=1):
        match = re.match(r'^\s*"([^"]+)"\s*:\s*([\[{]?)', line)
        if not match:
            continue
        if match.group(1) in TOP_LEVEL:
            section = match.group(1)
        elif section and match.group(2) == "{":
            index.setdefault((section, match.group(1)), number)
    return index


# -- reading files --------------------------------------------------------------------------
def ledger_files(path: Path) -> list[Path]:
    """Every ledger file under ``path`` in a stable order; symlink loops are not followed twice."""
    if path.is_file():
        return [path]
    if not path.exists():
        raise LedgerError(f"{path}: no such file or directory")
    found: list[Path] = []
    seen: set[str] = set()
    for root, dirs, files in os.walk(path, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(LEDGER_SUFFIXES) and not name.startswith("."):
                found.append(Path(root) / name)
    return found


def read_text(path: Path, shown: str) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LedgerError(f"file is {size / 1e6:.0f} MB; a ledger file is at most "
                              f"{MAX_FILE_BYTES // (1024 * 1024)} MB", Location(shown, 1))
        data = path.read_bytes()
    except OSError as error:
        raise LedgerError(f"cannot read file: {error.strerror or error}", Location(shown)) from None
    if b"\x00" in data[:8192]:
        raise LedgerError("file is binary, not a text ledger file", Location(shown, 1))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise LedgerError(f"file is not UTF-8 text (byte 0x{data[error.start]:02x} at offset "
                          f"{error.start}); save it as UTF-8", Location(shown, line)) from None
    return text.replace("\r\n", "\n")


def parse_document(path: Path, shown: str, text: str) -> dict[str, Any]:
    if path.suffix == ".json":
        try:
            data = json.loads(text, parse_constant=_reject_constant)
        except json.JSONDecodeError as error:
            raise LedgerError(f"invalid JSON: {error.msg} (column {error.colno})",
                              Location(shown, error.lineno)) from None
        except RecursionError:
            raise LedgerError("invalid JSON: nested too deeply", Location(shown, 1)) from None
    else:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise LedgerError(*_toml_message(str(error), shown)) from None
        except RecursionError:
            raise LedgerError("invalid TOML: nested too deeply", Location(shown, 1)) from None
    if not isinstance(data, dict):
        raise LedgerError("a ledger file must hold a table at the top level", Location(shown, 1))
    return data


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def _toml_message(message: str, shown: str) -> tuple[str, Location]:
    match = re.search(r"\(at line (\d+), column (\d+)\)", message)
    if match is None:
        return f"invalid TOML: {message}", Location(shown, 1)
    what = message[: match.start()].strip()
    return f"invalid TOML: {what} (column {match.group(2)})", Location(shown, int(match.group(1)))


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
    base = Path(root) if root is not None else Path.cwd()
    files: list[Path] = []
    for given in paths:
        for found in ledger_files(Path(given)):
            if found not in files:
                files.append(found)
    reader = _Reader()
    for file in files:
        if cache:
            reader.read_cached(file, _shown(file, base))
        else:
            reader.read(file, _shown(file, base))
    return reader.finish()


def _shown(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


class _Reader:
    def __init__(self) -> None:
        self.articles: dict[str, Article] = {}
        self.sources: dict[str, Source] = {}
        self.claims: list[Claim] = []
        self.checks: list[Check] = []
        self.ranges: list[ReferenceRange] = []
        self.files: list[str] = []
        self.texts: dict[str, str] = {}

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
        parts = (file_reader.articles, file_reader.sources, file_reader.claims, file_reader.checks,
                 file_reader.ranges, file_reader.files, file_reader.texts)
        texts = [path.parent / a.text_path for a in file_reader.articles.values() if a.text_path]
        parse_cache.put(path, shown, parts, texts, stamp)
        self._add(*parts)

    def _add(self, articles, sources, claims, checks, ranges, files, texts) -> None:
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

    def read(self, path: Path, shown: str) -> None:
        text = read_text(path, shown)
        document = parse_document(path, shown, text)
        file = _File(path, shown, text)
        if not document:
            raise LedgerError("file is empty; a ledger file needs an [article] table and [claims.*] "
                              "tables, a reference file [ranges.*] tables", Location(shown, 1))
        document.pop("$schema", None)  # JSON's way to name the schema, as TOML's "#:schema" line
        _unknown_fields(document, TOP_LEVEL, "top-level table", file.at())
        self.files.append(shown)
        if "ranges" in document:
            self.ranges.extend(_ranges(document["ranges"], file))
        if "article" in document or "claims" in document:
            self._article(document, file, path)

    def _article(self, document: dict[str, Any], file: _File, path: Path) -> None:
        article = _article(document.get("article", {}), file, path)
        if article.id in self.articles:
            raise LedgerError(f"article id {article.id!r} is already used by "
                              f"{self.articles[article.id].location}", article.location)
        self.articles[article.id] = article
        if article.text_path:
            text_file = (path.parent / article.text_path)
            try:
                self.texts[article.id] = text_file.read_text("utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise LedgerError(f"article text {article.text_path!r} cannot be read ({error})",
                                  file.at("article", "text")) from None
        sources = _table(document.get("sources", {}), "sources", file.at())
        for source_id, raw in sources.items():
            self.sources[f"{article.id}:{source_id}"] = _source(source_id, raw, file)
        claims = _table(document.get("claims", {}), "claims", file.at())
        for claim_id, raw in claims.items():
            self.claims.append(_claim(claim_id, raw, file, article, self.sources))
        checks = document.get("checks", [])
        if not isinstance(checks, list):
            raise LedgerError("checks must be an array of tables, written [[checks]]", file.at("checks"))
        for number, raw in enumerate(checks):
            self.checks.append(_check(number, raw, file, article))

    def finish(self) -> Ledger:
        return build_ledger(self.articles, self.sources, self.claims, self.checks, self.ranges,
                            self.files, self.texts)


def _table(value: Any, name: str, location: Location) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise LedgerError(f"{name} must be a table of entries, got {_kind(value)}", location)
    return value


def _kind(value: Any) -> str:
    names = {str: "text", int: "a whole number", float: "a number", bool: "true/false",
             list: "an array", dict: "a table", dt.date: "a date", dt.datetime: "a date-time"}
    return names.get(type(value), type(value).__name__)


def _unknown_fields(raw: dict[str, Any], allowed: tuple[str, ...], what: str, location: Location) -> None:
    for key in raw:
        if key not in allowed:
            close = difflib.get_close_matches(key, allowed, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; expected one of: {', '.join(allowed)}"
            raise LedgerError(f"unknown field {key!r} in {what}{hint}", location)


def _field(raw: dict[str, Any], key: str, kind: type | tuple[type, ...], location: Location,
           required: bool = False, default: Any = "") -> Any:
    if key not in raw:
        if required:
            raise LedgerError(f"missing required field {key!r}", location)
        return default
    value = raw[key]
    if isinstance(value, bool) and kind is not bool and not (isinstance(kind, tuple) and bool in kind):
        raise LedgerError(f"field {key!r} must be {_expected(kind)}, got {_kind(value)} {value!r}", location)
    if not isinstance(value, kind):
        raise LedgerError(f"field {key!r} must be {_expected(kind)}, got {_kind(value)} {_clip(value)}", location)
    if isinstance(value, float) and not math.isfinite(value):
        raise LedgerError(f"field {key!r} is {value!r}; expected a finite number", location)
    return value


def _expected(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(_kind(k()) if k not in (dt.date,) else "a date" for k in kinds)


def _clip(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _date_field(raw: dict[str, Any], key: str, location: Location) -> dt.date | None:
    """A TOML date, or ISO text ("2024-11-17"): JSON has no date type."""
    value = _field(raw, key, (dt.date, str), location, default=None)
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            raise LedgerError(f"field {key!r} must be a date such as 2024-11-17, got {_clip(value)}",
                              location) from None
    return value.date() if isinstance(value, dt.datetime) else value


def _article(raw: Any, file: _File, path: Path) -> Article:
    location = file.at("article")
    raw = _table(raw, "article", location)
    _unknown_fields(raw, ARTICLE_FIELDS, "[article]", location)
    published = _date_field(raw, "published", file.at("article", "published"))
    return Article(
        id=_field(raw, "id", str, location, default=path.stem) or path.stem,
        title=_field(raw, "title", str, location),
        publisher=_field(raw, "publisher", str, location),
        author=_field(raw, "author", str, location),
        published=published,
        url=_field(raw, "url", str, location),
        text_path=_field(raw, "text", str, location),
        location=location,
    )


def _source(source_id: str, raw: Any, file: _File) -> Source:
    location = file.at("sources", source_id)
    raw = _table(raw, f"source {source_id!r}", location)
    _unknown_fields(raw, SOURCE_FIELDS, f"source {source_id!r}", location)
    kind = _field(raw, "kind", str, location, default="outlet")
    if kind not in SOURCE_KINDS:
        raise LedgerError(f"source {source_id!r}: kind {kind!r} is not one of {', '.join(SOURCE_KINDS)}",
                          file.at("sources", source_id, "kind"))
    date = _date_field(raw, "date", location)
    return Source(source_id, _field(raw, "name", str, location, required=True), kind,
                  _field(raw, "url", str, location), date, location)


def _claim(claim_id: str, raw: Any, file: _File, article: Article, sources: dict[str, Source]) -> Claim:
    location = file.at("claims", claim_id, claim_id=claim_id)
    raw = _table(raw, f"claim {claim_id!r}", location)
    _unknown_fields(raw, CLAIM_FIELDS, f"claim {claim_id!r}", location)

    def at(key: str) -> Location:
        return file.at("claims", claim_id, key, claim_id=claim_id)

    derived = _field(raw, "derived", str, at("derived"), default=None)
    figure_text = _field(raw, "figure", str, at("figure"), required=derived is None, default=None)
    unit = _field(raw, "unit", str, at("unit"), default=None)
    figure = None
    try:
        if figure_text is not None:
            figure = read_figure(figure_text, unit)
            if _field(raw, "exact", bool, at("exact"), default=False):
                figure = figure.as_exact()
        derivation = Derivation(derived, parse_expression(derived)) if derived is not None else None
        period = _period(raw, at("period"), article)
    except FactledgerError as error:
        raise LedgerError(f"claim {claim_id!r}: {error.message}", error.location if error.location.line else
                          at("figure" if "expression" not in error.message else "derived")) from None
    return Claim(
        id=claim_id, article_id=article.id, figure=figure,
        subject=_field(raw, "subject", str, at("subject")),
        measure=_field(raw, "measure", str, at("measure")),
        period=period,
        quote=_field(raw, "quote", str, at("quote")),
        attribution=_attribution(raw, at, article, sources),
        derivation=derivation,
        cumulative=_field(raw, "cumulative", bool, at("cumulative"), default=False),
        note=_field(raw, "note", str, at("note")),
        location=location,
    )


def _period(raw: dict[str, Any], location: Location, article: Article):
    value = raw.get("period", "unstated")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    elif isinstance(value, dt.date):
        value = value.isoformat()
    if not isinstance(value, str):
        raise LedgerError(f"field 'period' must be text such as \"2016\", got {_kind(value)}", location)
    return parse_period(value, article.published)


def _attribution(raw: dict[str, Any], at, article: Article, sources: dict[str, Source]) -> Attribution:
    source_id = _field(raw, "source", str, at("source"), default="")
    source = None
    if source_id:
        source = sources.get(f"{article.id}:{source_id}")
        if source is None:
            known = [k.split(":", 1)[1] for k in sources if k.startswith(f"{article.id}:")]
            close = difflib.get_close_matches(source_id, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise LedgerError(f"unknown source id {source_id!r}{hint}", at("source"))
    via = _field(raw, "attributed_to", (list, str), at("attributed_to"), default=[])
    via = [via] if isinstance(via, str) else via
    if not all(isinstance(v, str) for v in via):
        raise LedgerError("field 'attributed_to' must be a list of names", at("attributed_to"))
    return Attribution(source, tuple(via))


def _check(number: int, raw: Any, file: _File, article: Article) -> Check:
    location = file.at("checks", number)
    raw = _table(raw, "check", location)
    _unknown_fields(raw, CHECK_FIELDS, "[[checks]]", location)
    kind = _field(raw, "kind", str, location, required=True)
    claims = _field(raw, "claims", list, location, default=None)
    parts = _field(raw, "parts", list, location, default=None)
    ids = tuple(claims if claims is not None else (parts or []))
    if not all(isinstance(i, str) for i in ids):
        raise LedgerError("claims in a check must be claim ids (text)", location)
    holds_text = _field(raw, "holds", str, location, default="")
    try:
        holds = parse_expression(holds_text, allow_comparison=True) if holds_text else None
        check = Check(kind=kind, article_id=article.id, claims=ids, total=_field(raw, "total", str, location),
                      holds=holds, holds_text=holds_text, quote=_field(raw, "quote", str, location),
                      note=_field(raw, "note", str, location), location=location)
    except FactledgerError as error:
        raise LedgerError(f"check: {error.message}", location) from None
    except ValueError as error:
        raise LedgerError(f"check kind {kind!r} is not one of same, total, shares, compare", location) from error
    _require_shape(check, location)
    return check


def _require_shape(check: Check, location: Location) -> None:
    if check.kind == "compare" and check.holds is None:
        raise LedgerError("a compare check needs 'holds', e.g. holds = \"a > b\"", location)
    if check.kind == "same" and len(check.claims) < 2:
        raise LedgerError("a same check needs at least two claims", location)
    if check.kind == "total" and (not check.claims or not check.total):
        raise LedgerError("a total check needs 'parts' and 'total'", location)
    if check.kind == "shares" and len(check.claims) < 1:
        raise LedgerError("a shares check needs 'parts'", location)


def _ranges(raw: Any, file: _File) -> list[ReferenceRange]:
    out = []
    for range_id, entry in _table(raw, "ranges", file.at()).items():
        location = file.at("ranges", range_id)
        entry = _table(entry, f"range {range_id!r}", location)
        _unknown_fields(entry, RANGE_FIELDS, f"range {range_id!r}", location)
        measures = _field(entry, "measures", list, location, required=True)
        unit_text = _field(entry, "unit", str, location, required=True)
        low = float(_field(entry, "low", (int, float), location, required=True))
        high = float(_field(entry, "high", (int, float), location, required=True))
        if low > high:
            raise LedgerError(f"range {range_id!r}: low {low:g} is above high {high:g}", location)
        try:
            unit = compile_unit(unit_text)
        except FactledgerError as error:
            raise LedgerError(f"range {range_id!r}: {error.message}", location) from None
        base = Interval(low, high) * unit.factor
        out.append(ReferenceRange(range_id, tuple(str(m) for m in measures), unit_text, low, high, base,
                                  unit.dims, _field(entry, "source", str, location, required=True),
                                  _field(entry, "reason", str, location, required=True),
                                  _field(entry, "url", str, location), location))
    return out
