"""Time verify of a loaded ledger, and verify with the report it feeds, for A/B runs of two checkouts.

    python bench/verify_time.py OUT100K --runs 3 [--format text]

Loads the ledger once (through the parse cache), verifies it once to warm up,
then ``--runs`` times: verify alone, and verify followed by the report of
``--format`` (every finding worded, as ``factledger verify`` prints them).
Prints the best and median of each, in processor time (``time.process_time``:
on a shared machine, wall-clock time counts other jobs' turns too) and wall
time. To compare two checkouts, run it with each first on ``PYTHONPATH``, in
turns, pinned to one processor::

    for i in 1 2 3; do for d in OLD NEW; do
      FACTLEDGER_CACHE_DIR=/tmp/cache-$(basename $d) PYTHONPATH=$d taskset -c 1 \\
        python bench/verify_time.py OUT100K --runs 3; done; done
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from pathlib import Path

import factledger
from factledger import load, verify
from factledger.formats import FORMATS, RenderOptions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ledger", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--format", default="text", choices=sorted(FORMATS))
    args = parser.parse_args()

    ledger = load(args.ledger, cache=True)
    claims = len(ledger.claims)
    render = FORMATS[args.format]
    verify(ledger)
    alone: list[tuple[float, float]] = []
    reported: list[tuple[float, float]] = []
    for _ in range(args.runs):
        gc.collect()
        cpu, wall = time.process_time(), time.perf_counter()
        result = verify(ledger)
        alone.append((time.process_time() - cpu, time.perf_counter() - wall))
        del result
        gc.collect()
        cpu, wall = time.process_time(), time.perf_counter()
        render(verify(ledger), RenderOptions())
        reported.append((time.process_time() - cpu, time.perf_counter() - wall))
    where = Path(factledger.__file__).parent.parent
    print(f"{where}: {claims:,} claims, best of {args.runs} (median), processor / wall:")
    for label, times in (("verify", alone), (f"verify + {args.format} report", reported)):
        cpu, wall = zip(*times)
        print(f"  {label:<22} {min(cpu):6.3f} s ({statistics.median(cpu):.3f}) / {min(wall):6.3f} s "
              f"({statistics.median(wall):.3f}); {claims / min(cpu):,.0f} claims/s")


if __name__ == "__main__":
    main()
