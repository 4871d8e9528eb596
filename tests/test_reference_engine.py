"""factledger's fast paths give the verdicts of a plain pint engine on a generated ledger."""

from __future__ import annotations

import pytest

from factledger import load, verify

pytest.importorskip("pint")


@pytest.fixture(scope="module")
def bench(generator, bench_module):
    return generator, bench_module("reference_engine")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_same_findings_and_verdicts_as_the_pint_reference(bench, tmp_path, seed):
    """On ~100 generated claims in 3 files, both engines report the same codes, claim keys and verdicts."""
    generate, reference_engine = bench
    root = generate.write(tmp_path / "ledger", claims=100, files=3, seed=seed)
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(root))
    actual = reference_engine.factledger_results(verify(load(root)))
    assert actual == expected
    assert expected[0], "the generated ledger should have findings to compare"


@pytest.mark.parametrize("wrong", [0.0, 1.0])
def test_the_reference_agrees_however_many_scenarios_are_wrong(bench, tmp_path, wrong):
    """``bench/generate.py --wrong``: with no deliberate error only sources that disagree make findings."""
    generate, reference_engine = bench
    root = generate.write(tmp_path / "ledger", claims=300, files=3, seed=4, wrong=wrong)
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(root))
    result = verify(load(root))
    assert reference_engine.factledger_results(result) == expected
    families = {finding.code[:3] for finding in result.findings}
    if wrong:
        assert {"FL1", "FL2", "FL3", "FL4"} <= families
    else:
        assert families <= {"FL5"}


def test_one_article_with_a_figure_for_two_periods_agrees_with_the_reference(bench, tmp_path):
    """Found at a million generated claims: two periods' shares in one article are a change, not FL503."""
    _, reference_engine = bench
    (tmp_path / "one.toml").write_text('''[article]
id = "one"
published = 2024-01-15

[claims.share_1_0]
figure = "80%"
subject = "country 1"
measure = "China's share of trade"
period = "2016"

[claims.share_1_1]
figure = "92.5%"
subject = "country 1"
measure = "China's share of trade"
period = "2019"
''', "utf-8")
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(tmp_path))
    result = verify(load(tmp_path))
    assert reference_engine.factledger_results(result) == expected
    assert result.findings == ()
    assert [(c.kind, c.verdict.value) for c in result.checks] == [("cross-source", "consistent")]


@pytest.mark.parametrize("rise, code", [("2.5%", "FL205"), ("15.7%", "FL101"), ("2.6%", "FL205")])
def test_a_change_in_points_printed_in_percent_agrees_with_the_reference(bench, tmp_path, rise, code):
    """18.4% less 15.9% printed as a percent: FL205 when the difference gives it, FL101 when not."""
    _, reference_engine = bench
    (tmp_path / "one.toml").write_text(f'''[article]
id = "one"

[claims.share]
figure = "18.4%"
subject = "County emergency rooms"
measure = "share admitted to hospital"
period = "2025"

[claims.share_before]
figure = "15.9%"
subject = "County emergency rooms"
measure = "share admitted to hospital"
period = "2024"

[claims.rise]
figure = "{rise}"
derived = "share - share_before"
''', "utf-8")
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(tmp_path))
    result = verify(load(tmp_path))
    assert reference_engine.factledger_results(result) == expected
    assert [f.code for f in result.findings if f.code != "FL503"] == [code]


@pytest.mark.parametrize("second_source, code", [("kcna", "FL505"), ("", "FL501")])
def test_sources_that_disagree_in_one_article_agree_with_the_reference(bench, tmp_path, second_source, code):
    """What each of two sources says, in one article, is a disagreement reported (FL505); a figure
    of the article's own against a source's is the article contradicting itself (FL501)."""
    _, reference_engine = bench
    source = f'source = "{second_source}"' if second_source else ""
    (tmp_path / "one.toml").write_text(f'''[article]
id = "one"
published = 2024-11-17

[sources.wsj]
name = "The Wall Street Journal"

[sources.kcna]
name = "KCNA"

[claims.troops_wsj]
figure = "12,000 troops"
subject = "North Korean troops in Russia"
measure = "troops deployed"
period = "2024-11"
source = "wsj"

[claims.troops_other]
figure = "3,000 troops"
subject = "North Korean troops in Russia"
measure = "troops deployed"
period = "2024-11"
{source}
''', "utf-8")
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(tmp_path))
    result = verify(load(tmp_path))
    assert reference_engine.factledger_results(result) == expected
    assert [f.code for f in result.findings] == [code]


