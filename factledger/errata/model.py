"""The errata report as plain data, built from a :class:`~factledger.findings.Result` alone.

Everything an editor reads is decided here, in words: how serious a problem
is, what it changes in the story, what to print instead. The Markdown and
HTML renderers only lay it out (and escape it).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Sequence

from factledger.errata.plain import plain_detail, plain_message, plain_reason
from factledger.errata.spoken import plain_units
from factledger.errata.words import IMPLIED, LEDGER_SLIP, SERIOUSNESS, UNCHECKED_WHY, effect_on_story
from factledger.findings import CheckResult, ClaimEvidence, Finding, Result, Severity
from factledger.records import record
from factledger.rules.catalog import BY_CODE
from factledger.rules.provenance import figure_at

if TYPE_CHECKING:
    from factledger.waivers import Waiver


@record
class Highlighted:
    """A sentence with one figure picked out: ``before + figure + after`` is the whole sentence."""

    before: str
    figure: str = ""
    after: str = ""

    @property
    def text(self) -> str:
        return self.before + self.figure + self.after


def highlight(sentence: str, figure: str) -> Highlighted:
    """Pick ``figure`` out of ``sentence`` as printed (or ignoring case); not found, nothing is picked.

    Found only as a number of its own, as FL601 reads a quote: "1,500 troops" is not in
    "Russia sent 11,500 troops", and marking its tail would show what the finding says is absent.
    """
    at = figure_at(sentence, figure) if figure else -1
    if at < 0 and figure:
        at = figure_at(sentence.lower(), figure.lower())
    if at < 0:
        return Highlighted(sentence)
    end = at + len(figure)
    return Highlighted(sentence[:at], sentence[at:end], sentence[end:])


@record
class ArticleInfo:
    id: str
    title: str
    publisher: str = ""
    author: str = ""
    published: str = ""  # "17 November 2024", or ""
    url: str = ""


@record
class Mention:
    """One figure as a reader meets it: the sentence, who said it, in which article, for what period."""

    key: str
    printed: str
    reading: str
    quote: Highlighted
    source: str
    period: str
    article: ArticleInfo

    @property
    def label(self) -> str:
        """The figure as printed; a figure the ledger computes but the article never prints has none."""
        return self.printed or IMPLIED


@record
class Problem:
    """One finding, told to an editor."""

    number: int
    anchor: str
    severity: str  # "error", "warning", "info": for styling only
    seriousness: str  # "Needs correction"
    headline: str  # the figure in question
    message: str
    effect: str
    steps: tuple[str, ...]
    allowance: str
    mentions: tuple[Mention, ...]  # the figure in question first
    side_by_side: bool  # two published figures that disagree
    correction: Highlighted | None  # the sentence as it could be printed instead
    advice: str
    rule: str  # "rule FL201 (rate-dropped-from-figure)"
    location: str  # "ledger/article.toml, line 35"
    in_ledger: bool = False  # a slip in how the ledger records the article, not in the article
    #: the side-by-side table's column headings, by what tells the two figures apart
    columns: tuple[str, str] = ("First figure", "Second figure")

    @property
    def main(self) -> Mention | None:
        return self.mentions[0] if self.mentions else None

    @property
    def one_article(self) -> bool:
        """All the figures come from one article, so it need not be named on each."""
        return len({m.article.id for m in self.mentions}) <= 1


@record
class Confirmed:
    """A check that held: what was checked, and the verdict."""

    mention: Mention | None
    detail: str
    verdict: str


@record
class Unchecked:
    mention: Mention
    why: str


@record
class Accepted:
    """A finding an editor looked at and accepted (a waiver), with the reason they gave."""

    mention: Mention | None
    message: str
    reason: str
    until: str  # "31 December 2026", or "" when the waiver does not expire
    rule: str

    @property
    def accepted(self) -> str:
        """``Accepted until 30 June 2027: The article says 'a month' in the next paragraph.``"""
        reason = self.reason.strip()
        if reason and reason[-1] not in ".!?…":
            reason += "."
        return f"Accepted{' until ' + self.until if self.until else ''}: {reason}"


@record
class Count:
    severity: str  # "error"
    words: str  # "Needs correction"
    number: int


@record
class Report:
    articles: tuple[ArticleInfo, ...]
    problems: tuple[Problem, ...]  # in the article
    confirmed: tuple[Confirmed, ...]
    unchecked: tuple[Unchecked, ...]
    counts: tuple[Count, ...]  # most serious first
    claims: int
    checked: int
    accepted: tuple[Accepted, ...] = ()
    notes: tuple[Problem, ...] = ()  # for the fact-checker: slips in the ledger, not in the article


def build(result: Result, accepted: Sequence[tuple[Finding, Waiver]] = ()) -> Report:
    """The report for ``result``: problems most serious first, then what held and what was not checked.

    ``accepted`` are the findings waivers took out of ``result``, each with its
    waiver (:func:`factledger.waivers.apply_waivers`): listed apart, with the reason.
    """
    articles = {aid: _article(aid, fields) for aid, fields in sorted(result.articles.items())}
    found = _Found.of((*result.findings, *(f for f, _ in accepted)))
    ordered = sorted(zip(result.findings, anchors(result.findings)), key=lambda pair: -pair[0].severity)
    in_article = [(f, a) for f, a in ordered if not _slip_in(f)]
    in_ledger = [(f, a) for f, a in ordered if _slip_in(f)]
    return Report(
        articles=tuple(articles.values()),
        problems=tuple(_problem(n, f, a, result, articles) for n, (f, a) in enumerate(in_article, 1)),
        notes=tuple(_problem(n, f, a, result, articles) for n, (f, a) in enumerate(in_ledger, 1)),
        confirmed=tuple(_confirmed(c, result, articles) for c in result.checks
                        if c.verdict.holds and c.subject not in found.subjects),
        unchecked=_unchecked(result, articles, found),
        counts=tuple(Count(s.label, SERIOUSNESS[s], sum(1 for f, _ in in_article if f.severity is s))
                     for s in sorted(Severity, reverse=True)),
        claims=result.coverage.claims,
        checked=result.coverage.checked + sum(1 for key in result.coverage.unchecked if key in found.named),
        accepted=tuple(_accepted(f, w, result, articles) for f, w in accepted),
    )


def _accepted(finding: Finding, waiver: Waiver, result: Result, articles: dict[str, ArticleInfo]) -> Accepted:
    evidence = finding.evidence.claims or tuple(result.claims[k] for k in finding.claims[:1] if k in result.claims)
    mention = _mention(evidence[0], articles) if evidence else None
    until = long_date(waiver.expires.isoformat()) if waiver.expires else ""
    return Accepted(mention, plain_message(finding, result.claims), waiver.reason, until,
                    f"rule {finding.code} ({finding.name})")


def _article(article_id: str, fields: dict[str, str]) -> ArticleInfo:
    return ArticleInfo(article_id, fields.get("title") or article_id, fields.get("publisher", ""),
                       fields.get("author", ""), long_date(fields.get("published", "")),
                       fields.get("url", ""))


def long_date(iso: str) -> str:
    """``"2024-11-17"`` -> ``"17 November 2024"``; anything else is kept as it is."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day:%B %Y}"


