"""Claims (one printed figure each), the derivations that tie them, and ledger-wide checks."""

from __future__ import annotations

import functools


from factledger.expressions import Node, references
from factledger.figures import Figure
from factledger.locations import NOWHERE, Location
from factledger.periods import UNSTATED, Period
from factledger.provenance import UNATTRIBUTED, Attribution
from factledger.records import field, one_of, record

CHECK_KINDS = ("same", "total", "shares", "compare")


#: What ``factledger extract`` puts before a subject or measure it guessed, for an editor to replace.
DRAFT = "DRAFT: "


@functools.lru_cache(maxsize=8192)  # a ledger names few subjects and measures, each for many claims
def compared_name(text: str) -> str:
    """A subject or measure as the checks that pair figures by name compare it; ``""`` for none.

    A draft's guessed name ("DRAFT: quantity in GBP") is no name: drafts of one
    article share such placeholders, and "£1.2bn" and "£980m" are not two
    statements of one figure because a guess named them alike.
    """
    if not text or text.startswith(DRAFT):
        return ""
    return same_name(text)


# Quotes and dashes as typesetting sets them, read as typed: "China’s share" is "China's share", “core”
# is "core"; apostrophe look-alikes (´ ` ＇) as the apostrophe meant. Soft hyphens and zero-width
# joiners, invisible inside a word, are dropped; a zero-width space separates words, as a space does.
TYPOGRAPHY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
                             "\u00b4": "'", "\uff07": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                             "\u201f": '"', "\u2033": '"', "\uff02": '"', "\u2010": "-", "\u2011": "-",
                             "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00ad": None,
                             "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None, "\u200b": " "})


@functools.lru_cache(maxsize=8192)
def same_name(text: str) -> str:
    """Subjects and measures match whatever their case, spacing, typography ("China’s  share") and
    Unicode spelling ("Côte" composed or as "o" and a combining accent)."""
    if text.isascii():
        typed = text
    else:  # imported here: most names are ASCII, and a verify need not load the Unicode tables
        import unicodedata

        typed = unicodedata.normalize("NFC", text)
    folded = " ".join(typed.lower().translate(TYPOGRAPHY).split())
    # A text already folded is returned itself: the value table then holds no copy of it.
    return text if folded == text else folded


@record
class Derivation:
    """A claim stated as the result of arithmetic over other claims."""

    text: str
    expression: Node
    #: where ``derived = ...`` is written, so errors about it point at that line
    location: Location = field(default=NOWHERE, eq=False)

    @property
    def inputs(self) -> list[str]:
        return references(self.expression)


@record
class Claim:
    """One quantitative claim of an article, as printed and as read.

    ``key`` is ``article-id:claim-id``, unique across a whole ledger; ``id``
    is unique within its file. ``figure`` is ``None`` for an *implied* claim:
    a derivation the ledger wants computed and checked for plausibility though
    the article prints no figure for it.
    """

    id: str
    article_id: str
    figure: Figure | None
    subject: str = ""
    measure: str = ""
    period: Period = UNSTATED
    quote: str = ""
    attribution: Attribution = UNATTRIBUTED
    derivation: Derivation | None = None
    cumulative: bool = False
    note: str = ""
    location: Location = field(default=NOWHERE, eq=False)

    @functools.cached_property
    def key(self) -> str:
        # Cached (in a slot of its own): a verify reads keys tens of thousands of times, and
        # each read built a new string. The ledger's dict, its value table and every resolved
        # reference use this one string (``Ledger.resolve``, ``ValueTable.with_keys``). Not
        # interned: the interpreter's table of interned strings would grow by an entry a
        # claim, which nothing ever frees.
        return _key(self)

    def __post_init__(self) -> None:
        # Made with the claim, not on first read: building a ledger reads every claim's key,
        # and a first read of an empty slot goes through AttributeError and __getattr__,
        # three times what setting it here costs.
        _set_key(self, _key(self))

    @property
    def printed(self) -> str:
        return self.figure.text if self.figure else ""


def _key(claim: Claim) -> str:
    return f"{claim.article_id}:{claim.id}"


_set_key = Claim.__dict__["key"].__set__


@record
class Check:
    """A relation the article states between figures, checked ledger-wide.

    ``same``: the claims state one figure (repeated, or in other units).
    ``total``: ``parts`` add up to ``total``.
    ``shares``: ``parts`` are shares of one whole, so they sum to at most 100 %
    (or to ``total`` when given).
    ``compare``: ``holds`` is a comparison stated in prose ("more than a year's demand").
    """

    kind: str = field(validator=one_of(CHECK_KINDS))
    article_id: str
    claims: tuple[str, ...] = ()
    total: str = ""
    holds: Node | None = None
    holds_text: str = ""
    quote: str = ""
    note: str = ""
    location: Location = field(default=NOWHERE, eq=False)

    @property
    def references(self) -> list[str]:
        refs = list(self.claims) + ([self.total] if self.total else [])
        return refs + (references(self.holds) if self.holds is not None else [])
