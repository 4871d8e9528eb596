"""What `factledger verify` must import before any of its own work, for docs/performance.md.

    python bench/startup_floor.py OUT

Runs ``factledger verify OUT`` once so that the parse cache is warm, as it is
for most runs, then once more in a fresh child process that records, and this
script prints:

* the top-level standard-library modules verify imported (everything but
  factledger; ``contextlib``, ``io`` and ``time``, which the probe itself
  needs, are loaded before it looks), as one ``import`` statement, and
  whether attrs was imported (it should not be);
* the time ``factledger.records`` spends making the classes verify uses
  (``records._make``, summed);
* how many of the readers' patterns the run left uncompiled (the parse cache
  was warm, so it read no figure), and what compiling them costs;
* a hyperfine command that times Python alone, those modules, and the whole
  command: the floor under a start-up figure.

Children run with ``-P``: the factledger this Python imports, not a checkout
in the current directory.
"""

from __future__ import annotations

import ast
import shlex
import subprocess
import sys

PROBE = """
import contextlib, io, sys, time
before = set(sys.modules)
import factledger.records
spent, classes = 0.0, 0
make = factledger.records._make
def timed_make(*args):
    global spent, classes
    start = time.perf_counter()
    try:
        return make(*args)
    finally:
        spent += time.perf_counter() - start
        classes += 1
factledger.records._make = timed_make
from factledger.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    main(["verify", sys.argv[1], "--quiet", "--exit-zero"])
loaded = sorted(name for name in set(sys.modules) - before
                if "." not in name and not name.startswith("factledger"))
import re
from factledger.patterns import OnFirstUse
waiting = [v for m in list(sys.modules.values()) if (m.__name__ or "").startswith("factledger")
           for v in vars(getattr(m, "_Grammar", object)).values() if isinstance(v, OnFirstUse)]
re.purge()
start = time.perf_counter()
for pattern in waiting:
    re.compile(pattern.pattern, pattern.flags)
compiling = time.perf_counter() - start
print(repr({"modules": loaded, "classes": classes, "seconds": spent, "attrs": "attr" in sys.modules,
            "patterns": len(waiting), "compiling": compiling}))
"""


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python bench/startup_floor.py LEDGER", file=sys.stderr)
        return 2
    subprocess.run([sys.executable, "-P", "-m", "factledger", "verify", args[0], "--quiet", "--exit-zero"],
                   stdout=subprocess.DEVNULL, check=False)
    out = subprocess.run([sys.executable, "-P", "-c", PROBE, args[0]], capture_output=True, text=True,
                         check=True).stdout
    found = ast.literal_eval(out)
    statement = "import " + ",".join(found["modules"])
    print(f"{len(found['modules'])} standard-library modules imported by factledger verify:")
    print(f"  {statement}")
    print(f"factledger.records made {found['classes']} classes for it in {found['seconds'] * 1e3:.1f} ms"
          + ("; attrs was imported" if found["attrs"] else ""))
    print(f"{found['patterns']} patterns of the readers were left uncompiled (factledger.patterns); "
          f"compiling them takes {found['compiling'] * 1e3:.1f} ms")
    python = shlex.quote(sys.executable)
    commands = [f"{python} -c pass", f"{python} -c {shlex.quote(statement)}",
                f"factledger verify {shlex.quote(args[0])} --quiet --exit-zero"]
    print("time them with:")
    print("  hyperfine -N -w 5 -r 40 " + " ".join(shlex.quote(c) for c in commands))
    return 0


if __name__ == "__main__":
    sys.exit(main())
