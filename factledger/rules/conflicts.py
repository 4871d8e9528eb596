"""FL5: the same measure of the same subject, stated twice across the ledger.

Each figure is compared with the figures of its name that come before it in the
ledger. For each outcome (agrees, conflicts, differs between periods ...) the
figure gets one check and, where the outcome is a finding, one finding: about the
first earlier figure with that outcome, counting the others. Two figures make one
pair, as before; a figure stated in a thousand articles makes a few checks each
time it is stated, not half a million pairs.
"""

from __future__ import annotations

from itertools import combinations, islice
from typing import Mapping, NamedTuple, Sequence

from factledger import display
from factledger.claims import Claim
from factledger.compute import Value
from factledger.context import Context
from factledger.findings import CheckResult, Verdict
from factledger.intervals import readings_meet, touching_point
from factledger.periods import Period
from factledger.rules import catalog as R
from factledger.rules.base import Rule
from factledger.rules.counts import APART, count_and_ratio_sides, read_as_counts
from factledger.units import Dims

#: the kind of quantity each figure of a group is compared as, by its place in the value table
Kinds = Mapping[int, Dims | None] | Sequence[Dims | None]

#: how many of the other earlier figures with the same outcome a finding's evidence shows
OTHERS_SHOWN = 5

#: groups of at most this many figures compare each with each earlier one; larger groups compare
#: a figure with each set of earlier figures that read alike, which grows with the sets, not the figures
ONE_BY_ONE = 12


def check_conflicts(ctx: Context) -> None:
    partners: dict[str, set[str]] = {}
    for one, other in _linked_pairs(ctx):
        partners.setdefault(one, set()).add(other)
        partners.setdefault(other, set()).add(one)
    table = ctx.table
    all_dims = table.dims
    # Most names are stated once. The value table knows the few numbers that repeat (it
    # counted them in C when the ledger was built); only claims with one of those are
    # grouped, by the name itself.
    repeated = table.repeated_names()
    first: dict[tuple[str, str], int] = {}
    groups: dict[tuple[str, str], list[int]] = {}
    subjects, measures = table.subject, table.measure
    for at, number in enumerate(table.name):
        if number in repeated and all_dims[at] is not None:
            name = (subjects[at], measures[at])
            seen = first.setdefault(name, at)
            if seen != at:
                group = groups.get(name)
                if group is None:
                    groups[name] = [seen, at]
                else:
                    group.append(at)
    for positions in groups.values():
        _group(ctx, positions, partners)


class _Outcome(NamedTuple):
    """What comparing two figures of one name gives, with the pair in the order it is worded."""

    a: Claim
    b: Claim
    keys: tuple[str, str]
    verdict: Verdict
    code: str
    why: str
    rule: Rule | None
    later: Claim  # the figure compared with an earlier one, whichever of a and b it is

    @property
    def kind(self) -> tuple[Verdict, str, str]:
        return self.verdict, self.code, self.why


class _Earlier:
    """Figures of a group, before the one being compared, that read alike.

    Alike: the same kind of quantity, bounds, period and running-total flag, so any
    of them compared with a later figure gives the same outcome, except that one
    article's own figures for two periods are a change, not a difference; so their
    positions are kept by article too.
    """

    __slots__ = ("positions", "by_article")

    def __init__(self) -> None:
        self.positions: list[int] = []
        self.by_article: dict[str, list[int]] = {}

    def add(self, at: int, article_id: str) -> None:
        self.positions.append(at)
        self.by_article.setdefault(article_id, []).append(at)

    def split(self, article_id: str, article_of: dict[int, str],
              skipped: set[int]) -> list[tuple[int, list[int]]]:
        """(how many, the first few positions) of these figures from ``article_id``, then of the
        others, leaving out ``skipped``."""
        own = [at for at in self.by_article.get(article_id, ()) if at not in skipped]
        others = len(self.positions) - len(self.by_article.get(article_id, ()))
        others -= sum(1 for at in skipped if article_of[at] != article_id)
        first_others = list(islice((at for at in self.positions
                                    if article_of[at] != article_id and at not in skipped), OTHERS_SHOWN + 1))
        return [(count, first) for count, first in ((len(own), own[:OTHERS_SHOWN + 1]),
                                                     (others, first_others)) if count]


