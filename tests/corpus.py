"""Running the bad-input corpus (``tests/data/bad``) through the real command line.

Each case is a file or a small directory in ``tests/data/bad/cases``; its
expected exit status and one-line message live in ``tests/data/bad/expected.toml``.
``python tests/corpus.py`` writes the entries of new cases (``--all`` rewrites
every entry); read each new message as the ledger's author would before
committing it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import attrs

BAD = Path(__file__).resolve().parent / "data" / "bad"
CASES = BAD / "cases"
EXPECTED = BAD / "expected.toml"


@attrs.frozen
class Run:
    status: int
    stdout: str
    stderr: str

    @property
    def message(self) -> str:
        """The one line a case is judged by: stderr for an error, else stdout's first line."""
        if self.status == 2:
            return self.stderr.rstrip("\n")
        return self.stdout.split("\n", 1)[0]


def case_names() -> list[str]:
    return sorted(path.name for path in CASES.iterdir())


def run_case(name: str) -> Run:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONHASHSEED": "0"}
    env.pop("FACTLEDGER_DEBUG", None)
    done = subprocess.run([sys.executable, "-m", "factledger", "verify", "--no-cache", name], cwd=CASES,
                          capture_output=True, text=True, env=env, timeout=120)
    return Run(done.returncode, done.stdout, done.stderr)


def run_all(names: list[str]) -> dict[str, Run]:
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as pool:
        return dict(zip(names, pool.map(run_case, names)))


def expected() -> dict[str, dict[str, object]]:
    return tomllib.loads(EXPECTED.read_text("utf-8")) if EXPECTED.exists() else {}


def write_expected(entries: dict[str, dict[str, object]]) -> None:
    lines = ["# The bad-input corpus: for each case in cases/, the exit status of",
             "# `factledger verify CASE` (run inside cases/) and the one line it prints:",
             "# stderr for status 2; the first line of stdout (stderr empty) for 0 and 1.", ""]
    for name in sorted(entries):
        entry = entries[name]
        lines += [f"[{json.dumps(name)}]", f"status = {entry['status']}",
                  f"message = {json.dumps(entry['message'], ensure_ascii=False)}", ""]
    EXPECTED.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str]) -> int:
    entries = {} if "--all" in argv else expected()
    names = [n for n in case_names() if n not in entries]
    for name, run in run_all(names).items():
        entries[name] = {"status": run.status, "message": run.message}
        print(f"{run.status} {name}: {run.message}")
    write_expected({n: e for n, e in entries.items() if (CASES / n).exists()})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
