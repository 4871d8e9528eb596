"""Importing factledger is cheap: heavy libraries load only when needed."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("pint", "numpy", "tomlkit", "jinja2")


def _loaded_after(code: str) -> list[str]:
    probe = f"{code}; import sys; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return out.stdout.split()


def verify_probe(options: str, then: str, before: str = "") -> str:
    """A program that runs ``main(['verify', sys.argv[1], OPTIONS])`` with stdout muted, then ``then``."""
    return (before + "import contextlib, io, sys\n"
            "from factledger.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    status = main(['verify', sys.argv[1], {options}])\n" + then)


@pytest.mark.parametrize("code", [
    "import factledger",
    "import factledger.cli",
    "from factledger import load, verify, Interval, compile_unit",
])
def test_import_loads_no_heavy_library(code):
    """Neither the package nor the CLI module imports pint, numpy, tomlkit or jinja2."""
    assert _loaded_after(code) == []


def test_every_public_name_resolves():
    """Each name in __all__ is importable from the package, though imported lazily."""
    import factledger

    missing = [name for name in factledger.__all__ if not hasattr(factledger, name)]
    assert missing == []


def test_unknown_attribute_is_an_attribute_error():
    """A name the package does not have raises AttributeError naming it."""
    import factledger

    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        factledger.nonsense  # noqa: B018


def test_verify_imports_neither_shutil_nor_hashlib(tmp_path):
    """argparse asks shutil for the terminal's width; the command asks the system itself.

    Writing the parse cache makes its temporary files without tempfile, which imports shutil,
    and digests files without hashlib, which loads OpenSSL. The unit table is no JSON, and
    the days of a month are counted without calendar.
    """
    import os
    import subprocess
    import sys
    from pathlib import Path

    ledger = Path(__file__).resolve().parent.parent / "ledger"
    probe = verify_probe("'--exit-zero'",
                         "print(any(m in sys.modules for m in ('shutil', 'hashlib', 'json', 'calendar')))\n")
    env = {**os.environ, "FACTLEDGER_CACHE_DIR": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", probe, str(ledger)], capture_output=True, text=True, env=env)
            for _ in range(2)]  # the first run writes the cache, the second reads it
    assert [run.returncode for run in runs] == [0, 0], runs[0].stderr + runs[1].stderr
    assert [run.stdout.strip() for run in runs] == ["False", "False"]  # writing the cache takes no tempfile
    # A CI run that writes its report to a file replaces it atomically, without tempfile either.
    report = tmp_path / "report.txt"
    writes = probe.replace("'--exit-zero'", "'--exit-zero', '-o', sys.argv[2]")
    written = subprocess.run([sys.executable, "-c", writes + "print('tempfile' in sys.modules)\n", str(ledger),
                              str(report)], capture_output=True, text=True, env=env)
    assert written.returncode == 0, written.stderr
    assert written.stdout.split() == ["False", "False"] and "FL201" in report.read_text("utf-8")


def test_verify_from_the_parse_cache_imports_no_pathlib(tmp_path):
    """pathlib brings urllib.parse and ipaddress, about 4 ms: paths are strings on the way to a verdict.

    Only a file that changed needs the TOML parser, whose package imports pathlib itself.
    """
    import os
    import subprocess
    import sys
    from pathlib import Path

    ledger = Path(__file__).resolve().parent.parent / "ledger"
    # Every import statement that names one of them is recorded with the module that ran it: an
    # editable install's import hook may have loaded pathlib already, so sys.modules cannot tell.
    probe = verify_probe("'--exit-zero'", "print(status, *seen)\n", before=(
        "import builtins\n"
        "real, seen = builtins.__import__, []\n"
        "def watch(name, globals=None, *rest, **options):\n"
        "    if name.split('.')[0] in ('pathlib', 'urllib', 'ipaddress'):\n"
        "        seen.append(f\"{(globals or {}).get('__name__')}:{name}\")\n"
        "    return real(name, globals, *rest, **options)\n"
        "builtins.__import__ = watch\n"))
    env = {**os.environ, "FACTLEDGER_CACHE_DIR": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", probe, str(ledger)], capture_output=True, text=True, env=env)
            for _ in range(2)]  # the first run writes the cache, the second reads it
    assert [run.returncode for run in runs] == [0, 0], runs[0].stderr + runs[1].stderr
    assert runs[1].stdout.split() == ["0"]
    assert "rtoml:pathlib" in runs[0].stdout.split()  # the probe sees an import when there is one


def test_help_is_as_wide_as_shutil_says(monkeypatch):
    """The width the command computes is the one shutil.get_terminal_size() would give."""
    import shutil

    from factledger import cli

    for columns in ("", "0", "abc", "40", "200"):
        if columns:
            monkeypatch.setenv("COLUMNS", columns)
        else:
            monkeypatch.delenv("COLUMNS", raising=False)
        assert cli._columns() == shutil.get_terminal_size().columns


def test_reading_a_plain_ledger_imports_neither_tomllib_nor_the_general_line_patterns(tmp_path):
    """rtoml reads the seed ledgers, and their lines are simple: the fallbacks stay unloaded."""
    import subprocess
    import sys
    from pathlib import Path

    ledger = Path(__file__).resolve().parent.parent / "ledger"
    probe = verify_probe("'--exit-zero', '--no-cache'",
                         "from factledger import source_lines, toml_reader\n"
                         "from factledger.patterns import OnFirstUse\n"
                         "print('tomllib' in sys.modules, toml_reader.rtoml is not None,\n"
                         "      sorted(n for n, v in vars(source_lines._Grammar).items()\n"
                         "             if n in ('table', 'key_line') and not isinstance(v, OnFirstUse)))\n")
    run = subprocess.run([sys.executable, "-c", probe, str(ledger)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    tomllib_loaded, have_rtoml, general = run.stdout.split(maxsplit=2)
    if have_rtoml == "True":  # without rtoml's wheel, tomllib reads everything
        assert tomllib_loaded == "False"
    assert general.strip() == "[]"


def test_verify_imports_no_class_builder_and_no_parser_of_python(tmp_path):
    """attrs brings inspect, ast, dis, tokenize and platform: about 30 ms of a small verify.

    The value classes are records (``factledger.records``), which need none of them, and
    the common derivations are read without Python's parser. A record still answers attrs'
    questions, importing attrs when one is asked.
    """
    import os
    import subprocess
    import sys
    from pathlib import Path

    ledger = Path(__file__).resolve().parent.parent / "ledger"
    unwanted = ("attr", "attrs", "inspect", "ast", "dis", "tokenize", "platform", "threading")
    probe = verify_probe("'--exit-zero'", f"print(status, *(m for m in {unwanted!r} if m in sys.modules))\n")
    env = {**os.environ, "FACTLEDGER_CACHE_DIR": str(tmp_path / "cache")}
    runs = [subprocess.run([sys.executable, "-c", probe, str(ledger)], capture_output=True, text=True, env=env)
            for _ in range(2)]  # the first run writes the cache, the second reads it
    assert [run.returncode for run in runs] == [0, 0], runs[0].stderr + runs[1].stderr
    assert runs[1].stdout.split() == ["0"]
    assert set(runs[0].stdout.split()) <= {"0", "ast"}  # a seed derivation needs Python's parser
    asks = subprocess.run([sys.executable, "-c", "import sys, attrs; from factledger import Claim; "
                           "print('attr' in sys.modules, [f.name for f in attrs.fields(Claim)][:2])"],
                          capture_output=True, text=True, check=True)
    assert asks.stdout.split() == ["True", "['id',", "'article_id']"]
