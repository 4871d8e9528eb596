"""Subcommands of the ``factledger`` command; ``cli.py`` prints what they return."""

from __future__ import annotations

import attrs


@attrs.frozen
class Outcome:
    """What a command produced: text for stdout and stderr, files to write, and a status."""

    stdout: str = ""
    stderr: str = ""
    status: int = 0
    files: tuple[tuple[str, str], ...] = ()


from factledger.commands import errata, export, fmt, rule, verify  # noqa: E402

COMMANDS = (verify, errata, export, rule, fmt)
