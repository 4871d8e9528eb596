"""Periods: what a claim is about, in time."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factledger import PeriodError, parse_period
from factledger.periods import ACCEPTED, written_date_advice


@pytest.mark.parametrize("text, start, end", [
    ("2016", dt.date(2016, 1, 1), dt.date(2016, 12, 31)),
    ("2024-11", dt.date(2024, 11, 1), dt.date(2024, 11, 30)),
    ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    ("2024-11-16", dt.date(2024, 11, 16), dt.date(2024, 11, 16)),
    ("2007-2015", dt.date(2007, 1, 1), dt.date(2015, 12, 31)),
    ("1970s", dt.date(1970, 1, 1), dt.date(1979, 12, 31)),
    ("1970s and 1980s", dt.date(1970, 1, 1), dt.date(1989, 12, 31)),
    ("2019-03/2019-06", dt.date(2019, 3, 1), dt.date(2019, 6, 30)),
    ("2024-Q1", dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
    ("Q4 2023", dt.date(2023, 10, 1), dt.date(2023, 12, 31)),
    ("2024q2", dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
    ("2024-H1", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
    ("H2 2024", dt.date(2024, 7, 1), dt.date(2024, 12, 31)),
    ("2023-Q4/2024-H1", dt.date(2023, 10, 1), dt.date(2024, 6, 30)),
    ("2007-15", dt.date(2007, 1, 1), dt.date(2015, 12, 31)),
    ("2007—2015", dt.date(2007, 1, 1), dt.date(2015, 12, 31)),
    ("the 1990s", dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
    ("the 1970s and 1980s", dt.date(1970, 1, 1), dt.date(1989, 12, 31)),
    ("SEPTEMBER 2024", dt.date(2024, 9, 1), dt.date(2024, 9, 30)),
    ("March, 2024", dt.date(2024, 3, 1), dt.date(2024, 3, 31)),
    ("16th November 2024", dt.date(2024, 11, 16), dt.date(2024, 11, 16)),
    ("November 16th, 2024", dt.date(2024, 11, 16), dt.date(2024, 11, 16)),
    ("1H 2024", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
    ("first half of 2024", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
    ("3Q 2024", dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
    ("third quarter of 2024", dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
    ("end of 2023", dt.date(2023, 12, 31), dt.date(2023, 12, 31)),
])
def test_period_text(text, start, end):
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)


def test_as_of_publication_is_the_year_to_publication():
    period = parse_period("publication", dt.date(2024, 11, 17))
    assert period.end == dt.date(2024, 11, 17) and period.approximate


@pytest.mark.parametrize("published, start", [(dt.date(1, 1, 1), dt.date(1, 1, 1)),
                                              (dt.date(1, 6, 30), dt.date(1, 1, 1)),
                                              (dt.date(2, 1, 1), dt.date(1, 1, 1))])
def test_as_of_publication_in_the_first_year_starts_at_the_first_date(published, start):
    """An article dated in TOML's first year has no full year before it: the period starts on the first
    date there is (it stopped the run with an internal error)."""
    period = parse_period("publication", published)
    assert (period.start, period.end) == (start, published)


def test_overlaps_and_contains():
    decades, year = parse_period("1970s and 1980s"), parse_period("1988")
    assert year.overlaps(decades) and decades.contains(year) and not year.contains(decades)
    assert not parse_period("2016").overlaps(parse_period("2023"))
    assert parse_period("2016").precedes(parse_period("2023"))


@pytest.mark.parametrize("one, other, same", [
    ("2016", "2016", True),
    ("2016", "2016-01/2016-12", True),  # one span, two spellings
    ("2024-Q1", "2024-01/2024-03", True),
    ("2016", "2016-05", False),  # a year and a month of it
    ("2015-2017", "2016-2018", False),  # spans that merely overlap
    ("2016", "2017", False),
    ("publication", "2024-11", True),  # as of publication is approximate: overlapping is enough
    ("publication", "2022", False),  # the year up to 2024-11-17 does not reach back to 2022
    ("unstated", "2016", False),  # unknown, not the same: FL502 asks for the period
])
def test_same_time(one, other, same):
    published = dt.date(2024, 11, 17)
    a, b = parse_period(one, published), parse_period(other, published)
    assert a.same_time(b) is same and b.same_time(a) is same


@pytest.mark.parametrize("text, start, end", [
    ("November 2024", dt.date(2024, 11, 1), dt.date(2024, 11, 30)),
    ("nov. 2024", dt.date(2024, 11, 1), dt.date(2024, 11, 30)),
    ("Sept 2023", dt.date(2023, 9, 1), dt.date(2023, 9, 30)),
    ("16 November 2024", dt.date(2024, 11, 16), dt.date(2024, 11, 16)),
    ("November 16, 2024", dt.date(2024, 11, 16), dt.date(2024, 11, 16)),
    ("February 2024/May 2024", dt.date(2024, 2, 1), dt.date(2024, 5, 31)),
])
def test_months_by_name_read_as_their_numbers(text, start, end):
    """A period copied from the article ("November 2024") reads as the ISO form does."""
    period = parse_period(text)
    assert (period.start, period.end) == (start, end) and period.label == text
    assert period.same_time(parse_period(f"{start.isoformat()}/{end.isoformat()}"))


def test_unstated_period_may_overlap_anything():
    assert not parse_period("unstated").stated
    assert parse_period("unstated").overlaps(parse_period("2016"))


@pytest.mark.parametrize("text, message", [
    ("2024-13", "period '2024-13' is not a real date (bad month number 13; must be 1-12)"),
    ("2015-2007", "period '2015-2007' runs backwards: it ends before it starts"),
    ("2019-06/2019-03", "period '2019-06/2019-03' runs backwards: it ends before it starts"),
    ("1970s and 1960s", "period '1970s and 1960s' runs backwards: it ends before it starts"),
    ("since 2030", "period 'since 2030' starts after the article's publication (2024-11-17)"),
    ("since yesterday", f"period 'since yesterday' is not understood; expected {ACCEPTED}"),
    ("Q5 2024", f"period 'Q5 2024' is not understood; expected {ACCEPTED}"),
    ("mid-year 2024", f"period 'mid-year 2024' is not understood; expected {ACCEPTED}"),
    ("2011-12", "period '2011-12' may be December 2011 or the fiscal year or season from 2011 to 2012; "
                "write \"December 2011\" for the month, or \"2011/12\" for the fiscal year or season"),
    ("2024-13", "period '2024-13' is not a real date (bad month number 13; must be 1-12)"),
    ("30 February 2024", "period '30 February 2024' is not a real date (day is out of range for month)"),
    ("FY2026-30", "period 'FY2026-30' is not one fiscal year; a fiscal year ends in the next year, written as "
                  "its last two digits ('FY2026-27')"),
    ("fiscal 2026/25", "period 'fiscal 2026/25' is not one fiscal year; a fiscal year ends in the next year, "
                       "written as its last two digits ('fiscal 2026/27')"),
    ("FY2026-2030", "period 'FY2026-2030' is not one fiscal year; a fiscal year ends in the next year ('FY2026-2027')"),
    ("Q1 FY2026-30", "period 'Q1 FY2026-30' is not one fiscal year; a fiscal year ends in the next year, written as "
                     "its last two digits ('Q1 FY2026-27')"),
    ("third half of fiscal 2027", "period 'third half of fiscal 2027' is not understood; a fiscal year has two halves"),
    ("Q5 FY2027", f"period 'Q5 FY2027' is not understood; expected {ACCEPTED}"),
    ("Q1 FY27", f"period 'Q1 FY27' is not understood; expected {ACCEPTED}"),
])
def test_bad_period(text, message):
    with pytest.raises(PeriodError) as info:
        parse_period(text, dt.date(2024, 11, 17))
    assert str(info.value) == message


def _offered_forms() -> list[str]:
    """The examples the "not understood" message offers: those in its parentheses, and those in quotes."""
    in_parentheses = [form for group in re.findall(r"\(([^)]*)\)", ACCEPTED) for form in group.split(", ")]
    return in_parentheses + re.findall(r'"([^"]+)"', ACCEPTED)


def test_the_forms_a_period_not_understood_is_offered_include_a_fiscal_quarter():
    """The reader takes "Q1 FY2027" and "H2 FY2027"; the message refusing a period now offers them, on one line."""
    message = str(pytest.raises(PeriodError, parse_period, "last year", dt.date(2027, 1, 5)).value)
    assert {"Q1 FY2027", "H2 FY2027"} <= set(_offered_forms())
    assert "\n" not in message and message.endswith(ACCEPTED)


@pytest.mark.parametrize("form", _offered_forms())
def test_every_form_a_period_not_understood_is_offered_is_read(form):
    """No example the message offers is itself refused; each but "unstated" names a span of days."""
    assert parse_period(form, dt.date(2027, 1, 5)).stated is (form != "unstated")


VAGUE_ADVICE = "; record the period the figure is about as precisely as the article allows ({}), and keep " \
               "the article's words in the quote"


@pytest.mark.parametrize("text, why, instead", [
    ("mid-2024", "", "2024, or a month such as 2024-06 if the article names it"),
    ("early 2023", "", "2023, or a month such as 2023-02 if the article names it"),
    ("late 2022", "", "2022, or a month such as 2022-11 if the article names it"),
    ("the middle of 2024", "", "2024, or a month such as 2024-06 if the article names it"),
    ("the start of 2023", "", "2023, or a month such as 2023-01 if the article names it"),
    ("Beginning of 2020", "", "2020, or a month such as 2020-01 if the article names it"),
    ("summer of 2023", "", "2023, or a month such as 2023-07 if the article names it"),
    ("Mid 2024", "", "2024, or a month such as 2024-06 if the article names it"),
    ("late November 2024", "", "2024-11, or a day such as 2024-11-25 if the article names it"),
    ("mid-Nov. 2024", "", "2024-11, or a day such as 2024-11-15 if the article names it"),
    ("the early 1990s", "", "the 1990s, or a year such as 1992 if the article names it"),
    # part of a longer period: what to write in its place
    ("since mid-2022", " ('mid-2022')", "since 2022, or since 2022-06 if the article names the month"),
    ("2021/late 2023", " ('late 2023')", "2021/2023, or 2021/2023-11 if the article names the month"),
    ("early 2020 to date", " ('early 2020')", "2020 to date, or 2020-02 to date if the article names the month"),
])
def test_a_vague_period_is_refused_with_what_to_record_instead(text, why, instead):
    """"mid-2024" has no bounds to compare: made up, they would make conflicts up. The error says it
    is vague (not "not understood") and what to record, in one line."""
    with pytest.raises(PeriodError) as info:
        parse_period(text, dt.date(2024, 11, 17))
    assert str(info.value) == f"period {text!r} is vague{why}" + VAGUE_ADVICE.format(instead)


@pytest.mark.parametrize("text", ["end of 2023", "the 1990s", "first half of 2024", "2024-06", "since 2022"])
def test_what_a_vague_period_is_refused_for_is_read(text):
    """The forms the advice names, and "end of 2023" (the last day, for a stock), are periods."""
    assert parse_period(text, dt.date(2024, 11, 17)).stated


def test_days_in_month_is_the_calendars():
    """Every month of every year datetime knows, and the months that do not exist, as calendar says."""
    import calendar

    from factledger.periods import days_in_month

    assert [days_in_month(year, month) for year in range(1, 10000) for month in range(1, 13)] == \
        [calendar.monthrange(year, month)[1] for year in range(1, 10000) for month in range(1, 13)]
    for month in (0, 13, -1):
        with pytest.raises(ValueError) as ours:
            days_in_month(2024, month)
        with pytest.raises(ValueError) as theirs:
            calendar.monthrange(2024, month)
        assert str(ours.value) == str(theirs.value)


def test_as_of_publication_without_a_date_says_so():
    """Unstated, as the article gives no date, but not "period unstated": the ledger did state one."""
    period = parse_period("publication")
    assert not period.stated
    assert str(period) == "as of publication (date not given)"
    assert str(parse_period("unstated")) == "period unstated"


def test_since_a_year_without_a_publication_date_says_so():
    """"since 2002" runs to the article's date: without one it is unstated, not open to the end of time."""
    period = parse_period("since 2002")
    assert not period.stated and period.needs_publication_date
    assert str(period) == "since 2002 (publication date not given)"
    assert parse_period("since 2002", dt.date(2017, 5, 1)).end == dt.date(2017, 5, 1)
    assert not parse_period("unstated").needs_publication_date