def _mention(evidence: ClaimEvidence, articles: dict[str, ArticleInfo], mark: bool = True) -> Mention:
    article_id = evidence.key.split(":", 1)[0]
    article = articles.get(article_id) or ArticleInfo(article_id, evidence.article or article_id)
    quote = highlight(evidence.quote, evidence.printed) if mark else Highlighted(evidence.quote)
    return Mention(evidence.key, evidence.printed, plain_units(plain_intervals(evidence.reading)),
                   quote, evidence.source, evidence.period, article)


_INTERVAL = re.compile(r"\[(-?[\d,.]+|-?∞), (-?[\d,.]+|∞)\]")


def plain_intervals(text: str) -> str:
    """``allows [23,500,000, 24,500,000] USD`` -> ``allows 23,500,000 to 24,500,000 USD``."""
    return _INTERVAL.sub(r"\1 to \2", text)


def _slip_in(finding: Finding) -> str:
    """Where a finding's slip lies when it is the ledger's (its rule's ``slip_in``); "" for the article's."""
    rule = BY_CODE.get(finding.code)
    return rule.slip_in if rule else ""


def _problem(number: int, finding: Finding, anchor: str, result: Result,
             articles: dict[str, ArticleInfo]) -> Problem:
    evidence = finding.evidence.claims or tuple(result.claims[k] for k in finding.claims if k in result.claims)
    # A finding on the quote itself questions what the quote shows: marking the figure in it would
    # show it present (FL601), or vouch for a sentence the article may not have (FL602).
    mark = _slip_in(finding) != "quote"
    mentions = tuple(_mention(e, articles, mark) for e in evidence)
    main = mentions[0] if mentions else None
    in_ledger = bool(_slip_in(finding))
    side_by_side = finding.code.startswith("FL5") and len(mentions) >= 2
    one_article = side_by_side and len({m.article.id for m in mentions}) == 1
    message = plain_message(finding, result.claims)
    return Problem(
        number=number, anchor=anchor, severity=Severity.INFO.label if in_ledger else finding.severity.label,
        seriousness=LEDGER_SLIP if in_ledger else SERIOUSNESS[finding.severity], headline=_headline(main, finding),
        message=_two_figures(message, mentions, finding.code) if one_article else message,
        effect=effect_on_story(finding.code, one_article),
        steps=tuple(_as_said(s, finding, mentions) for s in finding.evidence.steps),
        allowance=_as_said(finding.evidence.allowance, finding, mentions), mentions=mentions,
        side_by_side=side_by_side,
        correction=_corrected(main, finding.correction), advice=finding.suggestion,
        rule=f"rule {finding.code} ({finding.name})",
        location=f"{finding.location.path}, line {finding.location.line}" if finding.location.line
        else finding.location.path,
        in_ledger=in_ledger, columns=column_names(mentions[0], mentions[1]) if side_by_side else ("", ""),
    )


