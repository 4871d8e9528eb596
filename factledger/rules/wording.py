"""Suggested corrections worded like the article: the printed figure with a new number."""

from __future__ import annotations

import re

from factledger import display
from factledger.figures import CURRENCY_PREFIX, MINUS_SIGNS, NUMBER_PATTERN, Figure, scale_after
from factledger.numbers import FRACTION_WORDS, NUMBER_WORDS, SCALES
from factledger.patterns import OnFirstUse
from factledger.units import Dims, multiply_dims

# The digits the figure reader takes, so that a correction replaces the number the reader
# read, in the scale it read it in (``scale_after``).
_DIGITS = re.compile(NUMBER_PATTERN)
_DECIMAL_COMMA = re.compile(r",\d{1,2}$")
#: a run of number words, as the figure reader reads them: "Twelve thousand", "half a million"
_WORDS = re.compile(r"[A-Za-z]+|[\s-]+")
_NUMBER_WORDS = NUMBER_WORDS | FRACTION_WORDS
_JOINING = frozenset({"a", "an", "and", "of"})
#: a fraction in digits or glyphs: "3/4", "27⁄32", "¾"
_FRACTION = re.compile(r"\d\s*[/⁄]\s*\d|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]")
_E_NOTATION = re.compile(r"\de[-+]?\d")


class _Patterns:
    """Compiled when a correction is first worded, not when the rules are imported (``factledger.patterns``)."""

    #: the amount as the figure reader takes it: a minus sign (hyphen, minus sign, en dash or the word
    #: "minus") where a word may start, before the currency ("-$5bn") or after it ("$-5bn"), and the digits
    amount = OnFirstUse(rf"(?:(?<=[\s(])|^)(?P<sign>[{MINUS_SIGNS}]\s*|(?i:minus)\s+)?"
                        rf"(?P<currency>(?:{CURRENCY_PREFIX})\s*)?(?P<inner>[{MINUS_SIGNS}]\s*)?"
                        rf"(?P<digits>{NUMBER_PATTERN})"
                        rf"|(?P<bare>{NUMBER_PATTERN})")
    #: a minus sign, or the word, right before number words ("-five", "minus five")
    sign_at_end = OnFirstUse(rf"(?:(?<=[\s(])|^)(?:[{MINUS_SIGNS}]\s*|(?i:minus)\s+)$")


def correction(figure: Figure, value: float) -> str:
    """The printed figure with ``value`` (in the figure's unit) in place of its number; ``""``
    when no such rewording can be right.

    Only a single number in a simple figure can take a new value: a range ("10-12 million
    people") has two numbers and no one to replace, a compound measure ("4 ft 11 27⁄32 in")
    spreads its value over parts, and a fraction ("3/4", "two-thirds") written with a decimal
    in it is no longer the article's figure. A value below zero is offered only for a figure
    that may be below zero (``signed = true``, or a temperature), with its sign where the
    article prints one ("-$5bn"). What is offered reads back, with the figure
    reader, as ``value`` within its own rounding (``tests/test_corrections.py``); it is not
    read back here, which would compile the reader's grammar for a ledger read from the cache.
    """
    text = figure.text
    # "42.1 per 100,000": the count a rate is per is no second number of the figure's
    numbers = len(_DIGITS.findall(text)) - (1 if figure.per_count else 0)
    if figure.is_range or numbers > 1 or _is_fraction(text):
        return ""
    if value < 0 and not figure.on_number_line:
        return ""  # no amount below zero reads unless the claim says signed = true (or it is a temperature)
    corrected = replace_number(text, value)
    # A value too small or too large for digits ("€1e-15bn") is no figure an article prints.
    return "" if _E_NOTATION.search(corrected) else corrected


def with_rate(printed: str, per: str) -> str:
    """``with_rate("$789,000", "day")`` -> ``"$789,000 a day"``; ``"an hour"``."""
    return f"{printed} {'an' if per == 'hour' else 'a'} {per}"


def _is_fraction(text: str) -> bool:
    if _FRACTION.search(text):
        return True
    if _DIGITS.search(text):  # digits and no fraction glyph: no fraction in words either
        return False
    words = {w.group(0).lower() for w in _WORDS.finditer(text)}
    return bool(words & FRACTION_WORDS) and not words & SCALES.keys()