def _group(ctx: Context, positions: list[int], partners: dict[str, set[str]]) -> None:
    """Each figure of one name (``positions`` in the value table, in ledger order) against the earlier ones.

    Figures are compared within their kind of quantity; a bare number of a name that
    counts in one kind ("15,000" beside "12,000 troops") is a count of that kind. A bare
    number that is still a pure number is not compared with a share ("5%"): see
    :func:`~factledger.rules.counts.count_and_ratio_sides`.
    """
    all_dims = ctx.table.dims
    claims = ctx.ledger.claims
    counts = read_as_counts(ctx.table, claims, positions)
    kinds = {at: counts.get(at, all_dims[at]) for at in positions} if counts else all_dims
    sides = count_and_ratio_sides(ctx.table, claims, (at for at in positions if at not in counts))
    if len(positions) <= ONE_BY_ONE:
        _one_by_one(ctx, positions, partners, kinds, sides)
    else:
        _alike_at_once(ctx, positions, partners, kinds, sides)


def _one_by_one(ctx: Context, positions: list[int], partners: dict[str, set[str]], kinds: Kinds,
                sides: dict[int, int]) -> None:
    """Each figure of a small group compared with each earlier one (most groups are two or three)."""
    keys = ctx.table.keys
    claims = ctx.ledger.claims
    for n, j in enumerate(positions[1:], 1):
        b = claims[keys[j]]
        linked = partners.get(keys[j], ())
        side = sides.get(j, 0) if sides else 0
        outcomes: dict[tuple, list] = {}  # kind -> [first outcome, how many more, the first few of them]
        for i in positions[:n]:
            if kinds[i] != kinds[j] or keys[i] in linked or (side and side | sides.get(i, side) == APART):
                continue
            outcome = _compare(ctx, claims[keys[i]], b, i, j)
            found = outcomes.get(outcome.kind)
            if found is None:
                outcomes[outcome.kind] = [outcome, 0, []]
            else:
                found[1] += 1
                if len(found[2]) < OTHERS_SHOWN:
                    found[2].append(i)
        for outcome, others, shown in outcomes.values():  # in the order of their first figure
            _report(ctx, outcome, others, shown, positions)


def _alike_at_once(ctx: Context, positions: list[int], partners: dict[str, set[str]], kinds: Kinds,
                   sides: dict[int, int]) -> None:
    """Each figure of a large group compared with the earlier ones, a set of alike figures at a time."""
    table = ctx.table
    keys, lo, hi, index = table.keys, table.lo, table.hi, table.index
    claims = ctx.ledger.claims
    article_of = {at: claims[keys[at]].article_id for at in positions}
    alike: dict[tuple, _Earlier] = {}
    alike_of: dict[int, _Earlier] = {}
    for j in positions:
        b = claims[keys[j]]
        # Figures a "same" check already pairs with this one are not compared again.
        linked = [index[k] for k in partners.get(keys[j], ())]
        skipped: dict[_Earlier, set[int]] = {}
        for i in linked:
            if i in alike_of:
                skipped.setdefault(alike_of[i], set()).add(i)
        # For each outcome: how many earlier figures give it, and the first few of them;
        # the first of all is the one the check and the finding name.
        outcomes: dict[tuple, list] = {}
        side = sides.get(j, 0) if sides else 0
        for group in alike.values():
            alike_at = group.positions[0]  # alike figures share kind and side
            if kinds[alike_at] != kinds[j] or (side and side | sides.get(alike_at, side) == APART):
                continue
            for count, first in group.split(b.article_id, article_of, skipped.get(group, set())):
                outcome = _compare(ctx, claims[keys[first[0]]], b, first[0], j)
                found = outcomes.setdefault(outcome.kind, [0, {}])
                found[0] += count
                found[1][first[0]] = outcome
                for at in first[1:]:
                    found[1][at] = None
        for count, compared in sorted(outcomes.values(), key=lambda found: min(found[1])):
            ordered = sorted(compared)
            _report(ctx, compared[ordered[0]], count - 1, ordered[1:OTHERS_SHOWN + 1], positions)
        key = (kinds[j], side, lo[j], hi[j], b.period, b.cumulative)
        earlier = alike.get(key)
        if earlier is None:
            earlier = alike[key] = _Earlier()
        earlier.add(j, b.article_id)
        alike_of[j] = earlier


