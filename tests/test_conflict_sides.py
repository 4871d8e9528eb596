"""A conflict's two sides told apart, and a contradiction within one article worded as one (FL501, errata)."""

from __future__ import annotations

from factledger import errata, load, verify
from factledger.errata.model import build

SOURCES = '[sources.ndma]\nname = "NDMA"\nkind = "official"\n'


def claim(name: str, figure: str, quote: str, source: str = "") -> str:
    return (f'[claims.{name}]\nfigure = "{figure}"\nunit = "death"\nsubject = "floods"\nmeasure = "deaths"\n'
            f'period = "2026"\nquote = "{quote}"\n' + (f'source = "{source}"\n' if source else ""))


def article(tmp_path, name: str, claims: str, published: str = "2026-10-05", publisher: str = "Reuters"):
    (tmp_path / f"{name}.toml").write_text(
        f'[article]\nid = "{name}"\ntitle = "Floods {name}"\npublisher = "{publisher}"\npublished = {published}\n'
        f"{SOURCES}{claims}", "utf-8")


def one_article(tmp_path, headline_first: bool = True):
    toll = [claim("headline", "1,240", "Toll rises to 1,240", "ndma"),
            claim("lead", "1,240", "The toll has risen to 1,240, the NDMA said.", "ndma")]
    later = claim("later", "1,420", "The floods, which have killed 1,420, ...")
    article(tmp_path, "a", "".join(toll + [later] if headline_first else [later] + toll))
    return verify(load(tmp_path))


def test_two_figures_of_one_article_are_told_apart_by_their_sources(tmp_path):
    [finding] = one_article(tmp_path).findings
    assert finding.code == "FL501"
    assert "(Reuters 2026 article, 2026, according to NDMA) conflicts with" in finding.message
    assert "1,420 (Reuters 2026 article, 2026, the article's own figure)" in finding.message


def test_the_figure_in_question_is_the_one_the_article_does_not_repeat(tmp_path):
    """1,240 is printed twice and 1,420 once: 1,420 heads the evidence, wherever it stands in the ledger."""
    for headline_first, name in ((True, "first"), (False, "second")):
        path = tmp_path / name
        path.mkdir()
        findings = one_article(path, headline_first).findings  # 1,420 first: each 1,240 is compared with it
        assert findings and {tuple(c.printed for c in f.evidence.claims[:2]) for f in findings} == {("1,420", "1,240")}


def test_a_figure_that_only_touches_the_repeated_one_is_in_question(tmp_path):
    """1,240 twice and 1,250 once: 1,250 only touches 1,240's reading (at 1,245), so it agrees with
    no other statement of the article and heads the evidence, as the conflict check decides."""
    toll = [claim("headline", "1,240", "Toll rises to 1,240", "ndma"),
            claim("lead", "1,240", "The toll has risen to 1,240, the NDMA said.", "ndma")]
    article(tmp_path, "a", claim("later", "1,250", "The floods, which have killed 1,250, ...") + "".join(toll))
    findings = verify(load(tmp_path)).findings
    assert findings and {f.evidence.claims[0].printed for f in findings} == {"1,250"}


def test_without_a_repeat_the_later_figure_is_in_question(tmp_path):
    article(tmp_path, "a", claim("early", "1,240", "1,240 died", "ndma") + claim("late", "1,420", "1,420 died"))
    [finding] = verify(load(tmp_path)).findings
    assert finding.evidence.claims[0].key == "a:late"


def test_two_articles_of_one_publisher_and_year_are_told_apart_by_date_then_id(tmp_path):
    article(tmp_path, "a", claim("toll", "1,240", "1,240 died"), published="2026-10-01")
    article(tmp_path, "b", claim("toll", "1,420", "1,420 died"), published="2026-10-05")
    [finding] = verify(load(tmp_path)).findings
    assert "(Reuters 2026 article, 2026, published 2026-10-01) conflicts with" in finding.message
    assert "(Reuters 2026 article, 2026, published 2026-10-05)" in finding.message
    (tmp_path / "a.toml").write_text((tmp_path / "a.toml").read_text("utf-8").replace("2026-10-01", "2026-10-05"))
    [finding] = verify(load(tmp_path)).findings
    assert "2026, article a) conflicts with 1,420 (Reuters 2026 article, 2026, article b)" in finding.message


def test_the_errata_says_the_article_contradicts_itself(tmp_path):
    result = one_article(tmp_path)
    [problem] = build(result).problems
    assert problem.headline == "1,420"
    assert problem.message == ("The article gives two figures for deaths of floods (2026): 1,420 (the article's "
                               "own figure) and 1,240 (from NDMA)")
    assert "the article gives two different figures" in problem.effect
    assert "a reader of both" not in problem.effect
    assert problem.columns == ("The article's own figure", "From NDMA")
    markdown = errata.render(result, format="markdown")
    assert "| Article " not in markdown and "| The article's own figure" in markdown


def test_the_errata_names_two_articles_of_one_publisher_by_their_dates(tmp_path):
    article(tmp_path, "a", claim("toll", "1,240", "1,240 died"), published="2026-10-01")
    article(tmp_path, "b", claim("toll", "1,420", "1,420 died"), published="2026-10-05")
    [problem] = build(verify(load(tmp_path))).problems
    # The figure in question first, as the problem is headed: the later in the ledger, 1,420 of b.
    assert (problem.headline, problem.columns) == ("1,420", ("5 October 2026", "1 October 2026"))
    assert problem.effect.startswith("Yes: two published figures")
    html = errata.render(verify(load(tmp_path)), format="html")
    assert '<th scope="col">1 October 2026</th>' in html and '<th scope="row">Article</th>' in html


def test_the_errata_says_the_articles_sources_disagree(tmp_path):
    """Two sources of one article that disagree are worded as a disagreement the article reports
    (FL505), for information: it was "Needs correction", as the article contradicting itself."""
    sources = '[sources.unicef]\nname = "UNICEF"\nkind = "organisation"\n'
    article(tmp_path, "a", sources + claim("ndma", "1,240", "1,240 died, the NDMA said.", "ndma")
            + claim("unicef", "1,420", "UNICEF put the toll at 1,420.", "unicef"))
    result = verify(load(tmp_path))
    [problem] = build(result).problems
    assert (result.findings[0].code, problem.seriousness) == ("FL505", "For information")
    assert problem.message == ("The article gives two figures for deaths of floods (2026), from sources that "
                               "disagree: 1,420 (from UNICEF) and 1,240 (from NDMA)")
    assert problem.effect.startswith("No: the article reports what each of its sources says")
    assert problem.columns == ("From UNICEF", "From NDMA")
