"""No lost data: writes are atomic, serialised by a lock, and keep every comment in order."""

from __future__ import annotations

import errno
import os
import random
import re
import signal
import time
import threading
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factledger import LedgerError
from factledger.cli import main
from factledger.ledger_edit import append_claims, format_file, normalise
from factledger.safe_write import locked, write_text_atomic
from strategies import odd_toml_texts

ORIGINAL = """#:schema ../schema/ledger.schema.json
# A ledger that is written to while the writer is killed.

[article]
id = "kill"  # the article
published = 2024-11-17

# The first claim.
[claims.c0]
figure = "12,000 troops"
unit = "troop"
"""
APPENDS = 40


def _writer(path: Path) -> None:
    """The child: append claims one by one, each a full atomic rewrite, until killed."""
    for number in range(1, APPENDS + 1):
        append_claims(path, [(f"c{number}", {"figure": f"{number}", "quote": "x" * 2000})])
    while True:  # then reformat forever
        format_file(path)


def _versions_written(text: str) -> int:
    """How many appends ``text`` holds; fails unless it is exactly a version the writer made."""
    data = tomllib.loads(text)
    ids = list(data["claims"])
    assert ids == [f"c{n}" for n in range(len(ids))]
    assert all(line in text for line in ORIGINAL.splitlines() if line.startswith("#"))
    return len(ids) - 1


def _append_time(tmp_path: Path) -> float:
    """How long one append takes on this machine, so kills can be spread over a dozen of them."""
    path = tmp_path / "calibration.toml"
    path.write_text(ORIGINAL)
    start = time.perf_counter()
    for number in range(1, 4):
        append_claims(path, [(f"c{number}", {"figure": f"{number}", "quote": "x" * 2000})])
    return (time.perf_counter() - start) / 3


def test_sigkill_at_random_moments_leaves_a_whole_version(tmp_path):
    """Killed at 120 random moments while writing, the file is always a complete version."""
    rng = random.Random(20241117)
    # A fixed window (50 ms) let a slow machine write only the first few versions before
    # every kill: the window is a dozen appends, however long one takes here.
    window = max(0.05, 12 * _append_time(tmp_path))
    seen: set[int] = set()
    for trial in range(120):
        path = tmp_path / f"trial{trial % 4}" / "ledger.toml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(ORIGINAL)
        child = os.fork()
        if child == 0:  # pragma: no cover - runs in the child
            try:
                _writer(path)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.0, window))
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        seen.add(_versions_written(path.read_text()))
    assert len(seen) > 5, f"kills did not land at varied moments: {sorted(seen)}"


def _appender(path: Path, writer: int, count: int) -> None:
    for number in range(count):
        append_claims(path, [(f"w{writer}_{number}", {"figure": f"{number}"})])


def test_concurrent_writers_lose_no_claim(tmp_path):
    """Four processes appending 15 claims each at once leave all 60 claims, in a valid file."""
    path = tmp_path / "ledger.toml"
    path.write_text(ORIGINAL)
    children = []
    for writer in range(4):
        child = os.fork()
        if child == 0:  # pragma: no cover - runs in the child
            code = 0
            try:
                _appender(path, writer, 15)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        children.append(child)
    statuses = [os.waitpid(child, 0)[1] for child in children]
    assert statuses == [0, 0, 0, 0]
    claims = tomllib.loads(path.read_text())["claims"]
    assert sorted(claims) == sorted(["c0"] + [f"w{w}_{n}" for w in range(4) for n in range(15)])


