"""A small DOM for tests: parse HTML with html.parser, read text content, find what is hidden."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import attrs

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
#: elements whose content is never shown as text
UNSHOWN = {"head", "script", "style", "template", "noscript"}


@attrs.define
class Element:
    tag: str
    attrs: dict[str, str]
    parent: Element | None = None
    children: list[Element | str] = attrs.Factory(list)

    def text(self) -> str:
        """Text content, whitespace collapsed as a browser shows it."""
        parts = [c if isinstance(c, str) else c.text() for c in self.children
                 if isinstance(c, str) or c.tag not in UNSHOWN]
        return " ".join("".join(parts).split())

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def hidden(self) -> bool:
        """Hidden by the page itself: the hidden attribute, aria-hidden, or an inline style."""
        style = re.sub(r"\s", "", self.attrs.get("style", "")).lower()
        return ("hidden" in self.attrs or self.attrs.get("aria-hidden") == "true" or self.tag in UNSHOWN
                or "display:none" in style or "visibility:hidden" in style)

    def shown(self) -> bool:
        node: Element | None = self
        while node is not None:
            if node.hidden():
                return False
            node = node.parent
        return True


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.current = self.root

    def handle_starttag(self, tag, attributes):
        element = Element(tag, {k: v or "" for k, v in attributes}, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(html: str) -> Element:
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root


def holders(root: Element, text: str) -> list[Element]:
    """The innermost elements whose text contains ``text`` (whitespace collapsed)."""
    wanted = " ".join(text.split())

    def holds(element: Element) -> bool:
        return element.tag not in UNSHOWN and wanted in element.text()

    return [e for e in root.iter() if holds(e)
            and not any(isinstance(c, Element) and holds(c) for c in e.children)]


def shown_text(root: Element, text: str) -> bool:
    """Is ``text`` shown: held by some innermost element that neither it nor an ancestor hides?"""
    return any(element.shown() for element in holders(root, text))
