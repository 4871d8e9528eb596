"""Hand-made results for the errata report: hostile article text and a conflict across articles.

Built directly, not through the engine, so these cases keep their shape
whatever the rules report for the example ledger.
"""

from __future__ import annotations

from factledger.findings import CheckResult, ClaimEvidence, Coverage, Evidence, Finding, Result, Severity, Verdict
from factledger.locations import Location

#: article text that must come out as text in every medium
HOSTILE_QUOTES = (
    "The fund paid $5M <script>alert(1)</script> to the ministry.",
    "Exports were </td></tr></table><h1>$7M</h1> in total | [click](javascript:alert(1))",
    "# {{ 7*7 }} and {% if true %}$9M{% endif %} <!-- --> &amp; *bold* `code`",
)


def evidence(key: str, printed: str, quote: str, *, source: str = "the article itself",
             period: str = "2016", article: str = "Trade report (2019-04-25)") -> ClaimEvidence:
    return ClaimEvidence(key, printed, f"[{printed}, {printed}]", quote, source, period, article,
                         Location("ledger/a.toml", 10, key))


def hostile_result() -> Result:
    """One finding per hostile quote, with the quote also in the message, the title and the correction."""
    articles = {"evil": {"title": "<b>Bold</b> & {{ title }}", "publisher": "Evil | Press",
                         "author": "<i>Mallory</i>", "published": "2024-01-02",
                         "url": "javascript:alert(document.cookie)"}}
    claims, findings = {}, []
    for n, quote in enumerate(HOSTILE_QUOTES, 1):
        printed = ("$5M", "$7M", "$9M")[n - 1]
        key = f"evil:claim{n}"
        claims[key] = evidence(key, printed, quote, source="<em>Officials</em> | [x](y)", period="2024",
                               article="<b>Bold</b> & {{ title }} (2024-01-02)")
        findings.append(Finding(
            "FL101", "derived-figure-inconsistent", Severity.ERROR,
            f"{printed} does not follow from a + b: {quote}", Location("ledger/evil.toml", 10 * n, key),
            (key,), Evidence((f"a + b = {quote}",), f"allows {quote}", (claims[key],)),
            suggestion=f"Recompute <b>{printed}</b> | {{{{ 7*7 }}}}", correction=f"{printed} </td> {{{{ 7*7 }}}}"))
    return Result(findings=tuple(findings), files=("ledger/evil.toml",), claims=claims, articles=articles,
                  coverage=Coverage(claims=3, checked=3))


def conflict_result() -> Result:
    """China's share of North Korea's trade, printed differently by two articles for 2016 (FL501)."""
    first = evidence("ocnus:china_share", "92.5%", "China accounted for 92.5% of North Korea's trade.",
                     source="KOTRA", article="Ocnus article (2019-04-25)")
    second = evidence("bwr:china_share", "97%", "China represents 97% of North Korea's trade.",
                      article="Whispers article (2024-11-17)")
    finding = Finding(
        "FL501", "conflicting-figures", Severity.ERROR,
        "92.5% (Ocnus 2019 article, 2016) conflicts with 97% (Whispers 2024 article, 2016) for "
        "China's share of North Korea's foreign trade", Location("ledger/bwr.toml", 40, "bwr:china_share"),
        (first.key, second.key), Evidence(("92.5%: [92.45, 92.55] % (Ocnus 2019 article, 2016)",
                                           "97%: [96.5, 97.5] % (Whispers 2024 article, 2016)"), "",
                                          (first, second)),
        suggestion="Find which figure is right, or record why they differ")
    held = CheckResult("bwr:days", "derivation", Verdict.CONSISTENT,
                       "8 days = troops ÷ casualties: recomputed 8 days (consistent)", Location("ledger/bwr.toml", 52))
    days = evidence("bwr:days", "8 days", "they will be done in 8 days.", article="Whispers article (2024-11-17)")
    troops = evidence("bwr:troops", "12,000 troops", "With 12,000 troops deployed", article="Whispers article (2024-11-17)")
    return Result(
        findings=(finding,), checks=(held,), files=("ledger/bwr.toml", "ledger/ocnus.toml"),
        claims={c.key: c for c in (first, second, days, troops)},
        articles={"ocnus": {"title": "Ocnus article", "publisher": "Ocnus.net", "author": "",
                            "published": "2019-04-25", "url": "https://ocnus.example/article?id=1&x=2"},
                  "bwr": {"title": "Whispers article", "publisher": "Barbershop Whispers", "author": "Adam A Blanco",
                          "published": "2024-11-17", "url": ""}},
        coverage=Coverage(claims=4, checked=3, unverifiable=(("bwr:troops", "its derivation failed"),)),
    )


def twin_claims_result() -> Result:
    """Two articles that each name a claim ``total``, each wrong; the first one conflicts with two figures."""
    claims = {key: evidence(key, printed, f"The total was {printed}.", article=f"{key[0]} article")
              for key, printed in (("a:total", "$5M"), ("b:total", "$7M"), ("c:total", "$9M"))}
    findings = tuple(Finding(code, name, severity, f"{claims[keys[0]].printed} is wrong",
                             Location(f"ledger/{keys[0][0]}.toml", 10, keys[0]), keys,
                             Evidence(claims=tuple(claims[k] for k in keys)), suggestion="Correct it")
                     for code, name, severity, keys in (
                         ("FL101", "derived-figure-inconsistent", Severity.ERROR, ("a:total",)),
                         ("FL101", "derived-figure-inconsistent", Severity.ERROR, ("b:total",)),
                         ("FL503", "figure-changed-between-periods", Severity.INFO, ("a:total", "c:total")),
                         ("FL501", "conflicting-figures", Severity.ERROR, ("a:total", "b:total")),
                         ("FL501", "conflicting-figures", Severity.ERROR, ("a:total", "c:total"))))
    articles = {aid: {"title": f"{aid} article", "url": f"https://{aid}.example/"} for aid in "abc"}
    return Result(findings=findings, files=("ledger/a.toml", "ledger/b.toml", "ledger/c.toml"), claims=claims,
                  articles=articles, coverage=Coverage(claims=3, checked=3))
