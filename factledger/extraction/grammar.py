"""The grammar of a quantity mention, read forwards from where a number starts.

::

    [currency] number [scale] [unit] [(-|to|and) [currency] number [scale]]
        [unit | -unit | counted noun phrase] [rate]

(the first ``unit`` only where the second end prints it again: "5% to 7%", "5 km to 7 km").

``number`` is digits ("12,000", "1,3", "92.5", "12 000"), a fraction ("½", "2½",
"8 1/2", "6-1/2", "27⁄32"), or number words ("twelve thousand", "a third",
"two-thirds", "half"). Every pattern is compiled once, at import. Nothing here
decides whether a mention is kept: :mod:`factledger.extraction.filters` does.
"""

from __future__ import annotations

import re


from factledger.extraction import lexicon as lex
from factledger.extraction import money, signs
from factledger.extraction.nouns import counted_noun
from factledger.errors import FactledgerError
from factledger.figures import (CURRENCY_CODES, CURRENCY_WORDS_OF_MANY, FIRST_END_UNIT, MINUS_SIGNS, per_count_text,
                                read_ends)
from factledger.hedges import HEDGES
from factledger.numbers import follows_in_number
from factledger.records import evolve, record
from factledger.units import shipped_unit, singular  # singular: a counted noun's unit name, as the reader names it

_UNICODE_FRACTIONS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
_CODES = "|".join(CURRENCY_CODES)  # the codes the figure reader takes before an amount
_SPACE = r"[ \u00a0\u202f\u2009]"
_LEADING_POINT = r"\.(?=[0-9])"
#: dollar signs running text spaces from their country's letters ("US $5", "USD $5")
_SPACED_SIGNS = frozenset({"US$", "USD$"})


def _symbol_pattern(symbol: str) -> str:
    """One currency symbol of the figure reader's as a pattern; one of letters alone ("Rs",
    "Rs.", "RM") is a currency only right before digits, or it is a word or a name."""
    pattern = re.escape(symbol)
    if symbol in _SPACED_SIGNS:
        pattern = re.escape(symbol[:-1]) + rf"{_SPACE}?\$"
    if symbol.rstrip(".").isalpha():
        pattern += rf"(?={_SPACE}?(?:[0-9]|\.[0-9]))"
    return pattern


def _symbols_pattern(symbols) -> str:
    """The figure reader's currency symbols, longest first so that "HK$" is not read as "$". One
    with letters starts a word ("HK$", "KSh", "E£": the "£" of "E£" alone would be pounds); all
    are case-sensitive, as "rs" and "rm" are words. A character class holds the one-character signs."""
    lettered = sorted((s for s in symbols if s[0].isalpha()), key=len, reverse=True)
    signs = "".join(sorted(s for s in symbols if len(s) == 1 and not s.isalpha()))
    others = sorted((s for s in symbols if not s[0].isalpha() and len(s) > 1), key=len, reverse=True)
    parts = [r"(?<![A-Za-z0-9])(?:" + "|".join(map(_symbol_pattern, lettered)) + ")",
             *map(_symbol_pattern, others), f"[{re.escape(signs)}]"]
    return "(?-i:" + "|".join(parts) + ")"


#: the currency symbols extraction takes before an amount (lexicon.PREFIX_SYMBOLS)
_SYMBOLS = _symbols_pattern(lex.PREFIX_SYMBOLS)
#: the first character of each sign that is no letter: where a range's second end may start ("₦5-₦7bn")
_SIGN_STARTS = re.escape("".join(sorted({s[0] for s in lex.PREFIX_SYMBOLS if not s[0].isalnum()})))
_WORD_NUMBERS = lex.NUMBER_WORDS_SMALL + lex.NUMBER_WORDS_TENS + lex.NUMBER_WORDS_SCALE
_FRACTION_WORD = lex.alternation(lex.FRACTION_WORDS)
_NUMBER_WORD = lex.alternation(_WORD_NUMBERS)

#: a unit of time "a" or "an" counts one of after a hedge ("more than an hour", "nearly a year"); not
#: "second" before a word, an ordinal ("at least a second term")
_A_TIME = (r"(?:second(?![ \u00a0]*[-A-Za-z])|(?:minute|hour|day|week|fortnight|month|year|decade|century)\b)")

