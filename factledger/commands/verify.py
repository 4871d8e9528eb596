"""``factledger verify [PATHS...]``: check ledgers, report findings, exit by severity."""

from __future__ import annotations

import argparse
import os
import sys

from factledger.commands import Outcome

FAIL_LEVELS = ("error", "warning", "info")


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("verify", help="check ledger files and report findings",
                            description="Check ledger files (or directories of them) and report "
                            "every finding with its evidence.")
    parser.add_argument("paths", nargs="*", default=["ledger"], metavar="PATH",
                        help="ledger files or directories (default: ledger)")
    from factledger.formats import FORMATS

    parser.add_argument("--output-format", choices=sorted(FORMATS),
                        default=os.environ.get("FACTLEDGER_OUTPUT_FORMAT") or "text",
                        help="output format (default: text; or $FACTLEDGER_OUTPUT_FORMAT)")
    parser.add_argument("--output-file", metavar="FILE", help="write the report to FILE instead of stdout")
    parser.add_argument("--fail-on", choices=FAIL_LEVELS, default="warning",
                        help="lowest severity that makes the exit status 1 (default: warning)")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    parser.add_argument("--select", action="append", default=[], metavar="CODE",
                        help="report only these rule codes or prefixes (repeatable, comma-separated)")
    parser.add_argument("--ignore", action="append", default=[], metavar="CODE",
                        help="do not report these rule codes or prefixes (repeatable, comma-separated)")
    parser.add_argument("--quiet", action="store_true", help="print findings only, no summary")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour the text output (default: auto; honours NO_COLOR and FORCE_COLOR)")
    parser.add_argument("--show-consistent", action="store_true",
                        help="also list every check that passed, with its verdict")
    parser.add_argument("--coverage", metavar="ARTICLE",
                        help="report how many quantity mentions of ARTICLE the ledger records and "
                        "checks, and list the unrecorded ones, instead of the findings")
    parser.set_defaults(run=run)


def _codes(values: list[str]) -> tuple[str, ...]:
    return tuple(code.strip().upper() for value in values for code in value.split(",") if code.strip())


def use_color(choice: str, stream=None) -> bool:
    if choice == "never":
        return False
    if choice == "always":
        return True
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    stream = stream or sys.stdout
    return hasattr(stream, "isatty") and stream.isatty()


def run(args: argparse.Namespace) -> Outcome:
    from factledger.engine import Settings, verify
    from factledger.findings import Severity
    from factledger.formats import FORMATS, RenderOptions
    from factledger.store import load_many

    ledger = load_many(args.paths)
    settings = Settings(select=_codes(args.select), ignore=_codes(args.ignore))
    result = verify(ledger, settings)
    if args.coverage:
        return _coverage_outcome(args.coverage, ledger, result)
    options = RenderOptions(
        color=use_color(args.color) and not args.output_file and args.output_format == "text",
        quiet=args.quiet, show_consistent=args.show_consistent)
    report = FORMATS[args.output_format](result, options)
    fail_on = Severity.named(args.fail_on)
    failing = result.at_or_above(fail_on)
    status = 0 if args.exit_zero or not failing else 1
    if args.output_file:
        return Outcome(status=status, files=((args.output_file, report),))
    return Outcome(stdout=report, status=status)


def _coverage_outcome(article: str, ledger, result) -> Outcome:
    from factledger.article_file import read_article
    from factledger.mention_coverage import mention_coverage, render

    coverage = mention_coverage(read_article(article), ledger.claims.values(), result)
    return Outcome(stdout=render(coverage, article))
