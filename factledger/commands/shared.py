"""Options that several subcommands take, worded once."""

from __future__ import annotations

import argparse


def add_no_cache(parser: argparse.ArgumentParser) -> None:
    """``--no-cache``: every command that loads a ledger reads it through the parse cache unless told not to."""
    parser.add_argument("--no-cache", action="store_true",
                        help="read every ledger file afresh, without the parse cache in .factledger-cache/ "
                        "(or $FACTLEDGER_CACHE_DIR)")
