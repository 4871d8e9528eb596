"""Who said it, where it was printed, and through whom it reached the article."""

from __future__ import annotations

import datetime as dt


from factledger.locations import NOWHERE, Location
from factledger.records import Field, field, one_of, record

SOURCE_KINDS = ("outlet", "official", "dataset", "person", "organisation", "article", "report")


def _text(instance: object, attribute: Field, value: object) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be text, got {type(value).__name__} {value!r}")


@record
class Article:
    """The published piece whose figures a ledger file records."""

    id: str = field(validator=_text)
    title: str = field(default="", validator=_text)
    publisher: str = field(default="", validator=_text)
    author: str = field(default="", validator=_text)
    published: dt.date | None = None
    url: str = field(default="", validator=_text)
    #: the article's text as a path relative to the ledger file, for quote checks
    text_path: str = ""
    location: Location = field(default=NOWHERE, eq=False)


@record
class Source:
    """Where a figure comes from: an outlet, an official, a data set."""

    id: str = field(validator=_text)
    name: str = field(validator=_text)
    kind: str = field(default="outlet", validator=one_of(SOURCE_KINDS))
    url: str = field(default="", validator=_text)
    date: dt.date | None = None
    location: Location = field(default=NOWHERE, eq=False)


@record
class Attribution:
    """The chain a figure travelled: "The Wall Street Journal, citing South Korean officials"."""

    source: Source | None = None
    via: tuple[str, ...] = ()

    def describe(self) -> str:
        names = ([self.source.name] if self.source else []) + list(self.via)
        if not names:
            return "the article itself"
        head, *rest = names
        return head + "".join(f", citing {name}" for name in rest)


#: A figure the article states on its own authority; shared, so a ledger holds one
UNATTRIBUTED = Attribution()