def replace_number(printed: str, value: float) -> str:
    """``replace_number("30 tonnes each month", 30000)`` -> ``"30,000 tonnes each month"``.

    A scale word after the number is kept, and the value is expressed in it
    (``"$24M"`` with 30e6 gives ``"$30M"``, ``"5 mln barrels"`` with 6e6 ``"6 mln
    barrels"``). "m", "b" and "T" are scale words only after a currency or before a
    unit word, as the figure reader takes them: "30m" is thirty metres. A number
    printed with spaces between its thousands ("12 000") or with a decimal comma
    ("1,3") is written back so; one printed in words ("Twelve thousand troops") is
    written in digits ("18,000 troops").
    """
    match = _Patterns.amount.search(printed)
    if match is None:
        return _replace_words(printed, value)
    digits = "digits" if match.group("digits") is not None else "bare"
    start, end = match.span(digits)
    after = printed[end:]
    shown = display.number(abs(value) / scale_after(printed[:start], after), 4)
    if _DECIMAL_COMMA.search(match.group(digits)):  # "N$1,3 billion": thousands spaced, as the reader reads them
        shown = shown.replace(",", " ")
        if len(shown.rpartition(".")[2]) <= 2 or "." not in shown:
            # a comma before three decimals would read as a thousands separator: keep the point then
            shown = shown.replace(".", ",")
    elif " " in match.group(digits):
        shown = shown.replace(",", " ")
    return printed[:match.start()] + _signed(match, shown, value < 0) + after


def _signed(match: re.Match[str], shown: str, negative: bool) -> str:
    """The amount with its currency, and a minus sign where the article printed one ("-$5bn",
    "$-5bn"), or before the currency; none for a value that is not below zero."""
    currency = match.group("currency") or ""
    if not negative:
        return currency + shown
    if match.group("inner"):
        return currency + match.group("inner") + shown
    return (match.group("sign") or "-") + currency + shown


def _replace_words(printed: str, value: float) -> str:
    """The first run of number words in ``printed``, written as ``value`` in digits."""
    tokens = [(t.start(), t.end(), t.group(0).lower()) for t in _WORDS.finditer(printed)]
    for at, (start, end, word) in enumerate(tokens):
        if word not in _NUMBER_WORDS:
            continue
        if at >= 2 and tokens[at - 1][2].isspace() and tokens[at - 2][2] in ("a", "an"):
            start = tokens[at - 2][0]  # "a dozen", "a third"
        for _, next_end, next_word in tokens[at + 1:]:
            if next_word in _NUMBER_WORDS:
                end = next_end
            elif next_word[0].isalpha() and next_word not in _JOINING:
                break  # separators and "a", "and", "of" join the words of one number
        head = printed[:start]
        sign = _Patterns.sign_at_end.search(head)
        if sign:  # "-five", "minus five": the sign the article printed, kept for a value below zero only
            head = head[:sign.start()]
        minus = (sign.group(0) if sign else "-") if value < 0 else ""
        return head + minus + display.number(abs(value), 4) + printed[end:]
    return display.number(value)


#: the percent a figure prints after its number: "2.5%", "2.5 percent", "2.5 per cent", "2.5pc"
_PERCENT_WORD = re.compile(r"(?<=\d)\s*(?:%|percent\b|per\s+cent\b|pct\b|pc\b)")


def in_percentage_points(printed: str) -> str:
    """"a rise of 2.5%" -> "a rise of 2.5 percentage points"; ``""`` when no percent follows a number."""
    changed, count = _PERCENT_WORD.subn(" percentage points", printed, count=1)
    return changed if count else ""


def one_kind_advice(left: Dims, right: Dims) -> str:
    """FL204's suggestion for two kinds of quantity (dimensions): a rate against a total is told
    how to make them one kind; currencies, which need a dated rate, never get here."""
    ratio = dict(multiply_dims(left, right, -1))
    if len(ratio) == 1 and abs(ratio.get("[time]", 0.0)) == 1.0:
        return ("One is a rate and the other a total: multiply the rate by its period, or divide the total "
                "by it (\"total / 1 year\"), so that both are of one kind")
    return "Record the derivation or check with quantities of one kind"