@pytest.mark.parametrize("one_by_one", [0, 10**6])
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_figure_stated_in_many_articles_agrees_with_the_reference(bench, bench_module, tmp_path, monkeypatch,
                                                                   seed, one_by_one):
    """One name in 60 articles: the engine compares each figure with the earlier ones that read
    alike as a group (or, below a group size, one by one: both ways here); the reference compares
    it with every earlier figure, one by one. Both report the first earlier figure of each outcome,
    and the same findings."""
    from factledger.rules import conflicts

    monkeypatch.setattr(conflicts, "ONE_BY_ONE", one_by_one)
    _, reference_engine = bench
    one_name = bench_module("one_name")

    one_name.write(tmp_path, 60, seed)
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(tmp_path))
    result = verify(load(tmp_path))
    assert reference_engine.factledger_results(result) == expected
    codes = {finding.code for finding in result.findings}
    assert {"FL501", "FL502", "FL503"} <= codes


def test_a_figure_in_a_thousand_articles_makes_checks_in_proportion(bench_module, tmp_path):
    """Pairs grew with the square of the articles: 1,000 articles stating one share made ~500,000
    checks and ~240,000 findings. Now each figure makes at most one check per outcome and one
    finding per rule, and a finding counts the other earlier figures it stands for."""
    one_name = bench_module("one_name")

    one_name.write(tmp_path, 1000, seed=5)
    ledger = load(tmp_path)
    result = verify(ledger)
    claims = len(ledger.claims)
    assert len(result.checks) <= 4 * claims
    assert len(result.findings) <= 4 * claims
    counted = [f for f in result.findings if any("stated earlier in the ledger" in s for s in f.evidence.steps)]
    assert counted, "a figure that conflicts with many earlier ones says how many"
    finding = counted[-1]
    step = next(s for s in finding.evidence.steps if "stated earlier" in s)
    assert "more" in step and len(finding.evidence.claims) == 2 + 5
    # The step names the figure compared, one of the pair, and says how it compares.
    assert step.split(" (")[0] in {claim.printed for claim in finding.evidence.claims[:2]}
    assert " also differs in this way from " in step


def test_a_same_check_of_three_claims_is_not_compared_again(bench, tmp_path):
    """Claims tied by one `same` check are compared by it, pair by pair, not by FL5; a claim of the
    name elsewhere is compared with each of them. The reference agrees."""
    _, reference_engine = bench
    share = '[claims.{id}]\nfigure = "{figure}"\nsubject = "North Korea"\nmeasure = "China\'s share of trade"\n'
    (tmp_path / "a.toml").write_text(
        '[article]\nid = "a"\n\n' + "\n".join(share.format(id=i, figure=f) for i, f in
                                             (("s1", "92.5%"), ("s2", "97%"), ("s3", "92.5%")))
        + '\n[[checks]]\nkind = "same"\nclaims = ["s1", "s2", "s3"]\n', "utf-8")
    (tmp_path / "b.toml").write_text('[article]\nid = "b"\n\n' + share.format(id="s", figure="97%"), "utf-8")
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(tmp_path))
    result = verify(load(tmp_path))
    assert reference_engine.factledger_results(result) == expected
    conflicts = [f.claims for f in result.findings if f.code.startswith("FL5")]
    assert conflicts and all("b:s" in pair for pair in conflicts)


