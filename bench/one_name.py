"""One figure stated across an archive: verify time, checks and findings as the archive grows.

    python bench/one_name.py [--articles 1000,4000,16000] [--runs 3]

Every article states China's share of North Korea's trade (80%, 92.5% or 97%)
for 2016, 2019 or no period, some twice, and some tie two of theirs with a
``same`` check. The bench's main generator (``generate.py``) states a name in
two or three files; an archive repeats one in thousands. Cross-source checks
compare each figure with the earlier ones of its name, so their work, checks
and findings should grow with the articles, not with the pairs of articles:
this prints claims, the best of ``--runs`` verifies (ledger loaded), time a
claim, and how many checks and findings the verify made.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path


def write(root: Path, articles: int, seed: int = 5) -> Path:
    """``articles`` ledger files in ``root``, each stating the share once to three times."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    for n in range(articles):
        lines = ["[article]", f'id = "a{n:05d}"', f"published = 2024-01-{1 + n % 28:02d}", ""]
        ids = [f"share{k}" for k in range(rng.choice((1, 1, 1, 2, 3)))]
        for cid in ids:
            lines += [f"[claims.{cid}]", f'figure = "{rng.choice(("80%", "92.5%", "92.5%", "97%"))}"',
                      'subject = "North Korea"', "measure = \"China's share of trade\""]
            period = rng.choice(("2016", "2016", "2019", ""))
            lines += [f'period = "{period}"'] if period else []
            lines.append("")
        if len(ids) > 1 and rng.random() < 0.5:
            lines += ["[[checks]]", 'kind = "same"', f'claims = ["{ids[0]}", "{ids[1]}"]', ""]
        (root / f"a{n:05d}.toml").write_text("\n".join(lines), "utf-8")
    return root


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default="1000,4000,16000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    from factledger import load, verify

    print(f"{'articles':>9} {'claims':>8} {'verify':>9} {'per claim':>10} {'checks':>8} {'findings':>9}")
    with tempfile.TemporaryDirectory() as work:
        for articles in (int(n) for n in args.articles.split(",")):
            ledger = load(write(Path(work) / str(articles), articles))
            best = float("inf")
            for _ in range(args.runs):
                result = None  # the previous result is freed before the clock starts, not inside it
                start = time.perf_counter()
                result = verify(ledger)
                best = min(best, time.perf_counter() - start)
            claims = len(ledger.claims)
            print(f"{articles:>9,} {claims:>8,} {best:>8.2f}s {best / claims * 1e6:>8.1f}us "
                  f"{len(result.checks):>8,} {len(result.findings):>9,}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
