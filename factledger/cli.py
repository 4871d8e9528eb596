"""The ``factledger`` command: argparse, ``main(argv) -> int``.

This is the only module that prints or decides an exit status. Each
subcommand lives in ``factledger/commands/`` and returns an
:class:`~factledger.commands.Outcome` (text for stdout and stderr, and a
status); ``main`` writes it out.

Exit status: 0 nothing at or above ``--fail-on``; 1 findings; 2 usage error,
unreadable input, or an internal error.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from typing import Sequence

from factledger._version import __version__
from factledger.commands import NAMES, Outcome, command
from factledger.errors import FactledgerError
from factledger.formats.escape import terminal

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(f"{self.prog}: {message}")


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, told the terminal's width without importing ``shutil``.

    argparse makes a formatter for every argument it adds, to check its
    metavar, and the first one imports ``shutil`` (and the compression modules
    ``shutil`` imports) to ask the width: about 3 ms of a 100 ms ``verify``.
    """

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


def _columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size()`` gives it: ``$COLUMNS``, the terminal, or 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _UsageError(Exception):
    pass


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command's parser; with ``only`` naming a subcommand, that subcommand's alone.

    A run names its subcommand first (``factledger verify ...``), and making
    the other five parsers, with the imports their modules need, cost a few
    milliseconds of a 100-claim verify. The subcommand's own help, usage and
    errors are the same either way; anything else (``--help``, ``--version``,
    a misspelt command) gets the whole parser.
    """
    parser = _Parser(prog="factledger", description="Keep published numbers honest: verify a ledger "
                     "of an article's quantitative claims.")
    parser.add_argument("--version", action="version", version=f"factledger {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in (only,) if only in NAMES else NAMES:
        command(name).add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(args_list[0] if args_list else None)
    try:
        args = parser.parse_args(args_list)
        if args.command is None:
            parser.print_help(sys.stdout)
            return EXIT_ERROR
        outcome: Outcome = args.run(args)
    except _UsageError as error:
        print(f"{error}\nTry 'factledger --help'.", file=sys.stderr)
        return EXIT_ERROR
    except FactledgerError as error:
        print(f"factledger: error: {_one_line(str(error))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("factledger: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # the promise is one line, never a traceback
        if os.environ.get("FACTLEDGER_DEBUG"):
            raise
        print(f"factledger: internal error: {type(error).__name__}: {_one_line(str(error))} "
              f"(set FACTLEDGER_DEBUG=1 for details, and please report it)", file=sys.stderr)
        return EXIT_ERROR
    return _emit(outcome)


def run() -> None:
    """The ``factledger`` command: :func:`main`, then exit without tearing down the heap.

    At exit Python frees every object one by one; after verifying 100,000 claims
    that took most of a second, after the report was already written. The
    output is flushed first, then the process ends and the system frees its
    memory at once (as mypy does). Nothing of factledger's runs at exit.
    """
    status = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader went away (``| head``): nothing left to say
        pass
    except OSError as error:
        with contextlib.suppress(OSError):
            os.write(2, f"factledger: error: cannot write the output: {error.strerror or error}\n".encode())
        status = EXIT_ERROR
    os._exit(status)


def _emit(outcome: Outcome) -> int:
    # -o names the files; $GITHUB_STEP_SUMMARY, set by the environment, the appends
    for targets, what in ((outcome.files, "the output was not written there (give -o another file)"),
                          (outcome.appends, "the summary was not added to it (point GITHUB_STEP_SUMMARY at "
                                            "another file)")):
        for path, _ in targets:
            if any(_same_file(path, read) for read in outcome.read):
                print(f"factledger: error: {terminal(path)} is one of the files this run read; {what}",
                      file=sys.stderr)
                return EXIT_ERROR
    writes = [(path, text, _replace) for path, text in outcome.files]
    writes += [(path, text, _append) for path, text in outcome.appends]
    for path, text, write in writes:
        try:
            write(path, text)
        except OSError as error:
            print(f"factledger: error: cannot write {path}: {error.strerror or error}", file=sys.stderr)
            return EXIT_ERROR
    try:
        if outcome.stdout:
            sys.stdout.write(outcome.stdout)
        if outcome.stderr:
            sys.stderr.write(outcome.stderr)
    except BrokenPipeError:  # the reader went away (``| head``) before the report was written: the run stands
        pass
    return outcome.status


def _same_file(one: str, other: str) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:  # either is missing: nothing to overwrite
        return False


def _replace(path: str, text: str) -> None:
    from factledger.safe_write import write_text_atomic  # most commands write no file

    write_text_atomic(path, text)


def _append(path: str, text: str) -> None:
    # One write in append mode: other steps of a CI job append to the same file, and
    # O_APPEND keeps each write whole.
    with open(path, "a", encoding="utf-8", newline="") as handle:
        handle.write(text)


def _one_line(text: str) -> str:
    # File names and values in a message may come from anywhere: escape them for the terminal.
    line = terminal(" ".join(text.split()))
    return line if len(line) <= 500 else line[:497] + "..."


if __name__ == "__main__":  # pragma: no cover
    run()
