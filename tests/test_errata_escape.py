"""Article text in Markdown, HTML, links and JSON-LD: shown as text, never obeyed."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factledger.formats import escape


@pytest.mark.parametrize("text, expected", [
    ("a | b", r"a \| b"),
    ("[click](javascript:alert(1))", r"\[click\](javascript:alert(1))"),
    ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
    ("# Breaking", r"\# Breaking"),
    ("  - item", r"  \- item"),
    ("1. first", r"1\. first"),
    ("*bold* _it_ `code` ~~gone~~", r"\*bold\* \_it\_ \`code\` \~\~gone\~\~"),
    ("&lt;b&gt;", r"\&lt;b\&gt;"),
    ("back\\slash", r"back\\slash"),
    ("two\nlines # not a heading", "two lines # not a heading"),
    ("$24M in 2024.", "\\$24M in 2024."),
])
def test_markdown_escapes_what_markdown_would_interpret(text, expected):
    """Pipes, brackets, tags, emphasis, entities and line-leading markers are escaped; plain prose is not."""
    assert escape.markdown(text) == expected


def test_markdown_in_the_middle_of_a_line_leaves_leading_markers():
    """Text that follows other text on its line cannot start a heading or list, so "." and "#" stay."""
    assert escape.markdown(". # 1. |", line_start=False) == r". # 1. \|"
    assert escape.markdown(". # 1. |") == r"\. # 1. \|"


def test_markdown_truncates_before_escaping():
    """A long quote is cut on the text, never in the middle of an escape."""
    assert escape.markdown("ab|cd|ef", limit=4) == r"ab\|…"


@given(st.text())
def test_markdown_output_is_one_line_without_bare_pipes(text):
    """Whatever the article says, it stays on one line and cannot end a table cell."""
    out = escape.markdown(text)
    assert "\n" not in out and "\r" not in out
    assert all(out[i - 1] == "\\" for i, ch in enumerate(out) if ch == "|")


@pytest.mark.parametrize("value, expected", [
    ("<td>{{ 7*7 }}</td>", "&lt;td&gt;{{ 7*7 }}&lt;/td&gt;"),
    ('"quoted" & \'single\'', "&#34;quoted&#34; &amp; &#39;single&#39;"),
    ("right\u202eto left", "right\\u202eto left"),
    (None, ""),
    (42, "42"),
])
def test_html_shows_markup_and_controls_as_text(value, expected):
    """Tags, quotes, ampersands and bidi overrides are made inert; None prints nothing."""
    assert str(escape.html(value)) == expected


def test_html_passes_markup_already_made_safe():
    """Markup built by the template (a highlighted figure) is not escaped twice."""
    from markupsafe import Markup

    assert escape.html(Markup("<mark>$24M</mark>")) == "<mark>$24M</mark>"


@pytest.mark.parametrize("text, expected", [
    ("https://example.com/a?b=1&c=2#f", "https://example.com/a?b=1&c=2#f"),
    ("http://example.com/a b", "http://example.com/a%20b"),
    ('https://x.org/"><script>', "https://x.org/%22%3E%3Cscript%3E"),
    ("javascript:alert(1)", ""),
    ("JAVASCRIPT:alert(1)", ""),
    ("data:text/html,<b>", ""),
    ("/relative/path", ""),
    ("", ""),
])
def test_url_keeps_only_http_links(text, expected):
    """Only http(s) addresses become links, with spaces and markup characters percent-encoded."""
    assert escape.url(text) == expected


def test_json_for_html_cannot_close_a_script_element():
    """JSON-LD with "</script>" in a quote stays inside its script element and decodes unchanged."""
    quote = "paid </script><script>alert(1)</script> & more"
    text = escape.json_for_html(json.dumps({"q": quote}))
    assert "</script" not in text and "<" not in text and "&" not in text
    assert json.loads(text) == {"q": quote}


@pytest.mark.parametrize("text", ["92.5% of trade", "-5% on the year", "+3 points", "2024 was"])
def test_markdown_leaves_numbers_that_start_a_line_alone(text):
    """A figure at the start of a quote is not a list marker, so it is not escaped."""
    assert escape.markdown(text) == text
