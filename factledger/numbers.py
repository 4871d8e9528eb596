"""Numbers as printed: digits, separators, fractions and number words.

Each reader returns a :class:`PrintedNumber`: the value and the half-width of
the rounding the printing implies ("1.50" is +-0.005, "1.5" +-0.05). The
figure reader (``figures.py``) adds currency, scale words, units and hedges.

Readings, each documented in ``docs/figures.md``:

* ``12,000`` -- comma groups of three digits are thousands separators. An
  integer with trailing zeros is read at its *least precise* reasonable
  reading, half a unit of its last non-zero digit (+-500), because a reader
  cannot tell "about twelve thousand" from "exactly 12,000", and a finding
  must never depend on a precision the writer may not have meant.
* ``1,3`` -- a comma followed by one or two digits is a decimal comma.
* ``27⁄32``, ``1/2``, ``½`` -- fractions; precision is half of one
  ``1/denominator`` step (the writer chose the denominator).
* ``twelve thousand``, ``a third`` -- number words read like their digits;
  word fractions ("a third", "half") are read as exact.
"""

from __future__ import annotations

import re

from factledger.errors import FigureError
from factledger.patterns import OnFirstUse
from factledger.records import record


@record
class PrintedNumber:
    value: float
    half_width: float
    exact: bool = False


class _Grammar:
    """The number reader's patterns, compiled when the first number is read (``factledger.patterns``)."""

    digits = OnFirstUse(r"^(?P<int>\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:(?P<sep>[.,])(?P<frac>\d+))?$")
    fraction = OnFirstUse(r"^(\d+)\s*[/⁄](\d+)$")


_UNICODE_FRACTIONS = {
    "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5),
    "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8),
    "⅞": (7, 8),
}


def read_digits(text: str) -> PrintedNumber:
    """Read ``"12,000"``, ``"12 000"``, ``"92.5"``, ``".5"``, ``"1,3"`` (decimal comma), ``"1520"``.

    Digits of other scripts ("１２,０００", "١٢") read as the ASCII digits they are, so
    that their trailing zeros widen the reading as "12,000"'s do.
    """
    if not text.isascii():
        text = "".join(str(int(c)) if c.isdecimal() else c for c in text)
    if text.startswith("."):  # ".5%": a leading point has its zero unprinted, as "0.5%"
        text = "0" + text
    match = _Grammar.digits.match(text)
    if match is None:
        raise FigureError(f"{text!r} is not a number as printed (expected digits such as 12,000 or 92.5)")
    whole, sep, frac = match.group("int"), match.group("sep"), match.group("frac")
    if sep == "," and "," in whole:
        raise FigureError(f"{text!r} mixes thousands separators and a decimal comma")
    if sep == "," and len(frac) == 3:
        # "1,500" -- the digits pattern already took 3-digit groups as thousands.
        raise FigureError(f"{text!r} is not a number as printed")
    digits = whole.replace(",", "").replace(" ", "")
    if frac is not None:
        value = float(f"{digits}.{frac}")
        return PrintedNumber(value, 0.5 * 10.0 ** -len(frac))
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped) if stripped else 0
    return PrintedNumber(float(digits), 0.5 * 10.0**zeros)


def read_fraction(text: str) -> PrintedNumber:
    """Read ``"27⁄32"``, ``"1/2"`` or ``"½"``."""
    if text in _UNICODE_FRACTIONS:
        num, den = _UNICODE_FRACTIONS[text]
    else:
        match = _Grammar.fraction.match(text)
        if match is None:
            raise FigureError(f"{text!r} is not a fraction")
        num, den = int(match.group(1)), int(match.group(2))
    if den == 0:
        raise FigureError(f"fraction {text!r} divides by zero")
    # int / int is correctly rounded, as Fraction(num, den) converted to float is.
    return PrintedNumber(num / den, 0.5 / den)


