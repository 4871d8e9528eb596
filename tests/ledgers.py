"""Small ledgers written by tests, and a way to run the real ``factledger`` command on them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

#: Article text that tries to break out of every medium: a workflow command on a new
#: line, an already-encoded newline, HTML, an ANSI colour and a right-to-left override.
HOSTILE_QUOTE = ("12,000 troops\n::set-output name=x::y %0A <script>alert(1)</script> "
                 "\x1b[31mred\x1b[0m \u202eevil")

HOSTILE_TITLE = "<script>alert(1)</script> \x1b[31mtitle"


def toml_string(text: str) -> str:
    """A TOML basic string; JSON's escapes (\\n, \\uXXXX, \\", \\\\) are all valid TOML."""
    return json.dumps(text)


def ledger_text(article: str, total: str, pay: str = "$2,000 a month",
                troops_quote: str = "12,000 troops were deployed") -> str:
    """One article: 12,000 troops paid ``pay``, and a derived ``total`` = troops * pay."""
    return f"""[article]
id = "{article}"
title = {toml_string(HOSTILE_TITLE)}

[claims.troops]
figure = "12,000 troops"
unit = "troop"
quote = {toml_string(troops_quote)}

[claims.pay]
figure = "{pay}"
unit = "USD/troop"
quote = "each is paid {pay}"

[claims.total]
figure = "{total}"
derived = "troops * pay"
quote = "in all, {total}"
"""


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def hostile_ledger(directory: Path) -> Path:
    """A ledger with one error (FL101, on a claim whose quote is hostile) and one warning (FL201)."""
    write(directory, "hostile.toml", ledger_text("hostile", "$50M a month", troops_quote=HOSTILE_QUOTE))
    write(directory, "dropped.toml", ledger_text("dropped", "$24M"))
    return directory


def clean_ledger(directory: Path) -> Path:
    return write(directory, "clean.toml", ledger_text("clean", "$24M a month"))


def warning_ledger(directory: Path) -> Path:
    return write(directory, "dropped.toml", ledger_text("dropped", "$24M"))


def run_cli(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m factledger`` as a user would, with a clean CI-free environment."""
    base = {k: v for k, v in os.environ.items()
            if k not in ("NO_COLOR", "FORCE_COLOR", "FACTLEDGER_OUTPUT_FORMAT", "GITHUB_STEP_SUMMARY")}
    return subprocess.run([sys.executable, "-m", "factledger", *args], cwd=cwd, env={**base, **(env or {})},
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
