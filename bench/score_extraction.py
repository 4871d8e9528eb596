"""Score `factledger extract` on the labelled corpus in tests/data/extraction/.

Run: python bench/score_extraction.py [--verbose]
Prints recall, precision and value accuracy per text and pooled (see
factledger/extraction/score.py for how a mention matches).
"""

from __future__ import annotations

import sys
from pathlib import Path

from factledger.extraction.score import factledger_found, score_corpus, table

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "extraction"


def main(argv: list[str]) -> int:
    scores = score_corpus(CORPUS, factledger_found)
    sys.stdout.write(table(scores, "factledger extract"))
    if "--verbose" in argv:
        for score in scores:
            for label in score.missed:
                print(f"  {score.name}: missed {label['text']!r} ({label['unit']})")
            for found in score.spurious:
                text = (CORPUS / "texts" / f"{score.name}.txt").read_text(encoding="utf-8")
                print(f"  {score.name}: spurious {text[found.start:found.end]!r} ({found.unit}) "
                      f"in {text[max(0, found.start - 30):found.end + 20]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
