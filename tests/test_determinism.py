"""The same ledger gives byte-identical reports, whatever the hash seed or the order files were made in."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from hostile import write_hostile_ledger

SEEDS = ("0", "1", "2", "random")


def _copy(source: Path, target: Path, reverse: bool) -> None:
    """Copy a ledger directory, creating its files in sorted or reverse-sorted order."""
    files = sorted(p for p in source.rglob("*") if p.is_file())
    for path in reversed(files) if reverse else files:
        destination = target / path.relative_to(source)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)


@pytest.fixture(scope="module")
def ledgers(tmp_path_factory) -> list[Path]:
    """Two copies of the example ledger plus a hostile file, made in opposite orders."""
    copies = []
    for reverse in (False, True):
        work = tmp_path_factory.mktemp("reverse" if reverse else "sorted")
        _copy(ROOT / "ledger", work / "ledger", reverse)
        write_hostile_ledger(work / "ledger")
        copies.append(work)
    return copies


def _report(cwd: Path, seed: str, output_format: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-m", "factledger", "verify", "ledger", "--show-consistent",
                           "--output-format", output_format], cwd=cwd, capture_output=True, env=env, timeout=120)
    assert done.returncode == 1 and done.stderr == b""
    return done.stdout


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_reports_are_byte_identical(ledgers, output_format):
    """Across PYTHONHASHSEED 0, 1, 2, random and two file-creation orders, one report."""
    reports = {(str(cwd), seed): _report(cwd, seed, output_format) for cwd in ledgers for seed in SEEDS}
    assert len(set(reports.values())) == 1
    assert len(next(iter(reports.values()))) > 1000
