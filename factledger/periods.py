"""The time a claim is about.

Two figures can only conflict when they describe the same period
(:meth:`Period.same_time`); a year and a month of it are different periods. A
period is a closed span of dates, or *unstated* (the ledger does not say),
or *as of publication* (the article's date, imprecise by nature: we take the
year up to the publication date).

Accepted text (words in any case; docs/ledger-format.md lists every form)::

    2016            a year               1970s, the 1990s   a decade
    2024-11         a month              1970s and 1980s    two decades
    2024-11-16      a day                2007-2015, 2007-15 a span of years
    2023-24, FY2024 a fiscal year        2019-03/2019-06    an ISO span
    fiscal 2023-24, FY2023-2024          a fiscal year too
    Q1 FY2027, H1 fiscal 2026-27         a part of a fiscal year
    third quarter of 2024, 3Q 2024       end of 2023        its last day
    since 2002, 2002-present             up to publication
    publication, so far                  as of publication  unstated   not said

Vague times ("mid-2024", "early 2023", "the start of 2023") are refused, with what to
record instead: bounds made up for them would make conflicts up.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from factledger.errors import PeriodError, quoted
from factledger.patterns import OnFirstUse
from factledger.pickling import shared_when_rebuilt
from factledger.records import record

UNSTATED_WORDS = ("", "unstated", "unknown", "not stated")
PUBLICATION_WORDS = ("publication", "as of publication", "as at publication", "current", "now", "so far",
                     "to date")


@shared_when_rebuilt
@record
class Period:
    """A closed span ``[start, end]`` of days, or unstated (both ``None``)."""

    label: str
    start: dt.date | None = None
    end: dt.date | None = None
    #: True when the span stands in for "as of publication", which is imprecise.
    approximate: bool = False
    #: The fiscal year or season named ("2023-24", "FY2024"), twelve months whose first month the
    #: ledger does not say; the span is then the calendar years they fall in. For a part of one
    #: ("Q1 FY2027"), the part and the year, the span every month the part may cover.
    fiscal: str = ""
    #: For a period from a start to publication ("since 2002", "2002-present"), the start as the
    #: ledger words it ("2002"): a count since then, at the article's date.
    since: str = ""

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
        return self.same_span(other)

    def same_span(self, other: "Period") -> bool:
        """True when both are the same span, named alike: a fiscal year 2023-24 is not the
        calendar years 2023 and 2024, nor, as fiscal years are named differently from one
        issuer to another, FY2024."""
        return self.start == other.start and self.end == other.end and self.fiscal == other.fiscal

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
_DAY = r"(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
#: month names and their abbreviations; text is matched in lower case, and the schema's period
#: pattern spells the same in either case
_MONTH_NAME = ("(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
               "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_DASH = r"\s*(?:-|–|—|to)\s*"
#: the word that names a fiscal year: "FY2027", "FY 2027", "fiscal 2027", "fiscal year 2027"
_FISCAL_WORD = r"(?:fy\s?|fiscal\s+(?:year\s+)?)"
#: a fiscal year with its word, named by the year it ends in or by its two years ("FY2026-27",
#: "fiscal 2026/2027"): the first year, and the second's last two digits or all four
_FISCAL_YEAR = rf"{_FISCAL_WORD}{_YEAR}(?:\s*(?:-|–|—|/)\s*(\d{{4}}|\d{{2}}))?"
#: a quarter or half as written before or after its year: "Q1", "1Q", "H2", "2H"
_PART = r"(q[1-4]|[1-4]q|h[12]|[12]h)"


#: the words that make a period vague, each with the month of a year, the day of a month and the year
#: of a decade its error shows as an example of what to record instead, if the article names one
_VAGUE_EXAMPLES = {"early": (2, 5, 2), "mid": (6, 15, 5), "middle of": (6, 15, 5), "late": (11, 25, 8),
                   "start of": (1, 1, 0), "beginning of": (1, 1, 0), "spring": (4, 15, 5),
                   "summer": (7, 15, 5), "autumn": (10, 15, 5), "fall": (10, 15, 5), "winter": (1, 15, 5)}
_VAGUE_WORDS = "|".join(word.replace(" ", r"\s+") for word in _VAGUE_EXAMPLES)


class _Grammar:
    """The period reader's patterns, one per kind, over lower-case text, compiled when first used
    (``factledger.patterns``)."""

    year = OnFirstUse(rf"^{_YEAR}$")
    # "2023-24", "2023/24", "2007-15": the second year by its last two digits; "2024-11" is a month.
    short_span = OnFirstUse(rf"^{_YEAR}\s*(-|–|—|/)\s*(\d{{2}})$")
    day = OnFirstUse(rf"^{_YEAR}-(\d{{2}})-(\d{{2}})$")
    years = OnFirstUse(rf"^{_YEAR}{_DASH}{_YEAR}$")
    decade = OnFirstUse(rf"^{_YEAR}s$")
    decades = OnFirstUse(rf"^{_YEAR}s\s*(?:and|-|–|—|to)\s*(?:the\s+)?{_YEAR}s$")
    fiscal_named = OnFirstUse(rf"^{_FISCAL_WORD}{_YEAR}$")
    # "fiscal 2026-27", "FY 2026/27", "FY2026-2027": a season with its word, as wire copy prints it;
    # the word rules out the month ("FY2011-12" is no December) and the two calendar years.
    fiscal_season = OnFirstUse(rf"^{_FISCAL_WORD}{_YEAR}\s*(?:-|–|—|/)\s*(\d{{4}}|\d{{2}})$")
    # A quarter or half of a fiscal year, as companies and budgets report them: "Q1 FY2027",
    # "Q1 of fiscal 2027", "FY2026-27 H2", "first quarter of fiscal 2027".
    fiscal_part_first = OnFirstUse(rf"^{_PART}(?:-|\s+(?:of\s+)?)(?:the\s+)?{_FISCAL_YEAR}$")
    fiscal_part_after = OnFirstUse(rf"^{_FISCAL_YEAR}(?:-|\s+){_PART}$")
    fiscal_part_words = OnFirstUse(rf"^({'|'.join(_ORDINALS)})\s+(quarter|half)(?:\s+of)?,?\s+(?:the\s+)?"
                                   rf"{_FISCAL_YEAR}$")
    # Quarters and halves, as trade and economic figures are stated: "2024-Q1", "Q1 2024", "3Q 2024",
    # "2024H2", "third quarter of 2024", "first half of 2024".
    quarter = OnFirstUse(rf"^{_YEAR}(?:-|\s)?q([1-4])$")
    quarter_first = OnFirstUse(rf"^(?:q([1-4])|([1-4])q)(?:-|\s){_YEAR}$")
    quarter_words = OnFirstUse(rf"^({'|'.join(_ORDINALS)})\s+quarter(?:\s+of)?,?\s+{_YEAR}$")
    half = OnFirstUse(rf"^{_YEAR}(?:-|\s)?h([12])$")
    half_first = OnFirstUse(rf"^(?:h([12])|([12])h)(?:-|\s){_YEAR}$")
    half_words = OnFirstUse(rf"^({'|'.join(_ORDINALS)})\s+half(?:\s+of)?,?\s+{_YEAR}$")
    # Months by name, as articles print them: "November 2024", "16th Nov 2024", "November 16, 2024".
    month_named = OnFirstUse(rf"^{_MONTH_NAME}\.?,?\s+{_YEAR}$")
    day_named = OnFirstUse(rf"^{_DAY}\s+(?:of\s+)?{_MONTH_NAME}\.?,?\s+{_YEAR}$")
    day_named_first = OnFirstUse(rf"^{_MONTH_NAME}\.?\s+{_DAY},?\s+{_YEAR}$")
    # A stock at a year's end ("troops deployed at the end of 2023") is as of its last day.
    year_end = OnFirstUse(rf"^(?:end(?:\s+of\s+|-)|year-end\s+){_YEAR}$")
    # "2020-present", "2020 to date": "since 2020" in other words.
    to_publication = OnFirstUse(r"^(.+?)(?:\s*(?:-|–|—)\s*|\s+to\s+|\s+until\s+)(?:the\s+)?(?:present|date|now|publication)$")
    # Part of a year, a decade or a month without its bounds ("mid-2024", "the early 1990s", "late
    # November 2024", "summer 2023"): refused, as bounds made up for them would make conflicts up.
    vague = OnFirstUse(rf"^({_VAGUE_WORDS})(?:\s*-\s*|\s+)(?:of\s+)?(?:the\s+)?"
                       rf"({_YEAR}s?|{_MONTH_NAME}\.?,?\s+{_YEAR})$")


#: the kinds of period, in the order they are tried
_KINDS = ("year", "short_span", "day", "years", "decade", "decades", "fiscal_named", "fiscal_season",
          "fiscal_part_first", "fiscal_part_after", "fiscal_part_words", "quarter", "quarter_first",
          "quarter_words", "half", "half_first", "half_words", "month_named", "day_named", "day_named_first",
          "year_end")

#: what the reader accepts, for the message refusing anything else
ACCEPTED = ("a year (2016), a month (2024-11, November 2024), a date (2024-11-16, 16 November 2024, "
            "end of 2023), a quarter or half (2024-Q1, third quarter of 2024, H2 2024), a fiscal year or "
            "season (2023-24, FY2024) or a part of one (Q1 FY2027, H2 FY2027), a span (2007-2015, "
            "2019-03/2019-06, the 1970s and 1980s), "
            "\"since 2002\", \"publication\" or \"unstated\"")


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
    ongoing = _Grammar.to_publication.match(low)
    if ongoing or low.startswith("since "):
        since = (clean[:ongoing.end(1)] if ongoing else clean[6:]).strip()
        start = _single(since, clean).start
        if published is None:  # it runs to a date the article does not give: unstated, as publication is
            return Period(f"{clean} (publication date not given)")
        if start is not None and start > published:
            raise PeriodError(f"period {quoted(clean)} starts after the article's publication "
                              f"({published.isoformat()})")
        return Period(clean, start, published, since=since)
    date_advice = written_date_advice(clean)
    if date_advice:
        raise PeriodError(f"period {quoted(clean)}: {date_advice}")
    if "/" in clean and not _one_season(low):
        first, _, last = clean.partition("/")
        return _span(clean, _single(first, clean).start, _single(last, clean).end)
    return _single(clean, clean)


#: a date written with its day and month before the year ("05/10/2026", "5.10.2026", "05-10-2026"),
#: or with its year first but not as ISO writes it ("2026/10/05")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$")
_YEAR_MONTH_DAY = re.compile(r"^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$")


def written_date_advice(text: str) -> str:
    """What to write for a date not written YYYY-MM-DD: "05/10/2026" may be 5 October or May 10, and
    the advice shows both ISO readings; ``""`` when ``text`` is no such date.

    Day first is how most of the world writes a date, month first how the US does: a date whose
    day and month could be either is ambiguous, and only the writer knows which was meant.
    """
    text = text.strip()
    year_first, day_first = _YEAR_MONTH_DAY.match(text), _DAY_MONTH_YEAR.match(text)
    if year_first and not (year_first[2] == "-" and len(text) == 10):  # "2026-02-30" is ISO's shape: no slip of form
        readings = [_real_date(int(year_first[1]), int(year_first[3]), int(year_first[4]))]
    elif day_first:
        first, second, year = int(day_first[1]), int(day_first[3]), int(day_first[4])
        readings = [_real_date(year, second, first), _real_date(year, first, second)]
    else:
        return ""
    days = list(dict.fromkeys(day for day in readings if day is not None))
    said = f"dates are written YYYY-MM-DD; {text}"
    if not days:
        return f"{said} is no real date, whichever of its numbers is the day"
    if len(days) == 1:
        return f"{said} is {_day_named(days[0], days[0] == readings[0])}: write {days[0].isoformat()}"
    return (f"{said} is ambiguous ({_day_named(days[0], True)} or {_day_named(days[1], False)}): write "
            f"{days[0].isoformat()} or {days[1].isoformat()}")


def _real_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_named(day: dt.date, day_first: bool) -> str:
    """5 October, or October 5, as the writer of the date would say it."""
    month = day.strftime("%B")
    return f"{day.day} {month}" if day_first else f"{month} {day.day}"


def _one_season(low: str) -> bool:
    """Whether "/" in ``low`` parts a season's two years ("2023/24", "FY 2026/27"), not two periods."""
    low = low.removeprefix("the ")
    return any(getattr(_Grammar, kind).match(low) for kind in
               ("short_span", "fiscal_season", "fiscal_part_first", "fiscal_part_after", "fiscal_part_words"))


