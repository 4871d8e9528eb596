"""Subcommands of the ``factledger`` command; ``cli.py`` prints what they return."""

from __future__ import annotations

import attrs


@attrs.frozen
class Outcome:
    """What a command produced: text for stdout and stderr, files to write, and a status.

    ``files`` are (path, text) pairs that replace the file atomically; ``appends`` are
    (path, text) pairs added to the end of a file another program owns, such as
    ``$GITHUB_STEP_SUMMARY``, in one write.
    """

    stdout: str = ""
    stderr: str = ""
    status: int = 0
    files: tuple[tuple[str, str], ...] = ()
    appends: tuple[tuple[str, str], ...] = ()


from factledger.commands import errata, export, extract, fmt, rule, verify  # noqa: E402

COMMANDS = (verify, errata, export, extract, rule, fmt)