def test_the_lock_excludes_writers_while_its_file_is_removed(tmp_path):
    """Eight threads taking the lock in turn are never inside it together, and leave no lock file.

    Each holder removes the lock file; one that was waiting on the removed file must
    not count as holding the lock while a newcomer locks the new file at the path.
    """
    path, inside, most = tmp_path / "ledger.toml", [0], [0]

    def take_turns() -> None:
        for _ in range(40):
            with locked(path):
                inside[0] += 1
                most[0] = max(most[0], inside[0])
                time.sleep(0.0005)
                inside[0] -= 1

    threads = [threading.Thread(target=take_turns) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most == [1] and os.listdir(tmp_path) == []


def test_writes_leave_no_lock_file_and_check_creates_none(tmp_path, capsys):
    """fmt, fmt --check and extract --append leave the folder holding only the files the user has."""
    (tmp_path / "a.toml").write_text('[article]\nid = "a"   \n')
    (tmp_path / "article.txt").write_text("We saw 5 troops.\n")
    assert main(["fmt", "--check", str(tmp_path / "a.toml")]) == 1
    assert sorted(os.listdir(tmp_path)) == ["a.toml", "article.txt"]
    assert main(["fmt", str(tmp_path / "a.toml")]) == 0
    assert main(["extract", str(tmp_path / "article.txt"), "--append", str(tmp_path / "a.toml")]) == 0
    assert main(["extract", str(tmp_path / "article.txt"), "--append", str(tmp_path / "new.toml")]) == 0
    assert sorted(os.listdir(tmp_path)) == ["a.toml", "article.txt", "new.toml"]


def test_a_formatted_file_is_only_read(tmp_path, monkeypatch):
    """fmt takes no lock for a file it leaves as it is: a read-only folder of formatted ledgers is fine."""
    path = tmp_path / "a.toml"
    path.write_text('[article]\nid = "a"\n')

    def refuse(_path):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("factledger.ledger_edit.locked", refuse)
    assert not format_file(path)
    (tmp_path / "b.toml").write_text('[article]\nid = "b"   \n')
    assert format_file(tmp_path / "b.toml", check_only=True)
    assert sorted(os.listdir(tmp_path)) == ["a.toml", "b.toml"]


@pytest.mark.parametrize("argv", [["fmt", "{dir}/a.toml"], ["extract", "{dir}/article.txt", "--append", "{dir}/a.toml"]])
def test_a_read_only_folder_is_one_line_naming_the_file(tmp_path, monkeypatch, capsys, argv):
    """A file system that refuses the write (read-only, full, no permission) is one line, exit 2."""
    (tmp_path / "a.toml").write_text('[article]\nid = "a"   \n')
    (tmp_path / "article.txt").write_text("We saw 5 troops.\n")

    def refuse(_path):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("factledger.safe_write._lock", refuse)
    assert main([arg.format(dir=tmp_path) for arg in argv]) == 2
    assert capsys.readouterr().err == (f"factledger: error: {tmp_path}/a.toml: cannot write: Read-only file "
                                       "system; nothing was written\n")
    assert (tmp_path / "a.toml").read_text() == '[article]\nid = "a"   \n'


def test_appending_into_a_missing_folder_is_one_line(tmp_path, capsys):
    """--append to a file in a folder that does not exist says so, and creates nothing."""
    (tmp_path / "article.txt").write_text("We saw 5 troops.\n")
    target = tmp_path / "nodir" / "x.toml"
    assert main(["extract", str(tmp_path / "article.txt"), "--append", str(target)]) == 2
    assert capsys.readouterr().err == (f"factledger: error: {target}: cannot write: there is no folder "
                                       f"'{target.parent}'; nothing was written\n")
    assert os.listdir(tmp_path) == ["article.txt"]


def test_atomic_write_keeps_a_symlink(tmp_path):
    """Writing through a symlink replaces the file it names and keeps the link."""
    real = tmp_path / "real.toml"
    real.write_text("old\n")
    (tmp_path / "link.toml").symlink_to(real)
    write_text_atomic(tmp_path / "link.toml", "new\n")
    assert (tmp_path / "link.toml").is_symlink() and real.read_text() == "new\n"


def test_invalid_toml_is_not_rewritten(tmp_path):
    """fmt refuses a file it cannot parse, names the line, and leaves it byte for byte."""
    path = tmp_path / "bad.toml"
    path.write_text('[article]\nid = "x\n')
    with pytest.raises(LedgerError) as info:
        format_file(path)
    assert str(info.value) == (f"{path}:2: invalid TOML: line break inside a quoted string or key; "
                               "close the quote on the same line, or use a multi-line string "
                               "(\"\"\"...\"\"\") (column 8); the file was not changed")
    assert path.read_text() == '[article]\nid = "x\n'


# -- round trips ------------------------------------------------------------------------------
def _quote(text: str) -> str:
    return '"' + "".join(c if c.isprintable() and c not in '"\\' else f"\\U{ord(c):08x}" for c in text) + '"'


comment = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")),
                  max_size=20).map(lambda t: "# " + t)
