"""A ledger: the claims, sources and checks of one or more articles, cross-referenced.

Building a :class:`Ledger` resolves every id an expression or check uses and
rejects cycles, so the engine can trust the graph it is given.
"""

from __future__ import annotations


from factledger.claims import Check, Claim
from factledger.errors import LedgerError
from factledger.intervals import Interval
from factledger.locations import NOWHERE, Location
from factledger.patterns import OnFirstUse
from factledger.provenance import Article, Source
from factledger.records import evolve, field, record
from factledger.units import Dims
from factledger.value_table import ValueTable


@record
class ReferenceRange:
    """A sourced plausible range for a measure: what real values of it look like."""

    id: str
    measures: tuple[str, ...]
    unit: str
    low: float
    high: float
    base: Interval  # low..high in base units
    dims: Dims
    source: str
    reason: str
    url: str = ""
    location: Location = field(default=NOWHERE, eq=False)


@record
class Ledger:
    """Everything loaded from a ledger directory, keyed for lookup."""

    articles: dict[str, Article] = field(factory=dict)
    sources: dict[str, Source] = field(factory=dict)  # key "article-id:source-id"
    claims: dict[str, Claim] = field(factory=dict)  # key "article-id:claim-id"
    checks: tuple[Check, ...] = ()
    ranges: tuple[ReferenceRange, ...] = ()
    files: tuple[str, ...] = ()
    article_texts: dict[str, str] = field(factory=dict)
    #: every claim's value in base units; :func:`build_ledger` makes it once, when the ledger is read
    table: ValueTable | None = field(default=None, eq=False, repr=False)
    #: the claim keys each derived claim's derivation reads, resolved by :func:`build_ledger`
    inputs: dict[str, tuple[str, ...]] = field(factory=dict, eq=False, repr=False)
    #: the claim keys each check reads (its ``references``), in the order of ``checks`` (:func:`build_ledger`)
    check_inputs: tuple[tuple[str, ...], ...] = field(default=(), eq=False, repr=False)
    #: the derived claims' keys, each after every derived claim it reads (:func:`build_ledger`)
    derivation_order: tuple[str, ...] = field(default=(), eq=False, repr=False)

    def resolve(self, reference: str, article_id: str, location: Location) -> str:
        """The ledger key for ``reference`` as written inside ``article_id``'s file."""
        key = reference if ":" in reference else f"{article_id}:{reference}"
        claim = self.claims.get(key)
        if claim is None and (alike := self._composed_alike(key)) is not None:
            return alike.key
        if claim is None:
            raise LedgerError(f"unknown claim id {reference!r}{_suggest(reference, self, article_id)}", location)
        # The claim's own string, not the one just made to look it up: one string a key.
        # (A ledger made by hand may file a claim under another key; that key stands.)
        own = claim.key
        return own if own == key else key

    def _composed_alike(self, key: str) -> Claim | None:
        """The claim whose key is ``key`` written with the same letters composed otherwise: an expression
        reads "cafe\u0301" (an accent typed as a mark of its own) as "caf\xe9", the same text to a reader."""
        import unicodedata

        article_id, _, name = key.rpartition(":")
        return next((c for c in self.claims.values() if c.article_id == article_id and c.id != name
                     and unicodedata.normalize("NFC", c.id) == name), None)

    def claim(self, key: str) -> Claim:
        return self.claims[key]

    def __len__(self) -> int:
        return len(self.claims)


