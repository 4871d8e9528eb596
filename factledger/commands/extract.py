"""``factledger extract ARTICLE``: propose draft ledger entries for every quantity in an article."""

from __future__ import annotations

import argparse

from factledger.commands import Outcome


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("extract", help="propose draft claims for every quantity in an article",
                            description="Read an article (plain text, Markdown or HTML) and propose "
                            "one draft claim per quantity mention, with its exact span, figure, "
                            "sentence and a DRAFT subject and measure for an editor to review.")
    parser.add_argument("article", metavar="ARTICLE", help="the article text file (UTF-8)")
    parser.add_argument("--source", default="", metavar="ID",
                        help="source id to record on every draft claim")
    parser.add_argument("--format", "--output-format", choices=("toml", "json"), default="toml",
                        help="output format on stdout (default: toml)")
    parser.add_argument("--append", metavar="LEDGER", help="append the drafts to this ledger TOML file "
                        "(atomic, comments kept) instead of printing them; a mention the ledger already "
                        "records (same figure and quote) is skipped")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Outcome:
    from factledger.extraction import drafts as drafts
    from factledger.article_file import read_article
    from factledger.extraction import extract

    claims = extract(read_article(args.article))
    if args.append:
        from factledger.ledger_edit import append_claims

        entries, left_out = drafts.entries(claims, args.source)
        written = append_claims(args.append, entries, comment="draft: review before use", skip_recorded=True)
        notes = "".join(f"{args.article}: {line}\n" for line in drafts.left_out_lines(left_out))
        skipped = len(entries) - len(written)
        already = (f"; skipped {skipped} already in the ledger (same figure and quote)" if skipped else "")
        return Outcome(stderr=f"appended {len(written)} draft claims to {args.append}{already}\n{notes}")
    if args.format == "json":
        return Outcome(stdout=drafts.to_json(claims))
    return Outcome(stdout=drafts.to_toml(claims, args.source))
