"""Scoring an extractor against the labelled corpus in ``tests/data/extraction/``.

A found mention *matches* a labelled one when their spans overlap and their
units agree after normalisation; each label matches at most one mention. The
value is *exact* when the value (or, for a range, both ends) agrees within a
relative 1e-9.

Units are normalised part by part (``"passenger/hour/direction"`` has three
parts): units of measure compare by what they mean (pint's factor and
dimension, so ``"m**3"`` and ``"cubic meters"`` agree, a prose ``"ton"`` and a
``"tonne"`` do not), counted nouns by their singular. A bare count agrees with
a counted noun: when an article leaves the noun out ("roughly 1.2 million" for
an army) the label names it from context, and an extractor cannot; the strict
score, which does not allow this, is reported beside it.

Scoring compiles units with pint; the extractor itself never does.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Callable, Iterable

from factledger.errors import UnitError
from factledger.units import singular
from factledger.records import record

COUNT = "count"


@record
class Found:
    """One mention as an extractor reports it, in the scorer's terms."""

    start: int
    end: int
    unit: str
    value: float | None
    low: float | None = None
    high: float | None = None


@record
class Score:
    name: str
    labelled: int
    found: int
    matched: int
    exact: int
    strict_matched: int
    missed: tuple[dict, ...] = ()
    spurious: tuple[Found, ...] = ()

    @property
    def recall(self) -> float:
        return self.matched / self.labelled if self.labelled else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def value_exact(self) -> float:
        return self.exact / self.matched if self.matched else 1.0


def unit_key(part: str) -> str:
    """One unit part, normalised: ``"count"``, ``"count:tanker"`` or a unit's meaning."""
    from factledger.units import compile_unit

    text = " ".join(part.split())
    if text.lower() in ("", "1", "count", "times", "dimensionless"):
        return COUNT
    try:
        unit = compile_unit(text.replace("**", "^").replace("^", " ** "))
    except UnitError:
        return f"{COUNT}:{singular(text)}"
    if any(name in ("[person]", "[vessel]") for name, _ in unit.dims):
        return f"{COUNT}:{singular(text)}"
    return f"{unit.dims}:{unit.factor.lo:.9g}:{unit.factor.hi:.9g}"


def units_agree(labelled: str, found: str, strict: bool = False) -> bool:
    left, right = labelled.split("/"), found.split("/")
    if len(left) != len(right):
        return False
    return all(_parts_agree(unit_key(a), unit_key(b), strict) for a, b in zip(left, right))


def _parts_agree(a: str, b: str, strict: bool) -> bool:
    if a == b:
        return True
    return not strict and COUNT in (a, b) and a.startswith(COUNT) and b.startswith(COUNT)


def value_exact(label: dict, found: Found) -> bool:
    if label["value"] is not None:
        return found.value is not None and _close(label["value"], found.value)
    return found.low is not None and _close(label["low"], found.low) and _close(label["high"], found.high)


def _close(a: float, b: float | None) -> bool:
    return b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def score_text(name: str, labels: list[dict], found: list[Found]) -> Score:
    matched, strict, exact = 0, 0, 0
    used: set[int] = set()
    missed = []
    for label in labels:
        index = _match(label, found, used)
        if index is None:
            missed.append(label)
            continue
        used.add(index)
        matched += 1
        strict += units_agree(label["unit"], found[index].unit, strict=True)
        exact += value_exact(label, found[index])
    spurious = tuple(f for i, f in enumerate(found) if i not in used)
    return Score(name, len(labels), len(found), matched, exact, strict, tuple(missed), spurious)


def _match(label: dict, found: list[Found], used: set[int]) -> int | None:
    for index, mention in enumerate(found):
        overlaps = mention.start < label["end"] and label["start"] < mention.end
        if index not in used and overlaps and units_agree(label["unit"], mention.unit):
            return index
    return None


def pooled(scores: Iterable[Score]) -> Score:
    scores = list(scores)
    return Score("pooled", *(sum(getattr(s, f) for s in scores) for f in
                             ("labelled", "found", "matched", "exact", "strict_matched")))


def corpus(root: Path) -> list[tuple[str, str, list[dict]]]:
    """(name, text, labels) for every labelled text under ``root``."""
    out = []
    for label_file in sorted((root / "labels").glob("*.json")):
        data = json.loads(label_file.read_text(encoding="utf-8"))
        text = (root / data["text"]).read_text(encoding="utf-8")
        out.append((label_file.stem, text, data["mentions"]))
    return out


def score_corpus(root: Path, extractor: Callable[[str], list[Found]]) -> list[Score]:
    return [score_text(name, labels, extractor(text)) for name, text, labels in corpus(root)]


def factledger_found(text: str) -> list[Found]:
    """The mentions :func:`factledger.extract.extract` finds, in the scorer's terms."""
    from factledger.extraction import extract

    out = []
    for claim in extract(text):
        figure = claim.figure
        if figure is not None and figure.is_range:
            out.append(Found(claim.start, claim.end, claim.unit, None, figure.interval.lo, figure.interval.hi))
        else:
            out.append(Found(claim.start, claim.end, claim.unit, figure.value if figure else None))
    return out


def table(scores: list[Score], title: str) -> str:
    rows = [f"{title}", f"{'text':<22} {'labels':>6} {'found':>6} {'recall':>7} {'precision':>9} "
            f"{'value exact':>11} {'strict recall':>13}"]
    for s in scores + [pooled(scores)]:
        strict = s.strict_matched / s.labelled if s.labelled else 1.0
        rows.append(f"{s.name:<22} {s.labelled:>6} {s.found:>6} {s.recall:>7.1%} {s.precision:>9.1%} "
                    f"{s.value_exact:>11.1%} {strict:>13.1%}")
    return "\n".join(rows) + "\n"
