"""Golden files: compare output with a file in tests/golden/, or rewrite it.

Set ``FACTLEDGER_UPDATE_GOLDEN=1`` to rewrite the golden files from the current output,
then review the diff like any other change.
"""

from __future__ import annotations

import os
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden"


def assert_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("FACTLEDGER_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs from the golden file; see tests/golden_files.py"
