"""``same`` checks of figures whose readings only touch: two figures, as across sources (FL501)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factledger import load, verify


def same(tmp_path: Path, first: str, second: str, **units: str):
    """Verify one article stating ``first`` and ``second`` with a same check of the two."""
    lines = ['[article]', 'id = "s"']
    for name, figure in (("a", first), ("b", second)):
        lines += [f"[claims.{name}]", f'figure = "{figure}"']
        if name in units:
            lines.append(f'unit = "{units[name]}"')
    lines += ["[[checks]]", 'kind = "same"', 'claims = ["a", "b"]']
    (tmp_path / "s.toml").write_text("\n".join(lines) + "\n", "utf-8")
    return verify(load(tmp_path, cache=False))


@pytest.mark.parametrize("first, second", [("1,240", "1,250"), ("3%", "4%"), ("$40 million", "$50 million")])
def test_a_same_check_of_touching_figures_fails(tmp_path, first, second):
    """"1,240" and "1,250" share only 1,245: FL304, with that point in the evidence. The check said
    "consistent only through rounding" and reported nothing."""
    result = same(tmp_path, first, second)
    [finding] = result.findings
    assert (finding.code, finding.claims) == ("FL304", ("s:a", "s:b"))
    assert finding.evidence.steps[-1].startswith(f"{first} and {second} meet only at ")
    [check] = result.checks
    assert check.verdict.value == "inconsistent"


def test_the_evidence_of_a_touching_same_check_names_the_boundary(tmp_path):
    [finding] = same(tmp_path, "1,240", "1,250").findings
    assert finding.evidence.steps[-1] == ("1,240 and 1,250 meet only at 1,245, the end of both roundings: a value "
                                          "there rounds to one figure or the other, never to both")


def test_a_conversion_that_only_touches_is_wrong(tmp_path):
    """One length in two units whose readings share only an end point: FL203, shown in the first unit."""
    result = same(tmp_path, "30 mm", "2.5 cm")  # [29.5, 30.5] mm and [25, 35] mm overlap
    assert result.findings == ()
    result = same(tmp_path, "3 cm", "40 mm")  # [25, 35] mm and [35, 45] mm share only 35 mm
    [finding] = result.findings
    assert finding.code == "FL203"
    assert "meet only at 3.5 cm," in finding.evidence.steps[-1]


@pytest.mark.parametrize("first, second", [("1,240", "1,240"), ("about 40", "50"), ("12,000", "12,500")])
def test_a_same_check_of_figures_that_overlap_holds(tmp_path, first, second):
    result = same(tmp_path, first, second)
    assert result.findings == ()
    [check] = result.checks
    assert check.verdict.holds


def test_an_exact_figure_on_the_boundary_holds(tmp_path):
    """An exact 45 is a point, which "50" ([45, 55]) contains, so the check holds."""
    path = tmp_path / "s.toml"
    path.write_text('[article]\nid = "s"\n[claims.a]\nfigure = "45"\nexact = true\n[claims.b]\nfigure = "50"\n'
                    '[[checks]]\nkind = "same"\nclaims = ["a", "b"]\n', "utf-8")
    result = verify(load(tmp_path, cache=False))
    assert result.findings == ()
    [check] = result.checks
    assert check.verdict.value == "consistent"


def test_one_temperature_on_two_scales_that_only_touch_is_wrong(tmp_path):
    """Compared in kelvin: "2°C" reads [1.5, 2.5]°C and "37°F" [36.5, 37.5]°F, which begins at 2.5°C. The
    shared point is shown on the second figure's scale; "20°C" and "67°F" ([19.17, 19.72]°C) overlap."""
    assert same(tmp_path, "20°C", "67°F").findings == ()
    [finding] = same(tmp_path, "2°C", "37°F").findings
    assert finding.code == "FL203"
    assert "2°C and 37°F meet only at 36.5" in finding.evidence.steps[-1]
