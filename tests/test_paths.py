"""Paths as strings: spelled, shown and found as pathlib spelled, showed and found them."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factledger.documents import ledger_files, plain_path
from factledger.store import _shown

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX spelling of paths")

paths = st.text(alphabet="/.ab", max_size=12)


@settings(max_examples=1000)
@given(paths)
def test_a_path_is_spelled_as_pathlib_spells_it(text: str) -> None:
    assert plain_path(text) == str(PurePosixPath(text))
    assert plain_path(PurePosixPath(text)) == str(PurePosixPath(text))


def shown_by_pathlib(path: str, base: str) -> str:
    """How a file was shown while the loader used pathlib."""
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(base)).as_posix()
    except ValueError:
        return Path(path).as_posix()


@settings(max_examples=1000)
@given(paths, paths)
def test_a_file_is_shown_relative_to_the_base_as_before(path: str, base: str) -> None:
    path, base = plain_path(path), plain_path(base)
    assert _shown(path, base) == shown_by_pathlib(path, base)


@pytest.mark.parametrize("base", ["/", "//", "/work", "/work/", "/wor"])
def test_a_file_below_the_root_or_beside_a_longer_name(base: str) -> None:
    for path in ["/work/a.toml", "/work", "/workshop/a.toml", "/", "//", "//a.toml", "//work/a.toml"]:
        assert _shown(path, base) == shown_by_pathlib(path, base)


def test_ledger_files_are_spelled_as_pathlib_joined_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d" / "sub").mkdir(parents=True)
    for name in ["d/b.toml", "d/a.json", "d/sub/c.toml", "d/.hidden.toml", "d/notes.txt"]:
        (tmp_path / name).write_text("", encoding="utf-8")
    expected = ["d/a.json", "d/b.toml", "d/sub/c.toml"]
    for spelled in ["d", "./d/", "d//", Path("d")]:
        assert ledger_files(spelled) == expected
    assert ledger_files(tmp_path / "d") == [str(tmp_path / name) for name in expected]
    assert ledger_files("./d/./b.toml") == ["d/b.toml"]
    monkeypatch.chdir(tmp_path / "d")
    assert ledger_files(".") == ["a.json", "b.toml", "sub/c.toml"]


@pytest.mark.skipif(os.name != "posix", reason="a file name of any bytes is a POSIX thing")
def test_a_file_name_that_is_not_utf8_is_one_line_before_any_report(tmp_path):
    """Reports name their files: a name that is no text (b"b\\xff.toml") stops the run at the start."""
    from factledger import LedgerError

    name = os.fsdecode(b"b\xff.toml")
    (tmp_path / name).write_text('[article]\nid = "a"\n', encoding="utf-8")
    for named in (tmp_path, tmp_path / name):
        with pytest.raises(LedgerError) as error:
            ledger_files(named)
        assert str(error.value) == (f"{tmp_path}/b\\xff.toml: the file name is not UTF-8 text; rename the "
                                    f"file so that reports can name it")
