"""Each table of a ledger file read into the model: article, sources, claims, checks, ranges.

Fields are read through :class:`~factledger.entries.Entry`, which names the
line of the key at fault; every error is one line, in the words of the
person who wrote the ledger.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from itertools import repeat
from operator import is_
from typing import TYPE_CHECKING, Any, Callable

from factledger.claims import Check, Claim, Derivation
from factledger.entries import Entry, check_id, is_plain_id, kind, show
from factledger.documents import plain_path, read_text
from factledger.errors import FactledgerError, LedgerError, PeriodError
from factledger.expressions import parse_expression
from factledger.figures import read_figure
from factledger.intervals import Interval
from factledger.ledger import ReferenceRange
from factledger.locations import Location
from factledger.periods import parse_period, written_date_advice
from factledger.provenance import SOURCE_KINDS, UNATTRIBUTED, Article, Attribution, Source
from factledger.units import compile_unit

if TYPE_CHECKING:
    from factledger.source_lines import LineIndex

ARTICLE_FIELDS = ("id", "title", "publisher", "author", "published", "url", "text")
SOURCE_FIELDS = ("name", "kind", "url", "date", "note")
CLAIM_FIELDS = ("figure", "unit", "exact", "signed", "subject", "measure", "period", "quote", "source",
                "attributed_to", "derived", "cumulative", "note")


def _hedge_hint(raw: dict[str, Any]) -> str:
    import json  # only to write the figure as TOML text, for a mistake

    hedge, figure = raw.get("hedge"), raw.get("figure")
    example = (f"{hedge.strip()} {figure.strip()}" if isinstance(hedge, str) and isinstance(figure, str)
               and hedge.strip() and len(hedge) + len(figure) < 80 else "more than 2.4 million people")
    return (f"a hedge is part of the figure, as the article prints it: "
            f"figure = {json.dumps(example, ensure_ascii=False)}")


def _hint(text: str) -> Callable[[dict[str, Any]], str]:
    return lambda raw: text


#: Fields an author may guess a claim has, and where what they hold belongs instead. The
#: figure reader and ``extract --format json`` name a figure's hedge and value, so "hedge"
#: and "value" are natural guesses.
CLAIM_FIELD_HINTS: dict[str, Callable[[dict[str, Any]], str]] = {
    "hedge": _hedge_hint,
    **dict.fromkeys(("value", "amount", "number"), _hint(
        "write the number as the article prints it in 'figure' (figure = \"2.4 million people\")")),
    "currency": _hint("the currency is part of the figure (figure = \"Rs 40 billion\") or of its unit "
                      "(unit = \"PKR\")"),
    **dict.fromkeys(("rate", "per"), _hint("a rate is part of the figure (figure = \"$2,000 a month\") or of "
                                           "its unit (unit = \"USD/month\")")),
    "date": _hint("the time a figure is about is its 'period' (period = \"2024-11-17\", \"2024-11\" or "
                  "\"2024\"); a source's date goes in its [sources.ID] entry"),
    **dict.fromkeys(("source_quote", "text", "sentence"), _hint(
        "the article's words go in 'quote', and 'source' names a [sources.ID] entry")),
}
CHECK_FIELDS = ("kind", "claims", "parts", "total", "holds", "quote", "note")
RANGE_FIELDS = ("measures", "unit", "low", "high", "source", "url", "reason")
TOP_LEVEL = ("article", "sources", "claims", "checks", "ranges")


class LedgerFile:
    """One ledger file being read: its path as shown to the user, and where its keys sit."""

    def __init__(self, path: str | os.PathLike[str], shown: str, lines: LineIndex) -> None:
        self.path, self.shown, self.lines = os.fspath(path), shown, lines

    def at(self, *key: str | int, claim_id: str = "") -> Location:
        return Location(self.shown, self.lines.line(*key), claim_id)

    def entry(self, raw: Any, what: str, path: tuple[str | int, ...], allowed: tuple[str, ...],
              claim_id: str = "", noun: str = "field",
              hints: dict[str, Callable[[dict[str, Any]], str]] | None = None) -> Entry:
        return Entry(raw, what, self.lines, self.shown, path, allowed, claim_id, noun, hints)


def table_of(document: dict[str, Any], name: str, file: LedgerFile) -> dict[str, Any]:
    """The table ``name`` of a document (``claims``, ``sources``): empty when absent, an error if not a table."""
    value = document.get(name, {})
    if not isinstance(value, dict):
        raise LedgerError(f"{name} must be a table of entries, written [{name}.ID], got {kind(value)} "
                          f"{show(value)}", file.at(name))
    return value


def read_article(raw: Any, file: LedgerFile) -> tuple[Article, Entry]:
    entry = file.entry(raw, "[article]", ("article",), ARTICLE_FIELDS)
    published = _date(entry, "published")
    article_id = entry.get("id", str, default=os.path.splitext(os.path.basename(file.path))[0])
    check_id(article_id, "article", entry.at("id"))
    article = Article(id=article_id, title=entry.get("title", str), publisher=entry.get("publisher", str),
                      author=entry.get("author", str), published=published, url=entry.get("url", str),
                      text_path=entry.get("text", str), location=entry.at())
    return article, entry


def read_article_text(article: Article, entry: Entry, file: LedgerFile) -> str:
    text_file = plain_path(os.path.join(os.path.dirname(file.path), article.text_path))
    shown = text_file.replace(os.sep, "/")
    if not os.path.exists(text_file):
        raise entry.fail(f"article text {article.text_path!r} not found (looked for {shown})", "text")
    if os.path.isdir(text_file):
        raise entry.fail(f"article text {article.text_path!r} is a directory, not a text file", "text")
    try:
        return read_text(text_file, shown)
    except LedgerError as error:
        raise entry.fail(f"article text {article.text_path!r}: {error.message}", "text") from None


def _date(entry: Entry, key: str) -> dt.date | None:
    """A TOML date, or ISO text ("2024-11-17"): JSON has no date type."""
    value = entry.raw.get(key) if isinstance(entry.raw, dict) else None
    if value is not None and not isinstance(value, (dt.date, str)):
        raise entry.fail(f"field {key!r} must be a date such as 2024-11-17, got {kind(value)} {show(value)}",
                         key)
    if isinstance(value, str):
        return _iso_date(entry, key, value)
    return value.date() if isinstance(value, dt.datetime) else value


def _iso_date(entry: Entry, key: str, text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        advice = written_date_advice(text)
        said = f"field {key!r}: {advice}" if advice else \
            f"field {key!r} must be a date such as 2024-11-17, got {show(text)}"
        raise entry.fail(said, key) from None


def read_source(source_id: str, raw: Any, file: LedgerFile) -> Source:
    entry = file.entry(raw, f"source {source_id!r}", ("sources", source_id), SOURCE_FIELDS)
    check_id(source_id, "source", entry.at())
    source_kind = entry.get("kind", str, default="outlet")
    if source_kind not in SOURCE_KINDS:
        raise entry.fail(f"kind {source_kind!r} is not one of {', '.join(SOURCE_KINDS)}", "kind")
    date = _date(entry, "date")
    entry.get("note", str)
    return Source(source_id, entry.get("name", str, required=True), source_kind, entry.get("url", str),
                  date, entry.at())


def _reading(entry: Entry, key: str, read: Callable[[], Any]) -> Any:
    """Run one reader (figure, period, expression) and place its error at ``key``'s line."""
    try:
        return read()
    except FactledgerError as error:
        raise entry.fail(error.message, key) from None


