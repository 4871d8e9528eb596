"""No lost data: writes are atomic, serialised by a lock, and keep every comment in order."""

from __future__ import annotations

import os
import random
import re
import signal
import time
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factledger import LedgerError
from factledger.ledger_edit import append_claims, format_file, normalise
from factledger.safe_write import write_text_atomic

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
