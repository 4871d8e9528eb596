"""Long-running coverage-guided fuzzing of the ledger readers (opt-in; see docs/robustness.md).

    pip install atheris
    python fuzz/fuzz_ledger.py --seed fuzz/corpus     # seed it from tests/data/bad
    python fuzz/fuzz_ledger.py fuzz/corpus -max_total_time=600

Each input is split by its first byte into one of three targets: the figure
reader, the expression parser, or a whole ledger file (TOML or JSON) loaded,
verified and rendered. Anything but a FactledgerError is a crash; atheris
saves the input as ``crash-*`` for a new corpus case.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from factledger import FactledgerError, load, read_figure, verify
    from factledger.expressions import parse_expression
    from factledger.formats import FORMATS, RenderOptions

WORK = Path(tempfile.mkdtemp(prefix="factledger-fuzz-"))


def _ledger(data: bytes, suffix: str) -> None:
    path = WORK / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        ledger = load(path, root=WORK)
    except FactledgerError as error:
        assert "\n" not in error.message and error.location.line >= 1, str(error)
        return
    result = verify(ledger)
    for render in FORMATS.values():
        render(result, RenderOptions())


def test_one_input(data: bytes) -> None:
    if not data:
        return
    target, rest = data[0] % 4, data[1:]
    text = rest.decode("utf-8", "replace")
    try:
        if target == 0:
            read_figure(text[:300])
        elif target == 1:
            parse_expression(text[:2100], allow_comparison=bool(data[0] & 0x10))
        else:
            _ledger(rest, ".toml" if target == 2 else ".json")
    except FactledgerError as error:
        assert "\n" not in error.message, str(error)


TARGETS = {".toml": b"\x02", ".json": b"\x03"}


def seed(directory: Path) -> None:
    """Seed a corpus with the small cases of the bad-input corpus, each prefixed with its target."""
    directory.mkdir(parents=True, exist_ok=True)
    cases = Path(__file__).resolve().parent.parent / "tests" / "data" / "bad" / "cases"
    for case in sorted(cases.iterdir()):
        if case.suffix in TARGETS and case.stat().st_size < 4000:
            (directory / f"seed-{case.stem}").write_bytes(TARGETS[case.suffix] + case.read_bytes())
    for number, figure in enumerate(["$24M", "about 1.2 million", "$2,000/month", "4 ft 11 27/32 in"]):
        (directory / f"seed-figure-{number}").write_bytes(b"\x00" + figure.encode())
    for number, expression in enumerate(["a * b", "max(a, b) + 365 day", "other:x ** 2"]):
        (directory / f"seed-expression-{number}").write_bytes(b"\x01" + expression.encode())


def main() -> None:
    if sys.argv[1:2] == ["--seed"]:
        seed(Path(sys.argv[2]))
        return
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    os.environ.setdefault("NO_COLOR", "1")
    main()
