"""Extraction speed: characters per second on news text, linearity, and cold start.

Run: python bench/extract_speed.py [--profile]
Throughput is measured in-process on the corpus's news texts repeated to
several sizes (best of 5 runs each); cold start is the whole process,
`factledger extract` on a short file, best and median of 20 runs.
``--profile`` instead prints where the time of extracting 1,000,000
characters goes: the functions that spend most of it themselves (cProfile).
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from factledger.extraction import extract

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "extraction" / "texts"
NEWS = ("bwr-2024-11-17.txt", "ocnus-2019-04-25.txt", "fomc-2013-12-18.txt", "wp-dstt-2024-12-01.txt")
SHORT = CORPUS / "fomc-2013-12-18.txt"


def news_text(size: int) -> str:
    base = "\n\n".join((CORPUS / name).read_text(encoding="utf-8") for name in NEWS)
    return (base * (size // len(base) + 1))[:size]


def best_seconds(text: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract(text)
        times.append(time.perf_counter() - start)
    return min(times)


def cold_starts(runs: int = 20) -> list[float]:
    command = [sys.executable, "-m", "factledger", "extract", str(SHORT)]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor() or "unknown")
    return f"{os.cpu_count()} CPUs, {model}, Python {platform.python_version()}"


def profile(size: int = 1_000_000, rows: int = 12) -> None:
    import cProfile
    import pstats

    text = news_text(size)
    extract(news_text(10_000))
    profiler = cProfile.Profile()
    profiler.enable()
    extract(text)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"extracting {size:,} chars under cProfile: {total:.2f} s; the functions that spend most of it themselves:")
    rows_by_time = sorted(stats.stats.items(), key=lambda item: -item[1][2])[:rows]  # type: ignore[attr-defined]
    for (path, line, name), (_, calls, own, _cumulative, _) in rows_by_time:
        where = f"{Path(path).name}:{line}" if line else path
        print(f"  {own / total:5.1%}  {own:6.3f} s  {calls:>9,} calls  {name} ({where})")


def main() -> int:
    if "--profile" in sys.argv[1:]:
        profile()
        return 0
    print(f"machine: {machine()}")
    extract(news_text(10_000))  # warm the regex caches
    for size in (100_000, 1_000_000, 4_000_000):
        seconds = best_seconds(news_text(size))
        print(f"{size:>9,} chars: {seconds * 1000:8.1f} ms  {size / seconds / 1e6:5.2f} M chars/s")
    times = cold_starts()
    print(f"cold start (factledger extract {SHORT.name}, {SHORT.stat().st_size:,} bytes): "
          f"best {min(times) * 1000:.0f} ms, median {statistics.median(times) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
