"""``factledger errata [PATHS...]``: the report editors read to decide what to correct."""

from __future__ import annotations

import argparse
import datetime as dt

from factledger.commands import Outcome
from factledger.commands.shared import (add_no_cache, add_paths, add_waivers, files_read, ledger_paths,
                                        waiver_file, waiver_notes, waivers_from)
from factledger.errata import FORMATS


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("errata", help="write the errata report for editors (Markdown or HTML)",
                            description="Write a report for editors: each problem with the sentence it "
                            "is in, what is wrong, how it was checked, where the figures come from, and "
                            "a suggested correction; then what was found consistent and what could not "
                            "be checked. The exit status is 0 whenever the report is written.")
    add_paths(parser)
    parser.add_argument("--format", "--output-format", choices=FORMATS, default="markdown",
                        help="markdown (default), or html: one self-contained page")
    parser.add_argument("-o", "--output", "--output-file", metavar="FILE",
                        help="write the report to FILE instead of stdout")
    add_waivers(parser)
    add_no_cache(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Outcome:
    from factledger import errata
    from factledger.engine import verify  # imported here so other commands start without it
    from factledger.store import load_many
    from factledger.waivers import apply_waivers

    waivers = waivers_from(args.waivers)
    ledger = load_many(ledger_paths(args.paths, "errata"), cache=not args.no_cache)
    # Findings an editor accepted leave the problems, and are listed apart with the reason.
    result, waived = apply_waivers(verify(ledger), waivers, dt.date.today())
    report = errata.render(result, format=args.format, accepted=waived.waived)
    notes = waiver_notes(waived)
    if args.output:
        return Outcome(files=((args.output, report),), stderr=notes,
                       read=files_read(ledger, waiver_file(args.waivers)))
    return Outcome(stdout=report, stderr=notes)
