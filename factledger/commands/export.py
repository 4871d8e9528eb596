"""``factledger export --claimreview [PATHS...]``: findings as schema.org ClaimReview JSON-LD."""

from __future__ import annotations

import argparse
import datetime as dt

from factledger.commands import Outcome
from factledger.commands.shared import (add_no_cache, add_paths, add_waivers, files_read, ledger_paths,
                                        waiver_file, waiver_notes, waivers_from)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("export", help="export findings for other tools (ClaimReview JSON-LD)",
                            description="Export every finding as structured data. --claimreview writes "
                            "a JSON array of schema.org ClaimReview objects, one per finding.")
    kind = parser.add_mutually_exclusive_group(required=True)
    kind.add_argument("--claimreview", action="store_true", help="schema.org ClaimReview JSON-LD")
    add_paths(parser)
    parser.add_argument("-o", "--output", "--output-file", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument("--publisher", default="", metavar="NAME",
                        help="the organisation publishing the fact checks (default: each article's publisher)")
    parser.add_argument("--site", default="", metavar="URL",
                        help="the page that publishes the fact checks (default: the article's url)")
    parser.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                        help="the date the fact checks are published (default: today)")
    add_waivers(parser)
    add_no_cache(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Outcome:
    from factledger.engine import verify
    from factledger.errata import claimreview
    from factledger.store import load_many
    from factledger.waivers import apply_waivers

    waivers = waivers_from(args.waivers)
    ledger = load_many(ledger_paths(args.paths, "export"), cache=not args.no_cache)
    # A finding an editor accepted is not published as a fact check.
    result, waived = apply_waivers(verify(ledger), waivers, dt.date.today())
    text = claimreview.render(result, publisher=args.publisher, reviewed_on=args.date, site=args.site)
    notes = waiver_notes(waived)
    if args.output:
        return Outcome(files=((args.output, text),), stderr=notes, read=files_read(ledger, waiver_file(args.waivers)))
    return Outcome(stdout=text, stderr=notes)
