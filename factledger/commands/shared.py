"""Options that several subcommands take, worded once."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factledger.commands import Outcome
    from factledger.findings import Result
    from factledger.ledger import Ledger
    from factledger.waivers import Waiver, WaiverReport


DEFAULT_LEDGER = "ledger"


def add_paths(parser: argparse.ArgumentParser) -> None:
    """``PATH ...``: the ledger files or directories a command reads; ``ledger`` when none is given."""
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help=f"ledger files or directories (default: {DEFAULT_LEDGER})")


def ledger_paths(given: list[str], command: str) -> list[str]:
    """The paths given, or the default ``ledger`` directory, which must then exist."""
    if given:
        return given
    if not os.path.exists(DEFAULT_LEDGER):
        from factledger.errors import FactledgerError

        raise FactledgerError(f"no {DEFAULT_LEDGER}/ directory here to check; give the ledger files or "
                              f"directories: factledger {command} PATH ...")
    return [DEFAULT_LEDGER]


def add_no_cache(parser: argparse.ArgumentParser) -> None:
    """``--no-cache``: every command that loads a ledger reads it through the parse cache unless told not to."""
    parser.add_argument("--no-cache", action="store_true",
                        help="read every ledger file afresh, without the parse cache in .factledger-cache/ "
                        "(or $FACTLEDGER_CACHE_DIR)")


def add_waivers(parser: argparse.ArgumentParser) -> None:
    """``--waivers FILE``: every command that reports findings honours the same accepted ones."""
    parser.add_argument("--waivers", metavar="FILE",
                        help="accepted findings, with reasons (default: factledger-waivers.toml if present)")


def waiver_file(given: str | None) -> str | None:
    """The waiver file a command reads: the one given, else the default one if it exists."""
    from factledger.waivers import DEFAULT_WAIVER_FILE

    return given or (DEFAULT_WAIVER_FILE if os.path.isfile(DEFAULT_WAIVER_FILE) else None)


def waivers_from(given: str | None) -> tuple[Waiver, ...]:
    from factledger.waivers import load_waivers

    path = waiver_file(given)
    return load_waivers(path) if path else ()


def waiver_notes(report: WaiverReport) -> str:
    """Expired and unused waivers, a line each, for standard error."""
    from factledger.formats.text import waiver_lines

    return "".join(line + "\n" for line in waiver_lines(report))


def verified(args: argparse.Namespace, command: str) -> tuple[Ledger, Result, WaiverReport]:
    """The ledger a report command names, verified, with the findings its waivers accept taken out.

    ``errata`` and ``export`` report to people outside the ledger: a finding an editor
    accepted is neither a problem to correct nor a fact check to publish.
    """
    import datetime as dt

    from factledger.engine import verify  # imported here so other commands start without it
    from factledger.store import load_many
    from factledger.waivers import apply_waivers

    waivers = waivers_from(args.waivers)
    ledger = load_many(ledger_paths(args.paths, command), cache=not args.no_cache)
    result, report = apply_waivers(verify(ledger), waivers, dt.date.today())
    return ledger, result, report


def report_outcome(args: argparse.Namespace, text: str, ledger: Ledger, waivers: WaiverReport) -> Outcome:
    """The report to ``-o`` (never over a file it was made from) or stdout; waiver notes on stderr."""
    from factledger.commands import Outcome

    notes = waiver_notes(waivers)
    if args.output:
        return Outcome(files=((args.output, text),), stderr=notes,
                       read=files_read(ledger, waiver_file(args.waivers)))
    return Outcome(stdout=text, stderr=notes)


def files_read(ledger: Ledger, *more: str | None) -> tuple[str, ...]:
    """The files a command read to make its output: ledger files, article texts, and ``more``.

    A report written with ``-o`` must never replace one of them: a slip of the
    keyboard (``-o ledger/a.toml`` for ``-o a.txt``) would put the report where the
    user's ledger was.
    """
    texts = (os.path.join(os.path.dirname(article.location.path), article.text_path)
             for article in ledger.articles.values() if article.text_path and article.location.path)
    return (*ledger.files, *texts, *(path for path in more if path))
