"""Money named in words after an amount: "5 trillion won", "40 billion naira", "30 billion pesos".

The words are the figure reader's (``CURRENCY_WORDS`` in :mod:`~factledger.extraction.lexicon`).
Two kinds need more than the word:

- a word that is also a word of English ("won", "rand", "dong", "soles") is money only after
  an amount money is counted in (a scale word, or 1,000 or more: "5 trillion won", "50,000
  won"; soles in any amount in an article that names Peru, "50 soles a day"), and where the
  words after it do not read it as English: "Of the 40 candidates, 12 won seats", "Of 3,000
  entrants, 1,200 won the prize" and "16,000 won over by the campaign" are the verb;
- a word that is the money of several countries ("pesos", "kroner", "kr") is the money of
  the country its sentence names ("Manila will spend 30 billion pesos" is PHP), else a guess,
  the first the figure reader lists; either way the draft says so. Rupees have their own
  module, :mod:`~factledger.extraction.rupees`, as "Rs" is printed without the word.
"""

from __future__ import annotations

import functools
import re

from factledger.extraction import countries
from factledger.extraction import lexicon as lex
from factledger.figures import CURRENCY_WORDS_OF_MANY, RUPEE_CURRENCIES

#: the words of several countries' money this module decides (rupees: rupees.py)
#: (in lower case, as the extraction lexicon has them: "CFA francs" is "cfa francs")
WORDS_OF_MANY = {word.lower(): codes for word, codes in CURRENCY_WORDS_OF_MANY.items() if codes is not RUPEE_CURRENCIES}
_AS_THE_READER_PRINTS = {word.lower(): word for word in CURRENCY_WORDS_OF_MANY}

_SCALED = re.compile(r"\b(?:thousand|million|billion|trillion|lakh|crore)\b")
_NEXT_WORDS = re.compile(r"[ \u00a0]*(?P<word>[A-Za-z]+)(?:[ \u00a0]+(?P<then>[A-Za-z]+))?")
#: words after which the English word is a verb or a noun: "won the", "won their", "won it"
_OBJECTS = frozenset("the his her their its our my your them him it us me all both some any no another".split())
#: words that stand before a rate or what a price is for: "5,000 won a month", "2,000 won each"
_RATE_WORDS = frozenset("a an each every per".split())
#: words that follow an amount of money and are no stop words: "5 trillion won last year", "won worth"
_AFTER_MONEY = frozenset("worth apiece last next earlier ago".split()) | frozenset(
    word for word in lex.RATE_ADVERBS if " " not in word)


def is_money_sized(reading: str) -> bool:
    """Whether an amount is one money is counted in: a scale word ("5 trillion", "five
    thousand") or 1,000 or more in digits ("50,000"); "12" and "5 1/2" are not."""
    if _SCALED.search(reading):
        return True
    try:
        return float(reading.replace(",", "")) >= 1000
    except ValueError:
        return False


def reads_as_money(text: str, reading: str, word: str, end: int) -> bool:
    """Whether ``word``, a currency word of English printed after the amount ``reading`` and
    ending at ``end``, is money: printed in lower case, as the figure reader reads it, after
    an amount money is counted in (or any amount of soles in an article that names Peru), and
    not read as English by the words after it."""
    sized = is_money_sized(reading) or word == "soles" and _names_peru(text)
    return word == word.lower() and sized and not _english_after(text, end)


@functools.lru_cache(maxsize=4)
def _names_peru(text: str) -> bool:
    """Whether the article names Peru: "50 soles a day" is money there, a wage; elsewhere soles
    counted under a thousand are more likely shoes' or fish (asked only of such a mention)."""
    return bool(countries.named(text, ("PEN",)))


def _english_after(text: str, end: int) -> bool:
    """ "12,000 won seats", "won the", "won Best Picture": the words after make the word
    English. A full stop, a comma, a bracket, a preposition or a rate ("won a month") do not."""
    after = _NEXT_WORDS.match(text, end)
    if after is None:
        return False
    word = after.group("word")
    if not word.islower():
        return True
    if word == "over":  # "16,000 won over by the campaign" is the verb; "5 trillion won over a decade" money
        return (after.group("then") or "").lower() == "by"
    if word in _RATE_WORDS:
        then = (after.group("then") or "").lower()
        return then not in lex.RATE_TIMES and then not in lex.PRICED_BY
    return word in _OBJECTS or (word not in lex.STOP_WORDS and word not in _AFTER_MONEY)


def whose(word: str, before: str, after: str) -> tuple[str, str]:
    """The code of ``word``, the money of several countries ("pesos"), and a word for the editor:
    the country the sentence names last before the figure (else first after it), of those whose
    money the word is; else the first the figure reader lists, as a guess."""
    codes = WORDS_OF_MANY[word.lower()]
    word = _AS_THE_READER_PRINTS.get(word.lower(), word)  # "CFA francs", not "cfa francs"
    countries_of = countries.listed([countries.NAMES[code] for code in codes])
    code = countries.named_by(before, after, codes)
    if code:
        return code, (f"'{word}' is the money of {countries_of}: the unit is {code}, as the sentence names "
                      f"{countries.NAMES[code]}: check it")
    others = " or ".join(f'"{code}"' for code in codes[1:])
    return codes[0], (f"'{word}' is the money of {countries_of}: the unit is a guess ({codes[0]}, the first the "
                      f"figure reader lists), as the sentence names none of them: set {others} for another")

