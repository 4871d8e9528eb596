"""Importing factledger is cheap: heavy libraries load only when needed."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("pint", "numpy", "tomlkit", "jinja2")


def _loaded_after(code: str) -> list[str]:
    probe = f"{code}; import sys; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return out.stdout.split()


@pytest.mark.parametrize("code", [
    "import factledger",
    "import factledger.cli",
    "from factledger import load, verify, Interval, compile_unit",
])
def test_import_loads_no_heavy_library(code):
    """Neither the package nor the CLI module imports pint, numpy, tomlkit or jinja2."""
    assert _loaded_after(code) == []


def test_every_public_name_resolves():
    """Each name in __all__ is importable from the package, though imported lazily."""
    import factledger

    missing = [name for name in factledger.__all__ if not hasattr(factledger, name)]
    assert missing == []


def test_unknown_attribute_is_an_attribute_error():
    """A name the package does not have raises AttributeError naming it."""
    import factledger

    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        factledger.nonsense  # noqa: B018
