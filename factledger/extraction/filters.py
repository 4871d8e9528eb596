"""Which candidate mentions are quantities, and what is uncertain about the ones that are.

Each check is one small function over the view text and a
:class:`~factledger.extraction.grammar.Parse`. A check either drops the candidate
(dates, years, clock times, ordinals, references such as "Article 4", names
such as "3G" or "38 North", phone numbers, footnote markers) or keeps it with a
flag that names the doubt ("year-like", "glued-word", "no-unit").
"""

from __future__ import annotations

import re

from factledger.extraction import lexicon as lex
from factledger.extraction.grammar import Parse
from factledger.extraction.phones import phone_end
from factledger.figures import RATIO_WORDS
from factledger.hedges import HEDGES

_DATE_TOKEN = re.compile(r"[0-9]{1,4}([/.\-])[0-9]{1,2}\1[0-9]{2,4}(?![0-9])")
_DAY_MONTH = re.compile(r"(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})(?:[ \u00a0]+[0-9]{2,4})?(?![0-9/⁄])")
_CLOCK_AFTER = re.compile(r":[0-9]{2}|[ \u00a0]?(?:[ap]\.m\.|[ap]m\b|[AP]M\b|[AP]\.M\.|o'clock|hrs\b|GMT|UTC)")
_MONTH_AFTER = re.compile(r"[ \u00a0]+(?:" + "|".join(m.capitalize() for m in sorted(lex.MONTHS, key=len, reverse=True))
                          + r")\.?\b")
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z][A-Za-z0-9.]*)[ \u00a0]+$")
_HEDGE_BEFORE = re.compile(
    r"(?:^|[^A-Za-z])(?P<hedge>" + lex.alternation(h.word for h in HEDGES) + r")[ \u00a0]*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"”“)]|\n)[ \u00a0]*$")
_GLUED_WORD = re.compile(r"[a-z]{2,}$")
_CAPITAL_AFTER = re.compile(r"[ \u00a0]+[A-Z][a-z]")
_FOOTNOTE_BEFORE = re.compile(r"[A-Za-z)%\]\"”’'][.,;]$")
_DIGIT = re.compile(r"[0-9]")
_SMALL_WORDS = frozenset(lex.NUMBER_WORDS_SMALL + lex.NUMBER_WORDS_TENS)


def skip_to(text: str, start: int) -> int:
    """End of a date ("17.11.2024", "25/4/19") or phone number starting at ``start``, else 0."""
    date = _DATE_TOKEN.match(text, start)
    if date:
        return date.end()
    day_month = _DAY_MONTH.match(text, start)
    if day_month and int(day_month.group("a")) >= int(day_month.group("b")):
        return day_month.end()  # "21/9 17": a date; "1/4" is a fraction
    return phone_end(text, start)


def hedge_before(text: str, start: int) -> str:
    match = _HEDGE_BEFORE.search(text, max(0, start - 24), start)
    return match.group("hedge") if match else ""


#: the units of a span of time, and what "over" a span is a preposition after: a verb of
#: spreading or change ("spread over 3 days", "rose over 12 months"; but "lasted over 200
#: hours" is a hedge) or an amount ("5% over 12 months", "$3bn over five years")
_DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century"})
_OVER_TIME = re.compile(
    r"\b(?:spread|spreads|spreading|staggered|phased|paid|repaid|repayable|delivered|built|"
    r"rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|grew|grow|grows|grown|growing|"
    r"increased|decreased|declined|dropped|climbed|jumped|gained|lost|slid|surged|averaged|"
    r"up|down|higher|lower|more|less|percent|cent|points?|million|billion|trillion|bn|"
    r"[0-9]+(?:bn|tn|mn|[mbkMBKT])?|[0-9]*%)[ \u00a0]+over[ \u00a0]*$", re.IGNORECASE)


def is_preposition(text: str, parse: Parse, hedge: str) -> bool:
    """ "spread over 3 days", "prices rose over 12 months": "over" before a span of time, after
    a verb of spreading or change, says when, not "more than"; "over 500 people" is a hedge."""
    if hedge.lower() != "over" or parse.unit not in _DURATIONS or parse.counted or parse.per:
        return False
    return bool(_OVER_TIME.search(text, max(0, parse.start - 30), parse.start))


def judge(text: str, parse: Parse, hedge: str) -> tuple[str, ...] | None:
    """The flags of a kept candidate, or ``None`` when it is not a quantity."""
    if _is_excluded(text, parse, hedge):
        return None
    flags = list(parse.flags)
    if _glued_word_before(text, parse):
        flags.append("glued-word")
    if _year_like(parse):
        flags.append("year-like")
    if parse.bare:
        flags.append("no-unit")
    if parse.counted:
        flags.append("counted-noun")
    return tuple(dict.fromkeys(flags))