#: Where a mention may start: a currency, digits, a Unicode fraction, number words, "a third".
START = re.compile(
    rf"(?:{_SYMBOLS}|\b(?:{_CODES}){_SPACE})"
    rf"{_SPACE}?(?=[0-9{_UNICODE_FRACTIONS}]|\.[0-9])"
    rf"|[0-9{_UNICODE_FRACTIONS}]"
    # ".5%": a leading decimal point where a word starts, not the full stop of a sentence before a
    # footnote marker ("(3%).5", "goods.6") or of an abbreviation ("Rs.2")
    rf"|(?:(?<=[\s(\[\"\u201c'\u2018])|^){_LEADING_POINT}"
    rf"|\b(?:{_NUMBER_WORD}|{_FRACTION_WORD})\b"
    rf"|\ban?{_SPACE}+(?=(?:{_FRACTION_WORD}|hundred|thousand|million|billion|trillion|dozen)\b|{_A_TIME}"
    rf"|[A-Za-z]+{_SPACE}+and{_SPACE}+an?{_SPACE}+(?:half|quarter)\b)",
    re.IGNORECASE)

_CURRENCY = re.compile(
    rf"(?P<cur>{_SYMBOLS}|(?:{_CODES}){_SPACE})"
    rf"{_SPACE}?")
_DIGITS = re.compile(
    r"(?P<grouped>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?)"
    # "1.234.567", "1.250,50": two dot groups, or one before a decimal comma, can only be grouping
    # (a full stop after them ends the sentence: "grew to 1.234.567.")
    r"|(?P<dotted>[0-9]{1,3}(?:\.[0-9]{3}){2,}(?![0-9]|\.[0-9])(?:,[0-9]+(?![0-9,]))?"
    r"|[0-9]{1,3}\.[0-9]{3},[0-9]{1,2}(?![0-9,]|\.[0-9]))"
    r"|(?P<spaced>[0-9]{1,3}(?:[\u00a0\u202f\u2009][0-9]{3})+(?![0-9])"
    # "12 000 galaxies": groups of exactly three after one to three digits; not "2 100-metre" or "3 100m"
    r"|[0-9]{1,3}(?: [0-9]{3})+(?![0-9A-Za-z.,\-\u2013/⁄]))"
    r"|(?P<deccomma>[0-9]+,[0-9]{1,2}(?![0-9,]))"
    r"|(?P<plain>[0-9]+(?:\.[0-9]+)?)"
    r"|(?P<point>\.[0-9]+)")
_GLUED_FRACTION = re.compile(rf"[{_UNICODE_FRACTIONS}]")
_MIXED_FRACTION = re.compile(r"(?:[ \u00a0]+|-)(?P<frac>[0-9]{1,2}[/⁄][0-9]{1,3})(?![0-9/⁄])")
_SLASH_FRACTION = re.compile(r"[/⁄](?P<den>[0-9]{1,3})(?![0-9/⁄.])")
_WORD_TOKEN = re.compile(r"(?P<sep>[ \u00a0]*-[ \u00a0]*|[ \u00a0]+(?:and[ \u00a0]+)?|)(?P<word>[A-Za-z]+)")
_GLUED_SCALE = re.compile(r"(?P<scale>mln|mn|bn|tn|[kKMBbmT])(?![A-Za-z0-9])")
_SPACED_SCALE = re.compile(rf"{_SPACE}+(?P<scale>{lex.alternation(lex.SPACED_SCALES)})(?![A-Za-z])",
                           re.IGNORECASE)
_RANGE = re.compile(rf"[ \u00a0]*(?P<sep>-|–|to\b|and\b)[ \u00a0\n]*(?=[{_SIGN_STARTS}A-Za-z0-9{re.escape(MINUS_SIGNS)}])",
                    re.IGNORECASE)
_SYMBOL_UNIT = re.compile(
    rf"(?P<space>{_SPACE}*)(?P<unit>{lex.alternation(lex.SYMBOL_UNITS)})(?![A-Za-z0-9²³])")
_WORD_UNIT = re.compile(
    rf"(?P<space>{_SPACE}*)(?P<unit>{lex.alternation(lex.WORD_UNITS)})(?![A-Za-z])", re.IGNORECASE)
#: a unit word or counted noun after a glued "m": "24m euros", "5m people" are millions
_UNIT_WORD_AFTER = re.compile(
    rf"{_SPACE}+(?:{lex.alternation(lex.WORD_UNITS)}|{lex.alternation(lex.COUNTED_UNIT_WORDS)})(?![A-Za-z])",
    re.IGNORECASE)
_FRACTION_OF_SCALE = re.compile(
    rf"(?:{_SPACE}+(?:of{_SPACE}+)?an?{_SPACE}+|-(?=dozen))(?P<scale>thousand|million|billion|trillion|dozen)"
    rf"(?![A-Za-z])",
    re.IGNORECASE)
