"""Output formats: each renders a :class:`~factledger.findings.Result` to text, nothing more.

A format never runs checks and never decides the exit status.
"""

from __future__ import annotations

from typing import Callable

import attrs

from factledger.findings import Result


@attrs.frozen
class RenderOptions:
    color: bool = False
    quiet: bool = False
    show_consistent: bool = False


Renderer = Callable[[Result, RenderOptions], str]


def _text(result: Result, options: RenderOptions) -> str:
    from factledger.formats import text

    return text.render(result, options)


def _json(result: Result, options: RenderOptions) -> str:
    from factledger.formats import json_format

    return json_format.render(result, options)


FORMATS: dict[str, Renderer] = {"text": _text, "json": _json}
