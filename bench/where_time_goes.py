"""Where the time of loading and verifying one ledger goes, for docs/performance.md.

    python bench/where_time_goes.py OUT [--runs 3] [--cache] [--memory]

Prints, for the ledger in OUT (from ``bench/generate.py``):

* parsing every file with ``tomllib`` alone, and as the loader parses it
  (``factledger.toml_reader``: a compiled parser where it reads exactly what
  ``tomllib`` reads), and indexing its lines alone, against factledger's whole
  load from TOML, per claim, then a second load by stage, and the
  derivation and period readers with and without their fast path (skipped with
  ``--cache``, which loads through the parse cache instead, as ``factledger
  verify`` does);
* verify, ledger loaded: the median of ``--runs``, then each rule family
  timed on its own with the cycle collector paused (best of ``--runs``), and
  derivations split into those the fast path decides and those the full
  path words, the fast path's arithmetic on bare bounds against intervals,
  and the full path's parts, each timed alone;
* the collections Python's cycle collector runs during and right after a
  verify, and what they cost (``gc.callbacks``);
* how many checks and findings the verify made, by family of rule code;
* how long each output format takes to report them, and the JSON formats'
  text written by ``formats.json_text`` against ``json.dumps(indent=2)``;
* with ``--memory``, what the loaded ledger holds: the bytes a claim of every
  object reachable from it (``sys.getsizeof``, each object once), by type,
  how many ``Figure`` and ``Period`` objects its claims share, and how much
  the process grew while it loaded the ledger (``VmRSS``, where Linux's
  ``/proc`` tells; without ``--cache`` the files were read once before, so
  the load reuses some of what that freed), and where that growth went:
  Python's small-object allocator (blocks in use and free) and the C
  library's heap (in use, free, blocks of their own), where glibc tells;
  then what a verify adds to it (``tracemalloc``): after each rule family,
  what the family keeps and the most the verify held at once while it ran,
  then the same for a whole verify and its result, and how many objects a
  dropped result left in reference cycles for the collector.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
import tomllib
import types
from collections import Counter
from pathlib import Path

from factledger import load, toml_reader, verify
from factledger.errors import FactledgerError
from factledger.context import Context
from factledger.rules import FAMILIES
from factledger.source_lines import toml_lines
from timing import calls_timed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ledger", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cache", action="store_true", help="load through the parse cache")
    parser.add_argument("--memory", action="store_true", help="what the loaded ledger holds, by type")
    args = parser.parse_args(argv)

    if not args.cache:
        texts = [path.read_text(encoding="utf-8") for path in sorted(args.ledger.rglob("*.toml"))]
        start = time.perf_counter()
        for text in texts:
            tomllib.loads(text)
        parsing = time.perf_counter() - start
        start = time.perf_counter()
        for text in texts:
            toml_reader.loads(text)
        reading = time.perf_counter() - start
        start = time.perf_counter()
        for text in texts:
            toml_lines(text)
        indexing = time.perf_counter() - start
        del texts
    resident, sits = resident_kib(), allocators() if args.memory else {}
    start = time.perf_counter()
    ledger = load(args.ledger, cache=args.cache)
    loading = time.perf_counter() - start
    resident = resident_kib() - resident
    claims = len(ledger.claims)
    grew = allocators_grew(sits, allocators(), claims) if args.memory else []  # before a verify frees anything
    print(f"{claims:,} claims")
    if args.cache:
        print(f"  load through the parse cache   {loading:8.2f} s  {loading / claims * 1e6:6.1f} us/claim")
        signatures(claims)
    else:
        print(f"  tomllib alone                  {parsing:8.2f} s  {parsing / claims * 1e6:6.1f} us/claim")
        reader = f"{toml_reader.fast_parser()} or tomllib" if toml_reader.fast_parser() else "tomllib"
        print(f"  TOML as the loader reads it    {reading:8.2f} s  {reading / claims * 1e6:6.1f} us/claim "
              f"({reader}: factledger.toml_reader)")
        print(f"  line index alone (source_lines){indexing:8.2f} s  {indexing / claims * 1e6:6.1f} us/claim")
        print(f"  factledger load from TOML      {loading:8.2f} s  {loading / claims * 1e6:6.1f} us/claim "
              f"({loading / reading:.1f}x the parser it uses)")
        load_stages(args.ledger, ledger, claims)

    runs, freeing = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        result = None  # the previous result, freed here, before the clock of the verify starts
        freeing.append(time.perf_counter() - start)
        gc.collect()
        start = time.perf_counter()
        result = verify(ledger)
        runs.append(time.perf_counter() - start)
    median = statistics.median(runs)
    print(f"  verify, ledger loaded          {median:8.2f} s  {median / claims * 1e6:6.1f} us/claim (median)")
    if len(freeing) > 1:  # the first run had no result to free
        print(f"    freeing a result when dropped {statistics.median(freeing[1:]):7.3f} s (median)")

    best: dict[str, float] = {}
    for _ in range(args.runs):
        gc.disable()
        context = Context(ledger)
        for family in FAMILIES:
            start = time.perf_counter()
            family(context)
            best[family.__name__] = min(best.get(family.__name__, float("inf")), time.perf_counter() - start)
        gc.enable()
    for name, seconds in best.items():
        print(f"    {name:<28} {seconds:8.3f} s  {seconds / claims * 1e6:6.2f} us/claim (best, collector paused)")
    derivation_paths(ledger, args.runs)

    collections: list[list] = []

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append([info["generation"], time.perf_counter()])
        else:
            collections[-1][1] = time.perf_counter() - collections[-1][1]

    gc.collect()
    gc.callbacks.append(note)
    start = time.perf_counter()
    kept = verify(ledger)
    whole = time.perf_counter() - start
    del kept
    gc.callbacks.remove(note)
    spent = sum(seconds for _, seconds in collections)
    print(f"  collector during and after one verify: {len(collections)} collection(s), generations "
          f"{[g for g, _ in collections]}, {spent:.3f} s of {whole:.2f} s ({spent / whole:.0%})")

    codes = Counter(f.code[:3] for f in result.findings)
    print(f"  {len(result.checks):,} checks, {len(result.findings):,} findings: "
          + ", ".join(f"{code}x {count:,}" for code, count in sorted(codes.items())))
    reports(result, args.runs)
    if args.memory:
        held(ledger, claims)
        if resident > 0:
            print(f"  the process grew by {resident * 1024 / claims:,.0f} bytes a claim while it loaded the ledger")
            for line in grew:
                print(line)
        verify_memory(ledger, claims)
    return 0


def reports(result, runs: int) -> None:
    """Each output format's report of the result (best of ``runs``), and for the JSON ones, their text alone.

    A report words the checks that hold, which verify left unworded: the first
    format timed pays for that, so every format is timed once before the runs.
    The JSON text is timed as the formats write it (``json_text.inert_dumps``,
    inert string by string) and as ``json.dumps(indent=2)`` writes the same
    text made inert as a whole (``escape.json_document``), in turns.
    """
    import json

    from factledger.formats import FORMATS, RenderOptions, json_text
    from factledger.formats.escape import json_document, json_string_literals
    from factledger.formats.json_format import document
    from factledger.formats.sarif import log

    options = RenderOptions()
    for render in FORMATS.values():
        render(result, options)
    best: dict[str, float] = {}

    def timed(label: str, make) -> None:  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        make()
        best[label] = min(best.get(label, float("inf")), time.perf_counter() - start)

    documents = {"json": document(result), "sarif": log(result)}
    for _ in range(runs):
        for name, render in FORMATS.items():
            timed(name, lambda: render(result, options))
        for name, value in documents.items():
            timed(f"{name} text, ours", lambda: json_text.inert_dumps(value))
            timed(f"{name} text, standard", lambda: json_document(json.dumps(value, indent=2, ensure_ascii=False)))
    print("  reports (best of runs): " + ", ".join(f"{name} {best[name]:.2f} s" for name in FORMATS))
    for name, value in documents.items():
        print(f"    {name}'s JSON text: {best[f'{name} text, ours']:.2f} s as the format writes it, "
              f"{best[f'{name} text, standard']:.2f} s through json.dumps(indent=2) and json_document")
        # What escaping string by string saves: one pattern over the whole text, against the
        # strings of the document, most of them repeated.
        text = json.dumps(value, indent=2, ensure_ascii=False)
        start = time.perf_counter()
        json_document(text)
        whole = time.perf_counter() - start
        literals, quoted = json_string_literals(), [0]

        def counting(string: str) -> str:
            quoted[0] += 1
            return literals(string)

        json_text._dumps(value, counting, json_document)
        print(f"      {len(text):,} characters; escaping them as a whole {whole:.2f} s; "
              f"{quoted[0]:,} strings quoted, {len(literals.__self__):,} distinct")


def signatures(claims: int) -> None:
    """Of a load through the cache: checking each entry's signature (a keyed BLAKE2 digest of its bytes)."""
    from factledger import parse_cache

    entries = [p.read_bytes() for p in Path(parse_cache.cache_dir()).glob("*.pickle")]
    secret = parse_cache._secret()
    if not entries or secret is None:
        return
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for data in entries:
            parse_cache._same_digest(data[:parse_cache.SIGNATURE_BYTES],
                                     parse_cache._signature(secret, memoryview(data)[parse_cache.SIGNATURE_BYTES:]))
        best = min(best, time.perf_counter() - start)
    size = sum(map(len, entries)) / 1e6
    print(f"    of which checking {len(entries):,} entries' signatures ({size:.1f} MB) "
          f"{best:6.3f} s  {best / claims * 1e6:6.2f} us/claim")


