"""Subjects and measures: the spellings of one name that compare as that name (``same_name``)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factledger.claims import same_name


@pytest.mark.parametrize("one, other", [
    ("share of \u201ccore\u201d trade", 'share of "core" trade'),
    ("C\u00f4te d'Ivoire", "Co\u0302te d'Ivoire"),  # composed, and o with a combining circumflex
    ("North Ko\u00adrea", "North Korea"),  # a soft hyphen, invisible unless the line breaks there
    ("North\u200bKorea", "North Korea"),  # a zero-width space separates words
    ("North Ko\u200d\u200crea\u2060", "North Korea"),
    ("China\u00b4s share", "China's share"),
    ("China`s share", "China's share"),
    ("China\uff07s share", "China's share"),
    ("China\u2019s  Share", "china's share"),
])
def test_spellings_of_one_name_fold_alike(one, other):
    assert same_name(one) == same_name(other)


@pytest.mark.parametrize("one, other", [
    ("North Korea", "South Korea"),
    ("Korea", "Ko rea"),
    ("C\u00f4te d'Ivoire", "Cote d'Ivoire"),  # an accent is part of the name's spelling
])
def test_different_names_stay_apart(one, other):
    assert same_name(one) != same_name(other)


#: what a name may pass through between an article and a ledger, each a way to respell one character
_APOSTROPHES = "'\u2019\u2018\u201b\u02bc\u2032`\u00b4\uff07"
_QUOTES = '"\u201c\u201d\u201e\u201f\u2033\uff02'
_INVISIBLE = ("", "\u00ad", "\u200c", "\u200d", "\u2060", "\ufeff")
names = st.text(alphabet=st.sampled_from("abcKô é'\"-\u00e7"), min_size=1, max_size=20)


@st.composite
def respelled(draw, name: str) -> str:
    out = []
    for char in name:
        if char == "'":
            char = draw(st.sampled_from(_APOSTROPHES))
        elif char == '"':
            char = draw(st.sampled_from(_QUOTES))
        elif char == " ":
            char = draw(st.sampled_from([" ", "  ", "\u00a0", "\t", " \u200b", "\u200b"]))
        elif char.isalpha() and draw(st.booleans()):
            char = char.upper()
        out.append(char + draw(st.sampled_from(_INVISIBLE)))
    text = "".join(out)
    return unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), text)


@settings(max_examples=300, deadline=None)
@given(st.data(), names)
def test_any_name_and_its_respellings_fold_alike(data, name):
    """Case, spacing, quotes, apostrophes, invisible marks and Unicode composition do not make a new name."""
    assert same_name(data.draw(respelled(name))) == same_name(data.draw(respelled(name)))
