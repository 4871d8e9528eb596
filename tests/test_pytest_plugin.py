"""The opt-in pytest plugin: ledger files become test items that fail with their findings."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ledgers import ledger_text

pytest_plugins = ["pytester"]


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project with a ledger/ of one clean and one failing article, and no test files."""
    ledger = pytester.mkdir("ledger")
    (ledger / "clean.toml").write_text(ledger_text("clean", "$24M a month"), encoding="utf-8")
    (ledger / "dropped.toml").write_text(ledger_text("dropped", "$24M"), encoding="utf-8")
    return pytester


def test_nothing_is_collected_without_opting_in(project: pytest.Pytester) -> None:
    """Without --factledger or the ini option, ledger files are not tests."""
    project.runpytest().assert_outcomes()


def test_flag_collects_each_ledger_file(project: pytest.Pytester) -> None:
    """--factledger makes each ledger file an item; the one with a warning fails."""
    outcome = project.runpytest("--factledger")
    outcome.assert_outcomes(passed=1, failed=1)
    outcome.stdout.fnmatch_lines([
        "*factledger verify ledger/dropped.toml*",
        "ledger/dropped.toml:15: FL201 [warning] $24M is a total, but the computation gives a rate: "
        "24,000,000 USD/month",
        "    suggestion: Print the rate: $24M a month",
        "FAILED ledger/dropped.toml::verify*",
    ])


def test_ini_options_turn_it_on_and_set_paths_and_level(project: pytest.Pytester) -> None:
    """factledger = true opts in; factledger_fail_on = error lets warnings pass."""
    project.makeini("[pytest]\nfactledger = true\nfactledger_paths = ledger\nfactledger_fail_on = error\n")
    project.runpytest().assert_outcomes(passed=2)


def test_the_documented_configuration_works_and_a_wrong_level_is_a_usage_error(project: pytest.Pytester) -> None:
    """The ini block of docs/ci.md runs as written; a level with a comment after it (kept by
    pytest as part of the value) stops the run with one line, not a KeyError in every item."""
    from pathlib import Path

    docs = (Path(__file__).parent.parent / "docs" / "ci.md").read_text("utf-8")
    block = docs.split("```ini\n[pytest]\n", 1)[1].split("```", 1)[0]
    project.makeini("[pytest]\n" + block)
    project.runpytest().assert_outcomes(passed=1, failed=1)
    project.makeini("[pytest]\nfactledger = true\nfactledger_fail_on = warning  # or error\n")
    outcome = project.runpytest()
    assert outcome.ret == pytest.ExitCode.USAGE_ERROR
    outcome.stderr.fnmatch_lines(["*factledger_fail_on = 'warning  # or error' in the pytest configuration: "
                                  "write error, warning or info (a comment goes on a line of its own)"])


def test_files_outside_the_ledger_paths_are_not_collected(project: pytest.Pytester) -> None:
    """Only TOML under factledger_paths is collected: pyproject-like files elsewhere are not."""
    project.makefile(".toml", other="[tool.x]\n")
    project.makeini("[pytest]\nfactledger = true\nfactledger_paths = elsewhere\n")
    project.runpytest().assert_outcomes()


def test_waivers_apply(project: pytest.Pytester) -> None:
    """factledger-waivers.toml in the rootdir waives findings, as for factledger verify."""
    project.makefile(".toml", **{"factledger-waivers": '[[waiver]]\ncode = "FL201"\nclaim = "dropped:total"\n'
                                                       'reason = "stated later"\n'})
    project.runpytest("--factledger").assert_outcomes(passed=2)


def test_unreadable_ledger_fails_with_its_one_line_error(project: pytest.Pytester) -> None:
    """A ledger that cannot be read fails its items with the file:line error, not a traceback."""
    (project.path / "ledger" / "broken.toml").write_text("[article\n", encoding="utf-8")
    outcome = project.runpytest("--factledger")
    outcome.assert_outcomes(failed=3)
    outcome.stdout.fnmatch_lines(["ledger/broken.toml:1: invalid TOML*"])


def test_importing_the_plugin_loads_neither_pint_nor_the_registry() -> None:
    """pytest imports the plugin in every run; that must not load pint or build the unit registry."""
    code = ("import sys, factledger.pytest_plugin, factledger.units as units; "
            "print('pint' in sys.modules, units._registry is None)")
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout == "False True\n"