_HYPHEN_WORD = re.compile(r"-(?P<word>[A-Za-z]+)(?![A-Za-z])")
_NUMBER_NEXT = re.compile(rf"{_SPACE}*(?:[0-9]|\.[0-9])")
_GLOSS = re.compile(r"[ \u00a0]*\([A-Za-z]{1,6}\)")
_GAP = r"(?:[ \u00a0]+|[ \u00a0]*\n[ \u00a0]*)"  # spaces, or one line break
_RATE = re.compile(
    rf"(?:[ \u00a0]*/[ \u00a0]*|{_GAP}per{_GAP}|{_GAP}an?{_GAP}|{_GAP}each{_GAP}|{_GAP}every{_GAP})"
    rf"(?P<time>{lex.alternation(lex.RATE_TIMES)})(?![A-Za-z])"
    # "2.9% a year earlier", "a month ago": a time the figure is from, not a rate
    rf"(?!{_GAP}(?:earlier|ago|before|later|after|prior|previously)\b)", re.IGNORECASE)
_RATE_ADVERB = re.compile(rf"{_GAP}(?P<adv>daily|weekly|monthly|annually|yearly|hourly|per annum)(?![A-Za-z])",
                          re.IGNORECASE)
_PER_NOUN = re.compile(rf"{_GAP}per{_GAP}(?P<noun>[a-z]{{3,}})(?![A-Za-z])")
#: "Rs 272.15 a litre", "$80 a barrel", "$5 a share": a price per thing, after an amount of money
_PRICE_PER = re.compile(rf"{_GAP}an?{_GAP}(?P<noun>{lex.alternation(lex.PRICED_BY)})(?![A-Za-z])", re.IGNORECASE)
_COMPOUND_INCHES = re.compile(
    r"[ \u00a0]+(?P<whole>[0-9]{1,2})(?:[ \u00a0]+(?P<frac>[0-9]{1,2}[/⁄][0-9]{1,3}))?[ \u00a0]*(?:in\.?|inches)(?![A-Za-z])")

#: "half a percentage point", "a quarter of an hour": a fraction of one unit
_FRACTION_OF_UNIT = re.compile(
    rf"{_SPACE}+(?:of{_SPACE}+)?an?(?={_SPACE}+(?:{lex.alternation(lex.WORD_UNITS)})(?![A-Za-z]))", re.IGNORECASE)
#: a verb or noun of change, up to three words ("cut its forecast", "rose sharply"), "from" or
#: "by" and perhaps a hedge, before a figure: "rose from $2.1 billion to $2.5 billion" and
#: "raised by Rs 4.80 to Rs 272.15" are two figures, not a range
_CHANGE_BEFORE = re.compile(
    rf"\b(?:{lex.alternation(lex.CHANGE_WORDS)})(?:{_SPACE}+[A-Za-z’'-]+){{0,3}}?{_SPACE}+(?P<prep>from|by)"
    rf"(?:{_SPACE}+(?:{lex.alternation(h.word for h in HEDGES)}))?{_SPACE}+$", re.IGNORECASE)
#: a word of change before a range whose ends print their unit, with or without "from" or "by":
#: "rose 0.3% to 3.2%" is the change and the level after it, two figures
_CHANGE_NEAR = re.compile(
    rf"\b(?:{lex.alternation((*lex.CHANGE_WORDS, 'up', 'down'))})(?:{_SPACE}+[A-Za-z’'-]+){{0,3}}?"
    rf"(?:{_SPACE}+(?:from|by))?(?:{_SPACE}+(?:{lex.alternation(h.word for h in HEDGES)}))?{_SPACE}+$",
    re.IGNORECASE)
#: the units the figure reader reads printed after both ends of a range ("5% to 7%", "5°C-7°C",
#: "5 per cent to 7 per cent", "5 km/h to 7 km/h"): its own pattern
_UNIT_OF_BOTH_ENDS = re.compile(FIRST_END_UNIT, re.IGNORECASE)
_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}|21[0-9]{2}")

_ARTICLE = re.compile(rf"an?(?=[ \u00a0]+{_A_TIME}"
                      r"|[ \u00a0]+[A-Za-z]+[ \u00a0]+and[ \u00a0]+an?[ \u00a0]+(?:half|quarter)\b)", re.IGNORECASE)
#: "an hour and a half", "two miles and a quarter": a fraction after the unit, of the number words before it
_AND_A_FRACTION = re.compile(
    rf"{_SPACE}+and{_SPACE}+(?P<fraction>an?{_SPACE}+half|an?{_SPACE}+quarter|three{_SPACE}+quarters)(?![A-Za-z])",
    re.IGNORECASE)
_WORD_VALUES = frozenset(w.lower() for w in _WORD_NUMBERS)
_FRACTIONS = frozenset(lex.FRACTION_WORDS)


#: the unit after a number, as :func:`_unit_after` reads it: (unit, counted, end, flags, inches,
#: the counted noun as printed)
_UnitAfter = tuple[str, bool, int, list[str], str, str]


@record
class Number:
    """One number as printed: its view span and the text the figure reader is given."""

    start: int
    end: int
    reading: str
    words: bool = False
    flags: tuple[str, ...] = ()