def _figure(entry: Entry, text: str, unit: str | None, signed: bool):
    """Read the printed figure; blame the ``unit`` line when the printing alone reads fine."""
    try:
        return read_figure(text, unit, signed)
    except FactledgerError as error:
        raise entry.fail(error.message, "unit" if unit and _readable(text, signed) else "figure") from None


def _readable(text: str, signed: bool) -> bool:
    try:
        read_figure(text, signed=signed)
    except FactledgerError:
        return False
    return True


# The exact type of each claim field on the fast path of read_claim; anything else is read, and
# reported, field by field.
_PLAIN_CLAIM = {"figure": str, "unit": str, "exact": bool, "signed": bool, "subject": str, "measure": str,
                "period": str, "quote": str, "source": str, "attributed_to": str, "derived": str,
                "cumulative": bool, "note": str}
assert set(_PLAIN_CLAIM) == set(CLAIM_FIELDS)


def read_claim(claim_id: str, raw: Any, file: LedgerFile, article: Article,
               sources: dict[str, Source]) -> Claim:
    """One claim of a file; a one-line error naming the field and its line when it is wrong."""
    if raw.__class__ is dict and ("figure" in raw or "derived" in raw) and is_plain_id(claim_id) and all(
            map(is_, map(_PLAIN_CLAIM.get, raw), map(type, raw.values()))):  # the loop runs in C
        try:
            return _read_plain_claim(claim_id, raw, file, article, sources)
        except FactledgerError:
            pass  # read again field by field, which places the error at its field's line
    return _read_claim_field_by_field(claim_id, raw, file, article, sources)


