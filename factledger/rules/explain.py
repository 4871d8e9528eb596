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
            "FL5 conflicts across sources, FL6 provenance, FL9 figures that cannot be computed.\n\n"
            "| code | name | severity |\n| --- | --- | --- |\n")
    table = "".join(f"| {r.code} | {r.name} | {r.severity.label} |\n" for r in RULES)
    return head + table + "\n" + "\n".join(explain(r) for r in RULES)


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.stdout.write(rules_markdown())
