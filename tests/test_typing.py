"""factledger ships ``py.typed``: ``mypy --strict`` reads the documented API as it works.

A user's program that calls the API as README.md and docs/api.md show it type-checks, and
one that misuses it (sets a field of a frozen record, passes a keyword no constructor
takes) gets an error on each such line and nowhere else. The package itself type-checks.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

import factledger

PACKAGE_DIR = Path(factledger.__file__).resolve().parent

# Every public name, imported as a user would: under --strict each must be exported.
IMPORT_EVERY_NAME = f"from factledger import {', '.join(factledger.__all__)}  # noqa: F401\n"

DOCUMENTED_USE = IMPORT_EVERY_NAME + '''
import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import assert_type

import factledger
from factledger.records import evolve, fields

ledger = factledger.load("ledger/")
assert_type(ledger, Ledger)
paths: list[str] = ["a.toml", "b.toml"]
assert_type(load_many(paths, root="."), Ledger)
assert_type(load_many([Path("a.toml"), "b.toml"], cache=True), Ledger)

result = factledger.verify(ledger, Settings(select=("FL2",), ignore=("FL201",)))
assert_type(Settings(select="FL201").select, tuple[str, ...])  # one code, as a string
assert_type(Settings(select=["FL2", "FL3"], ignore="FL201").ignore, tuple[str, ...])
result = verify(ledger)
assert_type(result, Result)
for finding in result.findings:
    assert_type(finding, Finding)
    assert_type(finding.code, str)
    assert_type(finding.location, Location)
    assert_type(finding.severity.label, str)
    print(finding.location, finding.code, finding.name, finding.message, finding.claims)
    for step in finding.evidence.steps:
        print("   ", step)
    print("    fix:", finding.correction or finding.suggestion)
    assert_type(evolve(finding, message="reworded"), Finding)
assert_type(result.coverage.checked, int)
print(result.coverage.checked, "of", result.coverage.claims, "claims checked")
assert_type(result.claims["nk:troops"], ClaimEvidence)
assert_type(factledger.errata.render(result, format="html"), str)

waived, report = factledger.waivers.apply_waivers(result, factledger.waivers.load_waivers("w.toml"),
                                                  dt.date.today())
assert_type(factledger.errata.render(waived, accepted=report.waived), str)

figure = factledger.read_figure("$24M")
assert_type(figure, Figure)
assert_type(figure.interval, Interval)
assert_type(read_figure("12,000", unit="troop", signed=False).value, float)
assert_type(parse_period("2024", published=dt.date(2024, 5, 1)), Period)
assert_type(compile_unit("USD/month"), Unit)
for draft in factledger.extract("Exports rose 5% to $24M."):
    assert_type(draft, DraftClaim)
    print(draft.line, draft.printed, draft.unit, draft.figure and draft.figure.interval, draft.flags)

article = Article(id="nk", title="T", published=dt.date(2024, 5, 1))
claim = Claim(id="troops", article_id=article.id, figure=read_figure("12,000", unit="troop"))
claim = Claim("troops", "nk", None, subject="North Korea", measure="troops sent")
assert_type(claim.key, str)
print([field.name for field in fields(factledger.Claim)])
print(sorted([Location("a.toml", 3), Location("a.toml", 1)]))
print({claim: article})  # records are hashable
assert_type(Result(findings=()).claims, Mapping[str, ClaimEvidence])  # the others have defaults
check = CheckResult("nk:troops", "derivation", Verdict.CONSISTENT, detail="12,000 troops")
assert_type(check.detail, str)


class Audited(Finding):
    """A subclass of a record is made with its fields."""


audited = Audited("FL101", "derived-value-mismatch", Severity.ERROR, "wrong", Location("a.toml", 3))
assert_type(evolve(audited, code="FL102").code, str)
'''

# Each line marked "# error" must get an error; no other line may.
MISUSE = '''
import factledger
from factledger import Article, CheckResult, Claim, Finding, Location, Settings, Verdict

def reword(finding: Finding) -> None:
    finding.code = "FL999"  # error: a record is frozen
    finding.evidence.steps = ()  # error: so is the evidence in it

Settings(selected=("FL2",))  # error: no such field
Article(title="T")  # error: id is required
Claim("troops", "nk")  # error: so is figure
CheckResult("nk:troops", "derivation", Verdict.CONSISTENT, describe="holds")  # error: given as detail
factledger.read_figure(24)  # error: a printed figure is text
sorted([Location("a.toml", 1)])
sorted([Settings()])  # error: only a record made with order=True is ordered
factledger.vrify  # error: no such name
'''


def _mypy(tmp_path: Path, programs: dict[str, str]) -> list[str]:
    """Type-check ``programs`` (name -> source) with ``mypy --strict``; its error lines."""
    for name, source in programs.items():
        (tmp_path / name).write_text(source, encoding="utf-8")
    # An editable install reaches the checkout through an import hook mypy cannot follow: show
    # mypy the checkout. Either way the package's own errors are its business, not the user's,
    # as they are for any installed package.
    checkout = (PACKAGE_DIR.parent / "pyproject.toml").is_file()
    search = f"mypy_path = {PACKAGE_DIR.parent}\n" if checkout else ""
    (tmp_path / "mypy.ini").write_text(
        f"[mypy]\nstrict = True\n{search}cache_dir = {tmp_path / 'cache'}\n"
        "[mypy-factledger.*]\nfollow_imports = silent\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "mypy", "--config-file", "mypy.ini", "--no-error-summary",
                          "--no-pretty", *programs], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode in (0, 1), run.stdout + run.stderr  # 2: mypy itself failed
    return [line for line in run.stdout.splitlines() if ": error: " in line]


def test_documented_use_passes_and_misuse_is_reported(tmp_path):
    """The documented calls pass ``mypy --strict``; each misuse is an error on its own line."""
    errors = _mypy(tmp_path, {"documented.py": DOCUMENTED_USE, "misuse.py": MISUSE})

    assert [line for line in errors if not line.startswith("misuse.py:")] == []
    marked = [number for number, line in enumerate(MISUSE.splitlines(), 1) if "# error" in line]
    reported = sorted({int(line.split(":")[1]) for line in errors})
    assert reported == marked, "\n".join(errors)
    frozen = [line for line in errors if line.startswith(f"misuse.py:{marked[0]}:")]
    assert any(re.search(r'"code" .*read-only', line) for line in frozen), frozen


def test_the_package_type_checks(tmp_path):
    """``mypy factledger``, as a contributor runs it in the checkout, reports no error.

    Its errors were mostly annotations that said less than the code does, and once a crash
    (``extract`` took ``None`` for the unit of "sq ft" printed with a no-break space). mypy
    reads the project's settings in pyproject.toml, and no user's.
    """
    checkout = PACKAGE_DIR.parent
    if not (checkout / "pyproject.toml").is_file():
        pytest.skip("the package is type-checked in its checkout")
    run = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(checkout / "pyproject.toml"),
                          "--cache-dir", str(tmp_path / "cache"), "--no-pretty", "factledger"],
                         capture_output=True, text=True, cwd=checkout)
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_public_name_is_exported_to_type_checkers_and_imported_on_use():
    """``__all__``, the imports type checkers read and the table of lazy imports name the same things.

    A type checker knows a public name only from the ``if TYPE_CHECKING:`` imports and
    ``__all__`` (as a literal list); at run time ``_HOMES`` imports it on first use.
    """
    tree = ast.parse((PACKAGE_DIR / "__init__.py").read_text("utf-8"))
    guarded = next(node for node in tree.body if isinstance(node, ast.If)
                   and ast.unparse(node.test) == "TYPE_CHECKING")
    for_checkers = {alias.name: node.module.removeprefix("factledger").lstrip(".")
                    for node in guarded.body if isinstance(node, ast.ImportFrom) for alias in node.names}
    at_run_time = {**factledger._HOMES, **dict.fromkeys(factledger._SUBPACKAGES, "")}

    assert for_checkers == at_run_time
    assert sorted(factledger.__all__) == sorted([*at_run_time, "__version__"])
    assert len(set(factledger.__all__)) == len(factledger.__all__)
