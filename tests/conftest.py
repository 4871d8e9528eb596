"""Shared fixtures: the repository root and a way to write small ledgers."""

from __future__ import annotations

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
