"""Findings worded for readers who never saw the ledger: printed figures instead of claim ids.

A finding's message names a derivation as the ledger writes it ("8 days does not
follow from nk_troops ÷ casualties"), which is what the ledger's author needs.
An editor, or a reader of a published review, knows the figures, not the ids:
"8 days does not follow from 12,000 troops ÷ 1,500 daily". Only the parts of a
message that hold ledger text (an expression, a comparison, a reason naming
claims) are rewritten; the rest is the rule's own prose, which may contain
words that are also claim ids ("the total is given as ...").
"""

from __future__ import annotations

import functools
import re
from typing import Mapping

from factledger import display
from factledger.errata.spoken import plain_units
from factledger.findings import CheckResult, ClaimEvidence, Finding
from factledger.rules.catalog import BY_CODE


# A claim id, or ``article-id:claim-id``, starting a token. A name right after a number and a
# space is a unit ("1 month", "100 percent"), as the expression parser reads it. So is all of
# the text right after an interval ("[11,500, 12,500] troops", "[1, 2] USD/troop/month"): the
# engine writes intervals, never the ledger, and always with the unit next.
_REFERENCE = re.compile(r"(?P<unit>\] \S+)"
                        r"|(?<![\w:.-])(?<!\d )(?:(?P<article>[A-Za-z0-9][\w.-]*):)?(?P<name>[A-Za-z_]\w*)")
_FIELD = re.compile(r"\{(\w+)\}")


def figures_for_names(text: str, article_id: str, claims: Mapping[str, ClaimEvidence]) -> str:
    """``nk_troops ÷ casualties`` -> ``12,000 troops ÷ 1,500 daily``, names read in ``article_id``.

    A name that is no claim (a unit, a function such as ``sum``) or a claim with no
    printed figure (an implied one) is kept as written.
    """
    def printed(match: re.Match[str]) -> str:
        if match["unit"]:
            return match[0]
        evidence = claims.get(f"{match['article'] or article_id}:{match['name']}")
        return evidence.printed if evidence is not None and evidence.printed else match[0]

    return _REFERENCE.sub(printed, text)


def plain_message(finding: Finding, claims: Mapping[str, ClaimEvidence]) -> str:
    """The finding's message with printed figures for the claim ids of its ledger text.

    The message is matched against its rule's template to find those parts; a
    message that does not match (a rule of a newer version, a hand-made finding)
    is returned as it is.
    """
    rule = BY_CODE.get(finding.code)
    if rule is None or not finding.claims:
        return finding.message
    pattern, fields = _template(rule.message)
    fields &= _LEDGER_TEXT.keys()
    match = pattern.fullmatch(finding.message) if fields else None
    if match is None:
        return finding.message
    article_id = finding.claims[0].split(":", 1)[0]
    message = finding.message
    for name in sorted(fields, key=match.start, reverse=True):  # from the end: earlier spans keep their places
        start, end = match.span(name)
        message = message[:start] + _LEDGER_TEXT[name](message[start:end], article_id, claims) + message[end:]
    return message


def plain_detail(check: CheckResult, claims: Mapping[str, ClaimEvidence]) -> str:
    """A check's wording with printed figures for the claim ids of its derivation or comparison."""
    detail = check.detail
    article_id = check.subject.split(":", 1)[0]
    if check.kind == "derivation":
        if detail.startswith("implied: "):  # "implied: a × b = 76,380,000 USD"; the report says it is implied
            return _side(detail.removeprefix("implied: "), article_id, claims)
        # "8 days = nk_troops ÷ casualties: recomputed 8 days (consistent)"
        printed, equals, rest = detail.partition(" = ")
        expression, colon, tail = rest.partition(": ")
        return printed + equals + figures_for_names(expression, article_id, claims) + colon + plain_units(tail)
    if check.kind == "compare":
        # "a > b: a = 9.6 BCM vs b = 6.9 BCM (consistent)"
        holds, colon, rest = detail.partition(": ")
        verdict = f" ({check.verdict.value})"
        sides, tail = (rest.removesuffix(verdict), verdict) if rest.endswith(verdict) else (rest, "")
        return (_comparison(holds, article_id, claims) + colon
                + " vs ".join(_side(side, article_id, claims) for side in sides.split(" vs ", 1)) + tail)
    if check.kind == "range":  # "750 USD/tonne within 500-1,200 USD/tonne": the figure as printed, if it is
        subject = claims.get(check.subject)
        return plain_units(detail, (subject.printed,) if subject is not None and subject.printed else ())
    return detail


