"""Article text -> draft ledger entries, one per quantity mention, with exact spans.

``extract(text)`` reads plain text, Markdown or HTML and returns one
:class:`DraftClaim` per quantity mention: the printed figure exactly as it
stands in the input (``text[start:end] == printed``), its
:class:`~factledger.figures.Figure`, the sentence it stands in, and a guessed
subject and measure marked ``DRAFT:`` for an editor to review. Anything the
extractor is unsure of carries a flag naming the doubt (``unit-guessed``,
``year-like``, ``ambiguous-separator``, ...); nothing is silently guessed.

It is deterministic and offline: a grammar of number forms, scale words, a
unit lexicon and the hedge table, all compiled at import. It never builds the
pint registry. The grammar is in :mod:`factledger.extraction.grammar` (counted noun
phrases in :mod:`factledger.extraction.nouns`), the keep-or-drop decisions in
:mod:`factledger.extraction.filters` (phone numbers in :mod:`factledger.extraction.phones`),
minus signs in :mod:`factledger.extraction.signs`,
the units whose sense the article's words decide in :mod:`~factledger.extraction.degrees`
("40 degrees" of heat), :mod:`~factledger.extraction.pressure` ("12 bars" of pressure),
:mod:`~factledger.extraction.money` ("12 won seats" is no money; "pesos" of the Philippines) and
:mod:`~factledger.extraction.rupees` ("Rs" in Pakistan), and the HTML and Markdown handling
in :mod:`factledger.extraction.text`.
"""

from __future__ import annotations

import os
import re


from factledger.extraction import degrees, filters, money, pressure, rupees, signs
from factledger.extraction.article import ArticleWords
from factledger.errors import FactledgerError
from factledger.claims import DRAFT  # the prefix of a guessed subject or measure; re-exported
from factledger.extraction.grammar import START, Parse, parse_at, printed_unit_word
from factledger.extraction.lexicon import CURRENCY_WORDS, ENGLISH_CURRENCY_WORDS, STOP_WORDS, alternation
from factledger.extraction.lexicon import plural as lex_plural
from factledger.units import COUNTING_PLURALS
from factledger.figures import CURRENCY_CODES
from factledger.extraction.text import View, prepare
from factledger.figures import Figure, below_zero, canonical_unit, mirrored_below_zero, read_ends, read_figure
from factledger.hedges import hedge_named, of_the_size
from factledger.intervals import Interval
from factledger.records import evolve, record

#: a sentence's end with the closing quotes and brackets after it, or a blank line (CRLF too)
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])[.!?][\"”’)\]]*(?=\s|$)|\r?\n[ \t\u00a0]*\r?\n")
#: titles, whose full stop ends no sentence ("Mr. Smith", "Gov. Hochul"); "No." before a
#: number ("No. 10"); and abbreviations whose full stop ends a sentence only before a capital
#: ("the Jan. 12 attack", "approx. 52%", "ca. 300 troops", "200 ft. of wire")
_TITLES = frozenset("mr mrs ms dr prof gov sen rep gen col lt sgt capt st mt jr sr".split())
_ABBREVIATIONS = frozenset(
    "vs approx est c ca ft fig vol jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd".split())
_WORD_BEFORE_STOP = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\.$")
_NEXT = re.compile(r"\s*(\S?)")
_MAX_QUOTE = 600


@record
class DraftClaim:
    """One quantity mention, proposed as a ledger entry for an editor to review.

    ``printed`` is exactly ``text[start:end]`` of the input. ``figure`` is what
    :func:`~factledger.figures.read_figure` makes of it, with the hedge before it
    (``None``, with the flag ``figure-unreadable``, if it could not be read).
    ``unit`` is the unit for the ledger entry: a unit of measure (``"tonne"``,
    ``"USD/month"``) or, for counts, the counted noun (``"tanker"``).
    """

    printed: str
    start: int
    end: int
    figure: Figure | None
    unit: str
    quote: str
    subject: str
    measure: str
    flags: tuple[str, ...] = ()
    hedge: str = ""
    line: int = 0
    hint: str = ""  # what the article's words say of a guessed unit, for the editor ("Rs" in Pakistan)


#: The same record under the name the API brief uses for a found mention.
Mention = DraftClaim


