"""``factledger verify [PATHS...]``: check ledgers, report findings, exit by severity."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

from typing import TYPE_CHECKING

from factledger.commands import Outcome
from factledger.commands.shared import (add_no_cache, add_paths, add_waivers, files_read, ledger_paths,
                                        waiver_file, waiver_notes, waivers_from)
from factledger.errors import FactledgerError
from factledger.formats import FORMATS, RenderOptions

if TYPE_CHECKING:
    from factledger.findings import Result, Severity
    from factledger.ledger import Ledger
    from factledger.provenance import Article
    from factledger.waivers import WaiverReport

FAIL_LEVELS = ("error", "warning", "info")
FORMAT_VARIABLE = "FACTLEDGER_OUTPUT_FORMAT"
#: formats whose own output carries waiver problems; the others get them on stderr
_SHOWS_WAIVERS = ("text", "json", "github")


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("verify", help="check ledger files and report findings",
                            description="Check ledger files (or directories of them) and report "
                            "every finding with its evidence.")
    add_paths(parser)
    parser.add_argument("--output-format", choices=sorted(FORMATS), default=None,
                        help=f"output format (default: ${FORMAT_VARIABLE}, or text)")
    parser.add_argument("-o", "--output-file", metavar="FILE", help="write the report to FILE instead of stdout")
    parser.add_argument("--fail-on", choices=FAIL_LEVELS, default="warning",
                        help="lowest severity that makes the exit status 1 (default: warning)")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    parser.add_argument("--select", action="append", default=[], metavar="CODE",
                        help="report only these rule codes or prefixes (repeatable, comma-separated)")
    parser.add_argument("--ignore", action="append", default=[], metavar="CODE",
                        help="do not report these rule codes or prefixes (repeatable, comma-separated)")
    add_waivers(parser)
    parser.add_argument("--quiet", action="store_true", help="print findings only, no summary")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour the text output (default: auto; honours NO_COLOR and FORCE_COLOR)")
    parser.add_argument("--show-consistent", action="store_true",
                        help="also list every check that passed, with its verdict")
    add_no_cache(parser)
    parser.add_argument("--coverage", metavar="ARTICLE",
                        help="report how many quantity mentions of ARTICLE the ledger records and "
                        "checks, and list the unrecorded ones, instead of the findings")
    parser.set_defaults(run=run)


def _codes(values: list[str]) -> tuple[str, ...]:
    return tuple(code.strip().upper() for value in values for code in value.split(",") if code.strip())


def use_color(choice: str, stream=None) -> bool:
    """``--color`` wins; then ``NO_COLOR`` (no-color.org), then ``FORCE_COLOR``, then a terminal."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    stream = stream or sys.stdout
    return hasattr(stream, "isatty") and stream.isatty()


def output_format(given: str | None) -> str:
    """The format asked for on the command line, else in the environment, else text."""
    chosen = given or os.environ.get(FORMAT_VARIABLE) or "text"
    if chosen not in FORMATS:
        raise FactledgerError(f"{FORMAT_VARIABLE}={chosen!r} is not an output format; "
                              f"choose one of {', '.join(sorted(FORMATS))}")
    return chosen


def exit_status(result: Result, waivers: WaiverReport, fail_on: Severity, exit_zero: bool) -> int:
    """1 when a finding reaches ``fail_on``, or a waiver expired and warnings fail; else 0."""
    from factledger.findings import Severity

    expired_fails = bool(waivers.expired) and fail_on <= Severity.WARNING
    return 0 if exit_zero or not (result.at_or_above(fail_on) or expired_fails) else 1


