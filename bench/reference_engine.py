"""A reference engine: what a first implementation would write, with a pint Quantity for every value.

It reads the ledgers ``bench/generate.py`` writes (the same TOML format, the
subset of figure wording that generator prints), builds a ``pint.UnitRegistry``
with factledger's news-unit definitions, turns every figure into a Quantity
with its rounding bounds as two more Quantities, recomputes derivations with
Quantity arithmetic and compares with ``.to()``. It reports the same rule
codes, claim keys and verdicts as factledger, so ``bench/run.py`` can check
that the fast paths change nothing.
"""

from __future__ import annotations

import bisect
import itertools
import math
import operator
import re
import statistics
import tomllib
from pathlib import Path
from typing import Any

import pint

from factledger.hedges import HEDGES, TRAILING_HEDGES
from factledger.units import PINT_DEFINITIONS

WORDS = {"troops": "person", "troop": "person", "casualty": "person", "soldier": "person", "ships": "vessel",
         "BCM": "billion_cubic_metre", "MCM": "million_cubic_metre", "tonnes": "tonne",
         "%": "percent", "days": "day", "weeks": "week", "months": "month", "hours": "hour", "USD": "USD",
         "EUR": "EUR"}
#: units that count things one by one: a bare number beside figures in one of them counts the same
COUNTING = ("person", "vessel")
#: units of a pure number that is a ratio: never compared with a bare number that may be a count
RATIOS = ("percent", "percentage_point", "basis_point", "times", "x")
#: how many times larger or smaller than every other figure of its measure and kind an outlier is
OUTLIER = 300.0
SCALES = {"M": 1e6, "million": 1e6, "billion": 1e9, "": 1.0}
FIGURE = re.compile(r"^(?P<cur>[$€])?(?P<num>[\d,]+(?:\.\d+)?)(?P<scale>M|\s(?:million|billion))?"
                    r"\s?(?P<unit>%|[A-Za-z]+)?(?:\s+of\s+\w+)?$")
RATE = re.compile(r"(?P<rate>/month| a month| a year| each month| daily)$")
RATES = {"/month": "month", " a month": "month", " each month": "month", " a year": "year", " daily": "day"}


def registry() -> pint.UnitRegistry:
    reg = pint.UnitRegistry()
    for definition in PINT_DEFINITIONS:
        reg.define(definition)
    return reg


class Figure:
    """A printed figure as three Quantities: the value and its rounding bounds."""

    def __init__(self, reg: pint.UnitRegistry, text: str, unit_override: str | None) -> None:
        rate = RATE.search(text)
        m = FIGURE.match(text[: rate.start()] if rate else text)
        if m is None:
            raise ValueError(f"reference engine cannot read {text!r}")
        digits = m["num"].replace(",", "")
        if "." in digits:
            half = 0.5 * 10.0 ** -len(digits.split(".")[1])
        else:
            half = 0.5 * 10.0 ** (len(digits) - len(digits.rstrip("0")))
        scale = SCALES[(m["scale"] or "").strip()]
        unit = {"$": "USD", "€": "EUR"}.get(m["cur"] or "", "") or WORDS.get(m["unit"] or "", "dimensionless")
        if unit_override:
            unit = " / ".join(WORDS.get(w, w) for w in unit_override.split("/"))
        # printed without a unit and whole within its rounding: may be a count (0.5 and "50%" are not)
        printed = unit_override or {"%": "percent"}.get(m["unit"] or "", m["unit"] or "")
        self.bare = (unit == "dimensionless" and not rate and printed in ("", "count")
                     and math.floor(float(digits) * scale + half * scale) >= float(digits) * scale - half * scale)
        self.ratio = not rate and printed in RATIOS
        self.per = RATES[rate["rate"]] if rate else ""
        if rate:
            unit = f"({unit}) / {self.per}"
        self.printed_unit = unit
        value = float(digits) * scale
        self.value = reg.Quantity(value, unit)
        self.lo = reg.Quantity(value - half * scale, unit)
        self.hi = reg.Quantity(value + half * scale, unit)