def extract(text: str) -> list[DraftClaim]:
    """Every quantity mention of ``text``, in order, as draft claims."""
    if not isinstance(text, str):
        raise TypeError(_not_text(text))
    view = prepare(text)
    claims: list[DraftClaim] = []
    position = 0
    lines = _LineCounter(text)
    article = ArticleWords(view.text)
    while True:
        match = START.search(view.text, position)
        if match is None:
            return claims
        claim, position = _mention_at(text, view, match.start(), article)
        if claim is not None:
            claims.append(evolve(claim, line=lines.line_of(claim.start)))


def _not_text(given: object) -> str:
    # The regular expressions' own TypeError ("expected string or bytes-like object") names no remedy.
    message = f"extract takes an article's text as a str, not a {type(given).__name__}"
    if isinstance(given, os.PathLike):
        return f"{message}; read the file first: extract(open({os.fspath(given)!r}, encoding='utf-8').read())"
    if isinstance(given, (list, tuple)):
        return f"{message}; extract each article's text in turn"
    return message


class _LineCounter:
    """Line numbers of increasing offsets, counting each newline once (linear, not quadratic)."""

    def __init__(self, text: str) -> None:
        self.text, self.offset, self.line = text, 0, 1

    def line_of(self, offset: int) -> int:
        if offset < self.offset:
            self.offset, self.line = 0, 1
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line


def _mention_at(text: str, view: View, start: int, article: ArticleWords) -> tuple[DraftClaim | None, int]:
    skip = filters.skip_to(view.text, start)
    if skip:
        return None, skip
    parse = parse_at(view.text, start)
    if parse is None:
        return None, _next_word(view.text, start)
    parse = _by_its_sentence(view.text, parse, article)
    hedge = filters.hedge_before(view.text, start) or _hedge_before_sign(view.text, parse)
    if filters.is_preposition(view.text, parse, hedge):
        hedge = ""
    flags = filters.judge(view.text, parse, hedge)
    if flags is None:
        return None, max(parse.end, start + 1)
    return _draft(text, view, parse, hedge, flags, article), max(parse.end, start + 1)


def _by_its_sentence(text: str, parse: Parse, article: ArticleWords) -> Parse:
    """Units whose sense the sentence decides: "Temperatures reached 40 degrees" is a
    temperature, "a pressure of 12 bars" a pressure (the sentence is found only for them)."""
    if parse.unit == degrees.DEGREE:
        return degrees.resolved(_sentence_text(text, parse), parse, article)
    bars = pressure.bars_after(text, parse)
    return pressure.resolved(text, _sentence_text(text, parse), parse, bars) if bars else parse


def _sentence_text(text: str, parse: Parse) -> str:
    return text[slice(*_sentence(text, parse.start, parse.end))]


#: the extractor's names of the temperature units that may be below zero: "-5°C", and "-5 degrees"
#: where the sentence speaks of temperature (drafted with unit = "degC", with which the reader reads the sign)
_TEMPERATURES = frozenset({"degree_Celsius", "degree_Fahrenheit", *degrees.SCALES.values()})


def _signs(text: str, parse: Parse) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The minus sign of a temperature below zero ("-5°C", "minus 5°C"), or else of a negative
    amount ("-0.3%", "minus 2.5 per cent"); at most one of the two."""
    below = signs.below_zero_before(text, parse.start) if parse.unit in _TEMPERATURES else None
    negative = None if below else signs.negative_before(text, parse.start)
    return below, negative


def _kept_or_dropped(text: str, parse: Parse) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The mention's minus sign, as (kept, dropped): kept in the figure where the ledger reads it as
    printed, before a temperature ("-5°C", a level below zero) or a range ("-5 to -3%", with
    signed = true, as the figure reader asks); dropped before any other amount ("-0.3%"), whose
    size is drafted, as a fall or a loss."""
    below, negative = _signs(text, parse)
    if below is not None or (negative is not None and parse.second is not None):
        return below or negative, None
    return None, negative


def _hedge_before_sign(text: str, parse: Parse) -> str:
    """ "about -3%", "nearly -40°C": the hedge before a minus sign is the figure's hedge."""
    sign = next((match for match in _signs(text, parse) if match), None)
    return filters.hedge_before(text, sign.start()) if sign else ""


