"""docs/api.md lists every public name, and every public name explains itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import factledger

API = (Path(__file__).resolve().parent.parent / "docs" / "api.md").read_text("utf-8")
NAMES = [n for n in factledger.__all__ if n != "__version__"]


@pytest.mark.parametrize("name", NAMES)
def test_public_name_is_documented(name):
    assert re.search(rf"`{re.escape(name)}[`(]", API), f"{name} is missing from docs/api.md"
    assert (getattr(factledger, name).__doc__ or "").strip(), f"{name} has no docstring"