def _linked_pairs(ctx: Context) -> set[tuple[str, str]]:
    """Pairs of different claims already checked by a "same" check: not compared again."""
    pairs: set[tuple[str, str]] = set()
    for at, check in enumerate(ctx.ledger.checks):
        if check.kind == "same":
            keys = ctx.check_keys(at, check)[:len(check.claims)]
            pairs.update((a, b) for a, b in combinations(keys, 2) if a != b)
    return pairs


def _where(ctx: Context, claim: Claim) -> str:
    article = ctx.ledger.articles.get(claim.article_id)
    year = article.published.year if article and article.published else "undated"
    name = article.publisher or article.id if article else claim.article_id
    period = str(claim.period)
    return f"{name} {year} article, {period}"


# Why a pair holds, in its check's wording: a reader of the consistent checks (the errata's
# "Checked and consistent") sees why "60% (1988) vs up to 50% (1970s and 1980s)" is no conflict.
_FIGURES_MEET = "the figures meet within their rounding and hedges"
_TOTAL_HELD = "the running total did not fall"


def _compare(ctx: Context, a: Claim, b: Claim, i: int, j: int) -> _Outcome:
    """Two claims of one measure of one subject, ``i`` and ``j`` their places in the value table;
    ``b`` is the later in the ledger."""
    later = b
    if a.period.stated and b.period.stated and b.period.precedes(a.period):
        a, b, i, j = b, a, j, i
    running = _one_running_total(a, b)
    if running and _ends_earlier(b, a):
        a, b, i, j = b, a, j, i
    keys = (ctx.table.keys[i], ctx.table.keys[j])
    lo, hi = ctx.table.lo, ctx.table.hi
    meet = readings_meet(lo[i], hi[i], lo[j], hi[j])
    if running and _ends_earlier(a, b):
        # Readings that only touch are two values (see readings_meet): the later one below is a fall.
        if not meet and hi[j] < hi[i]:
            return _Outcome(a, b, keys, Verdict.INCONSISTENT, "FL504", "", R.RUNNING_TOTAL_FALLS, later)
        return _Outcome(a, b, keys, Verdict.CONSISTENT, "", _TOTAL_HELD, None, later)
    if meet:
        return _Outcome(a, b, keys, Verdict.CONSISTENT, "", _FIGURES_MEET, None, later)
    if not (a.period.stated and b.period.stated):
        rule = R.CONFLICT_PERIOD_UNSTATED
    elif a.article_id == b.article_id and not a.period.same_span(b.period):
        # One article giving a figure for two periods is reporting a change, not conflicting;
        # "now" and "2023" in one article are two periods though as of publication overlaps 2023.
        return _Outcome(a, b, keys, Verdict.CONSISTENT, "", "different periods", None, later)
    elif a.period.same_time(b.period):
        rule = R.SOURCES_DISAGREE_IN_ARTICLE if _sources_apart(a, b) else R.CONFLICT_ACROSS_SOURCES
    else:
        rule = R.DIFFERS_ACROSS_PERIODS
    verdict = Verdict.INCONSISTENT if rule.severity > 1 else Verdict.CONSISTENT
    return _Outcome(a, b, keys, verdict, rule.code, "", rule, later)


def _sources_apart(a: Claim, b: Claim) -> bool:
    """Whether two figures of one article come from two sources of their own: the article reports that
    its sources disagree, where a figure of its own against another contradicts itself."""
    one, other = a.attribution, b.attribution
    attributed = (one.source or one.via) and (other.source or other.via)
    return bool(attributed) and a.article_id == b.article_id and one.describe() != other.describe()


