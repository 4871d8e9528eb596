"""Derivation expressions: safe arithmetic over claim ids, parsed with an ``ast`` whitelist.

``derived = "nk_troops * nk_pay"`` or ``holds = "storage > demand * 1 year"``.
Allowed: numbers, claim ids (``other-article:claim`` for a claim in another
ledger file), ``+ - * / **`` (integer powers), parentheses, constants with a
unit (``365 day``, ``100 percent``), ``min``/``max``/``sum`` over arguments,
and, in checks only, one comparison (``< <= > >= ==``). Nothing is ever
evaluated by Python: the tree is translated into our own small node types.
"""

from __future__ import annotations

import ast
import re
import warnings
from keyword import iskeyword
from typing import Union

from factledger.errors import ExpressionError, UnitError, quoted
from factledger.patterns import OnFirstUse
from factledger.pickling import rebuilt_by_init
from factledger.records import record
from factledger.units import compile_unit

MAX_EXPRESSION_LENGTH = 2000
#: Deeper trees are no real derivation, and would exhaust Python's stack in the engine.
MAX_EXPRESSION_DEPTH = 100


@rebuilt_by_init
@record
class Ref:
    claim_id: str


@rebuilt_by_init
@record
class Const:
    value: float
    unit: str = ""

    def text(self) -> str:
        number = f"{self.value:g}"
        return f"{number} {self.unit}" if self.unit else number


@rebuilt_by_init
@record
class BinOp:
    op: str  # + - * / **
    left: "Node"
    right: "Node"


@rebuilt_by_init
@record
class Neg:
    operand: "Node"


@rebuilt_by_init
@record
class Call:
    name: str  # min, max, sum
    args: tuple["Node", ...]


@rebuilt_by_init
@record
class Comparison:
    op: str  # < <= > >= ==
    left: "Node"
    right: "Node"


Node = Union[Ref, Const, BinOp, Neg, Call, Comparison]

_OPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.Pow: "**"}
_COMPARE = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "=="}
FUNCTIONS = ("min", "max", "sum")


def parse_expression(text: str, allow_comparison: bool = False) -> Node:
    """Parse ``text`` into a node tree, or raise :class:`ExpressionError`."""
    if not isinstance(text, str) or not text.strip():
        raise ExpressionError("expression is empty; expected arithmetic over claim ids, e.g. \"a * b\"")
    if len(text) > MAX_EXPRESSION_LENGTH:
        raise ExpressionError(f"expression is {len(text)} characters long; the limit is {MAX_EXPRESSION_LENGTH}")
    simple = _simple_expression(text, allow_comparison)
    if simple is not None:
        return simple
    return _parse_in_full(text, allow_comparison)


# The forms most derivations take: two claim ids and an operator ("troops * pay"), or
# min/max/sum of claim ids; and the form most compare checks take, two claim ids compared
# ("a > b"). Read without Python's parser, which costs ten times more; ids
# that could be anything else (a keyword such as None, an article-qualified id, any colon,
# non-ASCII letters) and any other spacing go the full way. A test holds both readings equal.
_ID_TEXT = r"[A-Za-z_][A-Za-z0-9_]*"


class _Grammar:
    """The expression reader's patterns, compiled when the first expression is read (``factledger.patterns``)."""

    qualified = OnFirstUse(r"(?<![\w.])([A-Za-z_][\w-]*):([A-Za-z_]\w*)")
    unit_constant = OnFirstUse(r"(?<![\w.])(\d+(?:\.\d+)?)\s+([A-Za-z_%]+)(?!\s*[(:])")
    simple_binary = OnFirstUse(rf"({_ID_TEXT})[ \t]*([-+*/])[ \t]*({_ID_TEXT})")
    simple_call = OnFirstUse(rf"(min|max|sum)[ \t]*\([ \t]*({_ID_TEXT}(?:[ \t]*,[ \t]*{_ID_TEXT})*)[ \t]*\)")
    argument_separator = OnFirstUse(r"[ \t]*,[ \t]*")
    simple_comparison = OnFirstUse(rf"({_ID_TEXT})[ \t]*(<=|>=|==|<|>)[ \t]*({_ID_TEXT})")


def _simple_expression(text: str, allow_comparison: bool = False) -> Node | None:
    stripped = text.strip()
    if allow_comparison:  # a comparison is then required: anything else is the full parser's to word
        comparison = _Grammar.simple_comparison.fullmatch(stripped)
        if comparison is None:
            return None
        left, op, right = comparison.groups()
        if iskeyword(left) or iskeyword(right):
            return None
        return Comparison(op, Ref(left), Ref(right))
    binary = _Grammar.simple_binary.fullmatch(stripped)
    if binary is not None:
        left, op, right = binary.groups()
        if iskeyword(left) or iskeyword(right):
            return None
        return BinOp(op, Ref(left), Ref(right))
    call = _Grammar.simple_call.fullmatch(stripped)
    if call is not None:
        names = _Grammar.argument_separator.split(call.group(2))
        if any(iskeyword(name) for name in names):
            return None
        return Call(call.group(1), tuple(Ref(name) for name in names))
    return None


def _parse_in_full(text: str, allow_comparison: bool) -> Node:
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
        if isinstance(node, ast.Constant) and type(node.value) in (int, float):
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


def references(node: Node) -> list[str]:
    """Claim ids the expression uses, in order of first appearance."""
    found: list[str] = []
    _gather_references(node, found)
    return found


# A module-level function, not one nested in references(): a nested function that calls
# itself refers to itself through its closure, a reference cycle that only the cycle
# collector frees, and loading and verifying run with the collector paused.
def _gather_references(node: Node, found: list[str]) -> None:
    if isinstance(node, Ref):
        if node.claim_id not in found:
            found.append(node.claim_id)
    elif isinstance(node, (BinOp, Comparison)):
        _gather_references(node.left, found)
        _gather_references(node.right, found)
    elif isinstance(node, Neg):
        _gather_references(node.operand, found)
    elif isinstance(node, Call):
        for arg in node.args:
            _gather_references(arg, found)


def to_text(node: Node) -> str:
    """Render a node back to expression text (used in evidence)."""
    if isinstance(node, Ref):
        return node.claim_id
    if isinstance(node, Const):
        return node.text()
    if isinstance(node, Neg):
        return f"-{_wrap(node.operand)}"
    if isinstance(node, Call):
        return f"{node.name}({', '.join(to_text(a) for a in node.args)})"
    symbol = {"*": "×", "/": "÷"}.get(node.op, node.op)
    return f"{_wrap(node.left)} {symbol} {_wrap(node.right)}"


def _wrap(node: Node) -> str:
    text = to_text(node)
    return f"({text})" if isinstance(node, (BinOp, Comparison)) else text
