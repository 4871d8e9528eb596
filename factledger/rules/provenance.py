"""FL6: quotes that carry their figure, and appear in the article; drafts that await review."""

from __future__ import annotations

import operator
from itertools import compress

from factledger.claims import DRAFT, TYPOGRAPHY
from factledger.context import Context
from factledger.figures import CURRENCY_CODES, CURRENCY_SYMBOLS, MINUS_SIGNS, Figure, clean_text, without_minus_signs
from factledger.findings import EvidenceLater
from factledger.hedges import HEDGES, TRAILING_HEDGES
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
    "-0.5%", "− 0.5%", the word in "minus 0.5%", but not the dash of a range, "1-0.5%"."""
    before = text[:at].rstrip(" ")
    if before and before[-1] in MINUS_SIGNS:  # ("" is in every string: a figure that starts its quote has none)
        return len(before) == 1 or not before[-2].isalnum()
    # the word, as the figure reader takes it: apart from the figure, and a word of its own
    return len(before) < at and before[-5:].lower() == "minus" and not before[-6:-5].isalpha()


def _digit_before(text: str, at: int) -> bool:
    before = text[max(at - 2, 0):at]
    return before[-1:].isdigit() or (len(before) == 2 and before[1] in ".," and before[0].isdigit())


def _digit_after(text: str, at: int) -> bool:
    after = text[at:at + 2]
    return after[:1].isdigit() or (len(after) == 2 and after[0] in ".," and after[1].isdigit())


def check_quotes(ctx: Context) -> None:
    raw_texts = ctx.ledger.article_texts
    folded: dict[str, str] = {}
    words_before, chars_before = _WORDS_BEFORE, _CHARS_BEFORE
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
        elif at != -1:
            # FL604, decided inline as FL601 is: only a hedge's last word, a currency code or sign
            # right before the figure, or the start of a trailing hedge after it, is read further.
            before = quote[at - 1:at]
            if before == " ":
                hedges = words_before.get(quote[quote.rfind(" ", 0, at - 1) + 1:at - 1])
                beside = hedges is not None and quote[max(at - 25, 0):at - 1].lower().endswith(hedges)
            else:
                beside = before in chars_before
            if beside or quote.startswith(_AFTER_STARTS, end):
                _check_dropped(ctx, claim, quote, printed, at)
        text = raw_texts.get(claim.article_id)
        if text is None or claim.quote in text:
            continue
        if claim.article_id not in folded:
            folded[claim.article_id] = _fold(text)
        folded_quote = _fold(claim.quote)
        if folded_quote not in folded[claim.article_id]:
            steps = (departure(folded_quote, folded[claim.article_id]),)
            ctx.add(R.QUOTE_NOT_IN_ARTICLE.finding(claim.location, (claim.key,), _evidence(ctx, claim, steps),
                                                   claim=claim.id))


def _lacks_signed_figure(quote: str, printed: str) -> bool:
    """Whether ``quote`` lacks a figure the ledger marks ``signed``: read with its sign, it may lose
    none ("0.5%" is not in "-0.5%")."""
    return figure_at(quote, printed, True) < 0 and figure_at(_fold(quote), _fold(printed), True) < 0


def check_drafts(ctx: Context) -> None:
    """FL603: a claim ``factledger extract`` drafted, whose guessed subject or measure no one has
    replaced. No check that pairs figures by name compares it, so a ledger of drafts would
    otherwise pass as if it had been checked."""
    table, claims = ctx.table, ctx.ledger.claims
    # A draft's guessed name is compared as no name (claims.compared_name), so only the claims
    # the value table holds without a subject or a measure are looked at, picked out in C:
    # most ledgers name every figure, and this ran over every claim of a large one.
    if "" not in table.subject and "" not in table.measure:
        return
    unnamed = map(operator.or_, map(operator.not_, table.subject), map(operator.not_, table.measure))
    for key in compress(table.keys, unnamed):
        claim = claims[key]
        field = "subject" if claim.subject.startswith(DRAFT) else "measure" if claim.measure.startswith(DRAFT) else ""
        if field:
            ctx.add(R.DRAFT_NOT_REVIEWED.finding(claim.location, (claim.key,), _evidence(ctx, claim),
                                                 claim=claim.id, field=field))


def _check_dropped(ctx: Context, claim, quote: str, printed: str, at: int) -> None:
    """FL604 for a figure found in its quote at ``at``, where a hedge or currency may stand beside it."""
    dropped = None
    while at != -1:
        beside = dropped_beside(quote, at, at + len(printed), claim.figure)
        if beside is None:
            return  # printed, here, as the ledger records it: that is the figure
        dropped = dropped or beside
        found = figure_at(quote[at + 1:], printed)
        at = -1 if found < 0 else at + 1 + found
    if dropped is not None:
        words, start, end = dropped
        ctx.add(R.HEDGE_OR_CURRENCY_DROPPED.finding(
            claim.location, (claim.key,), _evidence(ctx, claim), printed=claim.printed,
            dropped=" and ".join(f'"{word}"' for word in words), as_quoted=quote[start:end]))


#: the last word of each hedge printed before a figure, and the hedges that end with it
_HEDGES_ENDING: dict[str, list[str]] = {}
for _hedge in HEDGES:
    _HEDGES_ENDING.setdefault(_hedge.word.lower().split()[-1], []).append(_hedge.word.lower())
#: hedges after a figure that read as one only at the end of a clause: "$5 million plus interest" is a sum
_CLAUSE_END_HEDGES = frozenset({"plus", "at least", "at most", "at the most"})
_TRAILING = sorted((h.word.lower() for h in TRAILING_HEDGES), key=len, reverse=True)
#: how each trailing hedge starts, with the space before it: " or ", " plus", " at " (and a glued "+")
_AFTER_STARTS = tuple(sorted({" " + h.split()[0] + " " for h in _TRAILING if " " in h}
                             | {" " + h for h in _TRAILING if " " not in h and h != "+"} | {"+"}))
_SIGNS = frozenset(sign for sign in CURRENCY_SYMBOLS if not sign[-1].isalpha())  # "$", "US$", "€": not "Rs"
_SIGN_ENDS = frozenset(sign[-1] for sign in _SIGNS)
_CODES = frozenset(CURRENCY_CODES) | {"Rs", "Rs."}
_LONGEST_SIGN = max(map(len, _SIGNS))
#: the words that may stand right before a figure and belong to it, a hedge's last word or a currency
#: code, each with the whole hedges (or the code) it may end: "to" ends "up to" and "close to"
_WORDS_BEFORE: dict[str, tuple[str, ...]] = {}
for _word, _hedges in _HEDGES_ENDING.items():
    for _spelling in {_word, _word.capitalize(), _word.upper()}:
        _WORDS_BEFORE[_spelling] = tuple(_hedges)
_WORDS_BEFORE.update({spelling: ("",) for code in _CODES for spelling in (code, "(" + code)})
_CHARS_BEFORE = frozenset({"~", ">", *_SIGN_ENDS})


def dropped_beside(quote: str, at: int, end: int, figure: Figure) -> tuple[list[str], int, int] | None:
    """The hedge and currency ``quote`` prints right beside its figure ``quote[at:end]`` that the figure
    leaves out, and where the figure with them starts and ends; None when there are none.

    Only a few characters either side are read: a currency sign or code right before, a hedge of
    the hedge table before that (or after the figure, "or more"). A currency counts only for a
    figure read as no money: "141 million" with ``unit = "USD"`` is the amount of "$141 million".
    """
    words: list[str] = []
    start = at
    currency = _currency_before(quote, at)
    if currency and not _is_money(figure):
        words.append(currency.strip())
        start = at - len(currency)
    if figure.hedge is None:
        hedge = _hedge_before(quote, start)
        if hedge:
            words.insert(0, quote[start - len(hedge):start].strip())
            start -= len(hedge)
        trailing = _hedge_after(quote, end)
        if trailing and not hedge:
            words.append(quote[end:end + len(trailing)].strip())
            end += len(trailing)
    return (words, start, end) if words else None


def _currency_before(quote: str, at: int) -> str:
    """``"$"`` or ``"Rs "`` right before ``at`` (with the space after a code), or ``""``."""
    for size in range(min(_LONGEST_SIGN, at), 0, -1):
        sign = quote[at - size:at]
        if sign in _SIGNS and (at - size == 0 or not quote[at - size - 1].isalnum()):
            return sign
    if at >= 2 and quote[at - 1] == " ":
        word = quote[:at - 1].rsplit(None, 1)[-1] if quote[:at - 1].strip() else ""
        word = word.lstrip("([\"'“‘")
        if word in _CODES:
            return word + " "
    return ""


def _hedge_before(quote: str, at: int) -> str:
    """The hedge of the table that ends right before ``at`` (with the space after it), or ``""``."""
    head = quote[:at]
    if head.endswith(("~", ">")):
        return head[-1]
    if not head.endswith(" ") or not head.strip():
        return ""
    words = head.rstrip()
    last = words.rsplit(None, 1)[-1].lower()
    for hedge in _HEDGES_ENDING.get(last, ()):
        size = len(hedge)
        if words.lower().endswith(hedge) and (len(words) == size or not words[-size - 1].isalnum()):
            return head[len(words) - size:]
    return ""


def _hedge_after(quote: str, end: int) -> str:
    """The trailing hedge right after ``end`` (with the space before it), or ``""``."""
    tail = quote[end:end + 14].lower()
    for hedge in _TRAILING:
        gap = "" if hedge == "+" else " "
        if not tail.startswith(gap + hedge):
            continue
        after = end + len(gap) + len(hedge)
        follows = quote[after:after + 2]
        if follows[:1].isalnum() or hedge in _CLAUSE_END_HEDGES and (follows[:1] == " " and follows[1:].isalnum()):
            continue
        return quote[end:after]
    return ""


def _is_money(figure: Figure) -> bool:
    return any(name.startswith("[currency_") for name, _ in figure.compiled_unit().dims)


def _evidence(ctx: Context, claim, steps: tuple[str, ...] = ()) -> EvidenceLater:
    return ctx.evidence_later([claim.key], steps)


#: how many characters of each side a departure shows, either side of where they part
_SHOWN = 30
#: how long a piece of the quote's start (or end) must be to find the passage it was copied from
_ANCHOR = 12


def departure(quote: str, text: str) -> str:
    """Where ``quote`` first parts from the passage of ``text`` it was most likely copied from.

    The passage is the one that shares the longest start with the quote; when no passage
    starts as the quote does, the one that shares the longest end, and the place shown is
    where the two part, reading back from the end. Both are typography-folded. Only FL602
    calls this, for a quote already known to be missing, so it may scan the article.
    """
    start = _longest_shared(quote, text, forwards=True)
    if start is not None:
        at, shared = start
        word = _word_start(quote, shared)  # a changed word is shown whole: "tally" for "toll", not "ally"
        return _worded(quote, word, text, at + word, "departs from the article after")
    end = _longest_shared(quote[::-1], text[::-1], forwards=False)
    if end is not None:
        at, shared = end
        cut = _word_end(quote, len(quote) - shared)
        return _worded(quote, cut, text, len(text) - len(quote) + cut - at, "departs from the article before",
                       back=True)
    return "no passage of the article starts or ends as the quote does"


def _longest_shared(quote: str, text: str, forwards: bool) -> tuple[int, int] | None:
    """(where in ``text``, how many characters) of the passage sharing the longest start with ``quote``."""
    anchor = quote[:min(_ANCHOR, len(quote))]
    best: tuple[int, int] | None = None
    at = text.find(anchor) if anchor.strip() else -1
    while at != -1:
        shared = _shared_start(quote, text, at)
        if best is None or shared > best[1]:
            best = (at, shared)
        at = text.find(anchor, at + 1)
    return best


def _word_start(text: str, at: int) -> int:
    if at == len(text) or text[at].isspace():  # already between words
        return at
    while at and not text[at - 1].isspace():
        at -= 1
    return at


def _word_end(text: str, at: int) -> int:
    if at and text[at - 1].isspace():
        return at
    while at < len(text) and at and not text[at - 1].isspace():
        at += 1
    return at


def _shared_start(quote: str, text: str, at: int) -> int:
    n = 0
    limit = min(len(quote), len(text) - at)
    while n < limit and quote[n] == text[at + n]:
        n += 1
    return n


def _worded(quote: str, cut: int, text: str, text_cut: int, parts: str, back: bool = False) -> str:
    """'the quote departs from the article after "…people": the quote goes on "living", the article "still living"'."""
    if back:
        return (f'the quote {parts} "{_after(quote, cut)}": the quote has "{_before(quote, cut)}", '
                f'the article "{_before(text, text_cut) or "nothing before it"}"')
    return (f'the quote {parts} "{_before(quote, cut)}": the quote goes on "{_after(quote, cut)}", '
            f'the article "{_after(text, text_cut)}"' if text_cut < len(text) else
            f'the quote {parts} "{_before(quote, cut)}": the quote goes on "{_after(quote, cut)}", '
            f'where the article ends')


def _before(text: str, at: int) -> str:
    """Up to ``_SHOWN`` characters of ``text`` before ``at``, from the start of a word."""
    start = max(at - _SHOWN, 0)
    shown = text[start:at]
    if start and not text[start - 1].isspace() and " " in shown.strip():
        shown = shown[shown.index(" ", 1 if shown[:1] == " " else 0):]
    shown = shown.rstrip()
    return "…" + shown.lstrip() if start else shown


def _after(text: str, at: int) -> str:
    """Up to ``_SHOWN`` characters of ``text`` from ``at``, to the end of a word."""
    end = min(at + _SHOWN, len(text))
    shown = text[at:end]
    if end < len(text) and not text[end].isspace() and " " in shown.strip():
        shown = shown[:shown.rstrip().rindex(" ")]
    shown = shown.lstrip()
    return shown.rstrip() + "…" if end < len(text) else shown