def _span(label: str, start: dt.date | None, end: dt.date | None) -> Period:
    if start is not None and end is not None and end < start:
        raise PeriodError(f"period {quoted(label)} runs backwards: it ends before it starts")
    return Period(label, start, end)


def _single(text: str, original: str) -> Period:
    low = text.strip().lower()
    low = low[4:] if low.startswith("the ") else low
    for kind in _KINDS:
        match = getattr(_Grammar, kind).match(low)
        if match:
            try:
                if kind == "short_span":
                    year, separator, last_digits = match.groups()
                    return _short_span(year, separator, last_digits, original)
                if kind == "fiscal_season":
                    year, last_year = match.groups()
                    return _fiscal_season(year, last_year, original)
                if kind.startswith("fiscal_part"):
                    return _fiscal_part(kind, match.groups(), original)
                return _build(*_numbered(kind, match.groups()), original)
            except ValueError as error:
                raise PeriodError(f"period {quoted(original)} is not a real date ({error})") from None
    vague = _Grammar.vague.match(low)
    if vague:
        raise PeriodError(_vague_message(text.strip(), original, *vague.groups()))
    raise PeriodError(f"period {quoted(original)} is not understood; expected {ACCEPTED}")


def _vague_message(part: str, original: str, word: str, rest: str, year: str, month: str | None,
                   month_year: str | None) -> str:
    """Why "mid-2024" is refused, and what to record instead: the year, or a month of it if the article
    names one; in a longer period, in the vague part's place ("since mid-2022": since 2022)."""
    month_of_year, day_of_month, year_of_decade = _VAGUE_EXAMPLES[" ".join(word.split())]
    if month:  # "late November 2024": the month, or a day of it
        coarse = f"{month_year}-{_MONTHS[month[:3]]:02d}"
        finer, unit = f"{coarse}-{day_of_month:02d}", "day"
    elif rest.endswith("s"):  # "the early 1990s": the decade, or a year of it
        coarse, finer, unit = f"the {rest}", str(int(year) + year_of_decade), "year"
    else:
        coarse, finer, unit = year, f"{year}-{month_of_year:02d}", "month"
    if part == original:
        instead = f"{coarse}, or a {unit} such as {finer} if the article names it"
    else:
        instead = f"{original.replace(part, coarse)}, or {original.replace(part, finer)} if the article names the {unit}"
    where = "" if part == original else f" ({quoted(part)})"
    return (f"period {quoted(original)} is vague{where}; record the period the figure is about as precisely as "
            f"the article allows ({instead}), and keep the article's words in the quote")


