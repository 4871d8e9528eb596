"""What a first run with the parse cache costs over a load without it, for docs/performance.md.

    python bench/cache_write.py OUT [--runs 3]

Loads the ledger in OUT (from ``bench/generate.py``) in turns: without the
cache, and through it into a fresh, empty cache directory (a first run, as on
a CI machine that restored no cache), ``--runs`` times each. Prints the
median of each, and of the second what the cache itself spent: pickling the
entries, writing them to files, taking each file's fingerprint (its size,
time and a digest of its bytes) and making each file's value table, each
timed by a wrapper around the function that does it, and the size of the
entries it wrote.

A fresh directory per run, not one emptied before each: on some file systems
files created right after a large ``rm -rf`` are several times slower to make.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from factledger import load, parse_cache
from factledger.value_table import ValueTable
from timing import calls_timed

#: (module, function, what it does), each timed on its own during a load into an empty cache
PARTS = [
    (parse_cache.pickle, "dumps", "pickling the entries"),
    (parse_cache, "_write_atomically", "writing the entry files"),
    (parse_cache, "fingerprint", "fingerprints of the files"),
    (ValueTable, "__init__", "each file's value table"),
]


def first_run(root: Path, work: Path) -> tuple[float, dict[str, float], int]:
    """Seconds of a load into a new, empty cache; seconds of each part; bytes of the entries written."""
    folder = Path(tempfile.mkdtemp(dir=work, prefix="cache-"))
    os.environ["FACTLEDGER_CACHE_DIR"] = str(folder)
    with calls_timed(PARTS) as spent:
        gc.collect()
        start = time.perf_counter()
        load(root, cache=True)
        took = time.perf_counter() - start
    return took, spent, sum(entry.stat().st_size for entry in folder.glob("*.pickle"))


def without_cache(root: Path) -> float:
    gc.collect()
    start = time.perf_counter()
    load(root, cache=False)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ledger", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    plain, cached, written, parts = [], [], [], defaultdict(list)
    with tempfile.TemporaryDirectory(prefix="factledger-bench-") as work:
        for _ in range(args.runs):
            plain.append(without_cache(args.ledger))
            took, spent, size = first_run(args.ledger, Path(work))
            cached.append(took)
            written.append(size)
            for _module, _name, label in PARTS:
                parts[label].append(spent[label])
    median = statistics.median
    print(f"load without the cache           {median(plain):6.2f} s  (median of {args.runs})")
    print(f"load into an empty cache         {median(cached):6.2f} s  "
          f"({median(cached) - median(plain):+.2f} s)")
    for _module, _name, label in PARTS:
        print(f"  {label:<31}{median(parts[label]):6.2f} s")
    print(f"  entries written                {median(written) / 1e6:6.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
