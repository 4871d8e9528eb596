"""``factledger errata [PATHS...]``: the report editors read to decide what to correct."""

from __future__ import annotations

import argparse

from factledger.commands import Outcome
from factledger.commands.shared import add_no_cache, files_read
from factledger.errata import FORMATS


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("errata", help="write the errata report for editors (Markdown or HTML)",
                            description="Write a report for editors: each problem with the sentence it "
                            "is in, what is wrong, how it was checked, where the figures come from, and "
                            "a suggested correction; then what was found consistent and what could not "
                            "be checked. The exit status is 0 whenever the report is written.")
    parser.add_argument("paths", nargs="*", default=["ledger"], metavar="PATH",
                        help="ledger files or directories (default: ledger)")
    parser.add_argument("--format", "--output-format", choices=FORMATS, default="markdown",
                        help="markdown (default), or html: one self-contained page")
    parser.add_argument("-o", "--output", "--output-file", metavar="FILE",
                        help="write the report to FILE instead of stdout")
    add_no_cache(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Outcome:
    from factledger import errata
    from factledger.engine import verify  # imported here so other commands start without it
    from factledger.store import load_many

    ledger = load_many(args.paths, cache=not args.no_cache)
    report = errata.render(verify(ledger), format=args.format)
    if args.output:
        return Outcome(files=((args.output, report),), read=files_read(ledger))
    return Outcome(stdout=report)