def _short_span(year_text: str, separator: str, last_digits: str, label: str) -> Period:
    """"2023-24" (a fiscal year or season), "2007-15" (2007 to 2015) or "2024-11" (a month).

    "2011-12" may be either December 2011 or the season 2011-12: it is refused, not guessed.
    Only the hyphen reads as a month, as ISO writes months; "2011/12" and "2011–12" are seasons.
    """
    year, digits = int(year_text), int(last_digits)
    month = separator == "-" and 1 <= digits <= 12
    if digits == (year + 1) % 100:
        if month:
            month_name = dt.date(year, digits, 1).strftime("%B")
            raise PeriodError(
                f"period {quoted(label)} may be {month_name} {year} or the fiscal year or season from {year} to "
                f"{year + 1}; write \"{month_name} {year}\" for the month, or \"{year}/{last_digits}\" for the "
                f"fiscal year or season")
        return Period(label, dt.date(year, 1, 1), dt.date(year + 1, 12, 31), fiscal=f"{year}-{last_digits}")
    last_year = year - year % 100 + digits
    if separator == "-" and (digits <= 12 or last_year < year):  # "2024-13" is a month mistyped
        return _build("month", [year, digits], label)
    return _build("years", [year, last_year], label)


def _fiscal_season(year_text: str, last_year: str, label: str) -> Period:
    """"fiscal 2026-27", "FY2026-2027": the fiscal year "2026-27" names, the same period whichever way
    it is written."""
    year = int(year_text)
    following = f"{(year + 1) % 100:02d}"
    if len(last_year) == 4 and int(last_year) != year + 1:
        raise PeriodError(f"period {quoted(label)} is not one fiscal year; a fiscal year ends in the next "
                          f"year ({quoted(_with_last_year(label, year_text, last_year, str(year + 1)))})")
    if len(last_year) == 2 and last_year != following:
        raise PeriodError(f"period {quoted(label)} is not one fiscal year; a fiscal year ends in the next "
                          f"year, written as its last two digits "
                          f"({quoted(_with_last_year(label, year_text, last_year, following))})")
    return Period(label, dt.date(year, 1, 1), dt.date(year + 1, 12, 31), fiscal=f"{year}-{following}")


