"""Reference ranges are looked up by measure, folded as claims' measures are, once per verify."""

from __future__ import annotations

import attrs

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
