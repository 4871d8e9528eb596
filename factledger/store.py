"""Loading ledgers: files or directories into one validated :class:`~factledger.ledger.Ledger`.

Loading keeps the file and line of every claim, source and check, so every
later error and finding can point at ``file:line``. Fields are read through
:class:`~factledger.entries.Entry`, which names the line of the key at fault.
Files are found and parsed by :mod:`factledger.documents`, their tables read by
:mod:`factledger.tables`, and unchanged files may come from
:mod:`factledger.parse_cache`. Writing lives in :mod:`factledger.ledger_edit`
(comment-keeping, atomic).
"""

from __future__ import annotations

import os
from typing import Any, Iterable

from factledger.claims import Check, Claim
from factledger.claim_rows import ClaimRows
from factledger.collector import collection_paused
from factledger.documents import ledger_files, parse_document, plain_path, read_text
from factledger.entries import kind
from factledger.errors import LedgerError
from factledger.ledger import Ledger, ReferenceRange, build_ledger
from factledger.locations import Location
from factledger.provenance import Article, Source
from factledger.tables import (
    TOP_LEVEL,
    LedgerFile,
    read_article,
    read_article_text,
    read_check,
    read_claim,
    read_ranges,
    read_source,
    table_of,
)
from factledger.value_table import FigureRows, ValueTable


def load(path: str | os.PathLike[str], root: str | os.PathLike[str] | None = None,
         cache: bool = False) -> Ledger:
    """Load a ledger file or a directory of them into a validated :class:`Ledger`.

    Paths in locations are shown relative to ``root`` (default: the current
    directory) when the file lies below it. With ``cache``, files unchanged
    since an earlier load are taken from :mod:`factledger.parse_cache`.
    """
    return load_many([path], root, cache)


def load_many(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
              root: str | os.PathLike[str] | None = None, cache: bool = False) -> Ledger:
    """Load several ledger files or directories into one :class:`Ledger` (see :func:`load`).

    A single path, as a string or path object, is one path: ``load_many("ledger/")``.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # iterated, "ledger/" was the paths "l", "e", "d", ...
    base = os.fspath(root) if root is not None else os.getcwd()
    files: dict[str, None] = {}  # in order, each once (a list look-up made this quadratic)
    for given in paths:
        for found in ledger_files(given):
            files.setdefault(found)
    reader = _Reader()
    with collection_paused():
        for file in files:
            if cache:
                reader.read_cached(file, _shown(file, base))
            else:
                reader.read(file, _shown(file, base))
        return reader.finish()


def _shown(path: str, base: str) -> str:
    # abspath, not resolve(): a symlink is shown as the user reached it, and a loop cannot raise.
    file, folder = os.path.abspath(path), os.path.abspath(base)
    if file == folder:
        return "."
    below = folder if folder.endswith(os.sep) else folder + os.sep  # a root ("/", "//") ends with one
    inside = file[len(below):]
    # "//a" is not below "/": POSIX lets a path begin with a root of its own, "//".
    if not file.startswith(below) or inside.startswith(os.sep):
        return path.replace(os.sep, "/")
    return inside.replace(os.sep, "/")


class _Reader:
    def __init__(self) -> None:
        self.articles: dict[str, Article] = {}
        self.sources: dict[str, Source] = {}
        self.claims: list[Claim] = []
        self.checks: list[Check] = []
        self.ranges: list[ReferenceRange] = []
        self.files: list[str] = []
        self.texts: dict[str, str] = {}
        # The value tables of the files read through the parse cache, one after another.
        self.table = ValueTable(())
        self.tabled_files = 0
        self.figure_rows: FigureRows = {}  # what those tables share

    def read_cached(self, path: str, shown: str) -> None:
        """Like :meth:`read`, through the parse cache: what one file adds is cached as a whole."""
        from factledger import parse_cache

        parts = parse_cache.get(path, shown)
        if parts is not None:
            self._add(*parts)
            return
        known = parse_cache.fingerprint(path)  # before reading: a change while reading is a miss
        file_reader = _Reader()
        file_reader.read(path, shown)
        # The file's figures read into base units are cached too: an unchanged ledger then
        # never reads a figure or looks up a unit again.
        table = ValueTable(file_reader.claims, self.figure_rows)
        parts = (file_reader.articles, file_reader.sources, ClaimRows(file_reader.claims), file_reader.checks,
                 file_reader.ranges, file_reader.files, file_reader.texts)
        texts = [plain_path(os.path.join(os.path.dirname(path), a.text_path))
                 for a in file_reader.articles.values() if a.text_path]
        parse_cache.put(path, shown, (*parts, table.without_keys()), texts, known)
        self._add(*parts, table)

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
            self.table.extend(table)
            self.tabled_files += 1

    def read(self, path: str, shown: str) -> None:
        document, lines = parse_document(path, shown, read_text(path, shown))
        file = LedgerFile(path, shown, lines)
        if not document:
            raise LedgerError("file is empty; a ledger file needs an [article] table and [claims.*] "
                              "tables, a reference file [ranges.*] tables", Location(shown, 1))
        if isinstance(document, dict):
            document.pop("$schema", None)  # JSON's way to name the schema, as TOML's "#:schema" line
        file.entry(document, "ledger file", (), TOP_LEVEL, noun="table")
        self.files.append(shown)
        if "ranges" in document:
            self.ranges.extend(read_ranges(document["ranges"], file))
        if "article" in document or "claims" in document:
            self._article(document, file)

    def _article(self, document: dict[str, Any], file: LedgerFile) -> None:
        article, entry = read_article(document.get("article", {}), file)
        if article.id in self.articles:
            first = self.articles[article.id]
            origin = "" if "id" in entry.raw else " (taken from the file name; set [article] id to tell them apart)"
            raise LedgerError(f"article id {article.id!r} is already used by {first.location}{origin}",
                              article.location)
        self.articles[article.id] = article
        if article.text_path:
            self.texts[article.id] = read_article_text(article, entry, file)
        for source_id, raw in table_of(document, "sources", file).items():
            self.sources[f"{article.id}:{source_id}"] = read_source(source_id, raw, file)
        for claim_id, raw in table_of(document, "claims", file).items():
            self.claims.append(read_claim(claim_id, raw, file, article, self.sources))
        checks = document.get("checks", [])
        if not isinstance(checks, list):
            raise LedgerError(f"checks must be an array of tables, written [[checks]], got {kind(checks)}",
                              file.at("checks"))
        for number, raw in enumerate(checks):
            self.checks.append(read_check(number, raw, file, article))

    def finish(self) -> Ledger:
        # A table only when every file brought one; build_ledger checks the order too.
        table = None
        if self.tabled_files and self.tabled_files == len(self.files):
            table = self.table.with_keys([claim.key for claim in self.claims])
        return build_ledger(self.articles, self.sources, self.claims, self.checks, self.ranges,
                            self.files, self.texts, table)