@pytest.mark.parametrize("example", ["2016", "2024-11", "November 2024", "2024-11-16", "16 November 2024",
                                     "end of 2023", "2024-Q1", "third quarter of 2024", "H2 2024", "2023-24",
                                     "FY2024", "2007-2015", "2019-03/2019-06", "the 1970s and 1980s",
                                     "since 2002", "publication", "unstated"])
def test_the_forms_a_refusal_lists_are_read(example):
    """The refusal lists the forms to write: each example it gives reads."""
    assert example in ACCEPTED
    parse_period(example, dt.date(2024, 11, 17))


@pytest.mark.parametrize("text, label", [
    ("2023-24", "2023-24"), ("2023/24", "2023-24"), ("2019–20", "2019-20"), ("1999-00", "1999-00"),
    ("FY2024", "FY2024"), ("fiscal 2024", "FY2024"), ("Fiscal Year 2024", "FY2024"),
    ("fiscal 2026-27", "2026-27"), ("FY2026-27", "2026-27"), ("FY 2026/27", "2026-27"),
    ("fiscal year 2026-27", "2026-27"), ("Fiscal 2026–27", "2026-27"), ("the fiscal year 2026-27", "2026-27"),
    # the second year in full, after the word: the same fiscal year
    ("fiscal 2026-2027", "2026-27"), ("FY2026-2027", "2026-27"), ("FY 2026/2027", "2026-27"),
    ("Fiscal Year 2026–2027", "2026-27"), ("FY1999-2000", "1999-00"),
])
def test_fiscal_years_and_seasons(text, label):
    """A fiscal year or season spans two calendar years, months unknown: the years it falls in, named."""
    period = parse_period(text)
    assert period.fiscal == label
    first = 2023 if label == "FY2024" else int(label[:4])
    assert (period.start, period.end) == (dt.date(first, 1, 1), dt.date(first + 1, 12, 31))