# -- number words ---------------------------------------------------------------------
_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000,
          # South Asian news counts in lakhs (100,000) and crores (10 million)
          "lakh": 100_000, "crore": 10_000_000}
_FRACTION_WORDS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                   "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
_ARTICLES = {"a", "an", "one"}
NUMBER_WORDS = frozenset(_SMALL) | frozenset(_TENS) | frozenset(SCALES) | {"dozen"}
FRACTION_WORDS = frozenset(_FRACTION_WORDS)
_UNITS = frozenset(w for w, i in _SMALL.items() if 1 <= i <= 9)


def follows_in_number(previous: str, word: str, hyphenated: bool) -> bool:
    """Whether number word ``word`` goes on the number that ``previous`` ends, or starts another.

    A unit word goes on a tens word ("twenty-five", "twenty five"); a scale word goes on any
    number word ("five hundred", "five-hundred"); a smaller number goes on a scale word when a
    space joins them ("one hundred five", "two thousand twenty"). Anything else is two numbers:
    "five-ten", "ten-twenty" and "three-four" are ranges as news prints them, and "five ten" is no
    number at all (read as one, the words were added up: "five-ten percent" read as 15%). After
    "a" or "an" only a scale word goes on ("a hundred"). "and" and word fractions are left to
    the caller.
    """
    if word not in NUMBER_WORDS:
        return True
    if previous in ("a", "an"):
        return word in SCALES or word == "dozen"  # "a hundred", "a dozen"; "a five" is no number
    if previous not in NUMBER_WORDS:
        return True
    if word in SCALES or word == "dozen":
        return True
    if previous in _TENS and word in _UNITS:
        return True
    return not hyphenated and previous in SCALES


def read_words(text: str) -> PrintedNumber:
    """Read ``"twelve thousand"``, ``"a third"``, ``"two thirds"``, ``"half"``."""
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w]
    if not words:
        raise FigureError("empty number words")
    if words[-1] in _FRACTION_WORDS and "and" in words[1:-1]:
        return _read_mixed_words(words, text)
    words = [w for w in words if w != "and"]
    if words[-1] in _FRACTION_WORDS:
        return _read_word_fraction(words, text)
    total, current, last_unit = 0, 0, 1
    for word in words:
        if word in _SMALL:
            current += _SMALL[word]
            last_unit = 1
        elif word in _TENS:
            current += _TENS[word]
            last_unit = 10 if _TENS[word] % 10 == 0 else 1
        elif word == "dozen":
            current, last_unit = max(current, 1) * 12, 1
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] > 100:
                total, current = total + current, 0
            last_unit = SCALES[word]
        elif word in _ARTICLES and current == 0:
            current = 1
        else:
            raise FigureError(f"{text!r}: {word!r} is not a number word")
    value = total + current
    # "twelve thousand": the smallest word names the precision, as digits do.
    return PrintedNumber(float(value), 0.5 * _least_unit(value, last_unit))


def _least_unit(value: int, last_unit: int) -> int:
    unit = max(last_unit, 1)
    while value and value % (unit * 10) == 0:
        unit *= 10
    return unit


def _read_mixed_words(words: list[str], text: str) -> PrintedNumber:
    """"two and a half": a whole number in words, "and", a word fraction; exact like the fraction."""
    cut = len(words) - 1 - words[::-1].index("and")
    whole = read_words(" ".join(words[:cut]))
    fraction = _read_word_fraction(words[cut + 1:], text)
    return PrintedNumber(whole.value + fraction.value, 0.0, exact=True)


def _read_word_fraction(words: list[str], text: str) -> PrintedNumber:
    den = _FRACTION_WORDS[words[-1]]
    head = words[:-1]
    if not head or head[0] in _ARTICLES:
        num = 1
    else:
        num = int(read_words(" ".join(head)).value)
    if den == 2 and words[-1] == "half" and head and head[0] not in _ARTICLES:
        raise FigureError(f"{text!r} is not a fraction in words")
    return PrintedNumber(num / den, 0.0, exact=True)
