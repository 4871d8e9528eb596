"""Run factledger and the pint reference engine side by side, and check they agree.

    python bench/run.py [--sizes 100,100000,1000000] [--files 1,1000,1000] [--runs 5]
                        [--phases verify,load,memory] [--wrong 0.2]

For each size a ledger is generated (``bench/generate.py``) into a temporary
directory. Each engine then runs in a worker process of its own, as a user
would run it: the two never share a heap, so neither's objects slow the
other's memory reads or collections. In the same run, alternating between the
two workers run by run, it times:

* verify with the ledger loaded (warm), factledger vs the reference;
* load + verify from TOML, factledger without cache, with a warm parse cache,
  with an empty one (a first run, which writes the cache), and the reference;
* peak memory of factledger loading and verifying, per claim, over an empty
  process (a separate process per size, ``VmHWM``): loading from TOML, then
  through a warm parse cache, as ``factledger verify`` loads by default.

``--wrong`` is the generator's share of scenarios with a deliberate error
(0.2 by default); ``--wrong 0`` times a ledger whose findings come only from
sources that disagree, which shows what wording findings costs.

Every figure is a median over ``--runs`` runs, shown as a time and as a
ratio. Before timing, the findings (code + claim keys) and the verdicts of
every check are compared; any difference stops the run with status 1.
"""

from __future__ import annotations

import argparse
import gc
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402

# VmHWM, the peak resident set of this process image, in KiB. Not ru_maxrss: Linux carries
# ru_maxrss across fork and exec, so a child of this (large) benchmark process would report
# the parent's peak.
MEMORY_PROBE = """
import sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
if sys.argv[1] == "-":
    print(peak(), 1)
else:
    from factledger import load, verify
    ledger = load(sys.argv[1], cache=sys.argv[2] == "cache"); result = verify(ledger)
    print(peak(), len(ledger.claims))
"""


def timed(action) -> float:
    """Seconds ``action`` takes; what it returns is freed after the clock stops, for both engines.

    A result freed inside the clock would add the freeing of every object of it to
    the work: factledger's results are freed as soon as they are dropped.
    """
    gc.collect()
    start = time.perf_counter()
    made = action()
    elapsed = time.perf_counter() - start
    del made
    return elapsed


class Engine:
    """The work one engine does for the benchmark, in the worker process that holds it."""

    def __init__(self, name: str, root: Path) -> None:
        self.root = root
        self.loaded = None
        if name == "factledger":
            from factledger import load, verify
            from reference_engine import factledger_results

            self._load = lambda cache=False: load(root, cache=cache)
            self._verify = verify
            self._results = lambda: factledger_results(verify(self.ledger()))
        else:
            import reference_engine

            reference = reference_engine.Reference()
            self._load = lambda cache=False: reference.load(root)
            self._verify = reference.verify
            self._results = lambda: reference.verify(self.ledger())

    def ledger(self):
        if self.loaded is None:
            self.loaded = self._load()
        return self.loaded

    def answer(self, request: str) -> str:
        """One request of the parent, one line of answer: a time in seconds, or ``ok``."""
        what, _, arg = request.partition(" ")
        if what == "results":  # the findings and verdicts, pickled to the file ``arg``
            Path(arg).write_bytes(pickle.dumps(self._results()))
            return "ok"
        if what == "verify":
            ledger = self.ledger()
            return repr(timed(lambda: self._verify(ledger)))
        if what == "drop":  # the loaded ledger is not kept while load + verify is timed
            self.loaded = None
            gc.collect()
            return "ok"
        if what in ("load-verify", "load-verify-cached"):
            cache = what == "load-verify-cached"
            return repr(timed(lambda: self._verify(self._load(cache))))
        if what == "load-verify-first":  # through a new, empty parse cache in the folder ``arg``
            kept = os.environ["FACTLEDGER_CACHE_DIR"]
            os.environ["FACTLEDGER_CACHE_DIR"] = tempfile.mkdtemp(dir=arg, prefix="first-")
            try:
                return repr(timed(lambda: self._verify(self._load(True))))
            finally:
                os.environ["FACTLEDGER_CACHE_DIR"] = kept
        raise SystemExit(f"unknown request {request!r}")


def serve(name: str, root: Path) -> int:
    engine = Engine(name, root)
    for line in sys.stdin:
        print(engine.answer(line.strip()), flush=True)
    return 0