def _next_word(text: str, start: int) -> int:
    end = start + 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return end


def _draft(text: str, view: View, parse: Parse, hedge: str, flags: tuple[str, ...],
           article: ArticleWords) -> DraftClaim:
    kept, dropped = _kept_or_dropped(view.text, parse)
    if kept is not None:  # "-5°C", "-5 to -3%": printed with the sign, which the ledger reads
        parse = evolve(parse, start=kept.start())
    # "10°C below zero": a level below zero in words, printed through them, as the figure reader reads it
    in_words = degrees.below_zero_end(view.text, parse) if kept is None and parse.unit in _TEMPERATURES else 0
    if in_words:
        parse = evolve(parse, end=in_words)
    if dropped is not None:
        # The ledger takes no negative amount but a level with signed = true: the draft is the
        # size, flagged so that it is not taken for a rise ("shrank by -0.3%" is a fall of 0.3%).
        flags += ("printed-negative",)
    elif kept is not None and parse.unit not in _TEMPERATURES:
        flags += ("negative-range",)  # a level or a change below zero: the editor says which
    start, end = view.input_span(parse.start, parse.end)
    printed = text[start:end]
    quote_start, quote_end = _sentence(view.text, parse.start, parse.end)
    parse, named = _exchange_rate(view.text[quote_start:parse.start], parse)
    parse, hint = _whose_money(view.text, parse, (quote_start, quote_end), article, named)
    if hint:
        flags = tuple(dict.fromkeys((*flags, "unit-ambiguous")))
    unit = _unit_text(parse)
    # With a hedge, the figure is printed from the hedge on, so its sign is in it: "about -3%".
    shown_from = dropped.start() if dropped is not None and hedge else parse.start
    figure, read_flags = _figure(view.text[shown_from:parse.end], parse, hedge,
                                 _hedge_of_size(hedge) if dropped is not None else hedge,
                                 below_zero_range=kept is not None and parse.second is not None,
                                 signed="negative-range" in flags)
    if kept is not None and parse.second is None and figure is not None:
        figure = below_zero(figure)
    if in_words and figure is not None:
        figure = mirrored_below_zero(figure)  # "10°C below zero", as the reader reads the words
    quote = " ".join(view.text[quote_start:quote_end].split())
    subject, measure = _guess_subject(view.text[quote_start:parse.start], parse, unit)
    if parse.unit in _TEMPERATURES and degrees.is_difference(view.text, parse):
        measure = measure.replace("DRAFT: temperature", "DRAFT: change in temperature", 1)
    if "printed-negative" in flags:
        measure += " (printed negative: a fall or a loss)"
    elif "negative-range" in flags:
        measure += " (printed negative: a level or a change below zero)"
    return DraftClaim(printed, start, end, figure, unit, quote, subject, measure,
                      flags + read_flags, hedge, hint=hint)


def _whose_money(text: str, parse: Parse, sentence: tuple[int, int], article: ArticleWords,
                 named: str) -> tuple[Parse, str]:
    """Money of several countries, as the sentence names one: "The Philippines will spend 30 billion pesos"
    is in PHP (see :mod:`factledger.extraction.money`), "Rs" in Pakistan in PKR; with a word for
    the editor. ``named`` is the currency word an exchange rate took its currency from."""
    word = named or ("" if parse.currency else printed_unit_word(text, parse))
    if word.lower() in money.WORDS_OF_MANY:
        code, hint = money.whose(word, text[sentence[0]:parse.start], text[parse.end:sentence[1]])
        return evolve(parse, unit=code), hint
    return _whose_rupees(text, parse, sentence, article)


def _whose_rupees(text: str, parse: Parse, sentence: tuple[int, int], article: ArticleWords) -> tuple[Parse, str]:
    """ "Rs 5 billion" is in PKR where its sentence names Pakistan; in INR, with a word for the
    editor, where only the article does (see :mod:`factledger.extraction.rupees`)."""
    if not rupees.of_many(text, parse):
        return parse, ""
    code, hint = rupees.whose(text[sentence[0]:parse.start], text[parse.end:sentence[1]], article.rupee_countries)
    return evolve(parse, **{"currency" if parse.currency else "unit": code}), hint


