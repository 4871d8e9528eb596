"""Score factledger extract and quantulum3 side by side on the labelled corpus.

Run: pip install quantulum3 && python bench/compare_quantulum.py
quantulum3 is installed for this benchmark only; it is not a factledger
dependency. Both extractors are scored with the same rules
(factledger/extraction/score.py); quantulum3's unit names are mapped onto ours.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

from factledger.extraction.score import Found, factledger_found, score_corpus, table

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "extraction"
_NAMES = {"dimensionless": "", "percentage": "percent", "dollar": "USD", "euro": "EUR",
          "metre": "m", "kilometre": "km", "millimetre": "mm", "centimetre": "cm",
          "tonne": "tonne", "short ton": "ton", "cubic metre": "m**3", "square foot": "ft**2"}


def quantulum_found(text: str) -> list[Found]:
    from quantulum3 import parser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantities = parser.parse(text)
    return [_found(q) for q in quantities]


def _found(quantity) -> Found:
    name = quantity.unit.name
    unit = "/".join(_NAMES.get(part.strip(), part.strip()) for part in name.split(" per "))
    start, end = quantity.span
    if quantity.uncertainty:
        return Found(start, end, unit, None, quantity.value - quantity.uncertainty,
                     quantity.value + quantity.uncertainty)
    return Found(start, end, unit, quantity.value)


def main() -> int:
    sys.stdout.write(table(score_corpus(CORPUS, factledger_found), "factledger extract"))
    import importlib

    try:  # whether it can be imported at all, before timing it
        importlib.import_module("quantulum3")
    except ImportError as error:
        print(f"\nquantulum3 could not be imported here ({error}); install it with "
              f"'pip install quantulum3' to compare.")
        return 0
    print()
    sys.stdout.write(table(score_corpus(CORPUS, quantulum_found), "quantulum3 (no classifier extra)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
