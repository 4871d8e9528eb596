"""Hostile and malformed ledgers never crash the CLI: one clear line, with file and line, and exit 2.

The corpus lives in ``tests/data/bad``: each case is a file or a small
directory, with its expected exit status and message in ``expected.toml``.
Every case runs through the real command line in a subprocess.
"""

from __future__ import annotations

import re

import pytest

from corpus import case_names, expected, run_all

NAMES = case_names()
EXPECTED = expected()
LOCATED = re.compile(r"^(factledger: error: )?[^\s:][^:]*:([1-9]\d*): ")


@pytest.fixture(scope="module")
def runs():
    """Every case, run once, in parallel (each in its own process)."""
    return run_all(NAMES)


def test_corpus_is_large_and_fully_specified():
    """The corpus has at least 200 cases and each has an expected status and message."""
    assert len(NAMES) >= 200
    assert sorted(EXPECTED) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_case(runs, name):
    """The CLI gives exactly the expected one line and exit status, with no traceback."""
    run, want = runs[name], EXPECTED[name]
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr
    assert run.status == want["status"]
    if run.status == 2:
        assert run.stderr.count("\n") == 1, run.stderr
    else:
        assert run.stderr == ""
    assert run.message == want["message"]


@pytest.mark.parametrize("name", [n for n in NAMES if EXPECTED.get(n, {}).get("status") != 0])
def test_message_names_file_and_line(name):
    """Every error or finding line starts with ``file:LINE:`` where LINE >= 1."""
    assert LOCATED.match(EXPECTED[name]["message"]), EXPECTED[name]["message"]


@pytest.mark.parametrize("name", [n for n in NAMES if "-loads" in n])
def test_loadable_cases_are_named_so(name):
    """Cases named ``...-loads`` are valid input (BOM, CRLF, long quotes) and exit 0 or 1."""
    assert EXPECTED[name]["status"] in (0, 1)
