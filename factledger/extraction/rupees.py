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

from factledger.extraction.grammar import Parse

INDIAN = "INR"
#: the countries whose press prints "Rs", by the code of their rupee
_COUNTRY = re.compile(r"\b(?:(?P<PKR>Pakistan(?:i|is)?)|(?P<LKR>Sri[ \u00a0]+Lanka(?:n|ns)?)|"
                      r"(?P<NPR>Nepal(?:i|is|ese)?)|(?P<INR>India(?:n|ns)?))\b")
_COUNTRY_NAMES = {"PKR": "Pakistan", "LKR": "Sri Lanka", "NPR": "Nepal", "INR": "India"}
_RUPEE_WORD = re.compile(r"rupees?\b", re.IGNORECASE)
_ALL_CODES = '"INR", "PKR", "LKR" or "NPR"'
_MANY = "'Rs' and 'rupees' may be India's, Pakistan's, Sri Lanka's or Nepal's:"


def countries_named(text: str) -> tuple[str, ...]:
    """The codes of the rupees whose countries ``text`` names, in the order it first names them."""
    return tuple(dict.fromkeys(match.lastgroup for match in _COUNTRY.finditer(text)))


def of_many(text: str, parse: Parse) -> bool:
    """Whether the mention's money is "Rs", "Rs.", "₨" or "rupees", which any of the four may be."""
    if parse.currency == INDIAN:
        return text.startswith(("Rs", "₨"), parse.start)
    return not parse.currency and parse.unit == INDIAN and bool(_RUPEE_WORD.search(text, parse.first.end, parse.end))


def whose(before: str, after: str, in_article: tuple[str, ...]) -> tuple[str, str]:
    """The rupee of a mention, and a word for the editor ("" for none), from the sentence
    before and after the figure and the codes of the countries the article names."""
    named_before, named_after = countries_named(before), countries_named(after)
    if named_before or named_after:
        code = named_before[-1] if named_before else named_after[0]
        if code == INDIAN:
            return code, ""
        return code, (f"{_MANY} the unit is {code}, as the sentence names {_COUNTRY_NAMES[code]}: check it "
                      f"({_ALL_CODES})")
    others = [code for code in in_article if code != INDIAN]
    if not others:
        return INDIAN, ""
    names = [_COUNTRY_NAMES[code] for code in others]
    choices = ", ".join(f'"{code}" for the rupees of {_COUNTRY_NAMES[code]}' for code in others)
    return INDIAN, (f"{_MANY} the unit is a guess (INR, as the figure reader takes them), but the article names "
                    f"{_listed(names)}: set {choices}")


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
