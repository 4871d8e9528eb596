"""The countries a sentence names, by the code of their money: whose "Rs" or "pesos" a figure is.

One table for every currency word or sign several countries print: rupees
(:mod:`~factledger.extraction.rupees`) and pesos, kroner, dirhams, shillings and francs
(:mod:`~factledger.extraction.money`), and Peru, whose "soles" are money in any amount. Each caller
asks only about the codes its money may be.
"""

from __future__ import annotations

import re
from typing import Collection

_COUNTRY = re.compile(
    r"\b(?:(?P<PKR>Pakistan(?:i|is)?)|(?P<LKR>Sri[ \u00a0]+Lanka(?:n|ns)?)|(?P<NPR>Nepal(?:i|is|ese)?)|"
    r"(?P<INR>India(?:n|ns)?)|"
    r"(?P<MXN>Mexic(?:o|an|ans))|(?P<PHP>Philippines?|Filipinos?)|(?P<ARS>Argentin(?:a|e|es|ian|ians))|"
    r"(?P<CLP>Chile(?:an|ans)?)|(?P<COP>Colombia(?:n|ns)?)|(?P<NOK>Norw(?:ay|egians?))|"
    r"(?P<DKK>Denmark|Danish|Danes?)|(?P<SEK>Swed(?:en|ish|es?))|"
    r"(?P<AED>UAE|Emirat(?:es|i|is)|Dubai|Abu[ \u00a0]+Dhabi)|(?P<MAD>Morocc(?:o|an|ans))|"
    r"(?P<KES>Kenya(?:n|ns)?|Nairobi)|(?P<UGX>Uganda(?:n|ns)?|Kampala)|(?P<TZS>Tanzania(?:n|ns)?|Dodoma)|"
    r"(?P<CHF>Switzerland|Swiss)|(?P<PEN>Peru(?:vian|vians)?|Lima)|"
    r"(?P<XOF>Senegal(?:ese)?|Ivory[ \u00a0]+Coast|Côte[ \u00a0]+d'Ivoire|Ivorian|Mali(?:an)?|Burkina[ \u00a0]+Faso|"
    r"Niger|Benin|Togo(?:lese)?|Guinea-Bissau)|"
    r"(?P<XAF>Cameroon(?:ian)?|Gabon(?:ese)?|Chad(?:ian)?|Central[ \u00a0]+African[ \u00a0]+Republic|"
    r"Equatorial[ \u00a0]+Guinea))\b")
#: each code's country (or region), as a note to the editor names it
NAMES = {"PKR": "Pakistan", "LKR": "Sri Lanka", "NPR": "Nepal", "INR": "India",
         "MXN": "Mexico", "PHP": "the Philippines", "ARS": "Argentina", "CLP": "Chile",
         "COP": "Colombia", "NOK": "Norway", "DKK": "Denmark", "SEK": "Sweden",
         "AED": "the United Arab Emirates", "MAD": "Morocco", "KES": "Kenya", "UGX": "Uganda",
         "TZS": "Tanzania", "CHF": "Switzerland", "PEN": "Peru", "XOF": "West Africa", "XAF": "Central Africa"}


def named(text: str, codes: Collection[str]) -> list[str]:
    """The codes among ``codes`` whose countries ``text`` names, in the order it names them, repeats kept."""
    return [match.lastgroup for match in _COUNTRY.finditer(text) if match.lastgroup in codes]  # type: ignore[misc]


def named_by(before: str, after: str, codes: Collection[str]) -> str:
    """The code of the country a sentence names last before a figure, else first after it; ``""`` for none."""
    return (named(before, codes)[-1:] or named(after, codes)[:1] or [""])[0]


def listed(names: list[str]) -> str:
    """ "Kenya", "Kenya and Uganda", "Kenya, Uganda and Tanzania"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