@pytest.mark.parametrize("one, other, same", [
    ("2023-24", "2023/24", True),
    ("FY2024", "fiscal year 2024", True),
    ("2023-24", "2023-2024", False),  # a fiscal year is not two calendar years
    ("2023-24", "FY2024", False),  # which fiscal year "FY2024" names depends on who names it
    ("2023-24", "2023", False),
    ("2026-27", "fiscal 2026-27", True),  # the wire's "fiscal 2026-27" is the season form with its word
    ("FY2026-27", "FY 2026/27", True),
    ("fiscal 2026-27", "FY2027", False),  # as "2026-27" is not "FY2027"
    ("FY2026-2027", "2026-27", True),
    ("fiscal 2026-2027", "2026-2027", False),  # the word makes it a fiscal year, not two calendar years
    ("Q1 FY2027", "first quarter of fiscal 2027", True),
    ("Q1 FY2027", "FY2027-Q1", True),
    ("Q1 FY2027", "1Q fiscal year 2027", True),
    ("Q1 FY2026-27", "Q1 fiscal 2026/2027", True),
    ("Q1 FY2027", "Q1 2027", False),  # a calendar quarter
    ("Q1 FY2027", "FY2027", False),  # the fiscal year, not its quarter
    ("Q1 FY2027", "Q1 FY2026-27", False),  # as "FY2027" is not "2026-27"
    ("Q1 FY2027", "Q2 FY2027", False),
    ("H1 FY2027", "first half of FY2027", True),
    ("H1 FY2027", "Q1 FY2027", False),
])
def test_fiscal_years_are_the_same_time_only_as_themselves(one, other, same):
    assert parse_period(one).same_time(parse_period(other)) is same


