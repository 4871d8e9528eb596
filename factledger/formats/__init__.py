"""Output formats: each renders a :class:`~factledger.findings.Result` to text, nothing more.

A format never runs checks and never decides the exit status. Each lives in its
own module, imported only when asked for, so ``factledger verify`` loads one.
"""

from __future__ import annotations

import importlib
from typing import Callable

from factledger.collector import collection_paused
from factledger.findings import Result, Severity
from factledger.records import record
from factledger.waivers import WaiverReport


@record
class RenderOptions:
    color: bool = False
    quiet: bool = False
    show_consistent: bool = False
    #: the lowest severity that fails the run, for formats that mark pass and fail (JUnit)
    fail_on: Severity = Severity.WARNING
    #: what waivers removed or need attention, shown beside the findings
    waivers: WaiverReport = WaiverReport()


Renderer = Callable[[Result, RenderOptions], str]


def _lazy(module: str) -> Renderer:
    def render(result: Result, options: RenderOptions) -> str:
        # A report of a large ledger makes objects that live until it is written (the JSON
        # document, the JUnit tree), enough to start a full collection that walks every
        # object of the ledger and frees none: a third of a second at 100,000 claims.
        with collection_paused():
            return importlib.import_module(f"factledger.formats.{module}").render(result, options)

    render.__name__ = f"render_{module}"
    return render


FORMATS: dict[str, Renderer] = {
    "text": _lazy("text"),
    "json": _lazy("json_format"),
    "sarif": _lazy("sarif"),
    "github": _lazy("github"),
    "junit": _lazy("junit"),
}


def step_summary(result: Result, options: RenderOptions) -> str:
    """The full list of findings as Markdown, for ``$GITHUB_STEP_SUMMARY``."""
    from factledger.formats import github

    return github.step_summary(result, options)
