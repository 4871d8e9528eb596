"""``factledger export --claimreview [PATHS...]``: findings as schema.org ClaimReview JSON-LD."""

from __future__ import annotations

import argparse
import datetime as dt

from factledger.commands import Outcome
from factledger.commands.shared import add_no_cache, add_paths, add_waivers, report_outcome, verified


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _site(text: str) -> str:
    # An address the review could not link to was left out without a word, and every review
    # then pointed at the page it is embedded in.
    from factledger.formats.escape import url

    if text and not url(text):  # "" is the default: argparse passes defaults through the type too
        raise argparse.ArgumentTypeError(f"expected an http:// or https:// address, got {text!r}")
    return text


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("export", help="export findings for other tools (ClaimReview JSON-LD)",
                            description="Export every finding about the article as structured data. --claimreview "
                            "writes a JSON array of schema.org ClaimReview objects, one per finding; "
                            "slips in the ledger (a quote, a draft, a derivation) are left out.")
    kind = parser.add_mutually_exclusive_group(required=True)
    kind.add_argument("--claimreview", action="store_true", help="schema.org ClaimReview JSON-LD")
    add_paths(parser)
    parser.add_argument("-o", "--output", "--output-file", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument("--publisher", default="", metavar="NAME",
                        help="the organisation publishing the fact checks (default: each article's publisher)")
    parser.add_argument("--site", default="", metavar="URL", type=_site,
                        help="the page that publishes the fact checks (default: the article's url)")
    parser.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                        help="the date the fact checks are published (default: today)")
    add_waivers(parser)
    add_no_cache(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Outcome:
    from factledger.errata import claimreview

    ledger, result, waived = verified(args, "export")  # an accepted finding is not published as a fact check
    text = claimreview.render(result, publisher=args.publisher, reviewed_on=args.date, site=args.site)
    return report_outcome(args, text, ledger, waived)
