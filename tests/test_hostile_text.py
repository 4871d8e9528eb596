"""Article text is untrusted: in every format, hostile quotes come out inert.

The hostile quote holds a workflow command on its own line, an already
encoded newline (%0A), HTML, an ANSI colour escape and a right-to-left override.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from ledgers import HOSTILE_QUOTE, hostile_ledger, run_cli

FORMATS = ("text", "json", "sarif", "github", "junit")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, str]:
    directory = hostile_ledger(tmp_path_factory.mktemp("hostile"))
    return {fmt: run_cli("verify", "--output-format", fmt, ".", cwd=directory).stdout for fmt in FORMATS}


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_raw_escape_or_bidi_control_in_any_format(outputs: dict[str, str], fmt: str) -> None:
    """No format passes on a raw ESC or U+202E, so no terminal or page is recoloured or reordered."""
    assert "\x1b" not in outputs[fmt]
    assert "\u202e" not in outputs[fmt]


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_line_starts_with_a_workflow_command_from_the_article(outputs: dict[str, str], fmt: str) -> None:
    """The quote's '::set-output' never starts a line, where a CI runner would obey it."""
    assert not any(line.lstrip().startswith("::set-output") for line in outputs[fmt].splitlines())


@pytest.mark.parametrize("fmt", ("text", "github"))
def test_hostile_quote_shown_escaped_on_one_line(outputs: dict[str, str], fmt: str) -> None:
    """Text and GitHub show the quote with controls as visible escapes, on the finding's own line."""
    expected = {
        "text": "\"12,000 troops ::set-output name=x::y %0A <script>alert(1)</script> "
                "\\x1b[31mred\\x1b[0m \\u202eevil\"",
        "github": "\"12,000 troops%0A::set-output name=x::y %250A <script>alert(1)</script> "
                  "\\x1b[31mred\\x1b[0m \\u202eevil\"",
    }[fmt]
    assert expected in outputs[fmt]


def test_github_output_is_one_workflow_command_per_line(outputs: dict[str, str]) -> None:
    """Every GitHub line is one of our annotations, worst first, and the article's %0A stays text."""
    lines = outputs["github"].splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::warning"]
    assert "%0A::set-output" in lines[0]
    assert "%250A" in lines[0]


@pytest.mark.parametrize("fmt", ("json", "sarif"))
def test_json_formats_keep_the_exact_quote_but_not_its_raw_bytes(outputs: dict[str, str], fmt: str) -> None:
    """JSON decodes to the exact quote, SARIF to a one-line escaped message; neither holds raw markup."""
    assert "<script>" not in outputs[fmt]
    document = json.loads(outputs[fmt])
    if fmt == "json":
        quotes = [c["quote"] for f in document["findings"] for c in f["evidence"]["claims"]]
        assert HOSTILE_QUOTE in quotes
    else:
        result = next(r for r in document["runs"][0]["results"] if r["ruleId"] == "FL101")
        related = [r["message"]["text"] for r in result["relatedLocations"]]
        assert related[0] == ("claim troops = 12,000 troops: \"12,000 troops ::set-output name=x::y %0A "
                              "<script>alert(1)</script> \\\\x1b\\[31mred\\\\x1b\\[0m \\\\u202eevil\"")


def test_junit_is_well_formed_and_shows_the_quote_as_text(outputs: dict[str, str]) -> None:
    """JUnit parses as XML; the HTML in the quote is character data, not elements."""
    root = ET.fromstring(outputs["junit"])
    failure = root.find(".//testcase[@name='hostile:total']/failure")
    assert failure is not None
    assert "<script>alert(1)</script> \\x1b[31mred" in failure.text
    assert "&lt;script&gt;" in outputs["junit"]
    assert root.find(".//script") is None