def run(args: argparse.Namespace) -> Outcome:
    # Imported here so that other commands (extract) start without the engine.
    from factledger.engine import Settings, verify
    from factledger.findings import Severity
    from factledger.store import load_many
    from factledger.waivers import apply_waivers

    if args.coverage and args.output_format not in (None, "text"):
        raise FactledgerError(f"--coverage reports as text only; leave out --output-format {args.output_format}")
    # The environment's format is for the findings report; a coverage report is text whatever it says.
    chosen = "text" if args.coverage else output_format(args.output_format)
    waivers = waivers_from(args.waivers)
    ledger = load_many(ledger_paths(args.paths, "verify"), cache=not args.no_cache)
    settings = Settings(select=_codes(args.select), ignore=_codes(args.ignore))
    found = verify(ledger, settings)
    result, waiver_report = apply_waivers(found, waivers, dt.date.today(), settings)
    fail_on = Severity.named(args.fail_on)
    status = exit_status(result, waiver_report, fail_on, args.exit_zero)
    read = files_read(ledger, waiver_file(args.waivers))
    if args.coverage:
        # The exit status stays the findings', so a CI step that adds --coverage still fails on them.
        report = _coverage_report(args.coverage, ledger, found)
        files = ((args.output_file, report),) if args.output_file else ()
        return Outcome(stdout="" if args.output_file else report, stderr=waiver_notes(waiver_report),
                       status=status, files=files, read=read)
    options = RenderOptions(
        color=use_color(args.color) and not args.output_file and chosen == "text",
        quiet=args.quiet, show_consistent=args.show_consistent, fail_on=fail_on, waivers=waiver_report)
    report = FORMATS[chosen](result, options)
    files = ((args.output_file, report),) if args.output_file else ()
    return Outcome(stdout="" if args.output_file else report, stderr=_waiver_notes(chosen, waiver_report),
                   status=status, files=files, appends=_summaries(chosen, result, options), read=read)


def _waiver_notes(chosen: str, report: WaiverReport) -> str:
    return "" if chosen in _SHOWS_WAIVERS else waiver_notes(report)


def _summaries(chosen: str, result: Result, options: RenderOptions) -> tuple[tuple[str, str], ...]:
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if chosen != "github" or not summary_file:
        return ()
    from factledger.formats import step_summary

    return ((summary_file, step_summary(result, options)),)


def _coverage_report(article: str, ledger: Ledger, result: Result) -> str:
    from factledger.article_file import read_article
    from factledger.mention_coverage import claims_about, mention_coverage, render

    named_by = ledger.articles.get(article) if not os.path.exists(article) else None
    article = _article_text(article, ledger)
    text = read_article(article)
    _refuse_a_ledger_file(article, text, ledger, named_by)
    coverage = mention_coverage(text, claims_about(article, ledger), result)
    return render(coverage, article)


def _refuse_a_ledger_file(path: str, text: str, ledger: Ledger, named_by: Article | None = None) -> None:
    """A ledger given to ``--coverage`` would be counted as prose: its TOML lines as "mentions".

    ``named_by`` is the article whose id was given: its ``text`` is what names the ledger, and
    giving the id again would not help.
    """
    from factledger.article_file import ledger_article_id
    from factledger.locations import Location

    article_id = ledger_article_id(text, path)
    if article_id is None:
        return
    known = ledger.articles.get(article_id)
    if named_by is None and known is not None and known.text_path and _names(known, path):
        named_by = known  # the file named is the ledger's own text: its id would lead back here
    if named_by is not None:
        raise FactledgerError(f"article {named_by.id!r} gives a ledger file as its text (text = "
                              f"{named_by.text_path!r}), not the article's text; point text at the file of the "
                              f"article's text", named_by.location)
    if known is not None and known.text_path:
        instead = f"or its article id: --coverage {article_id}"
    else:
        instead = "or the id of an article whose [article] table names its text"
    raise FactledgerError(f"this is a ledger file, not an article's text; --coverage takes the article's text "
                          f"file, {instead}", Location(path))  # the whole file, no line of it


def _names(article: Article, path: str) -> bool:
    """Whether ``article``'s ``text`` is the file at ``path``."""
    text = os.path.join(os.path.dirname(article.location.path), article.text_path)
    try:
        return os.path.samefile(text, path)
    except OSError:
        return False


def _article_text(article: str, ledger: Ledger) -> str:
    """``--coverage`` takes the article's text file, or the id of an article whose ``text`` names one."""
    from factledger.locations import Location

    if os.path.exists(article):
        return article
    known = ledger.articles.get(article)
    if known is None:
        raise FactledgerError("no such article text file, and no article of the ledger has that id",
                              Location(article))
    if not known.text_path:
        raise FactledgerError(f"article {article!r} ({known.location}) has no 'text' file to count the "
                              f"mentions of; give the path of its text instead")
    return os.path.join(os.path.dirname(known.location.path), known.text_path)
