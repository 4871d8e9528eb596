"""Reading an article file for extraction: UTF-8 text, decoded as-is, or one clear error.

Offsets the extractor reports are Python ``str`` offsets into the file decoded
as UTF-8 with nothing else changed (line endings and a byte-order mark are
kept), so ``text[start:end]`` is the printed figure.
"""

from __future__ import annotations

import stat
from pathlib import Path

from factledger.errors import FactledgerError
from factledger.locations import Location

MAX_ARTICLE_BYTES = 10 * 1024 * 1024


class ArticleError(FactledgerError):
    """An article file cannot be read as text."""


def read_article(path: str | Path) -> str:
    shown = str(path)
    data = _read_bytes(Path(path), shown)
    if not data.strip():
        raise ArticleError("article file is empty; expected the text of an article", Location(shown))
    if b"\x00" in data[:8192]:
        raise ArticleError("article file is binary, not text", Location(shown))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ArticleError(f"article file is not UTF-8 text (byte 0x{data[error.start]:02x} at offset "
                           f"{error.start}); save it as UTF-8", Location(shown, line)) from None


def _read_bytes(path: Path, shown: str) -> bytes:
    too_big = f"an article is at most {MAX_ARTICLE_BYTES // (1024 * 1024)} MB"
    try:
        info = path.stat()
        # A pipe or a device has no size to trust: reading one could wait or grow without end.
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError("article file is not a regular file (a pipe, a device or a directory); "
                               "give the path of a text file", Location(shown))
        if info.st_size > MAX_ARTICLE_BYTES:
            raise ArticleError(f"article file is {info.st_size / 1e6:.0f} MB; {too_big}", Location(shown))
        with open(path, "rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        raise ArticleError(f"cannot read article file: {error.strerror or error}", Location(shown)) from None
    if len(data) > MAX_ARTICLE_BYTES:  # it grew after it was measured
        raise ArticleError(f"article file is over {MAX_ARTICLE_BYTES // (1024 * 1024)} MB; {too_big}",
                           Location(shown))
    return data


def ledger_article_id(text: str, path: str | Path) -> str | None:
    """The article id of ``text`` when it is a ledger file (TOML or JSON with [article] or
    [claims]), else None: a ledger is no article text, though it reads as one."""
    data = _parsed(text)
    if not isinstance(data, dict) or not any(isinstance(data.get(k), dict) for k in ("article", "claims")):
        return None
    article = data.get("article")
    given = article.get("id") if isinstance(article, dict) else None
    return given if isinstance(given, str) and given else Path(path).stem


def _parsed(text: str) -> object:
    import json

    from factledger import toml_reader

    try:
        return json.loads(text) if text.lstrip().startswith("{") else toml_reader.loads(text)
    except (ValueError, RecursionError):  # TOMLDecodeError and JSONDecodeError are ValueErrors
        return None
