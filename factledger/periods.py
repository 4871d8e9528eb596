"""The time a claim is about.

Two figures can only conflict when they describe the same period
(:meth:`Period.same_time`); a year and a month of it are different periods. A
period is a closed span of dates, or *unstated* (the ledger does not say),
or *as of publication* (the article's date, imprecise by nature: we take the
year up to the publication date).

Accepted text::

    2016            a year               1970s           a decade
    2024-11         a month              1970s and 1980s two decades
    2024-11-16      a day                2007-2015       a span of years
    2019-03/2019-06 an ISO span          since 2002      up to publication
    publication     as of publication    unstated        not said
"""

from __future__ import annotations

import datetime as dt
import functools

from factledger.errors import PeriodError, quoted
from factledger.patterns import OnFirstUse
from factledger.pickling import shared_when_rebuilt
from factledger.records import record

UNSTATED_WORDS = ("", "unstated", "unknown", "not stated")
PUBLICATION_WORDS = ("publication", "as of publication", "current", "now")


@shared_when_rebuilt
@record
class Period:
    """A closed span ``[start, end]`` of days, or unstated (both ``None``)."""

    label: str
    start: dt.date | None = None
    end: dt.date | None = None
    #: True when the span stands in for "as of publication", which is imprecise.
    approximate: bool = False

    @property
    def stated(self) -> bool:
        return self.start is not None and self.end is not None

    def overlaps(self, other: "Period") -> bool:
        """True when the spans share a day. An unstated period may overlap anything."""
        if not (self.stated and other.stated):
            return True
        return self.start <= other.end and other.start <= self.end  # type: ignore[operator]

    def contains(self, other: "Period") -> bool:
        """True when ``other`` lies wholly inside this period (both stated)."""
        if not (self.stated and other.stated):
            return False
        return self.start <= other.start and other.end <= self.end  # type: ignore[operator]

    def same_time(self, other: "Period") -> bool:
        """True when both are stated and describe the same time: the same span, or, when either
        is approximate ("as of publication"), spans that share a day.

        Two figures conflict only then. A year and a month in it, or two spans that
        merely overlap, are different periods: a share of 2016's trade may differ from
        May 2016's without either being wrong.
        """
        if not (self.stated and other.stated):
            return False
        if self.approximate or other.approximate:
            return self.overlaps(other)
        return self.start == other.start and self.end == other.end

    @property
    def needs_publication_date(self) -> bool:
        """True when the ledger states a period that runs to publication, in an article with no date."""
        return not self.stated and self.label != UNSTATED_LABEL

    def precedes(self, other: "Period") -> bool:
        """True when this period ends before ``other`` starts."""
        return self.stated and other.stated and self.end < other.start  # type: ignore[operator]

    def __str__(self) -> str:
        # An unstated period is the ledger's "unstated", or "as of publication" in an undated article.
        return self.label if self.stated or self.label != UNSTATED_LABEL else "period unstated"


UNSTATED_LABEL = "unstated"
UNSTATED = Period(UNSTATED_LABEL)

_YEAR = r"(\d{4})"
_DAY = r"0?[1-9]|[12]\d|3[01]"
#: month names and their abbreviations, capitalised or not; the schema's period pattern spells the same
_MONTH_NAME = ("[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|[Mm]ay|[Jj]une?|[Jj]uly?|"
               "[Aa]ug(?:ust)?|[Ss]ep(?:t(?:ember)?)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?")
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


class _Grammar:
    """The period reader's patterns, one per kind, compiled when first used (``factledger.patterns``)."""

    year = OnFirstUse(rf"^{_YEAR}$")
    month = OnFirstUse(rf"^{_YEAR}-(\d{{2}})$")
    day = OnFirstUse(rf"^{_YEAR}-(\d{{2}})-(\d{{2}})$")
    years = OnFirstUse(rf"^{_YEAR}\s*(?:-|–|to)\s*{_YEAR}$")
    decade = OnFirstUse(rf"^{_YEAR}s$")
    decades = OnFirstUse(rf"^{_YEAR}s\s*(?:and|-|–|to)\s*(?:the\s+)?{_YEAR}s$")
    # Quarters and halves, as trade and economic figures are stated: "2024-Q1", "Q1 2024", "2024H2".
    quarter = OnFirstUse(rf"^{_YEAR}(?:-|\s)?[qQ]([1-4])$")
    quarter_first = OnFirstUse(rf"^[qQ]([1-4])(?:-|\s){_YEAR}$")
    half = OnFirstUse(rf"^{_YEAR}(?:-|\s)?[hH]([12])$")
    half_first = OnFirstUse(rf"^[hH]([12])(?:-|\s){_YEAR}$")
    # Months by name, as articles print them: "November 2024", "16 Nov 2024", "November 16, 2024".
    month_named = OnFirstUse(rf"^({_MONTH_NAME})\.?\s+{_YEAR}$")
    day_named = OnFirstUse(rf"^({_DAY})\s+({_MONTH_NAME})\.?,?\s+{_YEAR}$")
    day_named_first = OnFirstUse(rf"^({_MONTH_NAME})\.?\s+({_DAY}),?\s+{_YEAR}$")


