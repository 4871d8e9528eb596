"""Untrusted article text is inert: hostile quotes, titles and names cannot steer a terminal or a parser."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from factledger.formats.escape import terminal
from hostile import HOSTILE, TERMINAL_UNSAFE, write_hostile_ledger

OUR_COLOURS = re.compile(r"\x1b\[[0-9;]*m")


def verify(cwd, *args):
    env = {**os.environ}
    env.pop("NO_COLOR", None)
    return subprocess.run([sys.executable, "-m", "factledger", "verify", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120, env=env)


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("hostile")
    write_hostile_ledger(directory)
    return directory


def _assert_inert(text: str) -> None:
    unsafe = sorted({f"U+{ord(c):04X}" for c in text if c in TERMINAL_UNSAFE})
    assert unsafe == []
    assert [line for line in text.split("\n") if line.lstrip().startswith("::")] == []


@pytest.mark.parametrize("extra", [[], ["--show-consistent"], ["--quiet"]])
def test_text_output_carries_no_control_characters(hostile_dir, extra):
    """Text output has no raw controls, bidi marks or workflow commands at the start of a line."""
    done = verify(hostile_dir, "hostile.toml", "--color", "never", *extra)
    assert done.returncode == 1 and done.stderr == ""
    _assert_inert(done.stdout)


def test_colour_output_has_only_our_own_escapes(hostile_dir):
    """With colour on, the only escape sequences are the SGR colours factledger writes itself."""
    done = verify(hostile_dir, "hostile.toml", "--color", "always")
    _assert_inert(OUR_COLOURS.sub("", done.stdout))


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_each_hostile_quote_is_shown_through_the_terminal_escape(hostile_dir, name):
    """Each hostile quote appears in the text output exactly as ``terminal()`` renders it."""
    done = verify(hostile_dir, "hostile.toml", "--color", "never")
    assert f'"{terminal(HOSTILE[name], 160)}"' in done.stdout


def test_json_output_is_one_document_that_keeps_the_text_as_data(hostile_dir):
    """JSON output parses as one document and gives back every hostile quote unchanged."""
    done = verify(hostile_dir, "hostile.toml", "--output-format", "json")
    document = json.loads(done.stdout)  # one document: trailing data would raise
    quotes = {c["quote"] for f in document["findings"] for c in f["evidence"]["claims"]}
    assert set(HOSTILE.values()) <= quotes
    assert not any(c in done.stdout for c in "\x00\x07\x1b\r")
    assert done.stdout.count("\n") == len(done.stdout.rstrip("\n").split("\n"))


def test_error_messages_escape_hostile_file_names(tmp_path):
    """A ledger file whose name carries escapes and newlines is named inertly in an error."""
    hostile = "bad\x1b[31m\n::error::x.toml"
    (tmp_path / hostile).write_text("[article\n")
    done = verify(tmp_path, hostile)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    _assert_inert(done.stderr)


def test_findings_escape_hostile_file_names(tmp_path):
    """A ledger file whose name carries an escape is named inertly in every finding and claim."""
    write_hostile_ledger(tmp_path, name="evil\x1b[31m.toml")
    done = verify(tmp_path, "evil\x1b[31m.toml", "--color", "never", "--show-consistent")
    assert done.returncode == 1
    assert "evil\\x1b[31m.toml:" in done.stdout
    _assert_inert(done.stdout)