@pytest.mark.parametrize("text", ["2020-present", "2020 to date", "2020 until now", "since 2020"])
def test_a_year_to_the_present_is_since_that_year(text):
    period = parse_period(text, dt.date(2024, 11, 17))
    assert (period.label, period.start, period.end) == (text, dt.date(2020, 1, 1), dt.date(2024, 11, 17))
    assert parse_period(text).needs_publication_date


@pytest.mark.parametrize("text, since", [("since 2020", "2020"), ("2020-present", "2020"),
                                         ("since June 26, 2024", "June 26, 2024"), ("the 1990s to date", "the 1990s"),
                                         ("2020", ""), ("2019-2024", ""), ("so far", "")])
def test_a_period_to_publication_keeps_its_start_as_worded(text, since):
    """What the period counts from, in the ledger's words, for a finding to name ("count from June 26, 2024")."""
    assert parse_period(text, dt.date(2024, 11, 17)).since == since


@pytest.mark.parametrize("text", ["so far", "to date", "as at publication", "As of Publication", "NOW"])
def test_words_for_as_of_publication(text):
    assert parse_period(text, dt.date(2024, 11, 17)).approximate


@given(st.sampled_from(["2016", "November 2024", "third quarter of 2024", "the 1970s and the 1980s", "FY2024",
                        "2023-24", "16th of November 2024", "since 2002", "end of 2023", "2020-present",
                        "Q1 2024", "1H 2024", "as at publication"]), st.data())