def _with_last_year(label: str, year_text: str, last_year: str, right: str) -> str:
    """``label`` with the fiscal year's second year written ``right``: "FY2026-30" -> "FY2026-27"."""
    return re.sub(rf"({year_text}\s*[-–—/]\s*){last_year}", rf"\g<1>{right}", label, count=1)


def _fiscal_part(kind: str, groups: tuple[str | None, ...], label: str) -> Period:
    """"Q1 FY2027", "first half of fiscal 2026-27": three or six months of a fiscal year.

    Which months the fiscal year starts with the ledger does not say, so the span is every day
    the part may cover: a fiscal year named 2027 (or 2026-27) starts at the earliest in January
    2026 (its span starts then) and at the latest in January 2027, so its first quarter lies
    between January 2026 and March 2027. It is the same period only as the same part of the
    same fiscal year, however written.
    """
    if kind == "fiscal_part_words":
        ordinal, word, year_text, last_year = groups
        assert ordinal is not None and year_text is not None  # only the second year is optional
        number, part = _ORDINALS[ordinal], "Q" if word == "quarter" else "H"
        if part == "H" and number > 2:
            raise PeriodError(f"period {quoted(label)} is not understood; a fiscal year has two halves")
    else:
        token, year_text, last_year = groups if kind == "fiscal_part_first" else (groups[2], *groups[:2])
        assert token is not None and year_text is not None  # only the second year is optional
        number, part = int(next(c for c in token if c.isdigit())), "Q" if "q" in token else "H"
    if last_year:
        year = _fiscal_season(year_text, last_year, label)
    else:
        year = _build("fiscal_named", [int(year_text)], label)
    first = year.start.year  # type: ignore[union-attr]
    months = 3 if part == "Q" else 6
    last_month = months * number
    return Period(label, dt.date(first, last_month - months + 1, 1),
                  dt.date(first + 1, last_month, days_in_month(first + 1, last_month)),
                  fiscal=f"{part}{number} {year.fiscal}")


