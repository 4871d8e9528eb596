"""Each output medium has one escaping helper; article text can never act on the medium."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factledger.formats import escape


@pytest.mark.parametrize(("text", "expected"), [
    ("plain", "plain"),
    ("100%", "100%25"),
    ("a\nb", "a%0Ab"),
    ("a\r\nb", "a%0Ab"),
    ("a\rb", "a%0Ab"),
    ("already %0A encoded", "already %250A encoded"),
    ("\n::set-output name=x::y", "%0A::set-output name=x::y"),
    ("\x1b[31mred", "\\x1b[31mred"),
    ("\u202eevil", "\\u202eevil"),
    ("a: b, c", "a: b, c"),
    ("5 troops\u2028::error file=x::injected \u061c", "5 troops\\u2028::error file=x::injected \\u061c"),
])
def test_github_message(text: str, expected: str) -> None:
    """A workflow-command message encodes %, CR and LF, and shows controls as text."""
    assert escape.github_message(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ledger/a.toml", "ledger/a.toml"),
    ("a: b, c", "a%3A b%2C c"),
    ("50%\n::x", "50%25%0A%3A%3Ax"),
])
def test_github_property(text: str, expected: str) -> None:
    """A workflow-command property also encodes the ':' and ',' that would end it."""
    assert escape.github_property(text) == expected


def _github_decoded(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace(
        "%25", "%")


@given(st.text())
def test_github_property_is_one_line_and_reversible(text: str) -> None:
    """Whatever the text, a property is one line with no ':' or ',', and GitHub decodes it back."""
    encoded = escape.github_property(text)
    assert not set(encoded) & {"\n", "\r", ":", ","}
    assert _github_decoded(encoded) == escape.visible_controls(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("a | b", "a \\| b"),
    ("<script>", "\\<script\\>"),
    ("$24M and $30M", "\\$24M and \\$30M"),
    ("*bold* _it_ [link](x) `code`", "\\*bold\\* \\_it\\_ \\[link\\](x) \\`code\\`"),
    ("two\nlines", "two lines"),
    ("\x1b[31m", "\\\\x1b\\[31m"),
])
def test_markdown_cell(text: str, expected: str) -> None:
    """A Markdown table cell is one line with no HTML, no table pipe, no emphasis, links or math."""
    assert escape.markdown_cell(text) == expected


@given(st.text())
def test_xml_text_always_makes_a_valid_document(text: str) -> None:
    """Any text, once through xml_text, can be written to and read back from XML 1.0."""
    element = ET.Element("failure", message=escape.xml_text(text))
    element.text = escape.xml_text(text)
    parsed = ET.fromstring(ET.tostring(element, encoding="unicode"))
    assert (parsed.text or "") == escape.xml_text(text)
    assert parsed.get("message") == escape.xml_text(text)


def test_printable_text_is_never_changed_by_the_shortcut() -> None:
    """visible_controls and xml_text return printable text as it is, without their patterns.
    That is sound only if Unicode calls every character the patterns match unprintable: checked
    here over every code point, so a pattern that grows a printable character fails."""
    every = "".join(map(chr, range(0x110000)))
    shown = escape._Grammar.controls.findall(every)
    dropped = escape._Grammar.not_xml.findall(every)
    assert len(shown) > 60 and len(dropped) > 2000
    assert not [c for c in shown + dropped if c.isprintable()]
    assert not [c for c in "\r\n" if c.isprintable()]  # the line breaks visible_controls rewrites


@given(st.text())
def test_visible_controls_shortcut_agrees_with_the_pattern(text: str) -> None:
    """Printable or not, the text comes out as the substitution alone would make it."""
    by_pattern = escape._Grammar.controls.sub(escape._shown, text.replace("\r\n", "\n").replace("\r", "\n"))
    assert escape.visible_controls(text) == by_pattern
    assert escape.xml_text(text) == escape._Grammar.not_xml.sub("", by_pattern)


@pytest.mark.parametrize(("text", "expected"), [
    ("\x1b[31mred", "\\x1b[31mred"),
    ("a\x00b", "a\\x00b"),
    ("\u202e", "\\u202e"),
    ("bad\ufffe\ud800", "bad"),
    ("<&>", "<&>"),
    ("tab\tand\nnewline", "tab\tand\nnewline"),
])
def test_xml_text(text: str, expected: str) -> None:
    """XML text shows controls visibly, drops what XML cannot hold, and leaves markup to the writer."""
    assert escape.xml_text(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("[17, 31] USD", "\\[17, 31\\] USD"),
    ("a\\b", "a\\\\b"),
    ("\x1b", "\\\\x1b"),
    ("two\n::lines", "two ::lines"),
])
def test_sarif_message(text: str, expected: str) -> None:
    """A SARIF message is one line, and literal brackets and backslashes are escaped (SARIF links)."""
    assert escape.sarif_message(text) == expected


@given(st.text())
def test_json_document_keeps_the_data_and_hides_the_bytes(text: str) -> None:
    """The JSON still decodes to the exact text, but holds no raw bidi control, C1 control or <>&."""
    serialized = escape.json_document(json.dumps({"quote": text}, ensure_ascii=False))
    assert json.loads(serialized) == {"quote": text}
    assert not set(serialized) & {"<", ">", "&", "\u202e", "\x85", "\u2028"}


@given(st.text())
def test_no_helper_leaves_a_second_line_or_a_bidi_control(text: str) -> None:
    """Whatever a quote holds, a GitHub message and a terminal line stay one line to every reader,
    str.splitlines included (it breaks at U+2028, U+0085 and the rest), with no bidi control."""
    bidi = {"\u061c", "\u200e", "\u200f", *map(chr, range(0x202a, 0x202f)), *map(chr, range(0x2066, 0x206a))}
    for shown in (escape.github_message(text), escape.terminal(text)):
        assert len(shown.splitlines()) <= 1 and not bidi & set(shown)
