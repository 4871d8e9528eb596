"""Who said it, where it was printed, and through whom it reached the article."""

from __future__ import annotations

import datetime as dt

import attrs

from factledger.locations import NOWHERE, Location
from factledger.pickling import rebuilt_by_init
from factledger.records import record

SOURCE_KINDS = ("outlet", "official", "dataset", "person", "organisation", "article", "report")


def _text(instance: object, attribute: attrs.Attribute, value: object) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be text, got {type(value).__name__} {value!r}")


@record
class Article:
    """The published piece whose figures a ledger file records."""

    id: str = attrs.field(validator=_text)
    title: str = attrs.field(default="", validator=_text)
    publisher: str = attrs.field(default="", validator=_text)
    author: str = attrs.field(default="", validator=_text)
    published: dt.date | None = None
    url: str = attrs.field(default="", validator=_text)
    #: the article's text as a path relative to the ledger file, for quote checks
    text_path: str = ""
    location: Location = attrs.field(default=NOWHERE, eq=False)


@record
class Source:
    """Where a figure comes from: an outlet, an official, a data set."""

    id: str = attrs.field(validator=_text)
    name: str = attrs.field(validator=_text)
    kind: str = attrs.field(default="outlet", validator=attrs.validators.in_(SOURCE_KINDS))
    url: str = attrs.field(default="", validator=_text)
    date: dt.date | None = None
    location: Location = attrs.field(default=NOWHERE, eq=False)


@rebuilt_by_init
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