def _hedge_of_size(hedge: str) -> str:
    """What ``hedge`` before a negative amount says of its size, which the figure reads: "about
    -3%" is about 3, but "more than -3%" less than 3 (a hedge of place turns around)."""
    return of_the_size(hedge_named(hedge)) if hedge else ""


#: a currency named in words before an exchange rate ("the rupee weakened to 283.6 per dollar"), one
#: that is a word of English only after "the" ("the won weakened", not "Labour won")
_CURRENCY_WORD = re.compile(
    rf"\b(?P<word>{alternation(set(CURRENCY_WORDS) - ENGLISH_CURRENCY_WORDS)}"
    rf"|(?<=\bthe )(?-i:{alternation(ENGLISH_CURRENCY_WORDS)}))\b", re.IGNORECASE)


def _exchange_rate(before: str, parse: Parse) -> tuple[Parse, str]:
    """ "283.6 per dollar", "283.6 rupees per dollar": an exchange rate is one currency per
    another, the first named before it in the sentence if the figure names none (that word is
    returned too: "peso" is the money of several countries). A rupee is the currency of the
    country the sentence names, where the ledger knows its code."""
    if len(parse.per) != 1 or parse.per[0] not in CURRENCY_CODES or parse.counted or parse.currency:
        return parse, ""
    words = [" ".join(m.group("word").lower().split()) for m in _CURRENCY_WORD.finditer(before)]
    named = "" if parse.unit else next(
        (w for w in reversed(words) if CURRENCY_WORDS.get(w) not in (None, parse.per[0])), "")
    local = parse.unit or CURRENCY_WORDS.get(named, "")
    if not local:
        return parse, ""
    if local == "INR" and (parse.unit or "rupee" in words or "rupees" in words):
        local = rupees.named_last(before) or local
    return evolve(parse, unit=local, bare=False), named


def _unit_text(parse: Parse) -> str:
    top = parse.currency or parse.unit or ""
    return "/".join([top] + list(parse.per)) if parse.per else top


# -- the figure -----------------------------------------------------------------------------
def _figure(printed: str, parse: Parse, hedge: str, reading_hedge: str, below_zero_range: bool = False,
            signed: bool = False) -> tuple[Figure | None, tuple[str, ...]]:
    """Read the number with :func:`read_figure`, then attach the unit the grammar found.

    The figure reader is given only the number (with scale words spelled out and
    ``reading_hedge``, the hedge as it bounds that number, before it), so reading never
    compiles a unit and never builds pint; ``hedge`` is printed before the figure. A range
    from below zero ("-5 to -3%", "-5 to -3°C") is read with its signs; the figure is
    ``signed`` where the ledger needs ``signed = true`` to read it so (not for a temperature).
    """
    reading = parse.inches or parse.first.reading
    if parse.second is not None:
        reading = f"{'-' if below_zero_range else ''}{reading}"
    if reading_hedge:
        reading = f"{reading_hedge} {reading}"
    try:
        figure = evolve(_read(reading, parse, below_zero_range), signed=signed)
    except FactledgerError:
        return None, ("figure-unreadable",)
    if parse.inches:
        feet = _feet(parse)
        if feet is None:
            return None, ("figure-unreadable",)
        figure = _plus(figure, 12 * feet)
    shown = f"{hedge} {' '.join(printed.split())}" if hedge else " ".join(printed.split())
    unit = "" if parse.counted else canonical_unit(parse.currency or parse.unit)
    per = parse.per[0] if len(parse.per) == 1 and not parse.counted else ""
    return evolve(figure, text=shown, unit=unit, per=per, per_count=parse.per_count), ()


def _read(reading: str, parse: Parse, below_zero_range: bool) -> Figure:
    """The figure of ``reading``, the first end or only number (with its hedge), and of the
    second end after it: a first end printed with its unit keeps its own scale, as the figure
    reader reads it ("5 tonnes to 7 million tonnes"); otherwise the second's is of both ("5 to
    7 million tonnes")."""
    if parse.second is None:
        return read_figure(reading, signed=below_zero_range)
    if parse.unit_on_both_ends:
        return read_ends(reading, parse.second.reading, signed=below_zero_range)
    return read_figure(f"{reading} to {parse.second.reading}", signed=below_zero_range)