@record
class Parse:
    """A candidate mention: where it is, what it reads as, and what is uncertain about it."""

    start: int
    end: int
    currency: str
    first: Number
    second: Number | None
    unit: str  # canonical unit text, or a counted noun in the singular
    counted: bool  # the unit is a counted noun, not a unit of measure
    per: tuple[str, ...]
    flags: tuple[str, ...]
    bare: bool  # no currency, unit, counted noun, scale or rate
    inches: str = ""  # "4 ft 8 1/2 in": the inches part ("8 1/2"); ``first`` holds the feet
    noun: str = ""  # a counted noun as printed, in the plural: "countries", "people", "MPs"
    #: how many a rate is per, as printed: "100,000" of "42.1 visits per 100,000 residents", whose
    #: ``per`` holds what they are ("resident")
    per_count: str = ""
    #: a range that prints its unit on both ends ("5% to 7%"), whose first end keeps its own scale:
    #: "5 tonnes to 7 million tonnes" is 5 tonnes to 7 million, as the figure reader reads it
    unit_on_both_ends: bool = False


def number_at(text: str, pos: int) -> Number | None:
    """The number (digits, fraction or words, with its scale) starting at ``pos``."""
    number = _digits_at(text, pos) or _words_at(text, pos)
    if number is None:
        return None
    return _with_scale(text, number)


def _digits_at(text: str, pos: int) -> Number | None:
    glued = _GLUED_FRACTION.match(text, pos)
    if glued:
        return Number(pos, glued.end(), glued.group(0))
    match = _DIGITS.match(text, pos)
    if match is None:
        return None
    reading, flags = _digit_reading(match)
    end = match.end()
    fraction = _GLUED_FRACTION.match(text, end)
    mixed = _MIXED_FRACTION.match(text, end) if match.group("plain") else None
    slash = _SLASH_FRACTION.match(text, end) if match.group("plain") else None
    if fraction:
        return Number(pos, fraction.end(), reading + fraction.group(0), flags=flags)
    if mixed:
        return Number(pos, mixed.end(), f"{reading} {mixed.group('frac')}", flags=flags)
    if slash and reading.isdigit() and int(reading) < int(slash.group("den")):
        # The figure reader takes a lone fraction as a mixed number with no whole part.
        return Number(pos, slash.end(), f"0 {reading}/{slash.group('den')}", flags=flags)
    return Number(pos, end, reading, flags=flags)


def _digit_reading(match: re.Match[str]) -> tuple[str, tuple[str, ...]]:
    text = match.group(0)
    if match.group("spaced"):
        return re.sub(r"[ \u00a0\u202f\u2009]", ",", text), ("space-separator",)
    if match.group("dotted"):
        whole, _, decimals = text.partition(",")
        reading = whole.replace(".", ",") + (f".{decimals}" if decimals else "")
        return reading, ("ambiguous-separator",)  # dots grouping thousands, as much of Europe prints
    if match.group("deccomma"):
        return text, ("decimal-comma",)
    if match.group("plain") and re.fullmatch(r"[0-9]{1,3}\.[0-9]{3}", text):
        return text, ("ambiguous-separator",)  # "1.500": 1.5, or 1500 with a dot separator
    return text, ()


def _words_at(text: str, pos: int) -> Number | None:
    """Number words from ``pos``: "twelve thousand", "a third", "two-thirds", "half"."""
    words: list[str] = []
    end = pos
    cursor = pos
    while True:
        token = _WORD_TOKEN.match(text, cursor)
        if token is None or (words and token.group("sep") == ""):
            break
        word = token.group("word").lower()
        if " and" in token.group("sep").replace("\u00a0", " ") and words and word in ("a", "an"):
            # "one and a half": the fraction joins the whole number
            fraction = _WORD_TOKEN.match(text, token.end())
            if fraction is None or fraction.group("word").lower() not in _FRACTIONS:
                break
            words += ["and", word, fraction.group("word").lower()]
            end = fraction.end()
            break
        if " and" in token.group("sep").replace("\u00a0", " ") and not (
                words and words[-1] in ("hundred", "thousand", "million") and word in _WORD_VALUES):
            break
        if words and not follows_in_number(words[-1], word, "-" in token.group("sep")):
            break  # "five-ten percent" is a range (the figure reader's), "five ten" no number
        if not words and word in ("a", "an"):
            words.append(word)
        elif word in _FRACTIONS and not words and word not in ("half", "halves"):
            break  # "third biggest" is an ordinal; "a third", "two thirds" are amounts
        elif word in _WORD_VALUES or word in _FRACTIONS:
            words.append(word)
            end = token.end()
            if word in _FRACTIONS:
                break
        else:
            break
        cursor = token.end()
    while words and words[-1] in ("a", "an"):
        words.pop()
    if not words:
        return None
    return Number(pos, end, " ".join(words), words=True)