def test_words_are_read_in_any_case(text, data):
    """Articles print "SEPTEMBER 2024" and "Third Quarter": case never changes what a period is."""
    cased = "".join(data.draw(st.sampled_from([c.lower(), c.upper()])) for c in text)
    published = dt.date(2024, 11, 17)
    ours, theirs = parse_period(cased, published), parse_period(text, published)
    assert (ours.start, ours.end, ours.fiscal, ours.approximate) == \
        (theirs.start, theirs.end, theirs.fiscal, theirs.approximate)


@given(st.integers(1000, 9998))
def test_a_fiscal_year_written_with_two_digits_is_the_next_year(year):
    """"2023-24" round trip: the two digits name the year after; one that could be a month is refused."""
    digits = f"{(year + 1) % 100:02d}"
    if 1 <= int(digits) <= 12:
        with pytest.raises(PeriodError, match="may be"):
            parse_period(f"{year}-{digits}")
        text = f"{year}/{digits}"
    else:
        text = f"{year}-{digits}"
    period = parse_period(text)
    assert (period.start, period.end, period.fiscal) == \
        (dt.date(year, 1, 1), dt.date(year + 1, 12, 31), f"{year}-{digits}")


@given(st.integers(1000, 9998), st.sampled_from(["fiscal ", "FY", "FY ", "fiscal year "]), st.sampled_from("-/–"))
def test_a_fiscal_year_with_its_word_is_that_fiscal_year(year, word, separator):
    """"fiscal 2011-12" is the season 2011-12 even where "2011-12" alone could be a month: the word decides."""
    digits = f"{(year + 1) % 100:02d}"
    period = parse_period(f"{word}{year}{separator}{digits}")
    assert (period.start, period.end, period.fiscal) == \
        (dt.date(year, 1, 1), dt.date(year + 1, 12, 31), f"{year}-{digits}")


@given(st.integers(1000, 9998), st.sampled_from(["fiscal ", "FY", "FY ", "fiscal year "]), st.sampled_from("-/–"))
def test_a_fiscal_year_with_its_second_year_in_full_is_that_fiscal_year(year, word, separator):
    """"FY2026-2027" is "FY2026-27": the word makes the four digits a fiscal year's second year."""
    written = parse_period(f"{word}{year}{separator}{year + 1}")
    short = parse_period(f"{word}{year}{separator}{(year + 1) % 100:02d}")
    assert (written.start, written.end, written.fiscal) == (short.start, short.end, short.fiscal)
    assert written.same_time(short)


@pytest.mark.parametrize("text, start, end, fiscal", [
    ("Q1 FY2027", dt.date(2026, 1, 1), dt.date(2027, 3, 31), "Q1 FY2027"),
    ("Q4 FY2027", dt.date(2026, 10, 1), dt.date(2027, 12, 31), "Q4 FY2027"),
    ("H2 fiscal 2027", dt.date(2026, 7, 1), dt.date(2027, 12, 31), "H2 FY2027"),
    ("Q1 of fiscal 2027", dt.date(2026, 1, 1), dt.date(2027, 3, 31), "Q1 FY2027"),
    ("FY 2027 Q3", dt.date(2026, 7, 1), dt.date(2027, 9, 30), "Q3 FY2027"),
    ("third quarter of the fiscal year 2027", dt.date(2026, 7, 1), dt.date(2027, 9, 30), "Q3 FY2027"),
    ("Q1 FY2026-27", dt.date(2026, 1, 1), dt.date(2027, 3, 31), "Q1 2026-27"),
    ("Q2 FY 2026/2027", dt.date(2026, 4, 1), dt.date(2027, 6, 30), "Q2 2026-27"),
    ("FY2026-27 H1", dt.date(2026, 1, 1), dt.date(2027, 6, 30), "H1 2026-27"),
    ("Q1 FY2024", dt.date(2023, 1, 1), dt.date(2024, 3, 31), "Q1 FY2024"),
])
def test_a_quarter_or_half_of_a_fiscal_year(text, start, end, fiscal):
    """A fiscal quarter or half is named by its fiscal year; its months are every month it may cover."""
    period = parse_period(text)
    assert (period.start, period.end, period.fiscal) == (start, end, fiscal)