def _read_plain_claim(claim_id: str, raw: dict[str, Any], file: LedgerFile, article: Article,
                      sources: dict[str, Source]) -> Claim:
    """A claim whose fields all have their usual types, read without a check per field.

    Nearly every claim of a ledger is such a one, and a first load spent a
    quarter of its time in the field-by-field checks. Any error here makes
    :func:`read_claim` read the claim again by :func:`_read_claim_field_by_field`,
    so errors are worded and placed in one place only.
    """
    get = raw.get
    figure_text, derived = get("figure"), get("derived")
    figure = read_figure(figure_text, get("unit"), get("signed", False)) if figure_text is not None else None
    if figure is not None and get("exact", False):
        figure = figure.as_exact()
    lines, shown = file.lines, file.shown
    derivation = None
    if derived is not None:
        derivation = Derivation(derived, parse_expression(derived),
                                Location(shown, lines.line("claims", claim_id, "derived"), claim_id))
    source_id, via = get("source", ""), get("attributed_to")
    source = None
    if source_id:
        source = sources.get(f"{article.id}:{source_id}")
        if source is None:  # worded, with the ids this file does define, by the reader field by field
            raise LedgerError("unknown source")
    names = (via,) if via is not None else ()
    return Claim(
        id=claim_id, article_id=article.id, figure=figure,
        subject=sys.intern(get("subject", "")), measure=sys.intern(get("measure", "")),
        period=parse_period(get("period", "unstated"), article.published),
        quote=get("quote", ""),
        attribution=Attribution(source, names) if source or names else UNATTRIBUTED,
        derivation=derivation,
        cumulative=get("cumulative", False),
        note=get("note", ""),
        location=Location(shown, lines.line("claims", claim_id), claim_id),
    )


def _read_claim_field_by_field(claim_id: str, raw: Any, file: LedgerFile, article: Article,
                               sources: dict[str, Source]) -> Claim:
    entry = file.entry(raw, f"claim {claim_id!r}", ("claims", claim_id), CLAIM_FIELDS, claim_id,
                       hints=CLAIM_FIELD_HINTS)
    check_id(claim_id, "claim", entry.at())
    derived = entry.get("derived", str, default=None)
    figure_text = entry.get("figure", str, required=derived is None, default=None)
    unit = entry.get("unit", str, default=None)
    exact = entry.get("exact", bool, default=False)
    signed = entry.get("signed", bool, default=False)
    figure = _figure(entry, figure_text, unit, signed) if figure_text is not None else None
    if figure is not None and exact:
        figure = figure.as_exact()
    derivation = None
    if derived is not None:
        derivation = Derivation(derived, _reading(entry, "derived", lambda: parse_expression(derived)),
                                entry.at("derived"))
    return Claim(
        id=claim_id, article_id=article.id, figure=figure,
        # Interned: a ledger names few subjects and measures, each over many claims.
        subject=sys.intern(entry.get("subject", str)), measure=sys.intern(entry.get("measure", str)),
        period=_reading(entry, "period", lambda: _period(entry, article)),
        quote=entry.get("quote", str),
        attribution=_attribution(entry, article, sources),
        derivation=derivation,
        cumulative=entry.get("cumulative", bool, default=False),
        note=entry.get("note", str),
        location=entry.at(),
    )


def _period(entry: Entry, article: Article):
    value = entry.raw.get("period", "unstated")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    elif isinstance(value, dt.datetime):
        raise PeriodError(f"field 'period' is a date-time ({value.isoformat()}); write a date "
                          f"(2024-11-17), a month (\"2024-11\") or a year (\"2024\")")
    elif isinstance(value, dt.date):
        value = value.isoformat()
    if not isinstance(value, str):
        raise PeriodError(f"field 'period' must be text such as \"2016\", got {kind(value)} {show(value)}")
    return parse_period(value, article.published)


def _attribution(entry: Entry, article: Article, sources: dict[str, Source]) -> Attribution:
    source_id = entry.get("source", str, default="")
    source = None
    if source_id:
        source = sources.get(f"{article.id}:{source_id}")
        if source is None:
            raise entry.fail(f"unknown source id {source_id!r}{_suggest_source(source_id, article, sources)}",
                             "source")
    via = entry.get("attributed_to", (list, str), default=[])
    via = [via] if isinstance(via, str) else via
    if not all(isinstance(v, str) for v in via):
        raise entry.fail(f"field 'attributed_to' must be a name or a list of names, got {show(via)}",
                         "attributed_to")
    return Attribution(source, tuple(via)) if source or via else UNATTRIBUTED


def _suggest_source(source_id: str, article: Article, sources: dict[str, Source]) -> str:
    import difflib

    known = sorted(k.split(":", 1)[1] for k in sources if k.startswith(f"{article.id}:"))
    close = difflib.get_close_matches(source_id, known, n=1)
    if close:
        return f"; did you mean {close[0]!r}?"
    return f"; this file defines {', '.join(known)}" if known else "; this file defines no [sources.*]"


