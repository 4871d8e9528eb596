"""The full reader of derivation expressions, through Python's parser and an ``ast`` whitelist.

:func:`factledger.expressions.parse_expression` reads the common forms
(``a * b``, ``sum(a, b)``, ``a > b``) itself and hands the rest here: importing
``ast`` costs a ledger that never needs it a millisecond or two at start-up.
"""

from __future__ import annotations

import ast
import re
import warnings

from factledger.errors import ExpressionError, UnitError, quoted
from factledger.expressions import (
    FUNCTIONS,
    MAX_EXPRESSION_DEPTH,
    BinOp,
    Call,
    Comparison,
    Const,
    Neg,
    Node,
    Ref,
)
from factledger.patterns import OnFirstUse
from factledger.units import compile_unit

_OPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.Pow: "**"}
_COMPARE = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "=="}


class _Grammar:
    """The patterns that stand claim ids with an article and constants with a unit in for Python names."""

    qualified = OnFirstUse(r"(?<![\w.])([A-Za-z_][\w-]*):([A-Za-z_]\w*)")
    unit_constant = OnFirstUse(r"(?<![\w.])(\d+(?:\.\d+)?)\s+([A-Za-z_%]+)(?!\s*[(:])")
    # "318 million USD", "318,000,000 USD": a figure as prose prints it, which an expression does not read
    scaled_constant = OnFirstUse(r"(?<![\w.,])(\d+(?:\.\d+)?)\s+(thousand|million|billion|trillion)\b(\s+[A-Za-z_%]+)?",
                                 re.IGNORECASE)
    grouped_constant = OnFirstUse(r"(?<![\w.,(])(\d{1,3}(?:,\d{3})+)(?![\d,])(\s+[A-Za-z_%]+)?")


_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _reject_printed_constants(text: str) -> None:
    """A constant written as prose prints a figure is refused with its digits: "318 million USD" was
    "not valid arithmetic (invalid syntax)", and "318,000,000 USD" read as three numbers."""
    scaled = _Grammar.scaled_constant.search(text)
    if scaled:
        digits = float(scaled.group(1)) * _SCALES[scaled.group(2).lower()]
        written = f"{digits:.0f}" if digits.is_integer() else f"{digits:g}"
        raise ExpressionError(f"expression {quoted(text)}: write the constant {quoted(scaled.group(0).strip())} in "
                              f"digits, without a scale word: {written}{scaled.group(3) or ''}")
    grouped = _Grammar.grouped_constant.search(text)
    if grouped:
        raise ExpressionError(f"expression {quoted(text)}: write the constant {quoted(grouped.group(0).strip())} "
                              f"without thousands separators: {grouped.group(1).replace(',', '')}"
                              f"{grouped.group(2) or ''}")


def parse_in_full(text: str, allow_comparison: bool) -> Node:
    """Parse ``text`` with Python's parser into a node tree, or raise :class:`ExpressionError`."""
    _reject_printed_constants(text)
    source, names, constants = _prepare(text)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "invalid decimal literal" would print to stderr
            tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as error:
        raise ExpressionError(f"expression {quoted(text)} is not valid arithmetic ({error.msg})") from None
    except (ValueError, RecursionError, MemoryError):
        raise ExpressionError(f"expression {quoted(text)} is not valid arithmetic (nested too deeply)") from None
    translator = _Translator(text, names, constants)
    try:
        node = translator.top(tree.body, allow_comparison)
    except RecursionError:
        raise ExpressionError(f"expression {quoted(text)} is nested too deeply") from None
    return node


def _prepare(text: str) -> tuple[str, dict[str, str], dict[str, Const]]:
    names: dict[str, str] = {}
    constants: dict[str, Const] = {}

    def qualified(match: re.Match[str]) -> str:
        placeholder = f"__ref{len(names)}"
        names[placeholder] = f"{match.group(1)}:{match.group(2)}"
        return placeholder

    def unit_constant(match: re.Match[str]) -> str:
        placeholder = f"__const{len(constants)}"
        unit = "percent" if match.group(2) == "%" else match.group(2)
        constants[placeholder] = Const(float(match.group(1)), unit)
        return placeholder

    text = _Grammar.qualified.sub(qualified, text)
    text = _Grammar.unit_constant.sub(unit_constant, text)
    return text, names, constants


class _Translator:
    def __init__(self, original: str, names: dict[str, str], constants: dict[str, Const]) -> None:
        self.original = original
        self.names = names
        self.constants = constants
        self.whole: ast.expr | None = None
        self.depth = 0

    def fail(self, what: str) -> ExpressionError:
        return ExpressionError(f"expression {quoted(self.original)}: {what}")

    def top(self, node: ast.expr, allow_comparison: bool) -> Node:
        self.whole = node
        if isinstance(node, ast.Compare):
            if not allow_comparison:
                raise self.fail("a comparison is only allowed in a check's \"holds\"")
            if len(node.ops) != 1 or type(node.ops[0]) not in _COMPARE:
                raise self.fail("use exactly one comparison: < <= > >= ==")
            return Comparison(_COMPARE[type(node.ops[0])], self.visit(node.left),
                              self.visit(node.comparators[0]))
        if allow_comparison:
            raise self.fail("a check needs a comparison such as \"a > b\"")
        return self.visit(node)

    def visit(self, node: ast.expr) -> Node:
        self.depth += 1
        try:
            if self.depth > MAX_EXPRESSION_DEPTH:
                raise ExpressionError(f"expression {quoted(self.original)} is nested more than "
                                      f"{MAX_EXPRESSION_DEPTH} levels deep; use sum(...) for long "
                                      f"additions, or split it into claims")
            return self.translate(node)
        finally:
            self.depth -= 1

    def translate(self, node: ast.expr) -> Node:
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return BinOp(_OPS[type(node.op)], self.visit(node.left), self.visit(node.right))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            operand = self.visit(node.operand)
            return Neg(operand) if isinstance(node.op, ast.USub) else operand
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) \
                and not isinstance(node.value, bool):  # True is an int to Python, not a number to a ledger
            return Const(float(node.value))
        if isinstance(node, ast.Name):
            return self.name(node.id)
        if isinstance(node, ast.Call):
            return self.call(node)
        allowed = "write arithmetic with numbers, claim ids, + - * / **, parentheses and min/max/sum"
        if node is self.whole:
            raise ExpressionError(f"expression {quoted(self.original)} is not allowed; {allowed}")
        raise self.fail(f"{quoted(ast.unparse(node), 40)} is not allowed; {allowed}")

    def name(self, identifier: str) -> Node:
        if identifier in self.constants:
            const = self.constants[identifier]
            try:
                compile_unit(const.unit)
            except UnitError as error:
                raise self.fail(error.message) from None
            return const
        return Ref(self.names.get(identifier, identifier))

    def call(self, node: ast.Call) -> Node:
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
            raise self.fail(f"calls {quoted(ast.unparse(node.func), 40)}; only {', '.join(FUNCTIONS)} "
                            f"may be called")
        if node.keywords or not node.args:
            raise self.fail(f"{node.func.id}() takes one or more plain arguments")
        return Call(node.func.id, tuple(self.visit(arg) for arg in node.args))
