"""Making untrusted article text inert, one helper per output medium.

Quotes come from the open web. Before any of it reaches a terminal, a CI log,
a Markdown table, an XML report or a JSON file it goes through the one
function here for that medium. Every helper first shows control characters
(ANSI escapes start with ESC) and bidi overrides as visible ``\\xNN`` or
``\\uNNNN`` text, so no medium can be made to recolour, reorder or hide what
a reader sees.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Callable

from factledger.patterns import OnFirstUse

if TYPE_CHECKING:
    from markupsafe import Markup


class _Grammar:
    """The patterns of this module, compiled when first used (:class:`~factledger.patterns.OnFirstUse`):
    printable text skips them, so most runs never compile them."""

    #: C0/C1 controls (ANSI escapes start with ESC), DEL, Unicode bidi/format controls (the
    #: Arabic letter mark U+061C among them), and the line and paragraph separators, which
    #: ``str.splitlines`` and some viewers take for line ends.
    controls = OnFirstUse(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064"
                          r"\u2066-\u206f\ufeff]")
    #: What XML 1.0 cannot hold at all, even as a character reference: surrogates, U+FFFE, U+FFFF.
    not_xml = OnFirstUse("[\ud800-\udfff\ufffe\uffff]")
    #: Characters JSON lets through raw that would still act on a terminal, a script or a page:
    #: the controls json.dumps leaves alone, the line and paragraph separators, and HTML's
    #: ``<``, ``>`` and ``&`` (as Go's encoding/json does, so a report can be pasted into a page).
    json_raw = OnFirstUse(r"[<>&\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
    #: Characters that mean something to Markdown (CommonMark and GitHub's tables) anywhere in a line.
    markdown_inline = OnFirstUse(r"([\\`*_\[\]<>|&~$])")
    #: What means something at the start of a line: headings, quotes, lists, rules.
    markdown_leading = OnFirstUse(r"^(\s*(?:\d+(?=[.)](?:\s|$)))?)(#|[.)=+\-](?=\s|$))")


def visible_controls(text: str) -> str:
    """Show every control character except tab and newline as ``\\xNN`` / ``\\uNNNN`` text."""
    if text.isprintable():  # Unicode calls every character _Grammar.controls matches unprintable (Cc, Cf)
        return text
    return _Grammar.controls.sub(_shown, text.replace("\r\n", "\n").replace("\r", "\n"))


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    return visible_controls(text).replace("\n", " ")


def terminal(text: str, limit: int = 0) -> str:
    """Text safe to print to a terminal: controls shown as ``\\xNN``, one line."""
    return truncate(one_line(text), limit)


def truncate(text: str, limit: int) -> str:
    if limit and len(text) > limit:
        return text[: limit - 1] + "…"
    return text


def github_message(text: str) -> str:
    """The message of a GitHub workflow command: one physical line, whatever the text holds.

    GitHub decodes ``%25``, ``%0D`` and ``%0A``; ``%`` goes first so an article's own
    ``%0A`` stays literal text instead of becoming a line break.
    """
    text = visible_controls(text)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """A property value of a workflow command (``file=``, ``title=``): also ``:`` and ``,``."""
    return github_message(text).replace(":", "%3A").replace(",", "%2C")


def xml_text(text: str) -> str:
    """Text for an XML 1.0 document: controls shown visibly, what XML cannot hold dropped.

    Markup characters (``<``, ``&``) are left to the XML writer, which escapes them.
    """
    if text.isprintable():  # surrogates and U+FFFE/U+FFFF are unprintable (Cs, Cn) too
        return text
    return _Grammar.not_xml.sub("", visible_controls(text))


def markdown_cell(text: str) -> str:
    """Text for one cell of a Markdown table: one line, no HTML, no Markdown syntax."""
    return markdown(text, line_start=False)


def sarif_message(text: str) -> str:
    """A SARIF plain-text message, on one line so no consumer that prints it can be made to
    start a line with an article's text. SARIF reads ``[text](id)`` as a link, so brackets
    and backslashes are escaped."""
    text = one_line(text)
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def json_document(serialized: str) -> str:
    """A JSON document whose bytes are inert: bidi and C1 controls and ``<>&`` become ``\\uNNNN``.

    Decoding gives back the exact text; only what a terminal shows changes. These
    characters can only occur inside JSON strings, where a ``\\u`` escape is always valid.
    """
    return _Grammar.json_raw.sub(lambda m: f"\\u{ord(m.group(0)):04x}", serialized)


class _JSONStringLiterals(dict):
    """Each string's JSON literal, made inert as :func:`json_document` makes a whole document."""

    __slots__ = ("_encode",)

    def __init__(self, encode: Callable[[str], str]) -> None:
        super().__init__()
        self._encode = encode

    def __missing__(self, text: str) -> str:
        literal = self._encode(text)
        if _Grammar.json_raw.search(literal) is not None:
            literal = json_document(literal)
        self[text] = literal
        return literal


def json_string_literals() -> Callable[[str], str]:
    """A function from a string to its inert JSON literal, remembering the strings it has seen.

    The characters :func:`json_document` escapes only ever occur inside strings,
    so escaping each literal gives the same text as escaping the document.
    """
    from json.encoder import encode_basestring  # the C version where there is one

    return _JSONStringLiterals(encode_basestring).__getitem__


def toml_string(text: str) -> str:
    """A TOML basic string holding ``text`` exactly (controls and DEL escaped)."""
    import json

    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")



# An errata report escapes the same titles, sources, periods and figures over and over,
# one table cell at a time.
@functools.lru_cache(maxsize=1 << 16)
def markdown(text: str, limit: int = 0, *, line_start: bool = True) -> str:
    """Text that Markdown shows literally: one line, no emphasis, links, HTML, table cells or headings.

    ``line_start=False`` is for a piece of text that follows other text on its line.
    """
    text = _Grammar.markdown_inline.sub(r"\\\1", one_line(truncate(text, limit)))
    if not line_start:
        return text
    return _Grammar.markdown_leading.sub(lambda m: m.group(1) + "\\" + m.group(2), text, count=1)


def html(value: object) -> "Markup":
    """Text that HTML shows literally, controls made visible; already-safe markup passes through.

    The errata templates use this as Jinja's ``finalize``, so every value they
    print goes through it, on top of Jinja's own autoescaping.
    """
    from markupsafe import Markup, escape

    if isinstance(value, Markup):
        return value
    return escape(visible_controls("" if value is None else str(value)))


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