def _with_scale(text: str, number: Number) -> Number:
    if number.words and number.reading.split()[-1] in _FRACTIONS:
        # "half a million", "a quarter of a million": the scale, not a second mention "a million"
        of_scale = _FRACTION_OF_SCALE.match(text, number.end)
        if of_scale:
            return evolve(number, end=of_scale.end(), reading=f"{number.reading} {of_scale.group('scale').lower()}")
        of_unit = _FRACTION_OF_UNIT.match(text, number.end)
        if of_unit:  # the unit follows "a", which is part of the figure, not a second mention
            return evolve(number, end=of_unit.end())
    spaced = _SPACED_SCALE.match(text, number.end)
    if spaced and not number.reading.endswith(lex.SPACED_SCALES[spaced.group("scale").lower()]):
        word = lex.SPACED_SCALES[spaced.group("scale").lower()]
        return evolve(number, end=spaced.end(), reading=f"{number.reading} {word}")
    return number


def glued_scale(text: str, number: Number, currency: str) -> Number:
    """ "24M", "$30m", "1.4B": a scale letter glued to digits ("30m" without a currency is metres)."""
    if number.words:
        return number
    glued = _GLUED_SCALE.match(text, number.end)
    if glued is None or (glued.group("scale") in lex.CURRENCY_ONLY_SCALES and not currency
                         and not _UNIT_WORD_AFTER.match(text, glued.end())):
        return number
    word = lex.GLUED_SCALES[glued.group("scale")]
    return evolve(number, end=glued.end(), reading=f"{number.reading} {word}")


def currency_at(text: str, pos: int) -> tuple[str, int]:
    match = _CURRENCY.match(text, pos)
    if match is None:
        return "", pos
    symbol = re.sub(rf"{_SPACE}", "", match.group("cur"))
    code = lex.CURRENCY_PREFIX.get(symbol) or lex.CURRENCY_PREFIX.get(symbol + " ") or "USD"
    return code, match.end()


def parse_at(text: str, pos: int) -> Parse | None:
    """The candidate mention starting at ``pos`` (a match of :data:`START`), or ``None``."""
    currency, number_pos = currency_at(text, pos)
    first = number_at(text, number_pos) or _article_as_one(text, number_pos)
    if first is None:
        return None
    first = glued_scale(text, first, currency)
    if text[pos:number_pos].strip() in lex.AMBIGUOUS_CURRENCY_SYMBOLS:
        first = evolve(first, flags=(*first.flags, "unit-ambiguous"))
    second, end = _range_after(text, first, currency, pos)
    unit_after_first = None  # read once: the unit after "5%" is either a range's or the figure's
    unit_on_both_ends = False
    if second is None and not currency:
        unit_after_first = _unit_after(text, first.end, first)
        second, end = _range_of_one_unit(text, first, pos, unit_after_first) or (None, end)
        unit_on_both_ends = second is not None
    last = second or first
    if second is not None and _scale_word(second) and not _scale_word(first):
        if unit_on_both_ends:  # "5 tonnes to 7 million tonnes": as printed, which an editor checks
            second = evolve(second, flags=(*second.flags, "scale-on-one-end"))
        else:  # "5 to 7 million": the scale word is of both ends
            first = evolve(first, reading=f"{first.reading} {_scale_word(second)}")
    parse = _with_unit(text, pos, currency, first, second, last.end if second else end,
                       None if second else unit_after_first)
    return evolve(parse, unit_on_both_ends=True) if unit_on_both_ends else parse


def _article_as_one(text: str, pos: int) -> Number | None:
    """ "more than a year": the article stands for one (the filters want a hedge before it)."""
    match = _ARTICLE.match(text, pos)
    if match is None:
        return None
    return Number(pos, match.end(), "one", words=True, flags=("article-as-one",))


def _scale_word(number: Number) -> str:
    for word in ("thousand", "million", "billion", "trillion"):
        if number.reading.endswith(" " + word):
            return word
    return ""


