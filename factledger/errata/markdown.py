"""The errata report in Markdown: for an email, a ticket or a pull request.

Every piece of article text goes through :func:`factledger.formats.escape.markdown`;
tables are laid out by tabulate.
"""

from __future__ import annotations

from tabulate import tabulate  # type: ignore[import-untyped]  # no types of its own; stubs are a package apart

from factledger.errata.model import ArticleInfo, Highlighted, Mention, Problem, Report
from factledger.formats.escape import markdown as md
from factledger.formats.escape import url as safe_url


def render_markdown(report: Report) -> str:
    lines = ["# Errata report", "", *_summary(report), "", "## Problems found", ""]
    if not report.problems:
        lines += ["No problems were found in the figures checked.", ""]
    for problem in report.problems:
        lines += _problem(problem)
    lines += _notes(report)
    lines += _closing(report)
    return "\n".join(lines).rstrip("\n") + "\n"


def _summary(report: Report) -> list[str]:
    total = len(report.problems)
    counts = ", ".join(f"{count.words}: {count.number}" for count in report.counts)
    lines = ["Articles checked:", ""] + [f"- {_article(a)}" for a in report.articles]
    accepted = len(report.accepted)
    more = f" {accepted} more {'problem was' if accepted == 1 else 'problems were'} accepted after review." \
        if accepted else ""
    notes = len(report.notes)
    more += f" {notes} {'note' if notes == 1 else 'notes'} for the fact-checker on the ledger." if notes else ""
    return lines + ["", f"**{total} problem{'' if total == 1 else 's'} found** ({counts}). "
                        f"{report.checked} of {report.claims} figure{'' if report.claims == 1 else 's'} could be checked.{more}"]


def _article(article: ArticleInfo) -> str:
    byline = f"by {article.author}" if article.author else ""
    parts = [f"*{md(article.title)}*"] + [md(p) for p in (article.publisher, byline, article.published) if p]
    link = safe_url(article.url)
    return ", ".join(parts) + (f" <{link}>" if link else "")


def marked(sentence: Highlighted) -> str:
    """The sentence, escaped, with its figure in bold."""
    if not sentence.figure:
        return md(sentence.before)
    rest = md(sentence.figure, line_start=False), md(sentence.after, line_start=False)
    return f"{md(sentence.before)}**{rest[0]}**{rest[1]}"


def _problem(problem: Problem) -> list[str]:
    lines = [f"### {problem.number}. {md(problem.headline)}: {problem.seriousness}", ""]
    if problem.main and problem.main.quote.text:
        lines += [f"> {marked(problem.main.quote)}", ">",
                  f"> in {_where(problem.main.article)}", ""]
    lines += [f"**What is wrong:** {md(problem.message)}", "",
              f"**Effect on the story:** {problem.effect}", ""]
    lines += _computation(problem) + _sources(problem) + _correction(problem)
    return lines + [f"_Reference: {md(problem.rule)}, {md(problem.location)}_", ""]


def _where(article: ArticleInfo) -> str:
    return f"*{md(article.title)}*" + (f", {md(article.published)}" if article.published else "")


def _computation(problem: Problem) -> list[str]:
    if not problem.steps and not problem.allowance:
        return []
    lines = ["**How it was checked:**", ""] + [f"{n}. {md(step)}" for n, step in enumerate(problem.steps, 1)]
    if problem.allowance:
        lines += ["", f"Rounding and hedges allowed for: {md(problem.allowance)}"]
    return lines + [""]


def _sources(problem: Problem) -> list[str]:
    if problem.side_by_side:
        return ["**The two figures side by side:**", "",
                _side_by_side(problem.mentions[:2], problem.columns, problem.one_article), ""]
    if not problem.mentions:
        return []
    headers = ["Figure", "Read as", "Source", "Period"] + ([] if problem.one_article else ["Article"])
    rows = [[md(m.label), md(m.reading), md(m.source), md(m.period)]
            + ([] if problem.one_article else [_where(m.article)]) for m in problem.mentions]
    table = tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)
    return ["**Where the figures come from:**", "", table, ""]


def _side_by_side(pair: tuple[Mention, ...], columns: tuple[str, str], one_article: bool) -> str:
    """Two figures column by column; within one article, the article and its date are said above."""
    first, second = pair
    rows = [["Figure", md(first.label), md(second.label)],
            ["Sentence", marked(first.quote), marked(second.quote)]]
    if not one_article:
        rows += [["Article", f"*{md(first.article.title)}*", f"*{md(second.article.title)}*"],
                 ["Date", md(first.article.published or "undated"), md(second.article.published or "undated")]]
    rows += [["Period", md(first.period), md(second.period)],
             ["Source", md(first.source), md(second.source)]]
    headers = ["", md(columns[0]), md(columns[1])]
    return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)


def _correction(problem: Problem) -> list[str]:
    label = "What to change in the ledger" if problem.in_ledger else "Suggested correction"
    if problem.correction is None:
        return [f"**{label}:** {md(problem.advice)}", ""]
    return [f"**{label}:** {marked(problem.correction)}", "", md(problem.advice), ""]


def _notes(report: Report) -> list[str]:
    """Slips in the ledger, told apart from the article's problems: no section when there are none."""
    if not report.notes:
        return []
    lines = ["## Notes for the fact-checker: the ledger, not the article", "",
             "These slips are in the ledger, the fact-checker's record of the article, not in what was "
             "printed: nothing here needs a correction in print.", ""]
    for note in report.notes:
        lines += _problem(note)
    return lines


def _closing(report: Report) -> list[str]:
    lines = _accepted(report)
    lines += ["## Checked and consistent", ""]
    lines += [f"- {_confirmed_line(c.mention, c.detail)}" for c in report.confirmed] or [
        "No calculation or comparison was found consistent."]
    lines += ["", "## Not checked", ""]
    lines += [f"- **{md(u.mention.label)}** in {_where(u.mention.article)}: {md(u.why)}"
              for u in report.unchecked] or ["Every figure in the ledger was checked."]
    return lines + ["", "_Made with factledger._"]


def _accepted(report: Report) -> list[str]:
    """Findings an editor accepted, each with the reason given: no section when there are none."""
    if not report.accepted:
        return []
    lines = ["## Accepted after review", "",
             "Found, then looked at and accepted by an editor, for the reason given.", ""]
    for item in report.accepted:
        head = f"**{md(item.mention.label)}** in {_where(item.mention.article)}: " if item.mention else ""
        lines.append(f"- {head}{md(item.message)}. {md(item.accepted)} _{md(item.rule)}_")
    return lines + [""]


def _confirmed_line(mention: Mention | None, detail: str) -> str:
    if mention is None:
        return md(detail)
    return f"**{md(mention.label)}** in {_where(mention.article)}: {md(detail)}"
