"""Reference ranges are looked up by measure, folded as claims' measures are, once per verify."""

from __future__ import annotations

import attrs
import pytest

from factledger import load, verify

LEDGER = '''[article]
id = "loads"

[claims.tanker]
figure = "30,000 tonnes"
measure = "Tanker  Load"

[claims.ships]
figure = "3"

[claims.total]
figure = "200,000 tonnes"
measure = "tanker load"
derived = "tanker * ships"

[ranges.loads]
measures = ["tanker load", "TANKER LOAD"]
unit = "tonne"
low = 1000
high = 500000
source = "test range"
reason = "a product tanker to a supertanker"
'''


class CountedList(list):
    """A list that counts how often it is walked."""

    walks = 0

    def __iter__(self):
        CountedList.walks += 1
        return super().__iter__()


def test_a_measure_a_range_names_twice_is_checked_once(tmp_path):
    """"tanker load" and "TANKER LOAD" fold to one measure: each claim gets one range check."""
    (tmp_path / "loads.toml").write_text(LEDGER, "utf-8")
    result = verify(load(tmp_path))
    ranged = sorted(c.subject.split(":")[1] for c in result.checks if c.kind == "range")
    assert ranged == ["tanker", "total"]


def test_ranges_are_walked_once_however_many_derivations_are_worded(tmp_path):
    """The full path of a derivation asks for its measure's ranges; a verify walks them once."""
    (tmp_path / "loads.toml").write_text(LEDGER, "utf-8")
    ledger = load(tmp_path)
    counted = attrs.evolve(ledger, ranges=CountedList(ledger.ranges))
    CountedList.walks = 0
    result = verify(counted)
    assert any(f.code == "FL101" for f in result.findings)  # 30,000 x 3 is not 200,000: the full path ran
    assert CountedList.walks == 1


def test_a_range_below_zero_reads_with_to_and_a_temperature_below_zero_is_checked(tmp_path):
    """"-45 to 5 °C", not "-45-5 °C"; "-75°C" is outside it, "-7°C" inside."""
    (tmp_path / "a.toml").write_text(
        '[article]\nid = "a"\n[claims.low]\nfigure = "-75°C"\nmeasure = "winter low"\n'
        '[claims.mild]\nfigure = "-7°C"\nmeasure = "winter low"\n'
        '[ranges.moscow]\nmeasures = ["winter low"]\nunit = "°C"\nlow = -45\nhigh = 5\n'
        'source = "Roshydromet"\nreason = "The record low is -42.1 °C."\n', "utf-8")
    result = verify(load(tmp_path))
    [finding] = result.findings
    assert (finding.code, finding.claims) == ("FL402", ("a:low",))
    assert finding.message == "-75°C is outside the plausible range for winter low (-45 to 5 °C)"


CREW_RANGE = '''[ranges.crew]
measures = ["tanker crew"]
unit = "{unit}"
low = {low}
high = {high}
source = "test range"
reason = "a coastal tanker to a supertanker"
'''


def _crews(tmp_path, *figures: str, ranges: tuple[tuple[str, float, float], ...] = (("people", 10, 40),)):
    """One claim of "tanker crew" a figure, and the crew ranges ``(unit, low, high)``."""
    lines = ['[article]', 'id = "crews"']
    for number, figure in enumerate(figures):
        lines += [f"[claims.c{number}]", f'figure = "{figure}"', 'measure = "tanker crew"']
    (tmp_path / "crews.toml").write_text("\n".join(lines) + "\n", "utf-8")
    (tmp_path / "ranges.toml").write_text("\n".join(CREW_RANGE.format(unit=unit, low=low, high=high).replace(
        "ranges.crew", f"ranges.crew{n}") for n, (unit, low, high) in enumerate(ranges)), "utf-8")
    return verify(load(tmp_path, cache=False))


def test_a_bare_number_is_a_count_of_what_its_range_counts(tmp_path):
    """"30" for a crew whose range counts people is 30 people, within 10-40; "3,000" is outside it, and
    "25,000" a thousand times 25. Bare numbers were never checked against the range, nor counted as checked."""
    result = _crews(tmp_path, "30", "3,000", "25,000", "30 sailors")
    assert [(c.subject, c.verdict.value, c.codes) for c in result.checks] == [
        ("crews:c0", "consistent", ()), ("crews:c1", "inconsistent", ("FL402",)),
        ("crews:c2", "inconsistent", ("FL401",)), ("crews:c3", "consistent", ())]
    assert [c.detail for c in result.checks][:2] == ["30 within 10-40 people", "3,000 outside 10-40 people"]
    outside, slip = result.findings
    assert outside.message == "3,000 is outside the plausible range for tanker crew (10-40 people)"
    assert outside.evidence.steps[:2] == (
        "3,000 = 3,000 people",
        "3,000 names no unit; the plausible range for tanker crew counts people, so it is read as a count of people")
    assert slip.message == ("25,000 is outside the plausible range for tanker crew (10-40 people); "
                            "scaled by 0.001 it would be 25")
    assert result.coverage.unchecked == ()