def _is_excluded(text: str, parse: Parse, hedge: str) -> bool:
    checks = (_name_with_digits, _clock_time, _date_part, _reference, _model_number, _footnote,
              _vague_words, _named_count, _ratio)
    if any(check(text, parse) for check in checks):
        return True
    if "article-as-one" in parse.flags and not hedge:
        return True  # "a year later" is a time reference; "more than a year" is an amount
    if _year_like(parse) and parse.counted and _DIGIT.search(text, (parse.second or parse.first).end, parse.end):
        return True  # "In 2023 G7 leaders", "by 2030 F-35 jets": a year before a name with digits
    return _year_like(parse) and (parse.bare or parse.unit in ("", "percent") and not parse.counted)


def _name_with_digits(text: str, parse: Parse) -> bool:
    """ "3G", "e8Q", "F-16", "1950s", "41st": digits glued to letters name something."""
    if parse.first.words:
        return False
    before = text[max(0, parse.start - 12):parse.start]
    after = text[parse.end:parse.end + 1]
    if after.isalnum() and not parse.currency:
        return True
    if re.search(r"[A-Za-z][\-]$", before):
        return True
    if before[-1:].isalpha() and not _GLUED_WORD.search(before):
        return True
    return bool(before[-1:].isdigit())


def _glued_word_before(text: str, parse: Parse) -> bool:
    return text[parse.start - 1:parse.start].isalpha() if parse.start else False


def _clock_time(text: str, parse: Parse) -> bool:
    if parse.first.words or parse.unit:
        return False
    return bool(_CLOCK_AFTER.match(text, parse.end)) or text[parse.start - 1:parse.start] == ":"


def _date_part(text: str, parse: Parse) -> bool:
    if parse.first.words or parse.unit or parse.currency or parse.second:
        return False
    if _MONTH_AFTER.match(text, parse.end):
        return True
    word = _WORD_BEFORE.search(text, max(0, parse.start - 14), parse.start)
    return word is not None and word.group("word").rstrip(".").lower() in lex.MONTHS and word.group("word")[0].isupper()


def _reference(text: str, parse: Parse) -> bool:
    """ "Article 4", "Executive Order 13810", "Vol 2, No 55", "38 North": references and names."""
    if parse.currency or parse.first.words:
        return False
    word = _WORD_BEFORE.search(text, max(0, parse.start - 20), parse.start)
    if word and word.group("word").lower() in lex.IDENTIFIER_WORDS and (parse.bare or parse.counted):
        return True  # "Article 4", "route 550"
    if word and word.group("word")[0].isupper():
        name = word.group("word").lower()
        at_sentence_start = _SENTENCE_END.search(text, max(0, word.start() - 3), word.start())
        if parse.bare and not at_sentence_start and name not in lex.MONTHS:
            return True
    return parse.bare and "." not in parse.first.reading and bool(_CAPITAL_AFTER.match(text, parse.end))


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_VERB_AFTER = re.compile(r"[ \u00a0]+(?P<verb>[a-z]+)\b")
_WORD_BEFORE_NAME = re.compile(r"\b(?P<word>[A-Za-z]+)[ \u00a0]+$")


def _model_number(text: str, parse: Parse) -> bool:
    """ "the iPhone 15", "all Boeing 737 jets", "Windows 11 runs": the number after a product's
    name is part of the name. After a capitalised word, a count is still a count ("gave Orascom
    300,000 customers", "told Reuters 12 people"): the number names a model only when it is a
    plain integer and a determiner stands before the name, or a verb after the number, or the
    name opens the sentence ("Windows 11 users", "Apollo 11 landed")."""
    if parse.currency or parse.first.words or parse.second or not (parse.bare or parse.counted):
        return False
    word = _WORD_BEFORE.search(text, max(0, parse.start - 20), parse.start)
    if word is None:
        return False
    name = word.group("word")
    if name[0].islower():
        return any(letter.isupper() for letter in name)  # "iPhone", "eBay"
    if not re.fullmatch(r"[0-9]{1,4}", parse.first.reading) or \
            name.rstrip(".").lower() in lex.MONTHS | _WEEKDAYS | lex.STOP_WORDS:
        return False
    if _opens_sentence(text, word.start()):
        return _names_at_sentence_start(text, parse, name)
    if not parse.counted:
        return False
    verb = _VERB_AFTER.match(text, parse.first.end)
    if verb is not None and verb.group("verb") in lex.VERBS_LIKE_PLURALS:
        return True  # "Windows 11 runs", "A Boeing 737 carries"
    if parse.noun.lower() in lex.NOUNS_AFTER_A_MODEL:
        return True  # "patched Windows 11 devices", "Android 14 phones": what runs a version, or uses it
    return not name.isupper() and _before_a_model(text, word.start())


def _before_a_model(text: str, start: int) -> bool:
    """Whether the word before a capitalised name makes the name's number part of it: a
    determiner, a quantifier or an adjective ("all Boeing 737 jets", "Many Windows 11 devices",
    "older Windows 10 machines"), or a preposition inside a sentence ("bugs on Windows 11
    devices", "apps for Android 14 phones"). After a verb, a count is a count ("told Reuters 12
    people", "gave Labour 412 seats"), and so it is after a preposition that opens the sentence
    ("In Gaza 40 people were killed")."""
    word = _WORD_BEFORE_NAME.search(text, max(0, start - 16), start)
    if word is None:
        return False
    before = word.group("word").lower()
    if before in lex.WORDS_BEFORE_A_MODEL:
        return True
    return before in lex.PREPOSITIONS_BEFORE_A_MODEL and not _opens_sentence(text, word.start())