value = st.one_of(st.integers(-10**6, 10**6).map(str),
                  st.text(st.characters(codec="utf-8"), max_size=15).map(_quote),
                  st.just("2024-11-17"), st.just('"""\nmulti\n[line]  \n"""'))


@st.composite
def ledgers(draw) -> str:
    """A ledger text with comments between tables and keys, at the ends of lines, and blank runs."""
    lines = []
    for number in range(draw(st.integers(1, 4))):
        lines += draw(st.lists(comment, max_size=2)) + [f"[claims.k{number}]"]
        for key in draw(st.lists(st.sampled_from(["figure", "note", "quote", "unit"]), unique=True, max_size=3)):
            tail = draw(st.one_of(st.just(""), comment.map(lambda c: "  " + c)))
            lines.append(f"{key} = {draw(value)}{tail}")
            lines += [""] * draw(st.integers(0, 3))
    return "\n".join(lines) + draw(st.sampled_from(["", "\n", "\n\n  "]))


def _comments(text: str) -> list[str]:
    return [m.group(0).strip() for m in re.finditer(r"#[^\n]*", text) if not m.group(0).startswith("#:schema")]


def _in_order(needles: list[str], hay: list[str]) -> bool:
    rest = iter(hay)
    return all(any(n == h for h in rest) for n in needles)


@settings(max_examples=100, deadline=None)
@given(ledgers(), st.lists(st.sampled_from(["k0", "new", "k1"]), max_size=3))
def test_append_keeps_data_comments_and_order(tmp_path_factory, text, new_ids):
    """load -> append -> load keeps every value and every comment line, in order."""
    path = tmp_path_factory.mktemp("append") / "ledger.toml"
    path.write_text(text)
    written = append_claims(path, [(claim_id, {"figure": "5"}) for claim_id in new_ids])
    after = path.read_text()
    old, new = tomllib.loads(text), tomllib.loads(after)
    assert all(new["claims"][k] == v for k, v in old["claims"].items())
    assert list(new["claims"])[: len(old["claims"])] == list(old["claims"])
    assert [new["claims"][w] for w in written] == [{"figure": "5"}] * len(new_ids)
    assert _in_order(_comments(text), _comments(after))
    assert after.startswith(text), "the text that was there is left exactly as it was"


@settings(max_examples=100, deadline=None)
@given(ledgers())
def test_format_keeps_data_and_comments_and_is_idempotent(tmp_path_factory, text):
    """fmt changes layout only: same data, same comments in order, and a second run changes nothing."""
    path = tmp_path_factory.mktemp("fmt") / "ledger.toml"
    path.write_text(text)
    format_file(path)
    after = path.read_text()
    assert tomllib.loads(after) == tomllib.loads(text)
    assert _in_order(_comments(text), _comments(after))
    assert normalise(after) == after and not format_file(path)


@settings(max_examples=200, deadline=None)
@given(odd_toml_texts())
def test_format_keeps_the_data_of_any_layout(tmp_path_factory, text):
    """Whatever the spacing in and around multi-line strings, fmt's output holds the same data and is stable."""
    data = tomllib.loads(text)
    path = tmp_path_factory.mktemp("odd") / "ledger.toml"
    path.write_text(text)
    format_file(path)
    after = path.read_text()
    assert tomllib.loads(after) == data
    assert normalise(after) == after and not format_file(path)
