"""``factledger errata [PATHS...]``: the report editors read to decide what to correct."""

from __future__ import annotations

import argparse

from factledger.commands import Outcome
from factledger.commands.shared import add_no_cache, add_paths, add_waivers, report_outcome, verified
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

    ledger, result, waived = verified(args, "errata")
    # Findings an editor accepted leave the problems, and are listed apart with the reason.
    report = errata.render(result, format=args.format, accepted=waived.waived)
    return report_outcome(args, report, ledger, waived)