# The types of a check's fields, when it takes the fast path of read_check.
_PLAIN_CHECK = {"kind": str, "claims": list, "parts": list, "total": str, "holds": str, "quote": str, "note": str}
assert set(_PLAIN_CHECK) == set(CHECK_FIELDS)


def read_check(number: int, raw: Any, file: LedgerFile, article: Article) -> Check:
    """One ``[[checks]]`` entry; a one-line error naming the field and its line when it is wrong."""
    if raw.__class__ is dict and "kind" in raw and all(map(is_, map(_PLAIN_CHECK.get, raw), map(type, raw.values()))):
        try:
            check = _read_plain_check(number, raw, file, article)
        except (FactledgerError, ValueError):
            check = None  # read again field by field, which words the error and places it at its field
        if check is not None:
            return check
    return _read_check_field_by_field(number, raw, file, article)


def _read_plain_check(number: int, raw: dict[str, Any], file: LedgerFile, article: Article) -> Check | None:
    """A check whose fields all have their usual types, as :func:`read_claim` reads such a claim.

    ``None`` when its shape is wrong for its kind: the reader field by field says how.
    """
    get = raw.get
    claims, parts = get("claims"), get("parts")
    if any(ids is not None and not all(map(is_, map(type, ids), repeat(str))) for ids in (claims, parts)):
        return None
    ids = claims if claims is not None else (parts or ())
    holds_text = get("holds", "")
    check = Check(kind=raw["kind"], article_id=article.id, claims=tuple(ids), total=get("total", ""),
                  holds=parse_expression(holds_text, allow_comparison=True) if holds_text else None,
                  holds_text=holds_text, quote=get("quote", ""), note=get("note", ""),
                  location=Location(file.shown, file.lines.line("checks", number)))
    return check if _shape_problem(check) is None else None


def _read_check_field_by_field(number: int, raw: Any, file: LedgerFile, article: Article) -> Check:
    entry = file.entry(raw, f"check #{number + 1}", ("checks", number), CHECK_FIELDS)
    check_kind = entry.get("kind", str, required=True)
    claims, parts = entry.texts("claims"), entry.texts("parts")
    ids = claims if claims is not None else (parts or ())
    holds_text = entry.get("holds", str, default="")
    holds = None
    if holds_text:
        holds = _reading(entry, "holds", lambda: parse_expression(holds_text, allow_comparison=True))
    try:
        check = Check(kind=check_kind, article_id=article.id, claims=ids, total=entry.get("total", str),
                      holds=holds, holds_text=holds_text, quote=entry.get("quote", str),
                      note=entry.get("note", str), location=entry.at())
    except ValueError:
        raise entry.fail(f"kind {check_kind!r} is not one of same, total, shares, compare", "kind") from None
    _require_shape(check, entry)
    return check


def _require_shape(check: Check, entry: Entry) -> None:
    problem = _shape_problem(check)
    if problem is not None:
        raise entry.fail(problem)


def _shape_problem(check: Check) -> str | None:
    """What a check of its kind lacks, if anything."""
    if check.kind == "compare" and check.holds is None:
        return "a compare check needs 'holds', e.g. holds = \"a > b\""
    if check.kind == "same" and len(check.claims) < 2:
        return "a same check needs at least two claims, e.g. claims = [\"a\", \"b\"]"
    if check.kind == "total" and (not check.claims or not check.total):
        return "a total check needs 'parts' and 'total', e.g. parts = [\"a\", \"b\"] and total = \"c\""
    if check.kind == "shares" and len(check.claims) < 1:
        return "a shares check needs 'parts', e.g. parts = [\"a\", \"b\"]"
    return None


def read_ranges(raw: Any, file: LedgerFile) -> list[ReferenceRange]:
    if not isinstance(raw, dict):
        raise LedgerError(f"ranges must be a table of entries, written [ranges.ID], got {kind(raw)} "
                          f"{show(raw)}", file.at("ranges"))
    return [_range(range_id, entry, file) for range_id, entry in raw.items()]


def _range(range_id: str, raw: Any, file: LedgerFile) -> ReferenceRange:
    entry = file.entry(raw, f"range {range_id!r}", ("ranges", range_id), RANGE_FIELDS)
    check_id(range_id, "range", entry.at())
    measures = entry.texts("measures", required=True)
    unit_text = entry.get("unit", str, required=True)
    low, high = entry.get("low", (int, float), required=True), entry.get("high", (int, float), required=True)
    if low > high:
        raise entry.fail(f"low {low!r} is above high {high!r}", "low")
    unit = _reading(entry, "unit", lambda: compile_unit(unit_text))
    base = Interval(float(low), float(high)) * unit.factor
    return ReferenceRange(range_id, measures, unit_text, float(low), float(high), base, unit.dims,
                          entry.get("source", str, required=True), entry.get("reason", str, required=True),
                          entry.get("url", str), entry.at())