def _as_said(text: str, finding: Finding, mentions: Sequence[Mention]) -> str:
    """A step of the evidence as an editor reads it: intervals "from ... to", units as said
    ("12.2772 a day", "USD a month"); the figures as printed are kept, and a step about a quote
    (FL601, FL602, FL604), which shows the article's own text, keeps its units too."""
    text = plain_intervals(text)
    return text if _slip_in(finding) == "quote" else plain_units(text, (m.printed for m in mentions))


# "… conflicts with 1,420 people (…) for deaths of 2026 Pakistan monsoon floods": what the figures are of
_CONFLICT_OF = re.compile(r" for (?P<what>[^()]+)$")
# FL505: "… for heat-related deaths of the heat wave differ: the article gives both, from sources that disagree"
_DISAGREEMENT_OF = re.compile(r" for (?P<what>[^()]+) differ: the article gives both, from sources that disagree$")
#: how an editor is told of two figures of one article, by rule: the pattern of the message, and what follows
_TWO_FIGURES = {"FL501": (_CONFLICT_OF, ""), "FL505": (_DISAGREEMENT_OF, ", from sources that disagree")}


def _two_figures(message: str, mentions: Sequence[Mention], code: str) -> str:
    """FL501 or FL505 within one article, in an editor's words: the article gives two figures for one
    thing (FL505: from sources that disagree, as it reports).

    The figure in question comes first, each told apart by its source; a message whose
    ending cannot be read (a subject in brackets), or of another rule, is kept as it is.
    """
    pattern, said = _TWO_FIGURES.get(code, (None, ""))
    what = pattern.search(message) if pattern else None
    if what is None:
        return message
    first, second = mentions[0], mentions[1]
    period = f" ({first.period})" if first.period == second.period else ""
    return (f"The article gives two figures for {what['what']}{period}{said}: {first.label} ({_said_by(first)}) "
            f"and {second.label} ({_said_by(second)})")


