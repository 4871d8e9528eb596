"""How much of an article a ledger covers: its quantity mentions, recorded and checked.

A mention is *recorded* when a ledger claim's printed figure stands at that
place in the article: the claim's quote is found in the text (spacing aside)
and its figure inside the quote, or, without a quote, the figure itself; a minus
sign before an amount, or the word "minus", is let go, as the figure reader asks "about -3%" recorded
as "about 3%" and the quote check (FL601) finds it so. Only
the claims of the article whose ``text`` is that file count, when the ledger
names one (:func:`claims_about`). A mention whose claim is still a draft (its subject or
measure starts with ``DRAFT:``) is *drafted*, not recorded: no one has reviewed it yet. A
recorded mention is *checked* when its
claim takes part in a derivation or a check (what
:class:`~factledger.findings.Coverage` counts as checked).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable

from factledger.claims import DRAFT, Claim
from factledger.extraction import DraftClaim, extract
from factledger.figures import AMBIGUOUS_CURRENCY_SYMBOLS, CURRENCY_SYMBOLS, MINUS_SIGNS
from factledger.findings import Result
from factledger.ledger import Ledger
from factledger.records import record


@record
class MentionCoverage:
    mentions: tuple[DraftClaim, ...]
    recorded: tuple[tuple[DraftClaim, str], ...]  # (mention, claim key): reviewed claims only
    checked: tuple[tuple[DraftClaim, str], ...]
    drafted: tuple[tuple[DraftClaim, str], ...] = ()  # (mention, key of a claim still a draft)

    @property
    def unrecorded(self) -> tuple[DraftClaim, ...]:
        seen = {id(m) for m, _ in self.recorded + self.drafted}
        return tuple(m for m in self.mentions if id(m) not in seen)


def mention_coverage(text: str, claims: Iterable[Claim], result: Result) -> MentionCoverage:
    mentions = tuple(extract(text))
    claims = list(claims)
    drafts = {claim.key for claim in claims if _is_draft(claim)}
    # A reviewed claim records its mention even where a draft of it is still in the ledger.
    spans = sorted(((claim.key, span) for claim in claims if claim.figure for span in [_locate(text, claim)] if span),
                   key=lambda entry: entry[0] in drafts)
    recorded: list[tuple[DraftClaim, str]] = []
    drafted: list[tuple[DraftClaim, str]] = []
    for mention in mentions:
        key = next((k for k, (s, e) in spans if s < mention.end and mention.start < e), None)
        if key is not None:
            (drafted if key in drafts else recorded).append((mention, key))
    checked_keys = _checked(result)
    checked = tuple((m, k) for m, k in recorded if k in checked_keys)
    return MentionCoverage(mentions, tuple(recorded), checked, tuple(drafted))


def _is_draft(claim: Claim) -> bool:
    """Whether no one has reviewed the claim: its subject or measure is still a guess of ``extract``."""
    return claim.subject.startswith(DRAFT) or claim.measure.startswith(DRAFT)


def claims_about(text_file: str | os.PathLike[str], ledger: Ledger) -> list[Claim]:
    """The claims of the ledger's articles whose ``text`` is ``text_file``; every claim when none names it.

    Another article's claim may print the same figure ("12,000 troops"), and a
    claim whose quote is not in the text is placed by its figure alone: on a
    ledger of many articles only the article's own claims may record its
    mentions. A ledger without ``text`` fields is taken whole, as before.
    """
    own = {article.id for article in ledger.articles.values()
           if article.text_path and _same_file(Path(article.location.path).parent / article.text_path, text_file)}
    if not own:
        return list(ledger.claims.values())
    return [claim for claim in ledger.claims.values() if claim.article_id in own]


def _same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # either is missing or unreadable: not the same article text
        return False


def _checked(result: Result) -> set[str]:
    unverifiable = {key for key, _ in result.coverage.unverifiable}
    keys = set(result.claims) - set(result.coverage.unchecked) - unverifiable
    return keys | {check.subject for check in result.checks}


def _locate(text: str, claim: Claim) -> tuple[int, int] | None:
    figure = _pattern(claim.printed, signed=True)
    if claim.quote:
        quote = re.search(_pattern(claim.quote), text)
        if quote:
            inside = re.search(figure, text[quote.start():quote.end()])
            if inside:
                return quote.start() + inside.start(), quote.start() + inside.end()
    found = re.search(figure, text)
    return found.span() if found else None


def _pattern(phrase: str, signed: bool = False) -> str:
    """``phrase`` as a regex that allows any spacing between its words; ``signed``, a minus sign
    before each amount too, or the word: the figure reader asks "about -3%" and "about minus 3%" recorded as
    "about 3%"."""
    sign = rf"(?:[{MINUS_SIGNS}]\s*|(?i:minus)\s+)?" if signed else ""
    return r"\s+".join(sign + re.escape(word) if _AMOUNT.match(word) else re.escape(word)
                       for word in phrase.split())


#: a word that starts with an amount, after any currency symbol the figure reader takes ("₦5bn", "HK$5")
_AMOUNT = re.compile("(?:" + "|".join(re.escape(symbol) for symbol in sorted(
    {*CURRENCY_SYMBOLS, *AMBIGUOUS_CURRENCY_SYMBOLS}, key=len, reverse=True)) + r")?\.?[0-9]")


def render(coverage: MentionCoverage, article: str) -> str:
    total = len(coverage.mentions)
    share = f" ({len(coverage.recorded) / total:.0%})" if total else ""
    drafted = f"; {len(coverage.drafted)} drafted, not yet reviewed" if coverage.drafted else ""
    lines = [f"{article}: {total} quantity mentions; {len(coverage.recorded)} recorded in the ledger"
             f"{share}{drafted}; {len(coverage.checked)} checked by a derivation or rule"]
    lines += _listed("unrecorded:", coverage.unrecorded, article)
    lines += _listed("drafted, not yet reviewed:", [mention for mention, _ in coverage.drafted], article)
    return "\n".join(lines) + "\n"


def _listed(heading: str, mentions, article: str) -> list[str]:
    from factledger.formats.escape import terminal

    if not mentions:
        return []
    return [heading] + [f"  {article}:{mention.line}: {terminal(mention.printed, 80)}" for mention in mentions]