def _range_after(text: str, first: Number, currency: str, start: int,
                 own_unit: bool = False) -> tuple[Number | None, int]:
    """The second end of a range after ``first`` ("5 to 7%", "$5bn to $7bn", "between 5 and 7%"),
    and where it ends. ``own_unit``: ``first`` ends after its unit, which the second end prints
    again ("5% to 7%")."""
    sep = _RANGE.match(text, first.end)
    if sep is None:
        return None, first.end
    word_sep = sep.group("sep").lower()
    negative = signs.negative_before(text, start)
    starts = negative.start() if negative else start
    if word_sep == "and" and not _between_before(text, starts):  # "between $5bn and $7bn" too
        return None, first.end
    minus = signs.SECOND_END.match(text, sep.end())
    if minus and not negative:
        return None, first.end  # "from 5 to -3%": two amounts, the second below zero
    second_currency, pos = currency_at(text, minus.end() if minus else sep.end())
    second = number_at(text, pos)
    if second is None or (word_sep in ("-", "–", "—") and second.words != first.words) or (
            own_unit and second_currency):
        return None, first.end
    second = glued_scale(text, second, currency or second_currency)
    if minus:  # "-5 to -3%": the second end keeps its sign, which the figure reader reads with signed = true
        second = evolve(second, reading=f"-{second.reading}")
    if word_sep == "to" and (_two_levels(text, starts, first, second, currency) or
                             own_unit and _CHANGE_NEAR.search(text, max(0, starts - 60), starts) or
                             second_currency and not currency and _YEAR.fullmatch(first.reading)):
        return None, first.end  # "from 2020 to $5 billion": a year is no end of a range of money
    return second, second.end


def _range_of_one_unit(text: str, first: Number, start: int,
                       unit_after_first: _UnitAfter) -> tuple[Number, int] | None:
    """ "5% to 7%", "between 5 km and 7 km", "-5% to -3%", "1 hour to 2 hours": a range whose unit
    is printed on both ends, as the figure reader reads it; the second end and where its number
    ends (its unit is read after it, as for "5 to 7%"). Not after a word of change ("rose 0.3% to
    3.2%" is the change and the level after it), nor where the ends run backwards ("passed 52% to
    48%"), nor where the ends' units differ ("5% to 7 tonnes")."""
    unit, counted, unit_end, _, inches, _ = unit_after_first
    printed = " ".join(text[first.end:unit_end].split())
    if not unit or counted or inches or not _UNIT_OF_BOTH_ENDS.fullmatch(printed):
        return None  # a count or "4-car", which the figure reader does not read on both ends
    second, _ = _range_after(text, evolve(first, end=unit_end), "", start, own_unit=True)
    if second is None:
        return None
    second_unit_end = _unit_after(text, second.end, second)[2]
    if not _one_unit(printed, " ".join(text[second.end:second_unit_end].split())):
        return None
    return (second, second.end) if _runs_upwards(text, first, second, start) else None


def _one_unit(first: str, second: str) -> bool:
    """Whether the units printed after the two ends of a range are one, as the figure reader takes
    them: the same words, or two spellings the unit table compiles alike ("hour" and "hours", "per
    cent" and "percent", "kph" and "km/h"). The shipped table is asked, never pint; the money of
    several countries ("rupees", "pesos") is one unit only in the same words, whose the ledger says."""
    if first == second:
        return True
    if first in CURRENCY_WORDS_OF_MANY or second in CURRENCY_WORDS_OF_MANY:
        return False
    first_unit, second_unit = shipped_unit(first), shipped_unit(second)
    return (first_unit is not None and second_unit is not None
            and (first_unit.dims, first_unit.factor) == (second_unit.dims, second_unit.factor))


def _runs_upwards(text: str, first: Number, second: Number, start: int) -> bool:
    """Whether the figure reader reads the two ends, each printed with its unit and so with its own
    scale, as a range low to high ("52% to 48%" runs backwards)."""
    negative = signs.negative_before(text, start) is not None
    try:
        read_ends(f"{'-' if negative else ''}{first.reading}", second.reading, signed=negative)
    except FactledgerError:
        return False
    return True


def _two_levels(text: str, start: int, first: Number, second: Number, currency: str) -> bool:
    """ "rose from 1,100 to 1,240", "raised by Rs 4.80 to Rs 272.15": after a word of change,
    "X to Y" is the level before and after (or the change and the level after), two figures.
    "from 2.1 to 2.5 billion" stays one mention, as its first figure takes its scale from the
    second; so does "cut by 50 to 75 basis points", a range of the change, as a change to a
    level prints its own unit or currency ("by Rs 4.80 to", "by 4.5% to")."""
    if _scale_word(second) and not _scale_word(first):
        return False
    change = _CHANGE_BEFORE.search(text, max(0, start - 60), start)
    return change is not None and (change.group("prep").lower() == "from" or bool(currency))


def _between_before(text: str, pos: int) -> bool:
    return text[max(0, pos - 9):pos].lower().rstrip().endswith("between")


