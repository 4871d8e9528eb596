"""``factledger rule [CODE]``: explain a rule, or list them all."""

from __future__ import annotations

import argparse

from factledger.commands import Outcome
from factledger.errors import FactledgerError


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("rule", help="explain a rule (or list all rules)",
                            description="Explain what a rule flags, why it matters, an example, "
                            "and what to do. Without CODE, list every rule.")
    parser.add_argument("code", nargs="?", metavar="CODE", help="rule code (FL201) or name")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> Outcome:
    from factledger.rules.catalog import RULES, rule_for
    from factledger.rules.explain import explain

    if not args.code:
        lines = [f"{r.code}  {r.name:<36} {r.severity.label}" for r in RULES]
        return Outcome(stdout="\n".join(lines) + "\n")
    rule = rule_for(args.code)
    if rule is None:
        raise FactledgerError(f"no rule {args.code!r}; 'factledger rule' lists them all")
    return Outcome(stdout=explain(rule))