def _report(ctx: Context, outcome: _Outcome, others: int, shown: list[int], group: Sequence[int] = ()) -> None:
    """The check of a figure against the first earlier one with this outcome, and its finding if any.

    ``others`` more earlier figures gave the same outcome; ``shown`` are the table
    positions of the first few of them, for the evidence; ``group`` all the figures of the name.
    """
    a, b = outcome.a, outcome.b
    rule = outcome.rule
    # A check that makes a finding is about the finding's figure, so that a report listing the
    # checks that held (an FL503 holds) can tell it from the checks no finding is about.
    main = a if rule is None else _in_question(ctx, outcome, group)
    ctx.record(CheckResult(main.key, "cross-source", outcome.verdict,
                           (_detail, a, b, outcome.why, others), main.location,
                           (outcome.code,) if outcome.code else ()), outcome.keys)
    if rule is None:
        return
    ctx.add(_finding(ctx, outcome, main, others, [ctx.table.keys[at] for at in shown]))


def _finding(ctx: Context, outcome: _Outcome, main: Claim, others: int, shown: list[str]):
    """The finding about the pair, with both figures as they read, side by side.

    When the figure compared differs in the same way from ``others`` more earlier
    figures, a step counts them and names the first few (``shown``), and their
    claims join the evidence. The finding is located at ``main``, the figure in
    question (:func:`_in_question`), and names it first in its claims and its
    evidence: every report points at it and heads the finding with it.
    """
    a, b, later, rule = outcome.a, outcome.b, outcome.later, outcome.rule
    assert rule is not None
    va, vb = ctx.value(a.key), ctx.value(b.key)
    assert va is not None and vb is not None
    reading = []
    if va.dims == vb.dims:
        unit = _unit_text(a, va)
    else:  # a bare number read as a count: both shown in the counted figure's unit, and the reading said
        (counted, counted_value), bare = ((b, vb), a) if va.dims == () else ((a, va), b)
        unit = _unit_text(counted, counted_value)
        reading.append(f"{bare.printed} names no unit; for the same subject and measure as {counted.printed}, "
                       f"it is read as a count of the same thing")
    where_a, where_b = _told_apart(ctx, a, b)
    steps = [f"{a.printed}: {display.interval(va.interval, unit)} ({where_a})",
             f"{b.printed}: {display.interval(vb.interval, unit)} ({where_b})", *reading]
    touching = touching_point(va.interval.lo, va.interval.hi, vb.interval.lo, vb.interval.hi)
    if touching is not None:
        steps.append(only_touching(a.printed, b.printed, display.quantity(touching, unit)))
    if others:
        claims = ctx.ledger.claims
        named = "; ".join(f"{claims[k].printed} ({_where(ctx, claims[k])})" for k in shown)
        more = f", and {others - len(shown)} more" if others > len(shown) else ""
        steps.append(f"{later.printed} ({where_a if later is a else where_b}) also differs in this way from "
                     f"{_figures(others)} stated earlier in the ledger: {named}{more}")
    fall = _fall_from_one_start(ctx, a, b) if rule is R.DIFFERS_ACROSS_PERIODS else ""
    if fall:
        steps.append(fall)
    first, second = (b, a) if main is b else (a, b)
    evidence = ctx.evidence_later((first.key, second.key, *shown), tuple(steps))
    return rule.finding(main.location, (first.key, second.key), evidence, printed=a.printed, other=b.printed,
                        where=where_a, other_where=where_b, measure=a.measure,
                        subject=a.subject, state=_what_to_state(ctx, a, b),
                        action=_IF_RUNNING_TOTALS if fall else _NO_ACTION)


