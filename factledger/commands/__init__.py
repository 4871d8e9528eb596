"""Subcommands of the ``factledger`` command; ``cli.py`` prints what they return."""

from __future__ import annotations

import importlib
from types import ModuleType

from factledger.records import record


@record
class Outcome:
    """What a command produced: text for stdout and stderr, files to write, and a status.

    ``files`` are (path, text) pairs that replace the file atomically; ``appends`` are
    (path, text) pairs added to the end of a file another program owns, such as
    ``$GITHUB_STEP_SUMMARY``, in one write. ``read`` names the files the command read
    (ledger files, article texts, the waiver file): none of them is ever replaced.
    """

    stdout: str = ""
    stderr: str = ""
    status: int = 0
    files: tuple[tuple[str, str], ...] = ()
    appends: tuple[tuple[str, str], ...] = ()
    read: tuple[str, ...] = ()


#: The subcommands, in the order ``factledger --help`` lists them. Each is the module of that
#: name in this package, with ``add_parser(subparsers)``; the command line imports only the
#: one it runs (:func:`command`).
NAMES = ("verify", "errata", "export", "extract", "rule", "fmt")


def command(name: str) -> ModuleType:
    """The module of subcommand ``name`` (one of :data:`NAMES`)."""
    return importlib.import_module(f"factledger.commands.{name}")
