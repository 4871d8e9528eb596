"""Hedge words, and the bounds they put on a printed figure: a table, not branches.

"about 80,000 tonnes" is not the same claim as "80,000 tonnes": the hedge says
how far the truth may lie from the printed value. Each entry of :data:`HEDGES`
maps words to one :class:`Hedge`, which turns the figure's rounding interval
into the interval the sentence actually asserts.
"""

from __future__ import annotations

import enum

from factledger.intervals import INF, Interval
from factledger.records import record


class HedgeKind(enum.Enum):
    """What a hedge does to a figure: widen it, put it just below, or make it a bound."""

    APPROXIMATE = "approximate"  # about, roughly: either side, by a stated width
    JUST_BELOW = "just below"  # nearly, almost: a little under the value
    UPPER_BOUND = "upper bound"  # up to, as much as, at most, or less
    LOWER_BOUND = "lower bound"  # more than, over, at least, or more


@record
class Hedge:
    """One hedge: the words that introduce it and what they mean."""

    word: str
    kind: HedgeKind
    #: relative width for approximate and just-below hedges (0.1 is 10 %)
    width: float = 0.0
    #: whether the bound itself is included ("at least 5" includes 5; "more than 5" does not)
    inclusive: bool = True
    #: whether the words speak of size ("nearly", "as much as") rather than of a place on the scale
    of_size: bool = False

    def apply(self, interval: Interval, value: float, signed: bool = False) -> Interval:
        """The interval a hedged figure asserts, from its rounding ``interval``.

        ``signed`` figures (temperatures, and levels the ledger says are ``signed``) may lie
        below zero. There a hedge of place bounds the value on the number line ("below
        -12°C" is colder than -12, "at most 5°C" any temperature to 5), and a hedge of size
        its distance from zero ("nearly -40°C" is a little warmer than -40, "up to -30°C"
        as cold as -30). A range across zero has a midpoint near zero, which says nothing
        of its size: "about -0.5% to 0.25%" widens by a tenth of its farther end.
        """
        if signed and self.of_size and value < 0 and interval.hi <= 0:
            mirrored = self.apply(-interval, 0.0 - value)
            return Interval(0.0 - mirrored.hi, 0.0 - mirrored.lo)  # 0.0 - x: no "-0" for a bound at zero
        if signed and self.kind is HedgeKind.UPPER_BOUND:
            return Interval(-INF, interval.hi)
        size = max(-interval.lo, interval.hi) if signed and interval.lo < 0 < interval.hi else abs(value)
        slack = size * self.width
        if self.kind is HedgeKind.APPROXIMATE:
            return Interval(interval.lo - slack, interval.hi + slack)
        if self.kind is HedgeKind.JUST_BELOW:
            return Interval(interval.lo - slack, interval.hi)
        if self.kind is HedgeKind.UPPER_BOUND:
            floor = 0.0 if interval.lo >= 0 else -INF
            return Interval(min(floor, interval.lo), interval.hi)
        return Interval(interval.lo, INF)

    def describe(self, value_text: str) -> str:
        if self.kind is HedgeKind.APPROXIMATE:
            return f"{self.word} {value_text}: within {self.width:.0%} either side"
        if self.kind is HedgeKind.JUST_BELOW:
            return f"{self.word} {value_text}: up to {self.width:.0%} below"
        if self.kind is HedgeKind.UPPER_BOUND:
            return f"{self.word} {value_text}: at most {value_text}"
        closed = "or more" if self.inclusive else "exclusive"
        return f"{self.word} {value_text}: a lower bound ({closed})"


APPROXIMATE_WIDTH = 0.10
JUST_BELOW_WIDTH = 0.10


def _entries(kind: HedgeKind, words: str, width: float = 0.0, inclusive: bool = True,
             of_size: bool = False) -> list[Hedge]:
    return [Hedge(w.strip(), kind, width, inclusive, of_size) for w in words.split(",")]