def test_shares_of_each_kind_agree_with_the_reference(bench, tmp_path):
    """Shares in percent of a whole in dollars, in dollars of a total in dollars, in dollars of a
    total in percent and in troops with no total: both engines give FL301 or FL204 alike."""
    _, reference_engine = bench
    (tmp_path / "s.toml").write_text('''[article]
id = "s"
[claims.c]
figure = "70%"
[claims.d]
figure = "45%"
[claims.w]
figure = "$10M"
[[checks]]
kind = "shares"
parts = ["c", "d"]
total = "w"
[claims.e]
figure = "$7M"
[claims.f]
figure = "$6M"
[claims.p]
figure = "100%"
[[checks]]
kind = "shares"
parts = ["e", "f"]
total = "p"
[claims.g]
figure = "$7M"
[claims.h]
figure = "$2M"
[claims.w2]
figure = "$10M"
[[checks]]
kind = "shares"
parts = ["g", "h"]
total = "w2"
[claims.a]
figure = "3 troops"
[claims.b]
figure = "2 troops"
[[checks]]
kind = "shares"
parts = ["a", "b"]
''', "utf-8")
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(tmp_path))
    result = verify(load(tmp_path))
    assert reference_engine.factledger_results(result) == expected
    assert expected == ([("FL204", ("s:a", "s:b")), ("FL204", ("s:e", "s:f", "s:p")), ("FL301", ("s:c", "s:d"))],
                        [("shares", "s:c", "inconsistent"), ("shares", "s:g", "consistent")])


def test_a_rate_dropped_per_any_period_agrees_with_the_reference(bench, tmp_path):
    """A figure that dropped its rate is read per the period an input names ("8 days", "2 weeks",
    "48 hours"), then per the usual ones: both engines give FL201 or FL202 alike."""
    _, reference_engine = bench
    (tmp_path / "r.toml").write_text('''[article]
id = "r"
[claims.total]
figure = "$24M"
[claims.dur]
figure = "8 days"
[claims.per]
figure = "$3M"
derived = "total / dur"
[claims.wk]
figure = "2 weeks"
[claims.per2]
figure = "$12M"
derived = "total / wk"
[claims.hrs]
figure = "48 hours"
[claims.per4]
figure = "$500,000"
derived = "total / hrs"
[claims.wrong]
figure = "$2M"
derived = "total / dur"
[claims.troops]
figure = "12,000 troops"
[claims.pay]
figure = "$2,000/month"
unit = "USD/soldier"
[claims.yearly]
figure = "$288M"
derived = "troops * pay"
''', "utf-8")
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(tmp_path))
    result = verify(load(tmp_path))
    assert reference_engine.factledger_results(result) == expected
    assert [(code, keys[0]) for code, keys in expected[0]] == [
        ("FL201", "r:per"), ("FL201", "r:per2"), ("FL201", "r:per4"), ("FL201", "r:yearly"), ("FL202", "r:wrong")]


def test_bare_numbers_beside_counted_figures_agree_with_the_reference(bench, tmp_path):
    """A bare number of a name that counts in troops is a count of troops, in either order; a share
    ("0.5", "50%") is no count; a name counting troops and ships reads its bare number as neither.
    Both engines give the same findings and verdicts."""
    _, reference_engine = bench
    rows = {"sent": ["12,000 troops", "15,000", "12,000"], "held": ["15,000", "12,000 troops"],
            "share": ["12,000 troops", "0.5", "50%"], "mixed": ["12,000 troops", "40 ships", "15,000", "15,000"],
            "boats": ["40 ships", "12", "40"], "cargo": ["12,000 tonnes", "15,000"]}
    for article in ("a", "b", "c", "d"):
        lines = ["[article]", f'id = "{article}"', "published = 2024-11-20"]
        for measure, figures in rows.items():
            at = "abcd".index(article)
            if at < len(figures):
                lines += [f"[claims.{measure}]", f'figure = "{figures[at]}"', 'subject = "North Korea"',
                          f'measure = "{measure}"', 'period = "2024-11"']
        (tmp_path / f"{article}.toml").write_text("\n".join(lines) + "\n", "utf-8")
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(tmp_path))
    assert reference_engine.factledger_results(verify(load(tmp_path, cache=False))) == expected
    # Each conflict names first the figure in question, the later one, compared with the earlier.
    assert expected[0] == [("FL501", ("b:boats", "a:boats")), ("FL501", ("b:held", "a:held")),
                           ("FL501", ("b:sent", "a:sent")), ("FL501", ("c:boats", "b:boats")),
                           ("FL501", ("c:sent", "b:sent"))]


