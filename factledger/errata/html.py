"""The errata report as one self-contained HTML page: no external fonts, scripts or styles.

The template is package data (``factledger/data/errata.html.j2``). Jinja2
autoescapes every value, and ``finalize`` sends each one through
:func:`factledger.formats.escape.html` first, so article text is shown, never run.
"""

from __future__ import annotations

from importlib import resources

from factledger.errata.model import Report
from factledger.formats import escape

TEMPLATE = "errata.html.j2"


def render_html(report: Report) -> str:
    return _template().render(report=report, safe_url=escape.url)


def _template():
    import jinja2

    source = resources.files("factledger").joinpath("data", TEMPLATE).read_text(encoding="utf-8")
    environment = jinja2.Environment(autoescape=True, finalize=escape.html, undefined=jinja2.StrictUndefined,
                                     trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    return environment.from_string(source)
