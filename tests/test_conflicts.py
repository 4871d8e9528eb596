"""FL5 across articles: which pairs of figures of one name conflict, and which only differ.

Each case is a small ledger of two articles; the rule case files (tests/data/rules/) hold
the cases one article can state.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factledger import load, verify


def article(name: str, published: str | None, **claims: dict[str, str | bool]) -> str:
    lines = ["[article]", f'id = "{name}"', f'publisher = "{name.upper()}"']
    if published:
        lines.append(f"published = {published}")
    for claim, fields in claims.items():
        lines.append(f"[claims.{claim}]")
        lines.append('subject = "Namibia"')
        lines.append('measure = "compensation paid"')
        for key, value in fields.items():
            lines.append(f"{key} = {str(value).lower() if isinstance(value, bool) else repr(value)}")
    return "\n".join(lines) + "\n"


def findings(tmp_path: Path, *articles: str) -> set[tuple[str, ...]]:
    for number, text in enumerate(articles, 1):
        (tmp_path / f"a{number}.toml").write_text(text.replace("'", '"'), "utf-8")
    return {(f.code, *f.claims) for f in verify(load(tmp_path, cache=False)).findings}


def since(year: int, figure: str) -> dict[str, str | bool]:
    return {"figure": figure, "period": f"since {year}", "cumulative": True}


@pytest.mark.parametrize("first, second", [
    (since(2002, "N$1.3 billion"), {"figure": "N$100 million", "period": "2019"}),
    ({"figure": "N$500 million", "period": "2016"}, since(2018, "N$300 million")),
])
def test_a_running_total_and_a_years_figure_are_different_periods(tmp_path, first, second):
    """Only a running total can fall: a year's figure below an earlier total is a note (FL503), not FL504."""
    assert findings(tmp_path, article("a", "2017-05-01", x=first), article("b", "2020-05-01", y=second)) \
        == {("FL503", "a:x", "b:y")}


def test_running_totals_from_different_starts_are_different_periods(tmp_path):
    """N$1.3 billion since 2002, then N$500 million since 2010: two totals, not one that fell."""
    assert findings(tmp_path, article("a", "2017-05-01", x=since(2002, "N$1.3 billion")),
                    article("b", "2019-05-01", y=since(2010, "N$500 million"))) == {("FL503", "a:x", "b:y")}


def test_a_running_total_from_one_start_that_falls_is_fl504(tmp_path):
    assert findings(tmp_path, article("a", "2017-05-01", x=since(2002, "N$1.3 billion")),
                    article("b", "2019-05-01", y=since(2002, "N$900 million"))) == {("FL504", "a:x", "b:y")}