def _measures(root, rows: dict[str, list[tuple[str, str]]], ranges: str = "") -> None:
    """One article a measure: its (subject, figure) pairs as claims; ``ranges`` a reference file."""
    for n, (measure, figures) in enumerate(rows.items()):
        lines = ["[article]", f'id = "m{n}"']
        for i, (subject, figure) in enumerate(figures):
            lines += [f"[claims.c{i}]", f'figure = "{figure}"', f'measure = "{measure}"']
            lines += [f'subject = "{subject}"'] if subject else []
        (root / f"m{n}.toml").write_text("\n".join(lines) + "\n", "utf-8")
    if ranges:
        (root / "ranges.toml").write_text(ranges, "utf-8")


def test_outliers_and_their_checks_agree_with_the_reference(bench, tmp_path):
    """FL403 and its "outlier" check, in both engines: a slip among loads (few or many), a bare count among
    troops, no outlier where the others span orders of magnitude or where a reference range covers it."""
    _, reference_engine = bench
    _measures(tmp_path, {
        "tanker load": [("", "80,000 tonnes"), ("", "60,000 tonnes"), ("", "70 tonnes")],
        "barge load": [("", f"{50 + i},000 tonnes") for i in range(30)] + [("", "70 tonnes")],
        "troops deployed": [("Kursk", "12,000 troops"), ("Donetsk", "10,000 troops"), ("Kursk", "15"),
                            ("Kharkiv", "11,000 troops")],
        "population": [("", "650,000"), ("", "84,000,000"), ("", "1,400,000,000"), ("", "800")],
        "oil shipped per month": [("", "60,000 tonnes"), ("", "80,000 tonnes"), ("", "30 tonnes")],
    }, ranges='[ranges.oil]\nmeasures = ["oil shipped per month"]\nunit = "tonne"\nlow = 1000\nhigh = 1000000\n'
              'source = "s"\nreason = "r"\n')
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(tmp_path))
    assert reference_engine.factledger_results(verify(load(tmp_path, cache=False))) == expected
    assert [finding for finding in expected[0] if finding[0] == "FL403"] == [
        ("FL403", ("m0:c2",)), ("FL403", ("m1:c30",)), ("FL403", ("m2:c2",))]
    assert [v for v in expected[1] if v[0] == "outlier"] == [("outlier", key, "inconsistent")
                                                             for key in ("m0:c2", "m1:c30", "m2:c2")]


def test_bare_counts_beside_shares_agree_with_the_reference(bench, tmp_path):
    """A bare number that may be a count is compared with no share or multiple, in the cross-source checks and
    among a measure's figures for outliers; "0.05" and other bare numbers compare with both. Both engines
    give the same findings and verdicts."""
    _, reference_engine = bench
    rows = {"sent": ["15,000", "5%", "0.05", "12,000"], "held": ["5%", "15,000", "7%"],
            "times": ["15,000", "3 times", "2.5x", "12,000"], "mixed": ["12,000 troops", "40 ships", "15,000", "5%"]}
    for at, article in enumerate("abcd"):
        lines = ["[article]", f'id = "{article}"', "published = 2024-11-20"]
        for measure, figures in rows.items():
            if at < len(figures):
                lines += [f"[claims.{measure}]", f'figure = "{figures[at]}"', 'subject = "North Korea"',
                          f'measure = "{measure}"', 'period = "2024-11"']
        (tmp_path / f"{article}.toml").write_text("\n".join(lines) + "\n", "utf-8")
    _measures(tmp_path, {
        "counts and shares": [(f"r{i}", figure) for i, figure in enumerate(["15,000", "12,000", "14,000", "5%"])],
        "shares and a count": [(f"r{i}", figure) for i, figure in enumerate(["5%", "6%", "7%", "15,000"])],
        "a fraction among counts": [(f"r{i}", figure) for i, figure in
                                    enumerate(["15,000", "12,000", "14,000", "5%", "0.06"])],
        "far from both": [(f"r{i}", figure) for i, figure in
                          enumerate(["15,000", "12,000", "14,000", "5%", "6%", "7%", "20,000,000.5"])],
    })
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(tmp_path))
    assert reference_engine.factledger_results(verify(load(tmp_path, cache=False))) == expected
    findings = expected[0]
    assert ("FL501", ("c:sent", "a:sent")) in findings and ("FL501", ("d:sent", "a:sent")) in findings
    assert ("FL501", ("c:held", "a:held")) in findings
    assert [keys for _, keys in findings if {k.split(":")[1] for k in keys} & {"times", "mixed"}] == [
        ("d:times", "a:times")]  # two bare numbers; "3 times" and "2.5x" meet
    # "0.05" is an outlier among the bare counts of "sent" (not among its shares); so is "0.06" among counts
    assert [f for f in findings if f[0] == "FL403"] == [("FL403", ("c:sent",)), ("FL403", ("m2:c4",)),
                                                        ("FL403", ("m3:c6",))]