def _said_by(mention: Mention) -> str:
    return "the article's own figure" if mention.source in ("", "the article itself") else f"from {mention.source}"


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def column_names(first: Mention, second: Mention) -> tuple[str, str]:
    """The side-by-side table's headings: by what tells the two figures apart, first that differs of
    publisher, publication date and title for two articles; of source and period within one."""
    tells: list[tuple[str, ...]]
    if first.article.id != second.article.id:
        tells = [(m.article.publisher, m.article.published, m.article.title) for m in (first, second)]
    else:
        tells = [(_upper_first(_said_by(m)), m.period) for m in (first, second)]
    for told_first, told_second in zip(*tells):
        if told_first and told_second and told_first != told_second:
            return told_first, told_second
    return "First figure", "Second figure"


def anchors(findings: Sequence[Finding]) -> tuple[str, ...]:
    """A fragment for each finding, unique among them: ``fl201-bwr-2024-11-17-nk_pay_total``.

    The HTML report's ids and ClaimReview's urls, so both number ``result.findings`` in its
    own order. The article is part of it: two articles may each have a claim ``total``,
    and a published url must not change when another article joins the ledger. The same
    rule on the same first claim again (one figure conflicting with two) gets ``-2``.
    """
    taken: set[str] = set()
    fragments = []
    for finding in findings:
        fragment = base = _anchor(finding)
        repeat = 1
        while fragment in taken:
            repeat += 1
            fragment = f"{base}-{repeat}"
        taken.add(fragment)
        fragments.append(fragment)
    return tuple(fragments)


def _anchor(finding: Finding) -> str:
    name = finding.claims[0] if finding.claims else f"{finding.location.path}-{finding.location.line}"
    return re.sub(r"[^a-z0-9_-]+", "-", f"{finding.code}-{name}".lower())


def _headline(main: Mention | None, finding: Finding) -> str:
    return main.label if main else finding.name.replace("-", " ")


def _corrected(main: Mention | None, correction: str) -> Highlighted | None:
    """The sentence with the figure replaced by the correction, when both are known."""
    if not correction:
        return None
    if main is None or not main.quote.figure:
        return Highlighted("", correction, "")
    return Highlighted(main.quote.before, correction, main.quote.after)


def _confirmed(check: CheckResult, result: Result, articles: dict[str, ArticleInfo]) -> Confirmed:
    evidence = result.claims.get(check.subject)
    mention = _mention(evidence, articles) if evidence else None
    return Confirmed(mention, plain_detail(check, result.claims), check.verdict.value)


@record
class _Found:
    """The figures the report's findings are about, so that no other section contradicts them."""

    subjects: frozenset[str]  # the figure in question of each finding
    named: frozenset[str]  # every figure a finding names: a rule looked at it

    @classmethod
    def of(cls, findings: Sequence[Finding]) -> _Found:
        return cls(frozenset(f.claims[0] for f in findings if f.claims),
                   frozenset(key for f in findings for key in f.claims))


def _unchecked(result: Result, articles: dict[str, ArticleInfo], found: _Found) -> tuple[Unchecked, ...]:
    """What could not be checked, and why; a figure a finding is about is told of there, not here."""
    reasons = [(key, plain_reason(why, key, result.claims)) for key, why in result.coverage.unverifiable
               if key not in found.subjects]
    # "No calculation ... covers this figure" is untrue of one a rule reported on (an outlier, a quote)
    reasons += [(key, UNCHECKED_WHY) for key in result.coverage.unchecked if key not in found.named]
    return tuple(Unchecked(_mention(result.claims[key], articles), why)
                 for key, why in reasons if key in result.claims)