def derivation_paths(ledger, runs: int) -> None:
    """Derivations decided on bare intervals, those the full path decides, and the evidence deferred."""
    from factledger.findings import EvidenceLater
    from factledger.rules import arithmetic

    fast = full = wording = float("inf")
    for _ in range(runs):
        gc.disable()
        context = Context(ledger)
        claims = ledger.claims
        start = time.perf_counter()
        order = arithmetic._in_order(context)
        slow = [claims[k] for k in order if not arithmetic._decided_quickly(context, k, claims[k])]
        middle = time.perf_counter()
        for claim in slow:
            arithmetic._check_one(context, claim)
        end = time.perf_counter()
        deferred = [f for f in context.findings if isinstance(f.evidence, EvidenceLater)]
        for finding in deferred:  # as a report reads it
            finding.evidence.steps
        wording = min(wording, time.perf_counter() - end)
        gc.enable()
        fast, full = min(fast, middle - start), min(full, end - middle)
    print(f"      {len(order) - len(slow):,} derivations decided on bare intervals, {len(deferred):,} of them "
          f"findings: {fast:.3f} s, including those it hands on ({fast / max(len(order), 1) * 1e6:.1f} us each)")
    print(f"      {len(slow):,} take the full path: {full:.3f} s ({full / max(len(slow), 1) * 1e6:.1f} us each)")
    print(f"      {len(deferred):,} findings' evidence, worded when a report reads it: {wording:.3f} s "
          f"({wording / max(len(deferred), 1) * 1e6:.1f} us each)")
    recomputing(ledger, runs)
    full_path_pieces(ledger, slow or [claims[f.claims[0]] for f in deferred])