def test_bare_numbers_against_ranges_that_count_agree_with_the_reference(bench, tmp_path):
    """A bare number of a measure whose ranges count one kind is a count of it: inside the range, outside it,
    a thousandfold slip; not where the ranges count two kinds, and never a share. Both engines agree."""
    _, reference_engine = bench
    range_toml = ('[ranges.{id}]\nmeasures = ["{measure}"]\nunit = "{unit}"\nlow = {low}\nhigh = {high}\n'
                  'source = "s"\nreason = "r"\n')
    ranges = [("crew", "tanker crew", "person", 10, 40), ("fleet", "fleet size", "vessel", 1, 40),
              ("mixed-p", "mixed", "person", 10, 40), ("mixed-v", "mixed", "vessel", 1, 3)]
    (tmp_path / "ranges.toml").write_text("\n".join(range_toml.format(id=i, measure=m, unit=u, low=lo, high=hi)
                                                    for i, m, u, lo, hi in ranges), "utf-8")
    _measures(tmp_path, {"tanker crew": [("", f) for f in ("30", "3,000", "25,000", "30 troops", "5%", "0.5")],
                         "fleet size": [("", f) for f in ("12", "400")],
                         "mixed": [("", f) for f in ("3,000", "30")]})
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(tmp_path))
    assert reference_engine.factledger_results(verify(load(tmp_path, cache=False))) == expected
    assert expected[0] == [("FL401", ("m0:c2",)), ("FL402", ("m0:c1",)), ("FL402", ("m1:c1",))]
    assert [v for v in expected[1] if v[0] == "range"] == [
        ("range", "m0:c0", "consistent"), ("range", "m0:c1", "inconsistent"), ("range", "m0:c2", "inconsistent"),
        ("range", "m0:c3", "consistent"), ("range", "m1:c0", "consistent"), ("range", "m1:c1", "inconsistent")]


def test_a_hedge_or_currency_dropped_from_a_figure_agrees_with_the_reference(bench, tmp_path):
    """FL604, read by the reference with regular expressions over the whole quote, by factledger
    from the few characters beside the figure: the same claims either way."""
    _, reference_engine = bench
    quotes = {
        "troops": ("12,000 troops", "More than 12,000 troops were sent."),
        "pledge": ("141 million", "Rs 40 billion ($141 million) in relief."),
        "cost": ("$24M", "This amounts to about $24M."),
        "share": ("5%", "The share rose to 5% in May."),
        "ships": ("40 ships", "40 ships or more sailed."),
        "twice": ("300 troops", "over 300 troops came, then 300 troops left."),
        "sum": ("$5 million", "$5 million plus interest."),
        "usd": ("141 million", "It is ($141 million) in all."),
    }
    claims = "".join(f'[claims.{name}]\nfigure = "{figure}"\nquote = "{quote}"\n'
                     + ('unit = "USD"\n' if name == "usd" else "") for name, (figure, quote) in quotes.items())
    (tmp_path / "a.toml").write_text(f'[article]\nid = "a"\n{claims}', "utf-8")
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(tmp_path))
    result = verify(load(tmp_path))
    assert reference_engine.factledger_results(result) == expected
    assert sorted(f.claims[0] for f in result.findings if f.code == "FL604") == [
        "a:cost", "a:pledge", "a:ships", "a:troops"]


