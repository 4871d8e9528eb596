"""Run factledger and the pint reference engine side by side, and check they agree.

    python bench/run.py [--sizes 100,100000,1000000] [--files 1,1000,1000] [--runs 5]
                        [--phases verify,load,memory]

For each size a ledger is generated (``bench/generate.py``) into a temporary
directory. Then, interleaving the two engines run by run, it times:

* verify with the ledger loaded (warm), factledger vs the reference;
* load + verify from TOML, factledger without cache, with a warm parse cache,
  and the reference;
* peak memory of factledger loading and verifying, per claim, over an empty
  process (a separate process per size, ``VmHWM``).

Every figure is a median over ``--runs`` runs, shown as a time and as a
ratio. Before timing, the findings (code + claim keys) and the verdicts of
every check are compared; any difference stops the run with status 1.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402
import reference_engine  # noqa: E402

from factledger import load, verify  # noqa: E402

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
    ledger = load(sys.argv[1]); result = verify(ledger)
    print(peak(), len(ledger.claims))
"""


def timed(action) -> float:
    gc.collect()
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def median_pair(runs: int, ours, theirs) -> tuple[float, float]:
    """Medians of interleaved runs: ours, theirs, ours, theirs, ..."""
    a, b = [], []
    for _ in range(runs):
        a.append(timed(ours))
        b.append(timed(theirs))
    return statistics.median(a), statistics.median(b)


def show(label: str, claims: int, ours: float, theirs: float) -> None:
    rate = claims / ours if ours else float("inf")
    print(f"  {label:<34} factledger {ours * 1e3:10.1f} ms ({rate:11,.0f} claims/s)   "
          f"reference {theirs * 1e3:10.1f} ms   ratio {theirs / ours:6.1f}x", flush=True)


def agree(root: Path, reference: reference_engine.Reference) -> bool:
    expected = reference.verify(reference.load(root))
    actual = reference_engine.factledger_results(verify(load(root)))
    if actual != expected:
        print("  RESULTS DIFFER", file=sys.stderr)
        return False
    print(f"  identical results: {len(expected[0])} findings, {len(expected[1])} verdicts", flush=True)
    return True


def memory(root: Path) -> None:
    def probe(arg: str) -> tuple[int, int]:
        out = subprocess.run([sys.executable, "-c", MEMORY_PROBE, arg], capture_output=True, text=True,
                             check=True).stdout.split()
        return int(out[0]), int(out[1])

    base, _ = probe("-")
    peak, claims = probe(str(root))
    per_claim = (peak - base) * 1024 / claims
    print(f"  peak memory over the empty process: {(peak - base) / 1024:,.0f} MiB, {per_claim:,.0f} bytes/claim")


def bench(size: int, files: int, runs: int, work: Path, phases: set[str]) -> bool:
    root = generate.write(work / f"ledger-{size}", size, files)
    print(f"{size:,} claims in {files:,} files", flush=True)
    reference = reference_engine.Reference()
    if not agree(root, reference):
        return False
    if "verify" in phases:
        ledger, loaded = load(root), reference.load(root)
        ours, theirs = median_pair(runs, lambda: verify(ledger), lambda: reference.verify(loaded))
        show("verify, ledger loaded", size, ours, theirs)
        del ledger, loaded
    if "load" in phases:
        os.environ["FACTLEDGER_CACHE_DIR"] = str(work / f"cache-{size}")
        load(root, cache=True)
        cold, theirs = median_pair(runs, lambda: verify(load(root)),
                                   lambda: reference.verify(reference.load(root)))
        show("load + verify from TOML, no cache", size, cold, theirs)
        warm = statistics.median(timed(lambda: verify(load(root, cache=True))) for _ in range(runs))
        show("load + verify, parse cache warm", size, warm, theirs)
    if "memory" in phases:
        memory(root)
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
    args = parser.parse_args(argv)
    phases = set(args.phases.split(","))
    sizes = [int(s) for s in args.sizes.split(",")]
    files = [int(f) for f in args.files.split(",")]
    with tempfile.TemporaryDirectory() as work:
        ok = all(bench(size, count, args.runs, Path(work), phases) for size, count in zip(sizes, files))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