def _with_unit(text: str, start: int, currency: str, first: Number, second: Number | None,
               end: int, unit_after: _UnitAfter | None = None) -> Parse:
    flags: list[str]
    unit, counted, end, flags, inches, noun = "", False, end, [], "", ""
    if not currency:
        unit, counted, end, flags, inches, noun = unit_after or _unit_after(text, end, first)
    fraction = _AND_A_FRACTION.match(text, end) if unit and not counted and first.words and not second else None
    if fraction:  # "an hour and a half" is one and a half hours: "an" is no "a" of a hedge's doubt
        words = " ".join(fraction.group("fraction").lower().split())
        first = evolve(first, reading=f"{first.reading} and {words}",
                       flags=tuple(f for f in first.flags if f != "article-as-one"))
        end = fraction.end()
    end, gloss = _gloss(text, end)
    if unit and not currency:
        end = _what_is_measured(text, end)
    per_count, counted_per, end = _per_count(text, end)
    per, end = _rates_after(text, end)
    per = counted_per + per
    if currency and not per:
        per, end = _price_per(text, end)
    if counted:
        per = _rate_adjectives(text[first.end:end]) + per
    flags_all = tuple(first.flags) + tuple(second.flags if second else ()) + tuple(flags)
    scaled = bool(_scale_word(first) or (second and _scale_word(second)))
    bare = not (currency or unit or per or scaled)
    return Parse(start, end, currency, first, second, unit, counted, per, flags_all, bare, inches, noun, per_count)


def _per_count(text: str, end: int) -> tuple[str, tuple[str, ...], int]:
    """ "per 100,000 residents", "per 1,000 live births", "per million": a rate per so many, as
    (the count, what it counts, where it ends); ``("", (), end)`` for none. The figure reader reads
    it per that many, never per one."""
    match = _PER_COUNT.match(text, end)
    if match is None:
        return "", (), end
    count = per_count_text(match)
    noun = counted_noun(text, match.end())
    if noun is not None:
        return count, (noun.unit,), noun.end
    word = _WORD_UNIT.match(text, match.end())  # "per 100,000 people" is a noun the unit table knows
    if word is not None and lex.WORD_UNITS[" ".join(word.group("unit").lower().split())] == "person":
        return count, ("person",), word.end()
    return count, (), match.end()


_PER_COUNT = re.compile(rf"{_GAP}per{_GAP}(?:(?P<count>[1-9][0-9]{{0,2}}(?:,[0-9]{{3}})+|[1-9][0-9]*)"
                        rf"(?:{_SPACE}+(?P<scale>thousand|million))?|(?P<word>thousand|million))(?![0-9A-Za-z.,])",
                        re.IGNORECASE)


def _what_is_measured(text: str, end: int) -> int:
    """Where the words that say what a unit measures end, when a rate follows them: "30 tonnes of oil
    to Cuba each month", "18,000 barrels of fuel oil a day" are rates, as the figure reader reads
    them. Without a rate after them the words are left out of the figure, as they were."""
    of = _OF.match(text, end)
    if of is None:
        return end
    pos = of.end()
    for _ in range(_MOST_WORDS_MEASURED):
        word = _MEASURED_WORD.match(text, pos)
        if word is None or word.group("word").lower() in _NOT_MEASURED:
            return end  # "1,000 tonnes of cargo six times a month" is a load, six times a month
        pos = word.end()
        if _RATE.match(text, pos) or _RATE_ADVERB.match(text, pos):
            return pos
    return end


_OF = re.compile(rf"{_GAP}of(?=[ \u00a0])")
#: a word of what is measured: "fuel", "oil", "to", "Cuba"; not a number, nor punctuation
_MEASURED_WORD = re.compile(rf"{_GAP}(?P<word>[A-Za-z][A-Za-z'’-]*)(?![A-Za-z0-9])")
#: words that start a clause or another figure's phrase, which no description of a unit holds
_NOT_MEASURED = frozenset("and or but which that who whom whose was were is are has have had will would "
                          "said says according than per times".split()) | {w.lower() for w in _WORD_NUMBERS}
_MOST_WORDS_MEASURED = 5


def _rate_adjectives(phrase: str) -> tuple[str, ...]:
    """ "28,000 daily passengers" counts passengers per day."""
    return tuple(lex.RATE_ADJECTIVES[w.lower()] for w in re.findall(r"[A-Za-z]+", phrase)
                 if w.lower() in lex.RATE_ADJECTIVES)


def _gloss(text: str, end: int) -> tuple[int, bool]:
    """"cubic meters (MCM)": a bracketed abbreviation repeating the unit belongs to it."""
    match = _GLOSS.match(text, end)
    if match and match.group(0).strip("() \u00a0").upper() in ("MCM", "BCM", "KM", "MPH", "KG", "KM/H"):
        return match.end(), True
    return end, False