def _told_apart(ctx: Context, a: Claim, b: Claim) -> tuple[str, str]:
    """Where each of two figures is from, with what tells them apart when that reads the same for both.

    "Reuters 2026 article, 2026-27" twice says nothing: two articles are told apart by their
    dates, else their ids; two figures of one article by their sources, else their claim ids.
    """
    where_a, where_b = _where(ctx, a), _where(ctx, b)
    if _alike_in_words(a, b):
        where_a, where_b = f"{where_a}, {_days_of(a.period)}", f"{where_b}, {_days_of(b.period)}"
    if where_a != where_b:
        return where_a, where_b
    for tell in (_published, _article_id) if a.article_id != b.article_id else (_source, _claim_id):
        told_a, told_b = tell(ctx, a), tell(ctx, b)
        if told_a and told_b and told_a != told_b:
            return f"{where_a}, {told_a}", f"{where_b}, {told_b}"
    return where_a, where_b


def _alike_in_words(a: Claim, b: Claim) -> bool:
    """Whether two periods read alike but are not the same days: "since June 26, 2026" in articles
    published on different days runs to each one's date."""
    return a.period.stated and b.period.stated and str(a.period) == str(b.period) \
        and not a.period.same_span(b.period)


def _days_of(period: Period) -> str:
    """What a period's words leave out: the day it runs to, its article's publication for "since June 26,
    2026" (a span whose words are all its own is named in full)."""
    if period.since:
        return f"to publication on {period.end.isoformat()}"  # type: ignore[union-attr]
    return f"{period.start.isoformat()} to {period.end.isoformat()}"  # type: ignore[union-attr]


def _published(ctx: Context, claim: Claim) -> str:
    article = ctx.ledger.articles.get(claim.article_id)
    return f"published {article.published.isoformat()}" if article and article.published else ""


def _article_id(ctx: Context, claim: Claim) -> str:
    return f"article {claim.article_id}"


def _source(ctx: Context, claim: Claim) -> str:
    return f"according to {claim.attribution.describe()}" if claim.attribution.source else "the article's own figure"


def _claim_id(ctx: Context, claim: Claim) -> str:
    return f"claim {claim.id}"


def _in_question(ctx: Context, outcome: _Outcome, group: Sequence[int]) -> Claim:
    """Which of two figures a finding is about: where it is located, and what reports head it with.

    A running total that fell: the later total, the one below the other (FL504). Two
    figures of which one has no stated period: that one, whose period the ledger's author
    is asked for (FL502); first one whose period runs to an undated article's publication,
    whose article's date is missing. Two figures of one article: the one that
    disagrees with the article's other statements of the figure, when the other is
    repeated in it ("1,240" in the headline and the lead, "1,420" once further down:
    1,420). Otherwise the later in the ledger, the figure compared with the earlier ones:
    a figure stated in many articles then gets each finding at the figure that differs,
    not every finding at the first one.
    """
    a, b = outcome.a, outcome.b
    if outcome.rule is R.RUNNING_TOTAL_FALLS:
        return b
    if outcome.rule is R.CONFLICT_PERIOD_UNSTATED:
        undated = [claim for claim in (a, b) if claim.period.needs_publication_date]
        unstated = undated or [claim for claim in (a, b) if not claim.period.stated]
        if len(unstated) == 1:
            return unstated[0]
    if a.article_id != b.article_id:
        return outcome.later
    table, keys = ctx.table, ctx.table.keys
    lo, hi = table.lo, table.hi
    ends = {key: (lo[table.index[key]], hi[table.index[key]]) for key in (a.key, b.key)}
    agree = dict.fromkeys(ends, 0)
    for at in group:
        key = keys[at]
        if key in ends or ctx.ledger.claims[key].article_id != a.article_id:
            continue
        for figure, (low, high) in ends.items():
            agree[figure] += readings_meet(low, high, lo[at], hi[at])  # as the check itself decides
    if agree[a.key] != agree[b.key]:
        return b if agree[a.key] > agree[b.key] else a
    return outcome.later


def only_touching(printed: str, other: str, boundary: str) -> str:
    """The evidence step for two figures whose readings share only an end point."""
    return (f"{printed} and {other} meet only at {boundary}, the end of both roundings: a value there rounds "
            f"to one figure or the other, never to both")