#: Capitalised words that open a sentence before an amount ("Yesterday 12 people died",
#: "Overall 40 staff left"), besides the stop words, hedges ("Nearly", "Roughly"), months,
#: weekdays and adverbs in -ly ("Reportedly 12 people died").
_BEFORE_AN_AMOUNT = frozenset(
    "today yesterday tonight now still already overall altogether nationwide worldwide elsewhere "
    "meanwhile together up down first last next".split()) | frozenset(
    hedge.word.lower() for hedge in HEDGES if " " not in hedge.word)


def _opens_sentence(text: str, start: int) -> bool:
    return bool(_SENTENCE_END.search(text, max(0, start - 3), start))


def _names_at_sentence_start(text: str, parse: Parse, name: str) -> bool:
    """ "Windows 11 users complained", "Apollo 11 landed": a noun that opens a sentence has no
    count after it (a sentence cannot start "Reuters 12 people"), so the number is part of its
    name, unless the word is one that stands before an amount ("Yesterday 12 people died").
    A bare number ends no name at a line's end or before a stop word ("Ukraine 12, Russia 40"
    in a list; "Ukraine 12 and Russia 40")."""
    word = name.rstrip(".").lower()
    if word in _BEFORE_AN_AMOUNT or word.endswith("ly"):
        return False
    if parse.counted:
        return True
    after = _VERB_AFTER.match(text, parse.first.end)
    return after is not None and after.group("verb") not in lex.STOP_WORDS


def _named_count(text: str, parse: Parse) -> bool:
    """ "1 Line trains", "the Six Nation discussions": a number inside a name, not a count."""
    if parse.counted and parse.first.reading in ("1", "one") and parse.second is None:
        return True
    if not parse.first.words or not text[parse.start].isupper():
        return False
    return not _SENTENCE_END.search(text, max(0, parse.start - 3), parse.start) and bool(
        _CAPITAL_AFTER.match(text, parse.first.end))


def _footnote(text: str, parse: Parse) -> bool:
    """ "goods.6", "(3%).5": a footnote number glued to the end of a sentence."""
    if not parse.bare or parse.first.words or len(parse.first.reading) > 3:
        return False
    return bool(_FOOTNOTE_BEFORE.search(text, max(0, parse.start - 2), parse.start))


_PART_OF_TIME_BEFORE = re.compile(
    r"\b(?:first|second|1st|2nd|final|last|latter|former|back|front|opening|closing)[ \u00a0]+$", re.IGNORECASE)


def _vague_words(text: str, parse: Parse) -> bool:
    """A lone "one" or "two" is a pronoun or determiner; "half of" and "a third" are amounts."""
    if not parse.first.words or not parse.bare or parse.second:
        return False
    reading = parse.first.reading
    if reading in ("half", "halves") and _PART_OF_TIME_BEFORE.search(text, max(0, parse.start - 12), parse.start):
        return True  # "the second half of 2027" is a time, not an amount
    if reading.split()[-1] in lex.FRACTION_WORDS:
        return not re.match(r"[ \u00a0]+of\b", text[parse.end:parse.end + 4]) and not \
            hedge_before(text, parse.start) and not reading.startswith(("a ", "an ", "one "))
    return True


_TIME_WORDS = "years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?"
_RATIO_WORDS = rf"[0-9]{{1,3}}|{RATIO_WORDS}"
_RATIO_BEFORE = re.compile(rf"(?<![0-9,.])\b(?:{_RATIO_WORDS})[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+$",
                           re.IGNORECASE)
_RATIO_AFTER = re.compile(rf"[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(?:[0-9]{{1,3}}(?:,[0-9]{{3}})*|{_RATIO_WORDS}|"
                          rf"twenty|a[ \u00a0]+(?:hundred|thousand|million))\b(?![ \u00a0]+(?:{_TIME_WORDS})\b)",
                          re.IGNORECASE)


def _ratio(text: str, parse: Parse) -> bool:
    """ "one in five children", "9 out of 10 doctors": a ratio, which the figure reader refuses;
    "five children" alone would be a wrong draft. A year or a span of time after "in" ("85% in
    2015", "5 in 10 years") makes no ratio."""
    if _RATIO_BEFORE.search(text, max(0, parse.start - 20), parse.start):
        return True
    return parse.bare and bool(_RATIO_AFTER.match(text, parse.end))


def _year_like(parse: Parse) -> bool:
    numbers = [parse.first] + ([parse.second] if parse.second else [])
    if parse.second is not None and len(parse.second.reading) == 2:
        numbers = numbers[:1]  # "2023-24"
    return all(re.fullmatch(r"1[0-9]{3}|20[0-9]{2}|21[0-9]{2}", n.reading) for n in numbers)
