"""Rupees printed "Rs", "₨" or "rupees": India's, Pakistan's, Sri Lanka's and Nepal's press all print them.

The figure reader takes them for the Indian rupee unless the ledger's ``unit`` names
another (PKR, LKR, NPR). Extraction cannot know the article's country, but the article's
words say something: a sentence that names Pakistan ("Pakistan's budget of Rs 5
trillion") is drafted in PKR, the country named last before the figure deciding where a
sentence names two. Where only another sentence names Pakistan, Sri Lanka or Nepal, the
draft stays in INR, the reader's rupee, and its note says which unit to set if the rupees
are that country's. Either way such a draft is flagged ``unit-ambiguous``. "₹" and "INR"
are India's alone, and an article that names no other rupee's country keeps INR unflagged.
"""

from __future__ import annotations

import re

from factledger.extraction import countries
from factledger.extraction.grammar import Parse

INDIAN = "INR"
#: the rupees "Rs" may be, by their countries' codes
RUPEES = ("PKR", "LKR", "NPR", "INR")
_RUPEE_WORD = re.compile(r"rupees?\b", re.IGNORECASE)
_ALL_CODES = '"INR", "PKR", "LKR" or "NPR"'
_MANY = "'Rs' and 'rupees' may be India's, Pakistan's, Sri Lanka's or Nepal's:"


def countries_named(text: str) -> tuple[str, ...]:
    """The codes of the rupees whose countries ``text`` names, in the order it first names them."""
    return tuple(dict.fromkeys(countries.named(text, RUPEES)))


def named_last(text: str) -> str:
    """The code of the rupee whose country ``text`` names last ("Pakistan's rupee" is PKR), or ``""``."""
    return countries.named_by(text, "", RUPEES)


def of_many(text: str, parse: Parse) -> bool:
    """Whether the mention's money is "Rs", "Rs.", "₨" or "rupees", which any of the four may be."""
    if parse.currency == INDIAN:
        return text.startswith(("Rs", "₨"), parse.start)
    return not parse.currency and parse.unit == INDIAN and bool(_RUPEE_WORD.search(text, parse.first.end, parse.end))


def whose(before: str, after: str, in_article: tuple[str, ...]) -> tuple[str, str]:
    """The rupee of a mention, and a word for the editor ("" for none), from the sentence
    before and after the figure and the codes of the countries the article names."""
    code = countries.named_by(before, after, RUPEES)
    if code:
        if code == INDIAN:
            return code, ""
        return code, (f"{_MANY} the unit is {code}, as the sentence names {countries.NAMES[code]}: check it "
                      f"({_ALL_CODES})")
    others = [code for code in in_article if code != INDIAN]
    if not others:
        return INDIAN, ""
    names = [countries.NAMES[code] for code in others]
    choices = ", ".join(f'"{code}" for the rupees of {countries.NAMES[code]}' for code in others)
    return INDIAN, (f"{_MANY} the unit is a guess (INR, as the figure reader takes them), but the article names "
                    f"{countries.listed(names)}: set {choices}")