def recomputing(ledger, runs: int) -> None:
    """The fast path's arithmetic: on intervals (``quick``) against bare bounds (``quick_bounds``), in turns."""
    from factledger.compute import quick, quick_bounds

    table = Context(ledger).table
    work = [(c.derivation.expression, c.article_id + ":") for c in ledger.claims.values() if c.derivation]
    best = {quick: float("inf"), quick_bounds: float("inf")}
    gc.disable()
    for _ in range(runs):
        for evaluate in best:
            start = time.perf_counter()
            for node, prefix in work:
                evaluate(node, table, prefix)
            best[evaluate] = min(best[evaluate], time.perf_counter() - start)
    gc.enable()
    each = {evaluate: seconds / max(len(work), 1) * 1e6 for evaluate, seconds in best.items()}
    print(f"      recomputing a derivation: {each[quick_bounds]:.1f} us on bare bounds (quick_bounds), "
          f"{each[quick]:.1f} us on intervals (quick)")


def full_path_pieces(ledger, slow: list) -> None:
    """Parts of the full path, each timed alone over the derivations that take it, or else over those
    whose evidence is deferred, which it words (best of 3)."""
    from factledger.expressions import to_text
    from factledger.rules import arithmetic

    context = Context(ledger)
    arithmetic.check_derivations(context)  # implied claims' values, as the full path finds them
    claims = ledger.claims
    inputs = {c.key: [claims[k] for k in context.inputs(c)] for c in slow}
    hints = {c.key: arithmetic._hints(context, c, inputs[c.key]) for c in slow}
    computed = {c.key: context.compute(c.derivation.expression, c.article_id, c.location, hints[c.key])
                for c in slow}
    # Each piece words what the full path words for one claim. A verify words each claim's
    # evidence once, so that piece starts each round with a fresh context, made before the timing.
    pieces = {
        "choosing units to show (hints)": lambda c, fresh: arithmetic._hints(context, c, inputs[c.key]),
        "the expression as text": lambda c, fresh: to_text(c.derivation.expression),
        "recomputing, with steps": lambda c, fresh: context.compute(c.derivation.expression, c.article_id,
                                                                    c.location, hints[c.key]),
        "wording the steps": lambda c, fresh: computed[c.key].steps,
        "each claim's evidence": lambda c, fresh: fresh.evidence((c.key, *context.inputs(c))),
    }
    for label, piece in pieces.items():
        best = float("inf")
        for _ in range(3):
            fresh = Context(ledger)
            start = time.perf_counter()
            for claim in slow:
                piece(claim, fresh)
            best = min(best, time.perf_counter() - start)
        print(f"        {label:<32} {best / max(len(slow), 1) * 1e6:6.1f} us each")