def _side(text: str, article_id: str, claims: Mapping[str, ClaimEvidence]) -> str:
    """``nk_pay × 1 month = 2,000 USD/soldier``: the expression before `` = `` rewritten, the value kept.

    A side that is one figure printed as it reads (``9.6 BCM = 9.6 BCM``) is said once.
    """
    expression, equals, value = text.partition(" = ")
    if not equals:  # an interval the engine wrote: "[4.9, 5.1] BCM/year"
        return plain_units(figures_for_names(expression, article_id, claims))
    expression = figures_for_names(expression, article_id, claims)
    return plain_units(value) if expression == value else expression + equals + plain_units(value)


_OPERATOR = re.compile(r"<|>|==")
# Only the characters an expression is written with: a comparison's quote ("more than a
# year's demand") is the article's own words and is never rewritten.
_EXPRESSION = re.compile(r"[\w\s.:+\-*/×÷()<>=,%]+")


def _comparison(text: str, article_id: str, claims: Mapping[str, ClaimEvidence]) -> str:
    if _OPERATOR.search(text) and _EXPRESSION.fullmatch(text):
        return figures_for_names(text, article_id, claims)
    return text


# A reason a derivation cannot be computed starts with the expression it is about
# ("z is zero", "a / b is not a finite number"); the rest is prose.
_REASON_TAIL = re.compile(r" is zero| is not a finite number| overflows| has no value| adds different kinds"
                          r"|: only whole-number")


def plain_reason(reason: str, key: str, claims: Mapping[str, ClaimEvidence]) -> str:
    """Why claim ``key`` could not be checked, with printed figures for the claim ids it names."""
    return _reason(reason, key.split(":", 1)[0], claims)


def _reason(text: str, article_id: str, claims: Mapping[str, ClaimEvidence]) -> str:
    tail = _REASON_TAIL.search(text)
    if tail is None:
        return text
    return figures_for_names(text[:tail.start()], article_id, claims) + text[tail.start():]


def _scale(text: str, article_id: str, claims: Mapping[str, ClaimEvidence]) -> str:
    """``1000`` or ``1e+06``, as the rule writes a factor, -> ``1,000`` or ``1,000,000``."""
    try:
        return display.number(float(text))
    except ValueError:
        return text


def _quantity(text: str, article_id: str, claims: Mapping[str, ClaimEvidence]) -> str:
    """A quantity the engine worked out, with its unit as said: ``24,000,000 USD a month``."""
    return plain_units(text)


#: the message fields of the rules that hold ledger text, and how each is rewritten; a factor
#: (FL401's scale), written as the report writes every other number; and the quantities the
#: engine works out, in units as said
_LEDGER_TEXT = {"expression": figures_for_names, "holds": _comparison, "reason": _reason,
                "left": _side, "right": _side, "claim": figures_for_names, "scale": _scale,
                **dict.fromkeys(("computed", "gap", "range", "total", "whole", "without"), _quantity)}


@functools.lru_cache(maxsize=None)
def _template(message: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """A rule's message template as a pattern with a group per field, and the fields' names."""
    parts, fields, last = [], set(), 0
    for match in _FIELD.finditer(message):
        parts.append(re.escape(message[last:match.start()]))
        name = match[1]
        parts.append(f"(?P={name})" if name in fields else f"(?P<{name}>.+?)")
        fields.add(name)
        last = match.end()
    parts.append(re.escape(message[last:]))
    return re.compile("".join(parts), re.DOTALL), frozenset(fields)


__all__ = ["figures_for_names", "plain_detail", "plain_message", "plain_reason"]
