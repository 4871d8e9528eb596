"""Article text as the extractor reads it, with every character mapped back to the input.

The extractor works on a *view* of the input: HTML tags dropped and entities
decoded, URLs, Markdown link targets, emphasis markers and bracketed footnote
markers blanked out. Every view character remembers the input characters it
came from, so a span found in the view is reported against the input, exactly.

Blanking keeps lengths (a URL becomes spaces), so plain text and Markdown need
no offset map at all; only HTML, whose tags and entities change lengths, builds one.
"""

from __future__ import annotations

import html
import re

from factledger.records import record

_HTML_HINT = re.compile(
    r"<(?:!doctype|html|head|body|p|div|span|br|a|h[1-6]|li|ul|ol|table|tr|td|th|article|"
    r"section|em|strong|b|i|sup|sub|blockquote|figure|img|meta|script|style)\b[^>]*>",
    re.IGNORECASE)
_HTML_TOKEN = re.compile(
    r"(?P<drop><script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->"
    r"|<sup\b[^>]*>\s*\[?(?:\d{1,3}|[ivxlc]{1,6})\]?\s*</sup\s*>)"
    r"|(?P<tag><[A-Za-z/!][^>]*>)"
    r"|(?P<entity>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)",
    re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|article|section|"
                        r"blockquote|figure|header|footer|title|dd|dt)\b", re.IGNORECASE)

#: Text that holds digits but never a quantity: URLs, Markdown link targets and
#: footnote markers such as ``[iv]``, ``[12]`` or ``[^3]``.
_NOISE = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"')\]]+"
    r"|\]\([^)\s]*\)"
    r"|\[\^?(?:\d{1,3}|[ivxlcIVXLC]{1,7})\]"
    r"|\*{1,3}|(?<![\w])_{1,3}|_{1,3}(?![\w])")


@record
class View:
    """The text the extractor reads, and where each of its characters came from."""

    text: str
    #: input offset of each view character's first input character (``None``: the same offsets)
    starts: tuple[int, ...] | None = None
    #: input offset just past each view character's input characters
    ends: tuple[int, ...] | None = None

    def input_span(self, start: int, end: int) -> tuple[int, int]:
        """The input span of view characters ``start:end`` (``end > start``)."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def looks_like_html(text: str) -> bool:
    return _HTML_HINT.search(text, 0, 20_000) is not None


def prepare(text: str) -> View:
    """The view of ``text`` the extractor reads (see the module docstring)."""
    if looks_like_html(text):
        view, starts, ends = _strip_html(text)
        return View(_blank_noise(view), tuple(starts), tuple(ends))
    return View(_blank_noise(text))


def _blank_noise(text: str) -> str:
    return _NOISE.sub(lambda m: " " * len(m.group(0)), text)


def _strip_html(text: str) -> tuple[str, list[int], list[int]]:
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for match in _HTML_TOKEN.finditer(text):
        _keep(text[position:match.start()], position, pieces, starts, ends)
        if match.group("entity"):
            _emit(html.unescape(match.group(0)), match.start(), match.end(), pieces, starts, ends)
        elif match.group("tag") and _BLOCK_TAG.match(match.group(0)):
            _emit("\n", match.start(), match.end(), pieces, starts, ends)
        position = match.end()
    _keep(text[position:], position, pieces, starts, ends)
    return "".join(pieces), starts, ends


def _keep(chunk: str, offset: int, pieces: list[str], starts: list[int], ends: list[int]) -> None:
    pieces.append(chunk)
    starts.extend(range(offset, offset + len(chunk)))
    ends.extend(range(offset + 1, offset + len(chunk) + 1))


def _emit(replacement: str, start: int, end: int, pieces: list[str], starts: list[int],
          ends: list[int]) -> None:
    # Every character of a decoded entity stands for the whole entity in the input.
    pieces.append(replacement)
    starts.extend([start] * len(replacement))
    ends.extend([end] * len(replacement))
