"""Making untrusted article text inert, one helper per output medium.

Quotes come from the open web. Before any of it reaches a terminal, a CI log,
a Markdown table or an HTML page it goes through the one function here for
that medium.
"""

from __future__ import annotations

import re

#: C0/C1 controls (ANSI escapes start with ESC), DEL, and Unicode bidi/format controls.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def terminal(text: str, limit: int = 0) -> str:
    """Text safe to print to a terminal: controls shown as ``\\xNN``, one line."""
    return truncate(one_line(text), limit)


def truncate(text: str, limit: int) -> str:
    if limit and len(text) > limit:
        return text[: limit - 1] + "…"
    return text


def _visible_controls(text: str) -> str:
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group(0)):02x}" if ord(m.group(0)) < 0x100
                         else f"\\u{ord(m.group(0)):04x}", text)


def one_line(text: str) -> str:
    """Text on one line, with controls (ANSI, bidi overrides) shown rather than obeyed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", " ")
    return _visible_controls(text)


#: Characters that mean something to Markdown (CommonMark and GitHub's tables) anywhere in a line.
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>|&~])")
#: What means something at the start of a line: headings, quotes, lists, rules.
_MARKDOWN_LEADING = re.compile(r"^(\s*(?:\d+(?=[.)](?:\s|$)))?)(#|[.)=+\-](?=\s|$))")


def markdown(text: str, limit: int = 0, *, line_start: bool = True) -> str:
    """Text that Markdown shows literally: one line, no emphasis, links, HTML, table cells or headings.

    ``line_start=False`` is for a piece of text that follows other text on its line.
    """
    text = _MARKDOWN_INLINE.sub(r"\\\1", one_line(truncate(text, limit)))
    if not line_start:
        return text
    return _MARKDOWN_LEADING.sub(lambda m: m.group(1) + "\\" + m.group(2), text, count=1)


def html(value: object) -> "Markup":
    """Text that HTML shows literally, controls made visible; already-safe markup passes through.

    The errata templates use this as Jinja's ``finalize``, so every value they
    print goes through it, on top of Jinja's own autoescaping.
    """
    from markupsafe import Markup, escape

    if isinstance(value, Markup):
        return value
    return escape(_visible_controls("" if value is None else str(value)))


def url(text: str) -> str:
    """An http(s) address fit for a link, or "" for anything else (``javascript:``, ``data:``)."""
    from urllib.parse import quote, urlsplit

    text = text.strip()
    if urlsplit(text).scheme.lower() not in ("http", "https"):
        return ""
    return quote(text, safe=":/?#@!$&'*+,;=%~-._")


def json_for_html(text: str) -> str:
    """JSON text that stays inert inside an HTML ``<script>`` element (JSON-LD is embedded there)."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