def test_figures_that_only_touch_agree_with_the_reference(bench, tmp_path):
    """Readings that share only an end point ("$40 million" and "$50 million" share $45 million) are two
    figures in both engines: across articles and in a `same` check. Overlapping readings still meet."""
    _, reference_engine = bench
    claim = '[claims.{id}]\nfigure = "{figure}"\nsubject = "{subject}"\nmeasure = "aid"\nperiod = "2025"\n'
    pairs = {"money": ("$40 million", "$50 million"), "troops": ("12,000 troops", "13,000 troops"),
             "share": ("3%", "4%"), "overlap": ("12,000 troops", "12,500 troops")}
    for at, name in enumerate("ab"):
        (tmp_path / f"{name}.toml").write_text(f'[article]\nid = "{name}"\n\n' + "".join(
            claim.format(id=subject, figure=figures[at], subject=subject) for subject, figures in pairs.items()),
            "utf-8")
    (tmp_path / "c.toml").write_text('[article]\nid = "c"\n\n[claims.x]\nfigure = "1,240"\n[claims.y]\n'
                                     'figure = "1,250"\n[claims.z]\nfigure = "1,245"\n\n[[checks]]\nkind = "same"\n'
                                     'claims = ["x", "y"]\n\n[[checks]]\nkind = "same"\nclaims = ["x", "z"]\n',
                                     "utf-8")
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(tmp_path))
    result = verify(load(tmp_path))
    assert reference_engine.factledger_results(result) == expected
    assert sorted((f.code, f.claims) for f in result.findings) == [
        ("FL304", ("c:x", "c:y")), ("FL501", ("b:money", "a:money")), ("FL501", ("b:share", "a:share")),
        ("FL501", ("b:troops", "a:troops"))]


def test_comparisons_and_ranges_of_figures_that_only_touch_agree_with_the_reference(bench, tmp_path):
    """"3% == 4%", "3% >= 4%" and "3% > 4%" are false in both engines, as readings that share only 3.5% are two
    values; "4% > 3%" and overlapping figures hold. A figure whose reading only reaches a reference range's
    bound ("3,000 tonnes" against 1,000-2,500) is within it in both: a value at the bound prints that way."""
    _, reference_engine = bench
    holds = ["x == y", "x >= y", "y <= x", "x > y", "y < x", "y > x", "x < y", "x <= y", "x == z", "z >= x",
             "z > x", "x == w"]
    checks = "".join(f'[[checks]]\nkind = "compare"\nholds = "{h}"\n' for h in holds)
    (tmp_path / "c.toml").write_text('[article]\nid = "c"\n[claims.x]\nfigure = "3%"\n[claims.y]\nfigure = "4%"\n'
                                     '[claims.z]\nfigure = "3.4%"\n[claims.w]\nfigure = "3%"\n' + checks, "utf-8")
    (tmp_path / "r.toml").write_text('[article]\nid = "r"\n' + "".join(
        f'[claims.{name}]\nfigure = "{figure}"\nmeasure = "tanker load"\n'
        for name, figure in (("top", "3,000 tonnes"), ("bottom", "500 tonnes"), ("over", "3,100 tonnes"),
                             ("under", "540 tonnes"))), "utf-8")
    (tmp_path / "ranges.toml").write_text('[ranges.load]\nmeasures = ["tanker load"]\nunit = "tonne"\nlow = 550\n'
                                          'high = 2500\nsource = "s"\nreason = "r"\n', "utf-8")
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(tmp_path))
    assert reference_engine.factledger_results(verify(load(tmp_path, cache=False))) == expected
    assert [v for v in expected[1] if v[0] == "compare"] == sorted(
        [("compare", "c:x", "inconsistent")] * 3 + [("compare", "c:y", "inconsistent")] * 2  # touching
        + [("compare", "c:x", "consistent")] * 3 + [("compare", "c:y", "consistent"), ("compare", "c:z", "consistent"),
                                                    ("compare", "c:z", "consistent")]
        + [("compare", "c:x", "consistent only through rounding")])  # "3%" == "3.4%"
    assert [f for f in expected[0] if f[0] == "FL402"] == [("FL402", ("r:over",)), ("FL402", ("r:under",))]
    assert [v for v in expected[1] if v[0] == "range"] == [
        ("range", "r:bottom", "consistent"), ("range", "r:over", "inconsistent"), ("range", "r:top", "consistent"),
        ("range", "r:under", "inconsistent")]
