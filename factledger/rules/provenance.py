"""FL6: quotes that carry their figure, and appear in the article; drafts that await review."""

from __future__ import annotations

from factledger.claims import DRAFT, TYPOGRAPHY
from factledger.context import Context
from factledger.figures import MINUS_SIGNS, clean_text, without_minus_signs
from factledger.findings import Evidence
from factledger.rules import catalog as R


def _fold(text: str) -> str:
    """Typography a quote typed by hand does not copy: curly quotes, dashes ("—", "–", "--") and
    invisible characters, folded as subjects and measures fold them (``claims.TYPOGRAPHY``)."""
    return " ".join(clean_text(text).translate(TYPOGRAPHY).replace("--", "-").split())


def figure_at(quote: str, printed: str, signed: bool = False) -> int:
    """Where ``printed`` first stands in ``quote`` as a figure of its own, or -1.

    "1,500 troops" is not in "11,500 troops", nor "5%" in "15%" or "2.5%": a digit, or a
    separator between digits, next to the match makes it part of another number. A
    ``signed`` figure (the ledger's ``signed = true``) is read with its sign, so a minus
    sign before the match makes it another figure too: "0.5%" is not in "-0.5%".
    """
    start = quote.find(printed) if printed else -1
    leading, trailing = printed[:1] in _DIGITS, printed[-1:] in _DIGITS
    unsigned = signed and printed[:1] not in MINUS_SIGNS
    while start != -1:
        end = start + len(printed)
        if not (leading and start and quote[start - 1] in _NUMBER_LIKE and _digit_before(quote, start)
                or trailing and quote[end:end + 1] in _NUMBER_LIKE and _digit_after(quote, end)
                or unsigned and _minus_before(quote, start)):
            return start
        start = quote.find(printed, start + 1)
    return -1


_DIGITS = frozenset("0123456789")
_NUMBER_LIKE = frozenset("0123456789.,")


def _minus_before(text: str, at: int) -> bool:
    """Whether a minus sign stands right before ``at`` (a space between allowed) where a word starts:
    "-0.5%", "− 0.5%", but not the dash of a range, "1-0.5%"."""
    before = text[:at].rstrip(" ")
    return before[-1:] in MINUS_SIGNS and (len(before) == 1 or not before[-2].isalnum())


def _digit_before(text: str, at: int) -> bool:
    before = text[max(at - 2, 0):at]
    return before[-1:].isdigit() or (len(before) == 2 and before[1] in ".," and before[0].isdigit())


def _digit_after(text: str, at: int) -> bool:
    after = text[at:at + 2]
    return after[:1].isdigit() or (len(after) == 2 and after[0] in ".," and after[1].isdigit())


def check_quotes(ctx: Context) -> None:
    raw_texts = ctx.ledger.article_texts
    folded: dict[str, str] = {}
    for claim in ctx.ledger.claims.values():
        quote = claim.quote
        if not quote or claim.figure is None:
            continue
        figure = claim.figure
        printed = figure.text
        # Most quotes are copied exactly, the figure once, with no digit beside it: that case is
        # decided here, without a call; anything else goes through figure_at, then folded, then
        # without the minus signs the figure reader asks a negative amount recorded without.
        at = quote.find(printed)
        end = at + len(printed)
        if (_lacks_signed_figure(quote, printed) if figure.signed else
                (at == -1 or at and quote[at - 1] in _NUMBER_LIKE and printed[0] in _DIGITS
                 or quote[end:end + 1] in _NUMBER_LIKE and printed[-1] in _DIGITS)
                and figure_at(quote, printed) < 0 and figure_at(_fold(quote), _fold(printed)) < 0
                and figure_at(without_minus_signs(_fold(quote)), _fold(printed)) < 0):
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


def _lacks_signed_figure(quote: str, printed: str) -> bool:
    """Whether ``quote`` lacks a figure the ledger marks ``signed``: read with its sign, it may lose
    none ("0.5%" is not in "-0.5%")."""
    return figure_at(quote, printed, True) < 0 and figure_at(_fold(quote), _fold(printed), True) < 0


def _evidence(ctx: Context, claim) -> Evidence:
    return Evidence(claims=ctx.evidence([claim.key]))


def check_drafts(ctx: Context) -> None:
    """FL603: a claim ``factledger extract`` drafted, whose guessed subject or measure no one has
    replaced. No check that pairs figures by name compares it, so a ledger of drafts would
    otherwise pass as if it had been checked."""
    for claim in ctx.ledger.claims.values():
        field = "subject" if claim.subject.startswith(DRAFT) else "measure" if claim.measure.startswith(DRAFT) else ""
        if field:
            ctx.add(R.DRAFT_NOT_REVIEWED.finding(claim.location, (claim.key,), _evidence(ctx, claim),
                                                 claim=claim.id, field=field))
