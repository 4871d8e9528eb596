"""Bad input that cannot live in the repository: made at run time in a temporary directory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

VALID = '[article]\nid = "a"\n\n[claims.x]\nfigure = "12,000 troops"\n'


def verify(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factledger", "verify", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120, env={**os.environ, "NO_COLOR": "1"})


def test_hundred_megabyte_file_is_refused_without_reading_it(tmp_path):
    """A 100 MB file is refused by size, in one line, before it is read."""
    with open(tmp_path / "huge.toml", "wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    done = verify(tmp_path, "huge.toml")
    assert (done.returncode, done.stderr) == (
        2, "factledger: error: huge.toml: file is 105 MB; a ledger file is at most 20 MB\n")


def test_symlink_loop_in_directory_is_walked_once(tmp_path):
    """A directory link that points back up is not followed twice; the ledger loads."""
    (tmp_path / "ledger" / "sub").mkdir(parents=True)
    (tmp_path / "ledger" / "a.toml").write_text(VALID)
    os.symlink("..", tmp_path / "ledger" / "sub" / "up")
    done = verify(tmp_path, "ledger")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.endswith("in 1 file: 0 checks, 0 consistent; 0 of 1 claims checked.\n")


def test_file_symlink_loop_is_an_error_naming_the_file(tmp_path):
    """Two ledger-file links pointing at each other give one line naming the file, at no line of it."""
    (tmp_path / "ledger").mkdir()
    (tmp_path / "ledger" / "a.toml").write_text(VALID)
    os.symlink("c.toml", tmp_path / "ledger" / "b.toml")
    os.symlink("b.toml", tmp_path / "ledger" / "c.toml")
    done = verify(tmp_path, "ledger")
    assert (done.returncode, done.stderr) == (
        2, "factledger: error: ledger/b.toml: cannot read file: Too many levels of symbolic links\n")


def test_looping_symlink_given_directly(tmp_path):
    """A path that is a link to itself is named as such."""
    os.symlink("self.toml", tmp_path / "self.toml")
    done = verify(tmp_path, "self.toml")
    assert (done.returncode, done.stderr) == (
        2, "factledger: error: self.toml: broken symbolic link, or a link that points to itself\n")


def test_directory_without_ledger_files_is_an_error(tmp_path):
    """A directory with no ledger files is not silently a clean pass."""
    (tmp_path / "ledger").mkdir()
    (tmp_path / "ledger" / "notes.txt").write_text("nothing here")
    done = verify(tmp_path, "ledger")
    assert (done.returncode, done.stderr) == (
        2, "factledger: error: ledger: no ledger files (*.toml, *.json) in this directory\n")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_not_read(tmp_path):
    """A FIFO named like a ledger file is refused instead of blocking forever."""
    (tmp_path / "ledger").mkdir()
    os.mkfifo(tmp_path / "ledger" / "pipe.toml")
    done = verify(tmp_path, "ledger")
    assert (done.returncode, done.stderr) == (2, "factledger: error: ledger/pipe.toml: not a regular file\n")