def load_stages(root: Path, ledger, claims: int) -> None:
    """A first load by stage: a second load with each stage's function timed, then two readers alone."""
    from factledger import ledger as ledger_module
    from factledger import source_lines, store
    from factledger.expression_parser import parse_in_full
    from factledger.expressions import parse_expression
    from factledger.periods import _read_period, parse_period
    from factledger.value_table import ValueTable

    stages = [
        (toml_reader, "loads", "parsing (toml_reader.loads)"),
        (source_lines, "toml_lines", "the line index (toml_lines)"),
        (store, "read_claim", "reading claims (read_claim)"),
        (store, "read_check", "reading checks (read_check)"),
        (ledger_module, "ValueTable", "the value table"),
        (ValueTable, "repeated_names", "names stated twice or more (repeated_names)"),
        (ledger_module, "_order_without_cycles", "ordering derivations, the walk for cycles"),
        (store, "build_ledger", "building the ledger, value table included"),
    ]
    with calls_timed(stages) as spent:
        gc.collect()
        start = time.perf_counter()
        load(root)
        whole = time.perf_counter() - start
    print(f"    a second load, {whole / claims * 1e6:.1f} us/claim, by stage (each timed by a wrapper):")
    for label, seconds in spent.most_common():
        print(f"      {label:<42} {seconds / claims * 1e6:6.1f} us/claim")

    texts = [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.toml"))]
    start = time.perf_counter()
    for text in texts:
        toml_reader.rtoml_may_differ(text)
    print(f"      of parsing, the scan for forms rtoml may read otherwise "
          f"{(time.perf_counter() - start) / claims * 1e6:.2f} us/claim")

    derived = [c.derivation.text for c in ledger.claims.values() if c.derivation is not None]
    periods = [c.period.label for c in ledger.claims.values()]
    for label, fast, slow, items in [
            ("a derivation, read as the loader does", parse_expression, lambda t: parse_in_full(t, False), derived),
            ("a period, read as the loader does", parse_period, lambda t: _read_period.__wrapped__(t, None),
             periods)]:
        times = []
        for read in (fast, slow):
            start = time.perf_counter()
            for item in items:
                try:
                    read(item)
                except FactledgerError:
                    pass
            times.append((time.perf_counter() - start) / max(len(items), 1) * 1e6)
        print(f"      {label}: {times[0]:.2f} us each ({len(items):,}); "
              f"without its fast path or cache {times[1]:.2f} us")


def resident_kib() -> int:
    """The resident set of this process in KiB (``VmRSS``); 0 where ``/proc`` does not tell."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
    except (OSError, StopIteration, ValueError):
        return 0


def allocators() -> dict[str, int]:
    """Where the process's memory sits now, in bytes: Python's small-object allocator, the C heap.

    Objects take more than ``sys.getsizeof`` says: Python's allocator rounds
    each small one up to a multiple of 16 bytes and keeps freed blocks for
    reuse, and larger ones (big lists, dicts, arrays) come from the C library,
    whose heap keeps what was freed in its middle. From CPython's
    ``sys._debugmallocstats`` and glibc's ``mallinfo2``, each left out where
    it is not there.
    """
    import ctypes
    import os
    import tempfile

    with tempfile.TemporaryFile(mode="w+") as out:  # the stats go to the C stderr, not sys.stderr
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(out.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        lines = {line.split("=")[0].strip("# ").strip(): int(line.split("=")[1].replace(",", ""))
                 for line in out if line.startswith("# bytes in") or line.startswith("# arenas allocated current")}
    found = {}
    if "bytes in allocated blocks" in lines:
        found = {"blocks in use": lines["bytes in allocated blocks"],
                 "free blocks": lines["bytes in available blocks"],
                 "arenas": lines["arenas allocated current"] << 20}

    class MallInfo(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in
                    ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
                     "fordblks", "keepcost")]

    try:
        mallinfo2 = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return found
    mallinfo2.restype = MallInfo
    info = mallinfo2()
    return {**found, "heap in use": info.uordblks, "heap free": info.fordblks, "own blocks": info.hblkhd}


def allocators_grew(before: dict[str, int], after: dict[str, int], claims: int) -> list[str]:
    """What :func:`allocators` says grew between two readings, as lines of bytes a claim."""
    grew = {name: (after[name] - before[name]) / claims for name in after if name in before}
    lines = []
    if "arenas" in grew:
        lines.append(f"    of which Python's small-object allocator: {grew['arenas']:,.0f} bytes a claim of arenas "
                     f"(1 MiB each), {grew['blocks in use']:,.0f} of it in blocks in use and "
                     f"{grew['free blocks']:,.0f} in free blocks")
    if "heap in use" in grew:
        lines.append(f"    and the C library's: {grew['heap in use']:,.0f} bytes a claim in use in its heap, "
                     f"{grew['heap free']:,.0f} free there, {grew['own blocks']:,.0f} in blocks of their own (mmap)")
    return lines


def held(ledger: object, claims: int) -> None:
    """Bytes a claim of every object reachable from ``ledger``, by type (not counting modules and classes)."""
    seen: set[int] = set()
    size: Counter[str] = Counter()
    count: Counter[str] = Counter()
    stack = [ledger]
    while stack:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, (type, types.ModuleType, types.FunctionType)):
            continue
        seen.add(id(obj))
        name = type(obj).__name__
        size[name] += sys.getsizeof(obj)
        count[name] += 1
        stack.extend(gc.get_referents(obj))
    print(f"  the loaded ledger holds {sum(size.values()) / claims:,.0f} bytes a claim (each object once):")
    for name, total in size.most_common(8):
        print(f"    {name:<16} {total / claims:7.1f} bytes a claim, {count[name] / claims:5.2f} objects a claim")
    # Claims that print the same figure or state the same period may share one object.
    print(f"    {count['Figure']:,} Figure and {count['Period']:,} Period objects for {claims:,} claims")


def verify_memory(ledger: object, claims: int) -> None:
    """What a verify adds to the loaded ledger, in bytes a claim: rule family by rule family, then whole."""
    import tracemalloc

    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]

        def stage(label: str) -> None:
            now, peak = tracemalloc.get_traced_memory()
            print(f"    {label:<28} keeps {(now - base) / claims:6,.0f}, at most {(peak - base) / claims:6,.0f}")
            tracemalloc.reset_peak()

        print("  what a verify adds to the loaded ledger, bytes a claim (tracemalloc):")
        context = Context(ledger)
        for family in FAMILIES:
            family(context)
            stage(family.__name__)
        del context
        gc.collect()
        tracemalloc.reset_peak()
        result = verify(ledger)
        stage("verify, and its result")
        del result
    finally:
        tracemalloc.stop()
    gc.collect()
    flags = gc.get_debug()
    gc.set_debug(flags | gc.DEBUG_SAVEALL)
    try:
        verify(ledger)  # dropped at once: anything left is in a reference cycle
        gc.collect()
        left = len(gc.garbage)
    finally:
        gc.set_debug(flags)
        gc.garbage.clear()
    print(f"    a dropped result left {left:,} objects in reference cycles")


if __name__ == "__main__":
    sys.exit(main())
