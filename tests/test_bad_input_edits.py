"""The bad-input corpus through the commands that write ledger files: ``fmt`` and ``extract --append``.

``tests/test_bad_input.py`` runs every case of ``tests/data/bad`` through ``verify``.
The commands that write a ledger make the same promise, and one more: whatever the
file holds, they either leave it byte for byte or keep every value, comment and line
of it. Deep nesting and NaN, which ``verify`` names at their line, made ``fmt`` and
``extract --append`` stop with an internal error or refuse a file they never changed.
"""

from __future__ import annotations

import math
import re
import shutil
import tomllib
from pathlib import Path

import pytest

from corpus import CASES, case_names
from factledger.cli import main

TOML_CASES = [name for name in case_names() if name.endswith(".toml")]
LOCATED = re.compile(r"^factledger: error: [^\s:][^:]*:[1-9]\d*: ")
ARTICLE = "Officials said 12,000 troops were deployed in 2024.\n"


@pytest.fixture
def case_copy(tmp_path, monkeypatch):
    """A copy of a corpus case in a folder of its own, the folder as the working directory."""
    monkeypatch.delenv("FACTLEDGER_DEBUG", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")

    def copy(name: str) -> Path:
        shutil.copyfile(CASES / name, tmp_path / name)
        return tmp_path / name

    return copy


def _run(capsys, *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    return status, capsys.readouterr().err


def _assert_one_located_line(err: str) -> None:
    assert "internal error" not in err and err.count("\n") == 1, err
    assert LOCATED.match(err), err


def _same(old, new) -> bool:
    """Equal values, a NaN being equal to a NaN (``nan != nan``); walked without recursion, as the
    corpus nests tables thousands deep."""
    pending = [(old, new)]
    while pending:
        a, b = pending.pop()
        if isinstance(a, dict) and isinstance(b, dict) and a.keys() == b.keys():
            pending += [(a[key], b[key]) for key in a]
        elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
            pending += zip(a, b)
        elif not (a == b or isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b)):
            return False
    return True


def _reads_as_toml(data: bytes) -> bool:
    try:
        tomllib.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return False
    return True


def _comments(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip().startswith("#")]


@pytest.mark.parametrize("name", TOML_CASES)
def test_fmt_check_reads_any_case_and_writes_nothing(case_copy, capsys, name):
    """``fmt --check`` exits 0, 1 or 2 with one located line, and never touches the file."""
    path = case_copy(name)
    before = path.read_bytes()
    status, err = _run(capsys, "fmt", "--check", name)
    assert status in (0, 1, 2)
    if status == 2:
        _assert_one_located_line(err)
    assert path.read_bytes() == before


@pytest.mark.parametrize("name", TOML_CASES)
def test_fmt_keeps_every_value_and_comment_of_any_case(case_copy, capsys, name):
    """``fmt`` leaves a file it refuses byte for byte; one it formats keeps its data and comments."""
    path = case_copy(name)
    before = path.read_bytes()
    status, err = _run(capsys, "fmt", name)
    after = path.read_bytes()
    if status == 2:
        _assert_one_located_line(err)
        assert after == before
        return
    assert status == 0
    old, new = (data.decode("utf-8-sig").replace("\r\n", "\n") for data in (before, after))
    assert _same(tomllib.loads(old), tomllib.loads(new))
    assert _comments(new) == _comments(old)


@pytest.mark.parametrize("name", TOML_CASES)
def test_extract_append_keeps_any_case_byte_for_byte(case_copy, capsys, name):
    """``extract --append`` refuses in one located line and writes nothing, or keeps the file's text byte
    for byte (line ends and all) and adds drafts after it."""
    path = case_copy(name)
    before = path.read_bytes()
    status, err = _run(capsys, "extract", "article.txt", "--append", name)
    after = path.read_bytes()
    if status == 2:
        _assert_one_located_line(err)
        assert after == before
        # Only a file TOML cannot read is refused here (a NaN in one was refused as a value the append would
        # change); a readable file is refused only for claims no [claims.ID] table can add to.
        assert not _reads_as_toml(before) or "claims is an inline table" in err, err
        return
    assert status == 0
    assert after.startswith(before) and b"[claims.draft_troop" in after[len(before):]
