"""Waivers: findings an editor has looked at and accepted, each with a reason.

A waiver file (``factledger-waivers.toml``) holds ``[[waiver]]`` tables::

    [[waiver]]
    code = "FL201"
    claim = "bwr-2024-11-17:nk_pay_total"
    reason = "The article says 'a month' two sentences later."
    expires = 2026-12-31

A waiver removes the findings with its rule code that involve its claim. An
expired waiver removes nothing and is reported, so accepted problems come back
for review; a waiver that matches nothing is reported so stale ones get cleaned up.
A waiver whose rule the run does not check (``--select``/``--ignore``) is not judged:
the run could not have found its finding, so it says nothing about it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from typing import TYPE_CHECKING, Any, Iterable

from factledger.entries import show
from factledger.errors import FactledgerError
from factledger.findings import Finding, Result
from factledger.locations import Location
from factledger.records import evolve, record

if TYPE_CHECKING:
    from factledger.engine import Settings

DEFAULT_WAIVER_FILE = "factledger-waivers.toml"
WAIVER_FIELDS = ("code", "claim", "reason", "expires")


class WaiverError(FactledgerError):
    """A waiver file cannot be read, or is malformed."""


@record
class Waiver:
    """An accepted finding: rule ``code`` on ``claim`` ("article:claim"), for ``reason``."""

    code: str
    claim: str
    reason: str
    expires: dt.date | None = None
    location: Location = Location()

    def matches(self, finding: Finding) -> bool:
        return finding.code == self.code and self.claim in finding.claims

    def expired(self, today: dt.date) -> bool:
        return self.expires is not None and today > self.expires

    def describe(self) -> str:
        return f"waiver for {self.code} on {self.claim}"


@record
class WaiverReport:
    """What the waivers did: findings removed, and waivers that need attention."""

    waived: tuple[tuple[Finding, Waiver], ...] = ()
    expired: tuple[Waiver, ...] = ()
    unused: tuple[Waiver, ...] = ()


def apply_waivers(result: Result, waivers: Iterable[Waiver] | Waiver, today: dt.date,
                  settings: Settings | None = None) -> tuple[Result, WaiverReport]:
    """Remove the findings that unexpired waivers accept; report expired and unused waivers.

    ``waivers`` are those :func:`load_waivers` reads, or a single :class:`Waiver`.
    ``settings`` are those ``result`` was verified with: a waiver for a rule they leave out
    is neither unused nor expired in this run. A CI job split by rule family
    (``--select FL4``) must not tell the editor to remove a waiver the FL2 job still needs.
    """
    waivers = _waiver_tuple(waivers)
    if settings is not None:
        waivers = tuple(w for w in waivers if settings.wants(w.code))
    active = [w for w in waivers if not w.expired(today)]
    # Each finding looks up its (code, claim) pairs instead of trying every waiver: an archive's
    # thousands of findings against a long waiver file. The first matching waiver in the file wins.
    first: dict[tuple[str, str], int] = {}
    for at, waiver in enumerate(active):
        first.setdefault((waiver.code, waiver.claim), at)
    if not first:  # no waiver file, or every waiver expired: nothing to look up
        return result, WaiverReport(expired=tuple(w for w in waivers if w.expired(today)))
    kept: list[Finding] = []
    waived: list[tuple[Finding, Waiver]] = []
    for finding in result.findings:
        matches = [at for at in (first.get((finding.code, claim)) for claim in finding.claims) if at is not None]
        if matches:
            waived.append((finding, active[min(matches)]))
        else:
            kept.append(finding)
    used = {id(w) for _, w in waived}
    report = WaiverReport(waived=tuple(waived), expired=tuple(w for w in waivers if w.expired(today)),
                          unused=tuple(w for w in active if id(w) not in used))
    return evolve(result, findings=tuple(kept)), report


def _waiver_tuple(given: Iterable[Waiver] | Waiver) -> tuple[Waiver, ...]:
    if isinstance(given, Waiver):
        return (given,)
    if isinstance(given, (str, bytes, os.PathLike)):
        # A notebook passes the waiver file's name; iterated, its letters failed as "no attribute 'expired'".
        raise TypeError(f"apply_waivers takes waivers, not the file they are in; read it first: "
                        f"apply_waivers(result, load_waivers({os.fsdecode(given)!r}), today)")
    return tuple(given)


# -- reading a waiver file -------------------------------------------------------------------
_WAIVER_HEADER = re.compile(r"^\s*\[\[\s*waiver\s*\]\]")
_KEY = re.compile(r"^\s*([\w-]+)\s*=")


def load_waivers(path: str | os.PathLike[str]) -> tuple[Waiver, ...]:
    """Read a waiver file; a problem in it is a :class:`WaiverError` naming the file, and the line if it has one."""
    from factledger.documents import parse_document, plain_path, read_text
    from factledger.errors import LedgerError

    shown = plain_path(path).replace(os.sep, "/")
    try:
        text = read_text(path, shown)
        # A waiver file is TOML whatever its name ends with.
        document, keys = parse_document(os.path.splitext(shown)[0] + ".toml", shown, text)
    except LedgerError as error:  # unreadable, or not TOML: a problem of the waiver file all the same
        raise WaiverError(error.message, error.location) from None
    lines = _key_lines(text)
    unknown = sorted(set(document) - {"waiver"})
    if unknown:
        raise WaiverError(f"unknown table {unknown[0]!r}; a waiver file holds only [[waiver]] tables",
                          Location(shown, keys.line(unknown[0])))
    entries = document.get("waiver", [])
    if not isinstance(entries, list):
        raise WaiverError("waiver must be an array of tables: write [[waiver]]",
                          Location(shown, keys.line("waiver")))
    # Entries written as an inline array ("waiver = [1]") have no [[waiver]] header to point at.
    written_at = keys.line("waiver")
    return tuple(_waiver(entry, number, lines, shown, written_at) for number, entry in enumerate(entries))


def _key_lines(text: str) -> list[dict[str, int]]:
    """For each ``[[waiver]]`` table in order: the line of its header ("") and of each key."""
    tables: list[dict[str, int]] = []
    # Lines end at "\n" only, as in TOML (str.splitlines also ends them at U+2028 and the like).
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        if _WAIVER_HEADER.match(line):
            tables.append({"": number})
        elif tables and (key := _KEY.match(line)):
            tables[-1].setdefault(key.group(1), number)
    return tables


def _waiver(raw: Any, number: int, lines: list[dict[str, int]], shown: str, written_at: int) -> Waiver:
    table = lines[number] if number < len(lines) else {"": written_at}

    def at(key: str = "") -> Location:
        return Location(shown, table.get(key) or table[""])

    if not isinstance(raw, dict):
        raise WaiverError("each waiver must be a table: write [[waiver]]", at())
    for key in raw:
        if key not in WAIVER_FIELDS:
            raise WaiverError(f"unknown field {key!r} in waiver; expected one of {', '.join(WAIVER_FIELDS)}",
                              at(key))
    return Waiver(code=_code(raw, at), claim=_claim(raw, at), reason=_reason(raw, at),
                  expires=_expires(raw, at), location=at())


def _text(raw: dict[str, Any], key: str, at, example: str) -> str:
    value = raw.get(key)
    if value is None:
        raise WaiverError(f"waiver has no {key}: add {key} = {example}", at())
    if not isinstance(value, str) or not value.strip():
        raise WaiverError(f"{key} must be non-empty text, like {key} = {example}; got {show(value)}", at(key))
    return value.strip()


def _code(raw: dict[str, Any], at) -> str:
    from factledger.rules.catalog import BY_CODE

    code = _text(raw, "code", at, '"FL201"').upper()
    if code not in BY_CODE:
        raise WaiverError(f"{code!r} is not a rule code; 'factledger rule' lists them", at("code"))
    return code


def _claim(raw: dict[str, Any], at) -> str:
    claim = _text(raw, "claim", at, '"ARTICLE:CLAIM"')
    if claim.count(":") != 1 or claim.startswith(":") or claim.endswith(":"):
        raise WaiverError(f"claim must name the article and the claim, like \"bwr-2024-11-17:nk_pay_total\"; "
                          f"got {claim!r}", at("claim"))
    return claim


def _reason(raw: dict[str, Any], at) -> str:
    return _text(raw, "reason", at, '"why this finding is accepted"')


def _expires(raw: dict[str, Any], at) -> dt.date | None:
    value = raw.get("expires")
    if value is None:
        return None
    # Values are shown as the file writes them (2026-12-31T00:00:00, true), not as Python's repr.
    if isinstance(value, dt.datetime):
        raise WaiverError(f"expires must be a date without a time: drop the time, expires = "
                          f"{value.date().isoformat()}; got {show(value)}", at("expires"))
    if not isinstance(value, dt.date):
        raise WaiverError(f"expires must be a date without quotes, like expires = 2026-12-31; got {show(value)}",
                          at("expires"))
    return value
