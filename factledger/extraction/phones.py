"""Phone numbers, which hold digits but never a quantity.

A run of digit groups is a phone number when it could be nothing else: it starts
with a country code ("+44 20 7946 0958") or a bracketed area code ("(020) 7946
0958"), its first group has a trunk zero ("020 7946 0958", "0800 123 4567"), it has
three or more groups that are no thousands grouping ("202-555-0143",
"1-800-555-0199"), or it is a local number ("555-0199") whose last group starts with
a zero, which no amount is printed with, or that follows "call", "dial", "phone" and
the like ("call 555-1234"). "1 234 567 people", "300-1000 people" and "in 2023 12
people" are no phone numbers.
"""

from __future__ import annotations

import re

_RUN = re.compile(r"[+(]?[0-9][0-9() .\u00a0\-]*[0-9]")
_GROUP = re.compile(r"[0-9]+")
#: a country code before its groups, or an area code in brackets ("(1500-2000 troops)" is none)
_INTERNATIONAL = re.compile(r"\+[0-9]{1,3}[ \u00a0.\-]|\([0-9]{2,5}\)")
_LOCAL = re.compile(r"[0-9]{3}(?P<sep>[ \u00a0.\-])(?P<line>[0-9]{4})")
_PHONE_WORD = re.compile(
    r"\b(?:call|dial|phone|telephone|tel|fax|hotline|helpline|line|number)\.?"
    r"(?:[ \u00a0]+(?:us|him|her|them|on|at|is|was|no\.?))*[ \u00a0]*:?[ \u00a0]*$", re.IGNORECASE)
_SEPARATOR = re.compile(r"[^0-9]+")
_FEWEST_DIGITS, _MOST_DIGITS = 7, 15


def phone_end(text: str, start: int) -> int:
    """The end of the phone number starting at ``start`` (or at a "+" or "(" just before it), else 0."""
    at = start - 1 if start and text[start - 1] in "+(" else start
    run = _RUN.match(text, at)
    if run is None:
        return 0
    groups = _GROUP.findall(run.group(0))
    if not _FEWEST_DIGITS <= sum(map(len, groups)) <= _MOST_DIGITS or _thousands(groups):
        return 0
    if _INTERNATIONAL.match(run.group(0)):
        return run.end() if len(groups) >= 3 else 0
    if len(set(_SEPARATOR.findall(run.group(0)))) != 1:
        return 0  # "102.5 103.75": two decimals, not one number in groups
    if _trunk_zero(groups[0]) or len(groups) >= 3:
        return run.end()
    return run.end() if _local_number(text, at, run.group(0)) else 0


def _thousands(groups: list[str]) -> bool:
    """ "1 234 567", "+1 234 567": groups of three after the first group the digits of one number."""
    return len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])


def _trunk_zero(group: str) -> bool:
    return len(group) >= 2 and group[0] == "0"


def _local_number(text: str, at: int, run: str) -> bool:
    """ "555-0199", or "555-1234" after "call": a local number, not a range or a decimal."""
    local = _LOCAL.fullmatch(run)
    if local is None:
        return False
    after_word = bool(_PHONE_WORD.search(text, max(0, at - 40), at))
    if local.group("sep") == ".":
        return after_word  # "555.0199" alone may be a decimal
    return after_word or local.group("line")[0] == "0"
