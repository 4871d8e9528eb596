"""A rate per so many is drafted as one mention, in the unit of one, read per that many."""

from __future__ import annotations

import pytest

from factledger import extract, read_figure
from factledger.extraction.drafts import ledger_fields

# sentence, the draft's figure, its unit ("" for none), its measure
DRAFTS = [
    # drafted as "42.1 visits" (a count) and "100,000 residents" (another)
    ("That is 42.1 visits per 100,000 residents in the county.", "42.1 visits per 100,000 residents",
     "count/resident", "DRAFT: number of visits per 100,000 residents"),
    ("It rose from 27.5 per 100,000 last July.", "27.5 per 100,000", "", "DRAFT: count per 100,000"),
    ("It saw 12 deaths per 100,000 people a year.", "12 deaths per 100,000 people a year", "",
     "DRAFT: number of deaths per 100,000 people per year"),
    ("It had 3 cases per million people.", "3 cases per million people", "count/person",
     "DRAFT: number of cases per 1,000,000 people"),
]


@pytest.mark.parametrize("sentence, figure, unit, measure", DRAFTS)
def test_a_rate_per_so_many_is_one_draft(sentence, figure, unit, measure):
    [mention] = extract(sentence)
    fields = ledger_fields(mention)
    assert (fields["figure"], fields.get("unit", ""), fields["measure"]) == (figure, unit, measure)


@pytest.mark.parametrize("sentence, figure, unit, measure", DRAFTS)
def test_the_draft_reads_per_that_many(sentence, figure, unit, measure):
    """The draft's figure and unit read the number per that many: 42.1 per 100,000 is 0.000421 per one."""
    per_one = {"42.1 visits per 100,000 residents": 42.1e-5, "27.5 per 100,000": 27.5e-5,
               "12 deaths per 100,000 people a year": 12e-5 / (365.25 * 86400), "3 cases per million people": 3e-6}
    read = read_figure(figure, unit or None)
    assert read.value * read.compiled_unit().nominal == pytest.approx(per_one[figure], rel=1e-12)