#: Hedge words that come before a figure, longest first when matching.
HEDGES: tuple[Hedge, ...] = tuple(
    _entries(HedgeKind.APPROXIMATE,
             "about, roughly, around, approximately, approx., some, an estimated, estimated, "
             "circa, c., ca., close to, nearly equal to, on the order of, ~, an approximate",
             APPROXIMATE_WIDTH)
    + _entries(HedgeKind.JUST_BELOW, "nearly, almost, not quite", JUST_BELOW_WIDTH, of_size=True)
    + _entries(HedgeKind.JUST_BELOW, "just under, just below", JUST_BELOW_WIDTH)
    # "up to" tells how far a figure reaches: "frosts of up to -30°C" are as cold as -30.
    + _entries(HedgeKind.UPPER_BOUND, "as much as, as many as, up to", inclusive=True, of_size=True)
    + _entries(HedgeKind.UPPER_BOUND, "as high as, at most, no more than, not more than, "
               "a maximum of", inclusive=True)
    + _entries(HedgeKind.UPPER_BOUND, "below, under, less than, fewer than, well under, well below, "
               "far less than, far fewer than", inclusive=False)
    + _entries(HedgeKind.LOWER_BOUND, "at least, no less than, not less than, a minimum of, as low as",
               inclusive=True)
    + _entries(HedgeKind.LOWER_BOUND, "more than, over, upwards of, higher than, above, "
               "in excess of, greater than, >, well over, well above, far more than, just over, "
               "just above, slightly more than, slightly over", inclusive=False)
)

#: Hedges written after a figure ("$1,250 or less").
TRAILING_HEDGES: tuple[Hedge, ...] = tuple(
    _entries(HedgeKind.UPPER_BOUND, "or less, or fewer, or below, at most, at the most")
    + _entries(HedgeKind.LOWER_BOUND, "or more, or above, at least, plus, +")
)

#: What a hedge of place says of the size of a negative amount, by its kind and whether it
#: includes its bound: "more than -3%" is a fall of less than 3%, "at most -3%" one of at least 3%.
_OF_THE_SIZE = {(HedgeKind.LOWER_BOUND, True): "at most", (HedgeKind.LOWER_BOUND, False): "less than",
                (HedgeKind.UPPER_BOUND, True): "at least", (HedgeKind.UPPER_BOUND, False): "more than",
                (HedgeKind.JUST_BELOW, True): "just over"}


def of_the_size(hedge: Hedge) -> str:
    """The words that say of a negative amount's size what ``hedge`` says of the amount.

    A hedge of size ("nearly", "up to") or an approximate one ("about") says the same of
    both: "about -3%" is a fall of about 3%. A hedge of place turns around: "more than -3%"
    is a fall of less than 3%.
    """
    if hedge.of_size or hedge.kind is HedgeKind.APPROXIMATE:
        return hedge.word
    return _OF_THE_SIZE[(hedge.kind, hedge.inclusive)]


_BY_WORD = {h.word.lower(): h for h in HEDGES}
_TRAILING_BY_WORD = {h.word.lower(): h for h in TRAILING_HEDGES}
_LEADING_ORDER = sorted(_BY_WORD, key=len, reverse=True)
_TRAILING_ORDER = sorted(_TRAILING_BY_WORD, key=len, reverse=True)


def hedge_named(word: str) -> Hedge:
    """The hedge for ``word`` (leading or trailing); ``KeyError`` if there is none."""
    key = " ".join(word.lower().split())
    return _BY_WORD.get(key) or _TRAILING_BY_WORD[key]


def split_leading(text: str) -> tuple[Hedge | None, str]:
    """Split a leading hedge off ``text``: ``"about 80,000 t"`` -> (about, ``"80,000 t"``)."""
    lowered = text.lower()
    for word in _LEADING_ORDER:
        if lowered.startswith(word) and _boundary(text, len(word)):
            return _BY_WORD[word], text[len(word):].lstrip()
    return None, text


def split_trailing(text: str) -> tuple[Hedge | None, str]:
    """Split a trailing hedge off ``text``: ``"$1,250 or less"`` -> (or less, ``"$1,250"``)."""
    lowered = text.lower().rstrip()
    for word in _TRAILING_ORDER:
        if lowered.endswith(word) and _trailing_boundary(lowered, word):
            return _TRAILING_BY_WORD[word], text.rstrip()[: -len(word)].rstrip()
    return None, text


def _trailing_boundary(text: str, word: str) -> bool:
    """A word hedge stands apart ("5 plus"); a sign may be glued to the figure ("100+")."""
    if len(text) == len(word) or not word[0].isalnum():
        return True
    return not text[-len(word) - 1].isalnum()


def _boundary(text: str, end: int) -> bool:
    return end >= len(text) or not (text[end].isalnum() and text[end - 1].isalnum())


__all__ = ["HEDGES", "TRAILING_HEDGES", "Hedge", "HedgeKind", "hedge_named", "of_the_size", "split_leading",
           "split_trailing"]
