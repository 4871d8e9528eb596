"""FL6: quotes that carry their figure, and appear in the article."""

from __future__ import annotations

from factledger.context import Context
from factledger.figures import clean_text
from factledger.findings import Evidence
from factledger.rules import catalog as R


def _fold(text: str) -> str:
    text = clean_text(text).replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.replace("\u201c", '"').replace("\u201d", '"').split())


def check_quotes(ctx: Context) -> None:
    texts = {article: _fold(text) for article, text in ctx.ledger.article_texts.items()}
    for claim in ctx.ledger.claims.values():
        if not claim.quote or claim.figure is None:
            continue
        quote = _fold(claim.quote)
        evidence = Evidence(claims=ctx.evidence([claim.key]))
        if _fold(claim.printed) not in quote:
            ctx.add(R.QUOTE_LACKS_FIGURE.finding(claim.location, (claim.key,), evidence,
                                                 claim=claim.id, printed=claim.printed))
        text = texts.get(claim.article_id)
        if text is not None and quote not in text:
            ctx.add(R.QUOTE_NOT_IN_ARTICLE.finding(claim.location, (claim.key,), evidence, claim=claim.id))