def _unit_after(text: str, pos: int, first: Number) -> _UnitAfter:
    """The unit after a number: a symbol, a unit word, "-car", or a counted noun phrase, as
    (unit, counted, end, flags, inches, the counted noun as printed in the plural)."""
    symbol = _SYMBOL_UNIT.match(text, pos)
    word = _WORD_UNIT.match(text, pos)
    if word is not None and not _unit_word_reads_as_unit(text, first, word):
        word = None  # "Of the 40 candidates, 12 won seats": the word is English, not money
    best = max((m for m in (symbol, word) if m), key=lambda m: m.end(), default=None)
    if symbol is not None and best is symbol and _currency_of_next(text, best):
        best = None  # "In 2023 USD 5bn", "12 € 5 notes": the currency is the next amount's
    if best is not None:
        printed = best.group("unit")
        canonical = lex.SYMBOL_UNITS[" ".join(printed.split())] if best is symbol else \
            lex.WORD_UNITS[" ".join(printed.lower().split())]
        flags = [lex.UNCERTAIN_UNITS[canonical]] if canonical in lex.UNCERTAIN_UNITS else []
        if canonical == "foot":
            inches = _COMPOUND_INCHES.match(text, best.end())
            if inches:
                reading = inches.group("whole") + (f" {inches.group('frac')}" if inches.group("frac") else "")
                return "inch", False, inches.end(), flags, reading, ""
        return canonical, False, best.end(), flags, "", ""
    hyphen = _HYPHEN_WORD.match(text, pos)
    if hyphen and hyphen.group("word")[0].islower() and not first.words:
        word_text = hyphen.group("word").lower()
        unit = lex.WORD_UNITS.get(word_text) or lex.SYMBOL_UNITS.get(word_text)
        if word_text in lex.ENGLISH_CURRENCY_WORDS and not money.is_money_sized(first.reading):
            unit = None  # "a 10,000-won note" is money; "a 3-won record" is not
        noun = "" if unit else singular(word_text)  # "4-car" counts cars
        flags = [lex.UNCERTAIN_UNITS[unit]] if unit in lex.UNCERTAIN_UNITS else []  # "a 40-degree heatwave"
        return (unit or noun), unit is None, hyphen.end(), flags, "", lex.plural(noun)
    return _counted_noun(text, pos)


def _unit_word_reads_as_unit(text: str, first: Number, word: re.Match[str]) -> bool:
    """Whether a unit word after a number is its unit: a currency word that is a word of
    English too ("won", "rand") only where :func:`money.reads_as_money` says so."""
    printed = " ".join(word.group("unit").split())
    if printed.lower() not in lex.ENGLISH_CURRENCY_WORDS:
        return True
    return money.reads_as_money(text, first.reading, printed, word.end())


def printed_unit_word(text: str, parse: Parse) -> str:
    """The unit word of ``parse`` as printed, in lower case ("pesos" of "30 billion pesos"), or ""."""
    word = _WORD_UNIT.match(text, (parse.second or parse.first).end)
    return " ".join(word.group("unit").lower().split()) if word and word.end() <= parse.end else ""


def _currency_of_next(text: str, symbol: re.Match[str]) -> bool:
    """Whether a currency's sign or code after a number stands before another amount, as its currency."""
    return lex.SYMBOL_UNITS.get(symbol.group("unit")) in CURRENCY_CODES and bool(_NUMBER_NEXT.match(text, symbol.end()))


def _counted_noun(text: str, pos: int) -> _UnitAfter:
    noun = counted_noun(text, pos)
    if noun is None:
        return "", False, pos, [], "", ""
    return noun.unit, True, noun.end, [], "", noun.printed


def _rates_after(text: str, pos: int) -> tuple[tuple[str, ...], int]:
    """ "per month", "/month", "daily", "a month", "per hour per direction"."""
    per: list[str] = []
    for _ in range(3):
        rate = None if per else _RATE.match(text, pos)
        if rate:
            per.append(lex.RATE_TIMES[rate.group("time").lower()])
            pos = rate.end()
            continue
        adverb = None if per else _RATE_ADVERB.match(text, pos)
        if adverb:
            per.append(lex.RATE_ADVERBS[" ".join(adverb.group("adv").lower().split())])
            pos = adverb.end()
            continue
        noun = _PER_NOUN.match(text, pos)
        if noun and noun.group("noun") not in lex.STOP_WORDS:
            per.append(_per_currency(noun.group("noun")) or singular(noun.group("noun")))
            pos = noun.end()
            continue
        break
    return tuple(per), pos


def _per_currency(word: str) -> str:
    """ "283.6 rupees per dollar": the code of a currency an exchange rate is per ("USD"), or ""."""
    unit = lex.WORD_UNITS.get(word.lower(), "")
    return unit if unit in CURRENCY_CODES else ""


def _price_per(text: str, pos: int) -> tuple[tuple[str, ...], int]:
    """ "Rs 272.15 a litre": what a price is for, after an amount of money."""
    match = _PRICE_PER.match(text, pos)
    if match is None:
        return (), pos
    return (lex.PRICED_BY[" ".join(match.group("noun").lower().split())],), match.end()