class Reference:
    def __init__(self) -> None:
        self.reg = registry()

    # -- loading -------------------------------------------------------------------------
    def load(self, root: Path) -> dict[str, Any]:
        claims, checks, ranges = {}, [], []
        for path in sorted(Path(root).rglob("*.toml")):
            doc = tomllib.loads(path.read_text("utf-8"))
            for rid, raw in doc.get("ranges", {}).items():
                ranges.append(raw)
            if "article" not in doc:
                continue
            article = doc["article"]["id"]
            for cid, raw in doc.get("claims", {}).items():
                claims[f"{article}:{cid}"] = dict(raw, article=article, key=f"{article}:{cid}")
            for raw in doc.get("checks", []):
                checks.append(dict(raw, article=article))
        return {"claims": claims, "checks": checks, "ranges": ranges}

    # -- verification ----------------------------------------------------------------------
    def verify(self, ledger: dict[str, Any]) -> tuple[list, list]:
        self.findings: list[tuple[str, tuple[str, ...]]] = []
        self.verdicts: list[tuple[str, str, str]] = []
        claims = self.claims = ledger["claims"]
        self.figures = {k: Figure(self.reg, c["figure"], c.get("unit")) for k, c in claims.items()}
        for key, claim in claims.items():
            if "derived" in claim:
                self.derivation(key, claim)
        for check in ledger["checks"]:
            getattr(self, "check_" + check["kind"])(check)
        self.ranges(claims, ledger["ranges"])
        self.outliers(claims)
        self.conflicts(claims, ledger["checks"])
        self.drafts(claims)
        self.quotes(claims)
        return sorted(self.findings), sorted(self.verdicts)

    def drafts(self, claims: dict[str, Any]) -> None:
        """FL603: a claim whose subject or measure is still a guess of ``factledger extract``."""
        for key, claim in claims.items():
            if any(str(claim.get(name, "")).startswith("DRAFT: ") for name in ("subject", "measure")):
                self.findings.append(("FL603", (key,)))

    def quotes(self, claims: dict[str, Any]) -> None:
        """FL604: every place the quote prints the figure has a hedge or currency beside it that the figure lacks."""
        for key, claim in claims.items():
            quote, printed = claim.get("quote", ""), claim["figure"]
            places = [m.start() for m in re.finditer(rf"(?<![\d.,]){re.escape(printed)}(?![\d]|[.,]\d)", quote)]
            money = self.figures[key].printed_unit.split()[0].strip("()") in ("USD", "EUR")
            hedged = LEADING_HEDGE.match(printed) or TRAILING_HEDGE.search(printed)
            if places and all(dropped(quote, at, at + len(printed), money, bool(hedged)) for at in places):
                self.findings.append(("FL604", (key,)))

    def key(self, article: str, ref: str) -> str:
        return ref if ":" in ref else f"{article}:{ref}"

    def derivation(self, key: str, claim: dict[str, Any]) -> None:
        expression = claim["derived"]
        refs = [self.key(claim["article"], r) for r in re.findall(r"[A-Za-z_]\w*", expression) if r != "sum"]
        point, lo, hi = self.evaluate(expression, refs)
        stated = self.figures[key]
        inputs = (key, *refs)
        if point.dimensionality == stated.value.dimensionality:
            verdict = judge(point.to(stated.value.units), lo.to(stated.value.units), hi.to(stated.value.units),
                            stated.lo, stated.hi)
            if verdict != "inconsistent" and self.change_in_points(claim, refs):
                self.verdicts.append(("derivation", key, "inconsistent"))
                self.findings.append(("FL205", inputs))
                return
            self.verdicts.append(("derivation", key, verdict))
            code = {"inconsistent": "FL101", "consistent only through rounding": "FL102"}.get(verdict)
            if code:
                self.findings.append((code, inputs))
            return
        # the periods the inputs name, then the usual ones; a figure printing a rate dropped none
        for name in [] if stated.per else self.periods(refs):
            per = self.reg.Quantity(1, name)
            if point.dimensionality != (stated.value / per).dimensionality:
                break
            unit = stated.value.units / per.units
            verdict = judge(point.to(unit), lo.to(unit), hi.to(unit), (stated.lo / per).to(unit),
                            (stated.hi / per).to(unit))
            if verdict != "inconsistent":
                self.verdicts.append(("derivation", key, "inconsistent"))
                self.findings.append(("FL201", inputs))
                return
        self.verdicts.append(("derivation", key, "inconsistent"))
        self.findings.append(("FL202", inputs))

    def change_in_points(self, claim: dict[str, Any], refs: list[str]) -> bool:
        """FL205: a figure in percent that is one percentage less another, of one thing or of two periods."""
        in_percent = [self.figures[k] for k in [claim["key"], *refs]]
        if not re.fullmatch(r"\s*\w+\s*-\s*\w+\s*", claim["derived"]) or len(set(refs)) != 2 \
                or any(f.printed_unit != "percent" for f in in_percent):
            return False
        a, b = (self.claims[k] for k in refs)
        named = all(a.get(n) and a.get(n, "").casefold() == b.get(n, "").casefold() for n in ("subject", "measure"))
        return named or bool(a.get("period") and b.get("period") and a["period"] != b["period"])

    def periods(self, refs: list[str]) -> list[str]:
        """Time units a dropped rate may be per: an input's rate, an input that is a length of
        time ("8 days"), then the usual ones."""
        named = []
        for ref in refs:
            figure = self.figures[ref]
            named += [figure.per] if figure.per else []
            if figure.value.dimensionality == self.reg.Quantity(1, "day").dimensionality:
                one = self.reg.Quantity(1, figure.value.units)
                named += [n for n in ("hour", "day", "week", "month", "year") if one.to(n).magnitude == 1]
        return list(dict.fromkeys(named + ["day", "week", "month", "year"]))

    def evaluate(self, expression: str, refs: list[str]) -> tuple[Any, Any, Any]:
        figs = [self.figures[r] for r in refs]
        if expression.startswith("sum("):
            return (sum((f.value for f in figs[1:]), figs[0].value), sum((f.lo for f in figs[1:]), figs[0].lo),
                    sum((f.hi for f in figs[1:]), figs[0].hi))
        a, b = figs
        if " - " in expression:
            return a.value - b.value, a.lo - b.hi, a.hi - b.lo
        if " * " in expression:
            corners = [x * y for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
            point = a.value * b.value
        else:
            corners = [x / y for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
            point = a.value / b.value
        corners = [c.to(point.units) for c in corners]
        return point, min(corners), max(corners)

    def check_same(self, check: dict[str, Any]) -> None:
        """The first claim against each of the others."""
        first, *others = (self.key(check["article"], r) for r in check["claims"])
        for other in others:
            a, b = self.figures[first], self.figures[other]
            if meet(a, b):
                exact = a.lo <= b.value.to(a.lo.units) <= a.hi or b.lo <= a.value.to(b.lo.units) <= b.hi
                self.verdicts.append(("same", first, "consistent" if exact else "consistent only through rounding"))
                continue
            self.verdicts.append(("same", first, "inconsistent"))
            code = "FL203" if a.printed_unit.split()[0] != b.printed_unit.split()[0] else "FL304"
            self.findings.append((code, (first, other)))

    def check_total(self, check: dict[str, Any]) -> None:
        total = self.key(check["article"], check["total"])
        parts = [self.key(check["article"], r) for r in check["parts"]]
        figs = [self.figures[p] for p in parts]
        point = sum((f.value for f in figs[1:]), figs[0].value)
        lo = sum((f.lo for f in figs[1:]), figs[0].lo)
        hi = sum((f.hi for f in figs[1:]), figs[0].hi)
        t = self.figures[total]
        verdict = judge(point.to(t.value.units), lo.to(t.value.units), hi.to(t.value.units), t.lo, t.hi)
        self.verdicts.append(("total", total, verdict))
        if verdict == "inconsistent":
            self.findings.append(("FL302", (total, *parts)))

    def check_shares(self, check: dict[str, Any]) -> None:
        """Shares in percent are of one whole, 100% of whatever a total names (unless it is in
        percent too); shares in a unit are of a total of their kind, or a difference of kind."""
        parts = [self.key(check["article"], r) for r in check["parts"]]
        total = self.key(check["article"], check["total"]) if check.get("total") else ""
        figs = [self.figures[p] for p in parts]
        kind = figs[0].value.dimensionality
        whole = self.figures[total].hi if total else None
        if whole is None or whole.dimensionality != kind:
            if not figs[0].value.dimensionless:
                self.findings.append(("FL204", (*parts, total) if total else tuple(parts)))
                return
            whole = self.reg.Quantity(1.0, "dimensionless")
        least = sum((max(f.lo, 0 * f.lo) for f in figs[1:]), max(figs[0].lo, 0 * figs[0].lo))
        point = sum((f.value for f in figs[1:]), figs[0].value)
        ok = least <= whole
        verdict = "consistent" if point <= whole else ("consistent only through rounding" if ok else "inconsistent")
        self.verdicts.append(("shares", parts[0], verdict))
        if not ok:
            self.findings.append(("FL301", tuple(parts)))

    def check_compare(self, check: dict[str, Any]) -> None:
        """``holds`` as "a OP b" over two claim ids; readings that share only an end point are two values."""
        left, op, right = re.fullmatch(r"\s*(\S+)\s*(==|>=|<=|>|<)\s*(\S+)\s*", check["holds"]).groups()
        left, right = self.key(check["article"], left), self.key(check["article"], right)
        a, b = self.figures[left], self.figures[right]
        exact = COMPARISONS[op](a.value, b.value.to(a.value.units))
        verdict = "consistent" if exact else ("consistent only through rounding" if possible(op, a, b)
                                              else "inconsistent")
        self.verdicts.append(("compare", left, verdict))
        if verdict == "inconsistent":
            self.findings.append(("FL303", (left, right)))

    def ranges(self, claims: dict[str, Any], ranges: list[dict[str, Any]]) -> None:
        """Each figure against the ranges of its measure; a bare number is a count of what they count,
        when they count in one unit of COUNTING and none is of pure numbers."""
        self.covered: set[str] = set()
        kinds: dict[str, set[str]] = {}
        for entry in ranges:
            unit = self.reg.Quantity(1, entry["unit"])
            kind = "" if unit.dimensionless else next(
                (c for c in COUNTING if unit.dimensionality == self.reg.Quantity(1, c).dimensionality), "other")
            for measure in entry["measures"]:
                kinds.setdefault(measure, set()).add(kind)
        counted_in = {measure: (found & set(COUNTING)).pop() for measure, found in kinds.items()
                      if len(found & set(COUNTING)) == 1 and "" not in found}
        for entry in ranges:
            low = self.reg.Quantity(entry["low"], entry["unit"])
            high = self.reg.Quantity(entry["high"], entry["unit"])
            for key, claim in claims.items():
                if claim.get("measure") not in entry["measures"]:
                    continue
                f = self.figures[key]
                if f.bare and claim["measure"] in counted_in:
                    f = _counted(self.reg, f, counted_in[claim["measure"]])
                if f.value.dimensionality != low.dimensionality:
                    continue
                self.covered.add(key)
                if f.lo.to(high.units) <= high and low <= f.hi.to(low.units):
                    self.verdicts.append(("range", key, "consistent"))
                    continue
                # a range from below zero to above it holds any figure shrunk enough: no scale slip then
                scaled = not entry["low"] < 0 < entry["high"] and any(
                    low <= (f.value * s).to(low.units) <= high for s in (1e3, 1e-3, 1e6, 1e-6))
                self.verdicts.append(("range", key, "inconsistent"))
                self.findings.append(("FL401" if scaled else "FL402", (key,)))

    def outliers(self, claims: dict[str, Any]) -> None:
        """A figure (not in a reference range) at least OUTLIER times larger or smaller than every other
        figure of its measure and kind, of three or more, when those lie closer together than that;
        a bare number is a count as in the cross-source checks."""
        counted: dict[str, Figure] = {}
        for keys in self.names(claims).values():
            counted.update(self.counts(keys))
        groups: dict[tuple[str, str], list[tuple[float, str]]] = {}
        for key, claim in claims.items():
            value = counted.get(key, self.figures[key]).value.to_base_units()
            if claim.get("measure") and value.magnitude > 0:
                group = groups.setdefault((claim["measure"].lower(), str(value.dimensionality)), [])
                group.append((value.magnitude, key))
        reported = set(self.covered)
        for members in groups.values():
            figures = [counted.get(key, self.figures[key]) for _, key in members]
            if any(f.bare and f.value.dimensionless for f in figures) and any(f.ratio for f in figures):
                # bare counts and shares apart, each with the other pure numbers
                parts = [[m for m, f in zip(members, figures) if not f.ratio],
                         [m for m, f in zip(members, figures) if not f.bare]]
            else:
                parts = [members]
            for part in parts:
                self.outliers_in(part, reported)

    def outliers_in(self, members: list[tuple[float, str]], reported: set[str]) -> None:
        ordered = sorted(point for point, _ in members)
        if len(ordered) < 3 or ordered[-1] / ordered[0] < OUTLIER:
            return
        for point, key in members:
            at = bisect.bisect_left(ordered, point)
            # sorted, the nearest other figure by ratio is a neighbour
            nearest = min(max(o / point, point / o) for o in ordered[max(at - 1, 0):at] + ordered[at + 1:at + 2])
            if nearest < OUTLIER or key in reported:
                continue
            others = ordered[:at] + ordered[at + 1:]
            typical = statistics.median(others)
            if max(point / typical, typical / point) >= OUTLIER and others[-1] / others[0] < nearest:
                self.verdicts.append(("outlier", key, "inconsistent"))
                self.findings.append(("FL403", (key,)))
                reported.add(key)

    def names(self, claims: dict[str, Any]) -> dict[tuple[str, str], list[str]]:
        """The claims of each (subject, measure), in ledger order."""
        groups: dict[tuple[str, str], list[str]] = {}
        for key, claim in claims.items():
            if claim.get("subject") and claim.get("measure"):
                groups.setdefault((claim["subject"].lower(), claim["measure"].lower()), []).append(key)
        return groups

    def conflicts(self, claims: dict[str, Any], checks: list[dict[str, Any]]) -> None:
        """Each figure against every earlier one of its name: for each outcome, the first such pair."""
        linked = {frozenset(pair) for c in checks if c["kind"] == "same"
                  for pair in itertools.combinations([self.key(c["article"], r) for r in c["claims"]], 2)}
        for keys in self.names(claims).values():
            counts = self.counts(keys)
            for later, b in enumerate(keys):
                first: dict[tuple[str, str, bool], tuple[str, str]] = {}
                for a in keys[:later]:
                    if frozenset((a, b)) not in linked:
                        outcome = self.pair(claims, a, b, counts)
                        if outcome is not None:
                            first.setdefault(outcome[0], outcome[1])
                for (verdict, code, finding), (x, y) in first.items():
                    if finding:  # named, and checked, by the figure in question first
                        x, y = (y, x) if self.in_question(claims, keys, x, y, b, counts) == y else (x, y)
                        self.findings.append((code, (x, y)))
                    self.verdicts.append(("cross-source", x, verdict))

    def in_question(self, claims: dict[str, Any], keys: list[str], a: str, b: str, later: str,
                    counts: dict[str, Figure]) -> str:
        """Of two figures that differ, the one a finding is about: the one without a period, when one
        has none; within one article, the one its other statements of the figure agree with less;
        else the later in the ledger."""
        unstated = [key for key in (a, b) if not claims[key].get("period")]
        if len(unstated) == 1:
            return unstated[0]
        article = a.split(":")[0]
        if b.split(":")[0] != article:
            return later
        figure = {key: counts.get(key, self.figures[key]) for key in keys}
        others = [key for key in keys if key not in (a, b) and key.split(":")[0] == article]
        agree = {key: sum(meet(figure[key], figure[other]) for other in others) for key in (a, b)}
        if agree[a] != agree[b]:
            return b if agree[a] > agree[b] else a
        return later

    def counts(self, keys: list[str]) -> dict[str, Figure]:
        """The bare numbers of one name whose other figures count in a single unit of COUNTING,
        each as a figure in that unit; none when the name counts in two (troops and ships)."""
        kinds = {unit for key in keys for unit in COUNTING
                 if self.figures[key].value.dimensionality == self.reg.Quantity(1, unit).dimensionality}
        if len(kinds) != 1:
            return {}
        unit = kinds.pop()
        return {key: _counted(self.reg, self.figures[key], unit) for key in keys if self.figures[key].bare}

    def pair(self, claims: dict[str, Any], a: str, b: str,
             counts: dict[str, Figure]) -> tuple[tuple[str, str, bool], tuple[str, str]] | None:
        """(verdict, code, whether a finding), and the pair as worded; None for different kinds."""
        fa, fb = counts.get(a, self.figures[a]), counts.get(b, self.figures[b])
        if fa.value.dimensionality != fb.value.dimensionality or apart(fa, fb):
            return None
        pa, pb = claims[a].get("period"), claims[b].get("period")
        if pa and pb and int(pb[:4]) < int(pa[:4]):
            a, b, fa, fb, pa, pb = b, a, fb, fa, pb, pa
        if meet(fa, fb):
            return ("consistent", "", False), (a, b)
        code = "FL502" if not (pa and pb) else ("FL501" if pa == pb else "FL503")
        if code == "FL503" and a.split(":")[0] == b.split(":")[0]:
            # one article giving a figure for two periods reports a change: no finding
            return ("consistent", "different periods", False), (a, b)
        if code == "FL501" and a.split(":")[0] == b.split(":")[0] and sources_apart(claims[a], claims[b]):
            # one article giving what each of two sources says reports a disagreement: a note
            return ("consistent", "FL505", True), (a, b)
        return ("consistent" if code == "FL503" else "inconsistent", code, True), (a, b)


_WORDS = sorted((h.word for h in HEDGES), key=len, reverse=True)
_AFTER = sorted((h.word for h in TRAILING_HEDGES), key=len, reverse=True)
LEADING_HEDGE = re.compile(rf"(?i)^(?:{'|'.join(map(re.escape, _WORDS))})\s")
TRAILING_HEDGE = re.compile(rf"(?i)(?:{'|'.join(map(re.escape, _AFTER))})$")
#: a hedge or a currency ending right before a figure, and a trailing hedge right after one
HEDGE_BEFORE = re.compile(rf"(?i)(?:^|[^\w])(?:{'|'.join(map(re.escape, _WORDS))})\s$|[~>]$")
CURRENCY_BEFORE = re.compile(r"(?:[$€£₽₩¥₹₺]|\b(?:Rs\.?|[A-Z]{3}) )$")
HEDGE_AFTER = re.compile(r"(?i)^(?: or (?:less|fewer|below|more|above)(?!\w)|\+(?!\w)"
                         r"| (?:plus|at least|at most|at the most)(?! \w)(?!\w))")


def dropped(quote: str, at: int, end: int, money: bool, hedged: bool) -> bool:
    """Whether the figure at ``quote[at:end]`` has a hedge or currency beside it that it lacks."""
    head = quote[:at]
    currency = None if money else CURRENCY_BEFORE.search(head)
    if currency and (currency[0] in "$€£₽₩¥₹₺" or currency[0].strip() in CODES):
        head = head[:currency.start()]
    else:
        currency = None
    if hedged:
        return bool(currency)
    return bool(currency or HEDGE_BEFORE.search(head) or HEDGE_AFTER.match(quote[end:]))


CODES = {"Rs", "Rs.", "USD", "EUR", "GBP", "RUB", "CNY", "KRW", "NAD", "JPY", "KPW", "UAH", "INR", "AUD", "CAD",
         "HKD", "CHF", "TRY", "IRR", "SAR", "NZD", "SGD", "BRL", "MXN", "SEK", "ZAR"}


def sources_apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two claims of one article are each attributed, and to different sources."""
    def chain(claim: dict[str, Any]) -> tuple[str, ...]:
        via = claim.get("attributed_to", [])
        return (claim.get("source", ""), *([via] if isinstance(via, str) else via))
    one, other = chain(a), chain(b)
    return any(one) and any(other) and one != other


def meet(a: Figure, b: Figure) -> bool:
    """Whether two printed figures can be one value: their readings share more than an end point
    ("40" and "50" share only 45, which rounds to one or the other). Every figure this engine reads
    has a rounding width, so no reading is a single point."""
    lo = max(a.lo, b.lo.to(a.lo.units))
    hi = min(a.hi, b.hi.to(a.lo.units))
    return (hi - lo).magnitude > 1e-9 * max(abs(lo.magnitude), abs(hi.magnitude))


def exceeds(a: Figure, b: Figure) -> bool:
    """Whether some value of ``a``'s reading is above some value of ``b``'s, by more than a shared end point."""
    above = a.hi - b.lo.to(a.hi.units)
    return above.magnitude > 1e-9 * max(abs(a.hi.magnitude), abs(b.lo.to(a.hi.units).magnitude))


def possible(op: str, a: Figure, b: Figure) -> bool:
    """Whether some values of the two readings satisfy ``a OP b``."""
    if op in ("<", "<="):
        return possible(">" if op == "<" else ">=", b, a)
    return (op != "==" and exceeds(a, b)) or (op != ">" and meet(a, b))


COMPARISONS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge, "==": operator.eq}


def apart(a: Figure, b: Figure) -> bool:
    """A bare number that may be a count and a share are never compared ("15,000" and "5%")."""
    return (a.bare and b.ratio) or (a.ratio and b.bare)


def _counted(reg: pint.UnitRegistry, figure: Figure, unit: str) -> Figure:
    """A bare number's figure as a count in ``unit``."""
    counted = Figure.__new__(Figure)
    counted.__dict__.update(figure.__dict__)
    counted.value, counted.lo, counted.hi = (reg.Quantity(q.magnitude, unit) for q in (figure.value, figure.lo, figure.hi))
    counted.printed_unit = unit
    return counted


def judge(point: Any, lo: Any, hi: Any, stated_lo: Any, stated_hi: Any) -> str:
    if stated_lo <= point <= stated_hi:
        return "consistent"
    if lo <= stated_hi and stated_lo <= hi:
        return "consistent only through rounding"
    return "inconsistent"


def factledger_results(result: Any) -> tuple[list, list]:
    """factledger's Result in the reference engine's terms: (code, claim keys) and verdicts."""
    findings = sorted((f.code, tuple(f.claims)) for f in result.findings)
    verdicts = sorted((c.kind, c.subject, c.verdict.value) for c in result.checks)
    return findings, verdicts


def main(argv: list[str] | None = None) -> int:
    """``python bench/reference_engine.py LEDGER_DIR``: print the findings, like ``factledger verify``."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    engine = Reference()
    findings, _ = engine.verify(engine.load(Path(args[0])))
    for code, keys in findings:
        print(code, " ".join(keys))
    print(f"{len(findings)} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
