"""Options that several subcommands take, worded once."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factledger.ledger import Ledger


def add_no_cache(parser: argparse.ArgumentParser) -> None:
    """``--no-cache``: every command that loads a ledger reads it through the parse cache unless told not to."""
    parser.add_argument("--no-cache", action="store_true",
                        help="read every ledger file afresh, without the parse cache in .factledger-cache/ "
                        "(or $FACTLEDGER_CACHE_DIR)")


def files_read(ledger: Ledger, *more: str | None) -> tuple[str, ...]:
    """The files a command read to make its output: ledger files, article texts, and ``more``.

    A report written with ``-o`` must never replace one of them: a slip of the
    keyboard (``-o ledger/a.toml`` for ``-o a.txt``) would put the report where the
    user's ledger was.
    """
    texts = (os.path.join(os.path.dirname(article.location.path), article.text_path)
             for article in ledger.articles.values() if article.text_path and article.location.path)
    return (*ledger.files, *texts, *(path for path in more if path))
