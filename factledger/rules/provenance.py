"""FL6: quotes that carry their figure, and appear in the article."""

from __future__ import annotations

from factledger.context import Context
from factledger.figures import clean_text
from factledger.findings import Evidence
from factledger.rules import catalog as R


def _fold(text: str) -> str:
    """Typography a quote typed by hand does not copy: curly quotes, and dashes ("—", "–", "--")."""
    text = clean_text(text).replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u2014", "-").replace("\u2013", "-").replace("--", "-")
    return " ".join(text.replace("\u201c", '"').replace("\u201d", '"').split())


def check_quotes(ctx: Context) -> None:
    raw_texts = ctx.ledger.article_texts
    folded: dict[str, str] = {}
    for claim in ctx.ledger.claims.values():
        if not claim.quote or claim.figure is None:
            continue
        # Most quotes are copied exactly: test that before folding quotes and spaces.
        if claim.printed not in claim.quote and _fold(claim.printed) not in _fold(claim.quote):
            ctx.add(R.QUOTE_LACKS_FIGURE.finding(claim.location, (claim.key,), _evidence(ctx, claim),
                                                 claim=claim.id, printed=claim.printed))
        text = raw_texts.get(claim.article_id)
        if text is None or claim.quote in text:
            continue
        if claim.article_id not in folded:
            folded[claim.article_id] = _fold(text)
        if _fold(claim.quote) not in folded[claim.article_id]:
            ctx.add(R.QUOTE_NOT_IN_ARTICLE.finding(claim.location, (claim.key,), _evidence(ctx, claim),
                                                   claim=claim.id))


def _evidence(ctx: Context, claim) -> Evidence:
    return Evidence(claims=ctx.evidence([claim.key]))
