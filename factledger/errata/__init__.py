"""The errata report: what an editor needs to decide what to correct, from a Result alone.

::

    import factledger

    result = factledger.verify(factledger.load("ledger/"))
    html = factledger.errata.render(result, format="html")

Markdown is laid out with tabulate; HTML with a Jinja2 template shipped in the
package (``factledger/data/errata.html.j2``), one self-contained file. Neither
is imported until a report is rendered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from factledger.collector import collection_paused
from factledger.errors import FactledgerError
from factledger.findings import Finding, Result

if TYPE_CHECKING:
    from factledger.waivers import Waiver

FORMATS = ("markdown", "html")


def render(result: Result, format: str = "markdown",
           accepted: Sequence[tuple[Finding, Waiver]] = ()) -> str:
    """The errata report for ``result`` as Markdown or as a standalone HTML page.

    ``accepted``: findings waivers took out of ``result``, with their waivers
    (``apply_waivers(result, waivers, today)[1].waived``), listed apart with the reasons.
    """
    from factledger.errata.model import build

    if format == "markdown":
        from factledger.errata.markdown import render_markdown as renderer
    elif format == "html":
        from factledger.errata.html import render_html as renderer
    else:
        raise FactledgerError(f"no errata format {format!r}; choose one of {', '.join(FORMATS)}")
    with collection_paused():  # as for the formats (factledger.formats): a full collection frees nothing here
        return renderer(build(result, accepted))


__all__ = ["FORMATS", "render"]
