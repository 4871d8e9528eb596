"""Shared fixtures: the repository root, a way to write small ledgers, the benchmarks' generator."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def write_ledger(tmp_path: Path):
    """Write TOML text to a ledger file in a temporary directory and return its path."""

    def write(text: str, name: str = "article.toml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


def _bench_module(name: str):
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(ROOT / "bench"))


@pytest.fixture(scope="session")
def bench_module():
    """Import a module of ``bench/`` by name (the benchmarks are scripts, not a package)."""
    return _bench_module


@pytest.fixture(scope="session")
def generator():
    """``bench/generate.py``, which writes the synthetic ledgers the benchmarks time."""
    return _bench_module("generate")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/* from the current output instead of comparing with it "
                          "(or set FACTLEDGER_UPDATE_GOLDEN=1)")


@pytest.fixture
def golden(request: pytest.FixtureRequest):
    """Compare text with ``tests/golden/NAME``, or rewrite that file when asked to update."""
    import os

    update = request.config.getoption("--update-golden") or os.environ.get("FACTLEDGER_UPDATE_GOLDEN") == "1"

    def check(name: str, text: str) -> None:
        path = ROOT / "tests" / "golden" / name
        if update:
            path.write_text(text, encoding="utf-8")
            return
        assert path.exists(), f"tests/golden/{name} is missing; run 'python -m pytest --update-golden'"
        assert text == path.read_text(encoding="utf-8"), (
            f"{name} differs from tests/golden/{name}; if the change is intended, run "
            f"'python -m pytest --update-golden' and review the diff")

    return check


@pytest.fixture(scope="session", autouse=True)
def _cache_key_outside_home(tmp_path_factory: pytest.TempPathFactory):
    """The parse cache signs its entries with a key kept in the user's cache directory: the suite
    (and the commands it runs) keeps its own there, never touching the home directory's."""
    import os

    saved = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("user-cache"))
    yield
    if saved is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = saved