def _unit_text(claim: Claim, value: Value) -> str:
    """The unit a figure was printed in, or an implied claim's computed one."""
    return claim.figure.unit_text if claim.figure else value.unit


def _what_to_state(ctx: Context, a: Claim, b: Claim) -> str:
    """What FL502 asks for: the periods, or the date of an article whose period runs to its publication.

    Worded with the figures and the article, as an editor reads the suggestion too; the
    finding's location names the claim for the ledger's author.
    """
    undated = {claim.article_id: claim for claim in (a, b) if claim.period.needs_publication_date}
    asks = [f"give the publication date of the article \"{_title(ctx, claim.article_id)}\" (`published`): "
            f"the period of {claim.printed} runs to it" for claim in undated.values()]
    unstated = [claim for claim in (a, b) if not claim.period.stated and not claim.period.needs_publication_date]
    if len(unstated) == 2:
        asks.append("state the period each figure is about (each claim's period)")
    elif unstated:
        asks.append(f"state the period {unstated[0].printed} is about")
    text = "; ".join(asks)
    return text[:1].upper() + text[1:]


def _title(ctx: Context, article_id: str) -> str:
    article = ctx.ledger.articles.get(article_id)
    return (article.title or article_id) if article else article_id


def _figures(count: int) -> str:
    return "1 other figure" if count == 1 else f"{count:,} other figures"


_NO_ACTION = "No action needed"
_IF_RUNNING_TOTALS = ("If these are running totals, one of them is wrong: set cumulative = true on both claims, "
                      "and the fall is reported as an error (FL504); if not, no action is needed")


def _fall_from_one_start(ctx: Context, a: Claim, b: Claim) -> str:
    """The evidence step for two figures counted from one start to two dates, the later one lower;
    "" for any other pair.

    Such figures read as a running total that fell, which is an error (FL504) once
    the ledger marks them cumulative. Unmarked, they may be a rate or a level since
    that start, which may fall: the finding stays a note and says what to mark.
    """
    since = _counted_from_one_start(a, b)
    if not since:
        return ""
    earlier, later = (a, b) if _ends_earlier(a, b) else (b, a)
    hi = ctx.table.hi
    if not hi[ctx.table.index[later.key]] < hi[ctx.table.index[earlier.key]]:  # as FL504 reads a fall
        return ""
    return (f"both periods count from {since}: {later.printed} (to {later.period.end}) is below "
            f"{earlier.printed} (to {earlier.period.end}), which a running total cannot be")


def _counted_from_one_start(a: Claim, b: Claim) -> str:
    """The start both periods count from, as the ledger words it, when they end on different days
    and either runs from it to publication ("since June 26, 2026", "2002-present"); else ""."""
    since = a.period.since or b.period.since
    if since and a.period.stated and b.period.stated and a.period.start == b.period.start \
            and a.period.end != b.period.end:
        return since
    return ""


def _one_running_total(a: Claim, b: Claim) -> bool:
    """True when both figures are one running total at two dates: both cumulative, counted from one start.

    A year's figure cannot show a total falling, and totals "since 2002" and "since
    2010" count different things: those pairs are figures for different periods.
    """
    return (a.cumulative and b.cumulative and a.period.stated and b.period.stated
            and a.period.start == b.period.start)


def _ends_earlier(a: Claim, b: Claim) -> bool:
    """A running total is as of the end of its period: compare ends."""
    return a.period.stated and b.period.stated and a.period.end < b.period.end  # type: ignore[operator]


def _detail(a: Claim, b: Claim, why: str, others: int = 0) -> str:
    period_a, period_b = str(a.period), str(b.period)
    if _alike_in_words(a, b):
        period_a, period_b = f"{period_a}, {_days_of(a.period)}", f"{period_b}, {_days_of(b.period)}"
    text = f"{a.printed} ({period_a}) vs {b.printed} ({period_b}) for {a.measure} of {a.subject}"
    text += f": {why}" if why else ""
    if others:
        text += f"; {_figures(others)} stated earlier {'compares' if others == 1 else 'compare'} the same way"
    return text
