"""The errata report as a real browser shows it: headless Chromium renders the page, and the
DOM it dumps is read back to check that what an editor needs is visible text."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import factledger
from errata_cases import HOSTILE_QUOTES, hostile_result
from factledger import errata
from factledger.errata.plain import plain_message
from html_dom import parse, shown_text

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed, so the report "
                                "cannot be rendered in a browser (Debian: apt-get install chromium)")
LEDGER = Path(__file__).resolve().parent.parent / "ledger"
#: no network, no first-run work, nothing written outside the temporary profile
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run")


def rendered_dom(html: str, directory: Path) -> str:
    page = directory / "errata.html"
    page.write_text(html, encoding="utf-8")
    run = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={directory / 'profile'}", "--dump-dom",
                          page.as_uri()], capture_output=True, text=True, timeout=120, check=True)
    assert "<body" in run.stdout, run.stderr[-2000:]
    return run.stdout


@pytest.fixture(scope="module")
def seed_result():
    return factledger.verify(factledger.load(LEDGER))


@pytest.fixture(scope="module")
def seed_dom(seed_result, tmp_path_factory):
    return parse(rendered_dom(errata.render(seed_result, format="html"), tmp_path_factory.mktemp("seed")))


def test_seed_ledger_has_findings_to_show(seed_result):
    """The example ledger has findings, so the browser checks below check something."""
    assert seed_result.findings


def test_every_message_quote_and_correction_is_visible(seed_result, seed_dom):
    """For each finding of the example ledger, the browser shows its message (as the report words it:
    printed figures, units as said), its quote and the suggested correction as text that nothing hides."""
    for finding in seed_result.findings:
        quote = seed_result.claims[finding.claims[0]].quote
        message = plain_message(finding, seed_result.claims)
        for text in (message, quote, finding.correction or finding.suggestion, finding.suggestion):
            assert shown_text(seed_dom, text), f"{finding.code}: not visible: {text!r}"


def test_hostile_quotes_stay_text_in_the_browser(tmp_path):
    """Quotes with <script>, </td> and {{ 7*7 }} come out of the browser as the same text, and no
    script element exists in the rendered page."""
    dom = parse(rendered_dom(errata.render(hostile_result(), format="html"), tmp_path))
    assert not [e for e in dom.iter() if e.tag in ("script", "iframe")]
    assert [e.text() for e in dom.iter() if e.tag == "h1"] == ["Errata report"]
    for quote in HOSTILE_QUOTES:
        assert shown_text(dom, quote), quote
    assert shown_text(dom, "$5M </td> {{ 7*7 }}")