def _numbered(kind: str, groups: tuple[str, ...]) -> tuple[str, list[int]]:
    """The kind and numbers of a match, month names made numbers.

    ("day_named", "16 Nov 2024") gives ("day", [2024, 11, 16]).
    """
    if kind == "month_named":
        return "month", [int(groups[1]), _MONTHS[groups[0][:3]]]
    if kind == "day_named":
        return "day", [int(groups[2]), _MONTHS[groups[1][:3]], int(groups[0])]
    if kind == "day_named_first":
        return "day", [int(groups[2]), _MONTHS[groups[0][:3]], int(groups[1])]
    if kind in ("quarter_words", "half_words"):
        return kind.removesuffix("_words") + "_first", [_ORDINALS[groups[0]], int(groups[1])]
    if kind in ("quarter_first", "half_first"):
        return kind, [int(next(g for g in groups[:2] if g)), int(groups[2])]
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
    if kind == "year_end":
        day = dt.date(numbers[0], 12, 31)
        return Period(label, day, day)
    if kind == "fiscal_named":  # the fiscal year ending in that year, as the US and most companies name it
        return Period(label, dt.date(numbers[0] - 1, 1, 1), dt.date(numbers[0], 12, 31), fiscal=f"FY{numbers[0]}")
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
    # The year before publication; an article dated in year 1 (TOML's first date) has no year before it.
    start = dt.date.fromordinal(max(1, published.toordinal() - 365))
    return Period(f"as of publication ({published.isoformat()})", start, published, approximate=True)