def _feet(parse: Parse) -> float | None:
    """The whole feet before the inches, in digits or words ("4 ft", "two ft"); ``None`` for any other
    number ("a half ft"), which no measure in feet and inches starts with."""
    try:
        feet = read_figure(parse.first.reading).value
    except FactledgerError:
        return None
    return feet if feet == int(feet) else None


def _plus(figure: Figure, offset: float) -> Figure:
    """ "4 ft 8 1/2 in": the inches reading, shifted by the whole feet."""
    def shift(interval: Interval) -> Interval:
        return Interval(interval.lo + offset, interval.hi + offset)

    return evolve(figure, value=figure.value + offset, interval=shift(figure.interval),
                        bounds=shift(figure.bounds))


# -- quote, subject, measure ----------------------------------------------------------------
def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start:end`` (at most a few hundred characters either side)."""
    window_start = max(0, start - _MAX_QUOTE // 2)
    left = window_start
    for match in _breaks(text, window_start, start):
        left = match.end()
    right_match = next(_breaks(text, end, min(len(text), end + _MAX_QUOTE // 2)), None)
    right = right_match.end() if right_match else min(len(text), end + _MAX_QUOTE // 2)
    if right_match and right_match.group(0).startswith(("\n", "\r")):
        right = right_match.start()
    return left + (text.startswith("\ufeff", left)), right


def _breaks(text: str, start: int, end: int):
    """The sentence breaks in ``text[start:end]``, but for the full stop of an abbreviation."""
    for match in _SENTENCE_BREAK.finditer(text, start, end):
        if not _abbreviation(text, match):
            yield match


def _abbreviation(text: str, stop: re.Match[str]) -> bool:
    word = _WORD_BEFORE_STOP.search(text, max(0, stop.start() - 8), stop.start() + 1)
    if word is None or stop.group(0) != ".":
        return False
    # _NEXT matches anywhere, if only the empty string
    name, following = word.group(1).lower(), _NEXT.match(text, stop.end()).group(1)  # type: ignore[union-attr]
    if name == "no":
        return following.isdigit()
    return name in _TITLES or (name in _ABBREVIATIONS and not following.isupper())


_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w’'-]*(?:[ \u00a0]+(?:of[ \u00a0]+)?[A-Z][\w’'-]*)*)")
_DIMENSIONS = {"USD": "amount in US dollars", "EUR": "amount in euros", "percent": "share",
               "percentage_point": "change in percentage points",
               **dict.fromkeys(("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade",
                                "century"), "duration"),
               "degree_Celsius": "temperature in °C", "degree_Fahrenheit": "temperature in °F",
               "degC": "temperature in °C", "degF": "temperature in °F", "degree": "quantity in degrees",
               "bar": "pressure in bar",
               "GBP": "amount in pounds sterling", "JPY": "amount in yen", "CNY": "amount in yuan"}



def _guess_subject(before: str, parse: Parse, unit: str) -> tuple[str, str]:
    """A first guess for an editor: the last proper name before the figure, and the unit's kind."""
    names = [m.group(0).removesuffix("’s").removesuffix("'s") for m in _CAPITALISED_RUN.finditer(before)]
    names = [n for n in names if len(n) > 2 and n.lower() not in STOP_WORDS]
    subject = names[-1] if names else "unknown"
    if parse.counted:
        measure = f"number of {parse.noun or parse.unit}"
    elif len(parse.per) == 1 and parse.per[0] in CURRENCY_CODES and parse.unit in CURRENCY_CODES:
        return DRAFT + subject, DRAFT + f"exchange rate in {parse.unit} per {parse.per[0]}"
    else:
        top = parse.currency or parse.unit
        measure = _DIMENSIONS.get(top, f"quantity in {top}" if top else "count")
    per = list(parse.per)
    if parse.per_count:  # "visits per 100,000 residents", "per 100,000"
        per[:1] = [f"{parse.per_count} {COUNTING_PLURALS.get(per[0]) or lex_plural(per[0])}" if per
                   else parse.per_count]
    if per:
        measure += " per " + " per ".join(per)
    return DRAFT + subject, DRAFT + measure


__all__ = ["DRAFT", "DraftClaim", "Mention", "extract"]