class Worker:
    """A worker process running one engine; ``ask`` sends it a request and reads its answer."""

    def __init__(self, name: str, root: Path, env: dict[str, str] | None = None) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--worker", name, str(root)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, env={**os.environ, **(env or {})})

    def ask(self, request: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(request + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        if not answer:
            raise SystemExit(f"the worker stopped on {request!r}")
        return answer

    def time(self, request: str) -> float:
        return float(self.ask(request))

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


def median_pair(runs: int, ours, theirs) -> tuple[float, float]:
    """Medians of interleaved runs: ours, theirs, ours, theirs, ..."""
    a, b = [], []
    for _ in range(runs):
        a.append(ours())
        b.append(theirs())
    return statistics.median(a), statistics.median(b)


def show(label: str, claims: int, ours: float, theirs: float) -> None:
    rate = claims / ours if ours else float("inf")
    print(f"  {label:<34} factledger {ours * 1e3:10.1f} ms ({rate:11,.0f} claims/s)   "
          f"reference {theirs * 1e3:10.1f} ms   ratio {theirs / ours:6.1f}x", flush=True)


def agree(ours: Worker, theirs: Worker, work: Path) -> bool:
    got = {}
    for name, worker in (("factledger", ours), ("reference", theirs)):
        path = work / f"results-{name}.pickle"
        worker.ask(f"results {path}")
        got[name] = pickle.loads(path.read_bytes())
        path.unlink()
    if got["factledger"] != got["reference"]:
        print("  RESULTS DIFFER", file=sys.stderr)
        return False
    findings, verdicts = got["reference"]
    print(f"  identical results: {len(findings)} findings, {len(verdicts)} verdicts", flush=True)
    return True


def memory(root: Path, cache: dict[str, str]) -> None:
    """Peak memory of a fresh process that loads and verifies: from TOML, then through a warm parse cache."""
    def probe(*args: str) -> tuple[int, int]:
        out = subprocess.run([sys.executable, "-c", MEMORY_PROBE, *args], capture_output=True, text=True,
                             check=True, env={**os.environ, **cache}).stdout.split()
        return int(out[0]), int(out[1])

    base, _ = probe("-", "")
    peak, claims = probe(str(root), "")
    per_claim = (peak - base) * 1024 / claims
    print(f"  peak memory over the empty process: {(peak - base) / 1024:,.0f} MiB, {per_claim:,.0f} bytes/claim")
    probe(str(root), "cache")  # fills the parse cache, if an earlier phase has not
    peak, claims = probe(str(root), "cache")
    per_claim = (peak - base) * 1024 / claims
    print(f"  the same through a warm parse cache (as factledger verify runs): {(peak - base) / 1024:,.0f} MiB, "
          f"{per_claim:,.0f} bytes/claim")


def bench(size: int, files: int, runs: int, work: Path, phases: set[str], wrong: float = generate.WRONG) -> bool:
    root = generate.write(work / f"ledger-{size}", size, files, wrong=wrong)
    print(f"{size:,} claims in {files:,} files", flush=True)
    cache = {"FACTLEDGER_CACHE_DIR": str(work / f"cache-{size}")}
    ours, theirs = Worker("factledger", root, cache), Worker("reference", root)
    try:
        if not agree(ours, theirs, work):
            return False
        if "verify" in phases:
            mine, other = median_pair(runs, lambda: ours.time("verify"), lambda: theirs.time("verify"))
            show("verify, ledger loaded", size, mine, other)
        if "load" in phases:
            ours.ask("drop")
            theirs.ask("drop")
            ours.time("load-verify-cached")  # fills the parse cache
            cold, other = median_pair(runs, lambda: ours.time("load-verify"),
                                      lambda: theirs.time("load-verify"))
            show("load + verify from TOML, no cache", size, cold, other)
            warm = statistics.median(ours.time("load-verify-cached") for _ in range(runs))
            show("load + verify, parse cache warm", size, warm, other)
            # A new directory each run: files made right after a large rm -rf were slower to create.
            first = statistics.median(ours.time(f"load-verify-first {work}") for _ in range(runs))
            show("load + verify, parse cache empty", size, first, other)
    finally:
        ours.close()
        theirs.close()
    if "memory" in phases:
        memory(root, cache)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,100000,1000000")
    parser.add_argument("--files", default="1,1000,1000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--phases", default="verify,load,memory",
                        help="what to time: verify (ledger loaded), load (from TOML and from the parse "
                        "cache), memory; results are compared with the reference at every size whatever "
                        "the phases (the reference takes minutes to load a million claims)")
    parser.add_argument("--wrong", type=float, default=generate.WRONG,
                        help=f"share of generated scenarios with a deliberate error (default {generate.WRONG})")
    parser.add_argument("--worker", nargs=2, metavar=("ENGINE", "LEDGER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return serve(args.worker[0], Path(args.worker[1]))
    phases = set(args.phases.split(","))
    sizes = [int(s) for s in args.sizes.split(",")]
    files = [int(f) for f in args.files.split(",")]
    with tempfile.TemporaryDirectory() as work:
        ok = all(bench(size, count, args.runs, Path(work), phases, args.wrong)
                 for size, count in zip(sizes, files))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
