"""Ledger files as pytest items, for projects that keep a ledger beside their tests.

Opt-in: nothing is collected unless ``--factledger`` is given or the ini option
``factledger = true`` is set. Then every ``*.toml`` file under the directories
of the ini option ``factledger_paths`` (default: ``ledger``) is one test item,
which fails when a finding at or above ``factledger_fail_on`` (default:
``warning``) points into it. The whole ledger is verified once, because
cross-source checks need every file; ``factledger-waivers.toml`` in the rootdir
applies as it does for ``factledger verify``.

pytest loads this module in every run of every project where factledger is
installed, so it imports nothing of factledger until a ledger is collected.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

_RESULT = pytest.StashKey[Any]()
_BY_PATH = pytest.StashKey[dict]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factledger")
    group.addoption("--factledger", action="store_true", default=False,
                    help="collect ledger files as test items and verify them")
    parser.addini("factledger", type="bool", default=False,
                  help="collect ledger files as test items (as --factledger does)")
    parser.addini("factledger_paths", type="args", default=["ledger"],
                  help="directories of ledger files, relative to the rootdir (default: ledger)")
    parser.addini("factledger_fail_on", default="warning",
                  help="lowest severity that fails a ledger item: error, warning or info (default: warning)")


def pytest_configure(config: pytest.Config) -> None:
    if not enabled(config):
        return
    # Checked once, before any item runs: a wrong value failed every ledger item with a KeyError.
    fail_on = config.getini("factledger_fail_on")
    if fail_on.strip().lower() not in ("error", "warning", "info"):
        raise pytest.UsageError(f"factledger_fail_on = {fail_on!r} in the pytest configuration: write error, "
                                f"warning or info (a comment goes on a line of its own)")


def enabled(config: pytest.Config) -> bool:
    return bool(config.getoption("factledger") or config.getini("factledger"))


def ledger_dirs(config: pytest.Config) -> list[Path]:
    return [(config.rootpath / given).resolve() for given in config.getini("factledger_paths")]


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    config = parent.config
    if file_path.suffix != ".toml" or not enabled(config):
        return None
    if not any(file_path.resolve().is_relative_to(d) for d in ledger_dirs(config)):
        return None
    return LedgerFile.from_parent(parent, path=file_path)


class LedgerFile(pytest.File):
    def collect(self):
        yield LedgerItem.from_parent(self, name="verify")


class LedgerFindings(Exception):
    """The findings that fail one ledger file, rendered as text."""


class LedgerItem(pytest.Item):
    def runtest(self) -> None:
        from factledger.findings import Result, Severity
        from factledger.formats import RenderOptions
        from factledger.formats.text import render

        by_path = findings_by_path(self.config)
        fail_on = Severity.named(self.config.getini("factledger_fail_on").strip())
        mine = [f for f in by_path.get(self._shown(), ()) if f.severity >= fail_on]
        if mine:
            raise LedgerFindings(render(Result(findings=tuple(mine)), RenderOptions(quiet=True)))

    def _shown(self) -> str:
        try:
            return self.path.resolve().relative_to(self.config.rootpath.resolve()).as_posix()
        except ValueError:
            return self.path.as_posix()

    def repr_failure(self, excinfo, style=None):  # type: ignore[override]
        from factledger.errors import FactledgerError

        if excinfo.errisinstance((LedgerFindings, FactledgerError)):
            return str(excinfo.value).rstrip()
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, f"factledger verify {self._shown()}"


def findings_by_path(config: pytest.Config) -> dict[str, list[Any]]:
    """The session's findings grouped by the file they point into, once: an item per file reads its own."""
    if _BY_PATH not in config.stash:
        grouped: dict[str, list[Any]] = {}
        for finding in verified(config).findings:
            grouped.setdefault(finding.location.path, []).append(finding)
        config.stash[_BY_PATH] = grouped
    return config.stash[_BY_PATH]


def verified(config: pytest.Config):
    """The whole ledger verified once per session, waivers applied (raises a load error each time)."""
    if _RESULT not in config.stash:
        config.stash[_RESULT] = _verify(config)
    outcome = config.stash[_RESULT]
    if isinstance(outcome, Exception):
        raise outcome
    return outcome


def _verify(config: pytest.Config):
    import datetime as dt

    from factledger.engine import verify
    from factledger.errors import FactledgerError
    from factledger.store import load_many
    from factledger.waivers import DEFAULT_WAIVER_FILE, apply_waivers, load_waivers

    waiver_file = config.rootpath / DEFAULT_WAIVER_FILE
    try:
        waivers = load_waivers(waiver_file) if waiver_file.is_file() else ()
        ledger = load_many([d for d in ledger_dirs(config) if d.exists()], root=config.rootpath)
    except FactledgerError as error:
        return error
    return apply_waivers(verify(ledger), waivers, dt.date.today())[0]