def _suggest(reference: str, ledger: Ledger, article_id: str) -> str:
    import difflib

    if ":" in reference:
        article_id, reference = reference.split(":", 1)
        if article_id not in ledger.articles:
            close = difflib.get_close_matches(article_id, sorted(ledger.articles), n=1)
            return (f"; no article {article_id!r} is loaded" + (f" (did you mean {close[0]!r}?)" if close else "")
                    + "; pass its ledger file too")
    local = sorted(c.id for c in ledger.claims.values() if c.article_id == article_id)
    folded = _folded_to(reference, local)
    if folded:
        return (f"; an expression reads the claim id {folded!r} as {reference!r} (a letter written in a special "
                f"form, such as a ligature, is read in its plain form); give the claim an id without it")
    close = difflib.get_close_matches(reference, local, n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def _folded_to(name: str, ids: list[str]) -> str:
    """The id among ``ids`` that an expression reads as ``name``: Python's parser folds identifiers to
    NFKC, so "ﬁ" is "fi" and a decomposed "café" the composed one. ``""`` when none is."""
    import unicodedata

    return next((i for i in ids if i != name and unicodedata.normalize("NFKC", i) == name), "")


def build_ledger(articles: dict[str, Article], sources: dict[str, Source], claims: list[Claim],
                 checks: list[Check], ranges: list[ReferenceRange], files: list[str],
                 texts: dict[str, str] | None = None, table: ValueTable | None = None) -> Ledger:
    """Assemble and validate a ledger: unique keys, known references, no cycles.

    ``table`` is the claims' value table when it is already made (by the parse
    cache, file by file), in the order of ``claims``.
    """
    by_key: dict[str, Claim] = {}
    for claim in claims:
        key = claim.key
        if key in by_key:
            first = by_key[key].location
            raise LedgerError(f"duplicate claim id {claim.id!r} (first defined at {first})", claim.location)
        by_key[key] = claim
    inputs: dict[str, tuple[str, ...]] = {}
    ledger = Ledger(articles, sources, by_key, tuple(checks), tuple(ranges), tuple(files), texts or {},
                    None, inputs)
    hyphenated = any("-" in claim.id for claim in claims)
    for key, claim in by_key.items():
        if claim.derivation is not None:
            if hyphenated:
                _no_hyphenated_id(ledger, claim.derivation.text, claim.article_id, claim.derivation.location,
                                  f"claim {claim.id!r}", "a derivation")
            inputs[key] = _resolve_all(ledger, claim.derivation.inputs, claim.article_id,
                                       claim.derivation.location, f"claim {claim.id!r}: derived")
    for check in checks:
        if hyphenated and check.holds_text:
            _no_hyphenated_id(ledger, check.holds_text, check.article_id, check.location,
                              f"{check.kind} check", "a check")
    check_inputs = tuple(_resolve_all(ledger, check.references, check.article_id, check.location,
                                      f"{check.kind} check") for check in checks)
    order = _order_without_cycles(ledger)
    # Read every figure into base units now, once: each verify of this ledger reads them all.
    if table is None or table.keys != list(by_key):
        table = ValueTable(by_key.values())
    table.repeated_names()  # now, not at the peak of a verify: see its docstring
    return evolve(ledger, table=table, derivation_order=order, check_inputs=check_inputs)


def _resolve_all(ledger: Ledger, references: list[str], article_id: str, location: Location,
                 who: str) -> tuple[str, ...]:
    """The ledger keys of ``references``; an error naming ``who`` for the first unknown one."""
    try:
        return tuple(ledger.resolve(ref, article_id, location) for ref in references)
    except LedgerError as error:
        raise LedgerError(f"{who} uses an {error.message}", location) from None


class _Grammar:
    #: a claim id with a hyphen as an expression reads it, optionally after "article-id:"
    hyphenated = OnFirstUse(r"(?<![\w.:-])(?:([A-Za-z_][\w-]*):)?([A-Za-z_]\w*(?:-\w+)+)(?![\w:-])")


def _no_hyphenated_id(ledger: Ledger, text: str, article_id: str, location: Location, who: str,
                      where: str) -> None:
    """Refuse an expression that names a claim whose id has a hyphen: it reads as a subtraction.

    ``appeal-received / appeal`` is appeal minus received / appeal; without this the
    error named 'received', and its suggestion was the id as written. A ledger may keep
    such ids where no expression names them (a check's ``claims``).
    """
    if "-" not in text:
        return
    for match in _Grammar.hyphenated.finditer(text):
        article, claim_id = match.group(1) or article_id, match.group(2)
        if f"{article}:{claim_id}" in ledger.claims:
            named = match.group(0)
            parts = " minus ".join(named.split("-")) if match.group(1) is None else \
                f"{match.group(1)}:{' minus '.join(claim_id.split('-'))}"
            raise LedgerError(f"{who}: {named!r} reads as {parts} in {where}; rename the claim "
                              f"({claim_id.replace('-', '_')})", location)


def _order_without_cycles(ledger: Ledger) -> tuple[str, ...]:
    """The derived claims, each after the derived claims it reads; an error for a cycle.

    The walk that looks for cycles finishes each claim after its inputs, so it
    gives the order a verify computes derivations in at no extra cost.
    """
    state: dict[str, int] = {}  # 1 visiting, 2 done
    inputs = ledger.inputs
    order: list[str] = []

    for start in inputs:  # a claim without a derivation starts no cycle
        if state.get(start) == 2:
            continue
        stack: list[tuple[str, list[str]]] = [(start, list(inputs.get(start, ())))]
        path = [start]
        state[start] = 1
        while stack:
            node, pending = stack[-1]
            if not pending:
                state[node] = 2
                if node in inputs:
                    order.append(node)
                stack.pop()
                path.pop()
                continue
            nxt = pending.pop()
            if nxt not in inputs:  # a claim without a derivation ends every path: no cycle runs through it
                continue
            if state.get(nxt) == 1:
                cycle = path[path.index(nxt):] + [nxt]
                claim = ledger.claims[nxt]
                names = " -> ".join(k.split(":", 1)[1] for k in cycle)
                what = "refers to itself" if len(cycle) == 2 else f"is part of a cycle: {names}"
                # At the ``derived`` line, where the loop is written and would be broken.
                where = claim.derivation.location if claim.derivation is not None else claim.location
                raise LedgerError(f"derivation of {claim.id!r} {what}", where)
            if state.get(nxt) != 2:
                state[nxt] = 1
                path.append(nxt)
                stack.append((nxt, list(inputs.get(nxt, ()))))
    return tuple(order)
