"""docs/rules.md is generated from the rule records; this keeps them equal."""

from __future__ import annotations

from pathlib import Path

from factledger.rules.catalog import RULES
from factledger.rules.explain import rules_markdown

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_rules_doc_matches_the_catalog():
    assert (DOCS / "rules.md").read_text("utf-8") == rules_markdown(), (
        "regenerate with: python -m factledger.rules.explain > docs/rules.md")


def test_codes_are_unique_and_permanent_in_shape():
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    assert all(c.startswith("FL") and c[2:].isdigit() and len(c) == 5 for c in codes)
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


def test_every_rule_explains_itself_in_the_fixed_shape():
    for rule in RULES:
        e = rule.explanation
        assert all(len(part) > 20 for part in (e.what, e.why, e.example, e.fix)), rule.code
        assert rule.message and rule.suggestion and "\n" not in rule.message
