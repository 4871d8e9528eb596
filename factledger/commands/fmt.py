"""``factledger fmt FILE...``: normalise ledger files in place, keeping comments and order."""

from __future__ import annotations

import argparse
import os

from factledger.commands import Outcome
from factledger.commands.shared import add_paths, ledger_paths


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("fmt", help="normalise ledger files (comments and order are kept)",
                            description="Normalise the layout of TOML ledger files in place: schema "
                            "line, one blank line between tables, no trailing spaces. Comments, key "
                            "order and values are kept; every write is atomic.")
    add_paths(parser)
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if any file would be reformatted")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Outcome:
    from factledger.ledger_edit import format_file
    from factledger.documents import ledger_files

    changed = []
    for given in ledger_paths(args.paths, "fmt"):
        for path in ledger_files(given):
            if os.path.splitext(path)[1] == ".toml" and format_file(path, check_only=args.check):
                changed.append(path.replace(os.sep, "/"))
    verb = "would reformat" if args.check else "reformatted"
    lines = "".join(f"{verb} {p}\n" for p in changed)
    status = 1 if args.check and changed else 0
    return Outcome(stderr=lines or "nothing to reformat\n", status=status)
