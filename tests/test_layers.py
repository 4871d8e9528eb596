"""Data moves one way: a module imports only from its own layer or below.

The layers follow the design: errors and locations at the bottom; then values (intervals,
units, periods, provenance, findings); figures and claims; the ledger, its storage and
computation; rules; the engine; output formats and reports; the command line on top.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "factledger"

LAYERS = [
    {"_version", "errors", "locations", "pickling", "collector", "patterns", "records"},
    {"intervals", "periods", "provenance", "findings", "units"},
    {"display", "numbers", "hedges"},
    {"figures", "expressions", "expression_parser", "claims"},
    {"ledger", "store", "compute", "safe_write", "ledger_edit", "toml_layout", "context", "parse_cache", "claim_rows", "entries",
     "source_lines", "toml_reader", "decode_errors", "value_table", "documents", "tables"},
    {"rules"},
    {"engine"},
    {"formats", "errata", "extraction", "waivers", "mention_coverage", "article_file", "claimreview"},
    {"cli", "commands", "__init__", "__main__", "pytest_plugin"},
]
LAYER_OF = {name: level for level, names in enumerate(LAYERS) for name in names}


def top_module(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0].removesuffix(".py")


def imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("factledger."):
            names.add(node.module.split(".")[1])
        elif isinstance(node, ast.ImportFrom) and node.module == "factledger":
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(a.name.split(".")[1] for a in node.names if a.name.startswith("factledger."))
    return names


def test_every_module_has_a_layer():
    modules = {top_module(p) for p in PACKAGE.rglob("*.py")}
    assert modules - set(LAYER_OF) == set(), "add new modules to LAYERS in tests/test_layers.py"


def test_no_module_imports_from_a_layer_above():
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        here = LAYER_OF[top_module(path)]
        for name in imported(path):
            if name in LAYER_OF and LAYER_OF[name] > here:
                wrong.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert wrong == []