def _first_day(month: int) -> dt.date:
    """The first day of a month counted from year 0 (``12 * year + month - 1``)."""
    return dt.date(month // 12, month % 12 + 1, 1)


@given(st.integers(1001, 9998), st.integers(0, 11), st.sampled_from([("Q", 3, 4), ("H", 6, 2)]), st.data())
def test_a_fiscal_part_covers_it_whichever_month_the_fiscal_year_starts(year, start_month, part, data):
    """Whichever month a fiscal year ending in ``year`` starts (February of the year before to January),
    each of its quarters and halves lies within the period "Q<n> FY<year>" reads as, and within FY<year>."""
    letter, months, count = part
    number = data.draw(st.integers(1, count))
    fiscal_start = 12 * (year - 1) + 1 + start_month  # February of the year before, or a month after
    first_month = fiscal_start + months * (number - 1)
    first, last = _first_day(first_month), _first_day(first_month + months) - dt.timedelta(days=1)
    period = parse_period(f"{letter}{number} FY{year}")
    whole = parse_period(f"FY{year}")
    assert period.start <= first and last <= period.end
    assert whole.start <= period.start and period.end <= whole.end


@pytest.mark.parametrize("written, advice", [
    ("05/10/2026", "05/10/2026 is ambiguous (5 October or May 10): write 2026-10-05 or 2026-05-10"),
    ("5.10.2026", "5.10.2026 is ambiguous (5 October or May 10): write 2026-10-05 or 2026-05-10"),
    ("05-10-2026", "05-10-2026 is ambiguous (5 October or May 10): write 2026-10-05 or 2026-05-10"),
    ("25/10/2026", "25/10/2026 is 25 October: write 2026-10-25"),  # no 25th month: day first
    ("10/25/2026", "10/25/2026 is October 25: write 2026-10-25"),  # month first, as the US writes it
    ("05/05/2026", "05/05/2026 is 5 May: write 2026-05-05"),  # either way the same day
    ("2026/10/05", "2026/10/05 is 5 October: write 2026-10-05"),
    ("2026-10-5", "2026-10-5 is 5 October: write 2026-10-05"),
    ("31/02/2026", "31/02/2026 is no real date, whichever of its numbers is the day"),
])
def test_a_date_not_written_yyyy_mm_dd_is_told_in_iso(written, advice):
    """Every reading of a date written day or month first, as ISO writes it: only the writer knows which."""
    assert written_date_advice(written) == f"dates are written YYYY-MM-DD; {advice}"
    with pytest.raises(PeriodError) as info:
        parse_period(written)
    assert str(info.value) == f"period {written!r}: dates are written YYYY-MM-DD; {advice}"


@pytest.mark.parametrize("text", ["2026-10-05", "2026-02-30", "2026-27", "2024-11", "2007-2015", "FY2026/27",
                                  "2019-03/2019-06", "16 November 2024"])
def test_periods_and_iso_dates_get_no_date_advice(text):
    """Only a date's own slip of form gets the advice: ISO's shape, seasons and spans are read or refused as before."""
    assert written_date_advice(text) == ""


@given(st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31)), st.sampled_from("/.-"), st.booleans())
def test_the_advice_for_a_date_written_otherwise_names_the_date_meant(day, separator, day_first):
    """Whichever order and separator a date is written in, the advice offers its ISO form."""
    parts = (day.day, day.month) if day_first else (day.month, day.day)
    written = f"{parts[0]:02d}{separator}{parts[1]:02d}{separator}{day.year}"
    assert day.isoformat() in written_date_advice(written)
