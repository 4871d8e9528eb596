"""A rule's documentation as Markdown: used by ``factledger rule`` and ``docs/rules.md``."""

from __future__ import annotations

from factledger.rules.base import Rule
from factledger.rules.catalog import RULES


def explain(rule: Rule) -> str:
    e = rule.explanation
    return (f"## {rule.code} {rule.name}\n\n"
            f"Severity: {rule.severity.label}. Message: \"{rule.message}\"\n\n"
            f"**What it flags.** {e.what}\n\n**Why it matters.** {e.why}\n\n"
            f"**Example.** {e.example}\n\n**What to do.** {e.fix}\n")


def rules_markdown() -> str:
    """The whole of ``docs/rules.md``; a test keeps the file equal to this."""
    head = ("# Rules\n\n<!-- Generated from factledger/rules/catalog.py by "
            "`python -m factledger.rules.explain > docs/rules.md`; a test keeps them equal. -->\n\n"
            "Codes are permanent: a retired code is never reused. Families: FL1 arithmetic, "
            "FL2 units and rates, FL3 relations within a ledger, FL4 plausibility, "
            "FL5 conflicts across sources, FL6 provenance, FL9 derivations the ledger cannot compute or writes wrong.\n\n"
            "FL5 compares each figure with the figures of the same measure of the same subject "
            "stated before it in the ledger (in the order files are read). A figure gets one finding "
            "per rule, about the first earlier figure that gives it; its evidence counts the other "
            "earlier figures that give the same and names the first few. Two figures make one "
            "finding at most; a figure repeated across an archive makes at most one finding per "
            "rule for each time it is stated, not one for every pair. A finding is located at the "
            "figure in question and names it first: the later of the two in the ledger, the figure "
            "compared; for FL502 the one without a period when only one lacks it; for FL504 the later "
            "total, the one that fell; within one article, the one that disagrees with the article's "
            "other statements of the figure when the other is repeated.\n\n"
            "| code | name | severity |\n| --- | --- | --- |\n")
    table = "".join(f"| {r.code} | {r.name} | {r.severity.label} |\n" for r in RULES)
    return head + table + "\n" + "\n".join(explain(r) for r in RULES)


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.stdout.write(rules_markdown())