def test_a_bare_number_counts_vessels_as_it_counts_people(tmp_path):
    result = _crews(tmp_path, "400", ranges=(("ships", 1, 40),))
    [finding] = result.findings
    assert finding.code == "FL402" and "names no unit; the plausible range for tanker crew counts vessels" in \
        finding.evidence.steps[1]


@pytest.mark.parametrize("figure", ["0.5", "5%", "3 times", "a third"])
def test_a_share_or_fraction_is_no_count_for_a_range(tmp_path, figure):
    """Only a number that may be a count is read in the range's kind: a share is not checked against people."""
    result = _crews(tmp_path, figure)
    assert result.checks == () and result.coverage.unchecked == ("crews:c0",)


@pytest.mark.parametrize("ranges", [
    (("people", 10, 40), ("ships", 1, 3)),  # the number could count either kind
    (("people", 10, 40), ("", 100, 500)),  # a range of pure numbers takes the bare number as it is
])
def test_a_bare_number_is_read_as_a_count_only_when_its_ranges_count_one_kind(tmp_path, ranges):
    result = _crews(tmp_path, "3,000", ranges=ranges)
    pure = any(unit == "" for unit, _, _ in ranges)
    assert [(c.subject, c.codes) for c in result.checks] == ([("crews:c0", ("FL402",))] if pure else [])
    assert all("names no unit" not in step for f in result.findings for step in f.evidence.steps)


# -- a figure whose reading only reaches the range's bound -----------------------------------------

def _loads(tmp_path, *figures: str, unit: str = "tonne", low: float = 1000, high: float = 2500):
    """Verify tanker loads ``figures`` against one range of ``low``-``high`` ``unit``."""
    claims = "".join(f'[claims.c{i}]\nfigure = "{figure}"\nmeasure = "tanker load"\n'
                     for i, figure in enumerate(figures))
    ranges = (f'[ranges.loads]\nmeasures = ["tanker load"]\nunit = "{unit}"\nlow = {low}\nhigh = {high}\n'
              'source = "s"\nreason = "r"\n')
    (tmp_path / "l.toml").write_text(f'[article]\nid = "l"\n{claims}{ranges}', "utf-8")
    return verify(load(tmp_path, cache=False))


@pytest.mark.parametrize("figure, unit, low, high", [
    ("3,000 tonnes", "tonne", 1000, 2500),  # [2,500, 3,500]: reaches the top, 2,500
    ("3 kt", "tonne", 1000, 2500),  # the same, in another unit
    ("500 tonnes", "tonne", 550, 2500),  # [450, 550]: reaches the bottom, 550
    ("40%", "percent", 0.15, 35),  # [35, 45]%
    ("0.1%", "percent", 0.15, 35),  # [0.05, 0.15]%
    ("0.4", "percent", 0.15, 35),  # [0.35, 0.45], 35% to 45%
    ("2 ft", "in", 6, 18),  # [1.5, 2.5] ft, from 18 in
])
def test_a_figure_whose_reading_only_reaches_the_bound_is_within_the_range(tmp_path, figure, unit, low, high):
    """A value at a range's bound is plausible, and may be printed so: 2,500 t rounded to the thousand is
    "3,000 tonnes". Unlike two figures whose readings only touch (FL501), there is one rounding here, not
    two, so reporting the figure (FL402) would be a false alarm from rounding."""
    result = _loads(tmp_path, figure, unit=unit, low=low, high=high)
    assert result.findings == ()
    assert [(c.kind, c.verdict.value) for c in result.checks] == [("range", "consistent")]


@pytest.mark.parametrize("figure", ["3,100 tonnes", "2,501 tonnes", "540 tonnes"])
def test_a_figure_whose_reading_stops_short_of_the_bound_is_outside_the_range(tmp_path, figure):
    """[3,050, 3,150], [2,500.5, 2,501.5] and [535, 545] miss 550-2,500, if only by half a tonne."""
    result = _loads(tmp_path, figure, low=550)
    [finding] = result.findings
    assert finding.code == "FL402"