#: the kinds of period, in the order they are tried
_KINDS = ("year", "month", "day", "years", "decade", "decades", "quarter", "quarter_first", "half", "half_first",
          "month_named", "day_named", "day_named_first")


def parse_period(text: str, published: dt.date | None = None) -> Period:
    """Read period text; ``published`` resolves "publication" and "since ..."."""
    if not isinstance(text, str):
        raise PeriodError(f"period must be text such as \"2016\" or \"unstated\", not {type(text).__name__}")
    return _read_period(text, published)


# A ledger states few periods ("2024-11", "unstated", the years it covers), each over many
# claims; a Period is immutable, so claims may share one. Errors are not cached: they are rare.
@functools.lru_cache(maxsize=4096)
def _read_period(text: str, published: dt.date | None) -> Period:
    clean = " ".join(text.split())
    low = clean.lower()
    if low in UNSTATED_WORDS:
        return UNSTATED
    if low in PUBLICATION_WORDS:
        return _as_of_publication(clean, published)
    if low.startswith("since "):
        start = _single(clean[6:], clean).start
        if published is None:  # it runs to a date the article does not give: unstated, as publication is
            return Period(f"{clean} (publication date not given)")
        if start is not None and start > published:
            raise PeriodError(f"period {quoted(clean)} starts after the article's publication "
                              f"({published.isoformat()})")
        return Period(clean, start, published)
    if "/" in clean:
        first, _, last = clean.partition("/")
        return _span(clean, _single(first, clean).start, _single(last, clean).end)
    return _single(clean, clean)


def _span(label: str, start: dt.date | None, end: dt.date | None) -> Period:
    if start is not None and end is not None and end < start:
        raise PeriodError(f"period {quoted(label)} runs backwards: it ends before it starts")
    return Period(label, start, end)


def _single(text: str, original: str) -> Period:
    for kind in _KINDS:
        match = getattr(_Grammar, kind).match(text.strip())
        if match:
            try:
                return _build(*_numbered(kind, match.groups()), original)
            except ValueError as error:
                raise PeriodError(f"period {quoted(original)} is not a real date ({error})") from None
    raise PeriodError(
        f"period {quoted(original)} is not understood; expected a year (2016), a month (2024-11, November 2024), "
        f"a date (2024-11-16, 16 November 2024), a quarter (2024-Q1), a span (2007-2015, 1970s and 1980s), "
        f"\"publication\" or \"unstated\""
    )


def _numbered(kind: str, groups: tuple[str, ...]) -> tuple[str, list[int]]:
    """The kind and numbers of a match, month names made numbers.

    ("day_named", "16 Nov 2024") gives ("day", [2024, 11, 16]).
    """
    if kind == "month_named":
        return "month", [int(groups[1]), _MONTHS[groups[0][:3].lower()]]
    if kind == "day_named":
        return "day", [int(groups[2]), _MONTHS[groups[1][:3].lower()], int(groups[0])]
    if kind == "day_named_first":
        return "day", [int(groups[2]), _MONTHS[groups[0][:3].lower()], int(groups[1])]
    return kind, [int(g) for g in groups]


def days_in_month(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]``, without importing ``calendar`` (about 1 ms)."""
    if not 1 <= month <= 12:
        raise ValueError(f"bad month number {month}; must be 1-12")
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.date(year, month, 1)).days


def _build(kind: str, numbers: list[int], label: str) -> Period:
    if kind == "year":
        return Period(label, dt.date(numbers[0], 1, 1), dt.date(numbers[0], 12, 31))
    if kind == "month":
        year, month = numbers
        last = days_in_month(year, month)
        return Period(label, dt.date(year, month, 1), dt.date(year, month, last))
    if kind == "day":
        day = dt.date(*numbers)
        return Period(label, day, day)
    if kind == "decade":
        return Period(label, dt.date(numbers[0], 1, 1), dt.date(numbers[0] + 9, 12, 31))
    if kind == "decades":
        return _span(label, dt.date(numbers[0], 1, 1), dt.date(numbers[1] + 9, 12, 31))
    if kind in ("quarter_first", "half_first"):
        kind, numbers = kind.removesuffix("_first"), numbers[::-1]
    if kind in ("quarter", "half"):
        year, part = numbers
        months = 3 if kind == "quarter" else 6
        last_month = part * months
        return Period(label, dt.date(year, last_month - months + 1, 1),
                      dt.date(year, last_month, days_in_month(year, last_month)))
    first, last = numbers
    return _span(label, dt.date(first, 1, 1), dt.date(last, 12, 31))


def _as_of_publication(label: str, published: dt.date | None) -> Period:
    if published is None:  # unstated, and said so: a finding then asks for the article's date
        return Period("as of publication (date not given)")
    start = published - dt.timedelta(days=365)
    return Period(f"as of publication ({published.isoformat()})", start, published, approximate=True)
