"""Derivation expressions: safe arithmetic over claim ids, parsed with an ``ast`` whitelist.

``derived = "nk_troops * nk_pay"`` or ``holds = "storage > demand * 1 year"``.
Allowed: numbers, claim ids (``other-article:claim`` for a claim in another
ledger file), ``+ - * / **`` (integer powers), parentheses, constants with a
unit (``365 day``, ``100 percent``), ``min``/``max``/``sum`` over arguments,
and, in checks only, one comparison (``< <= > >= ==``). Nothing is ever
evaluated by Python: the tree is translated into our own small node types.
"""

from __future__ import annotations

from keyword import iskeyword
from typing import Union

from factledger.errors import ExpressionError
from factledger.patterns import OnFirstUse
from factledger.records import record

MAX_EXPRESSION_LENGTH = 2000
#: Deeper trees are no real derivation, and would exhaust Python's stack in the engine.
MAX_EXPRESSION_DEPTH = 100


@record
class Ref:
    claim_id: str


@record
class Const:
    value: float
    unit: str = ""

    def text(self) -> str:
        number = f"{self.value:g}"
        return f"{number} {self.unit}" if self.unit else number


@record
class BinOp:
    op: str  # + - * / **
    left: "Node"
    right: "Node"


@record
class Neg:
    operand: "Node"


@record
class Call:
    name: str  # min, max, sum
    args: tuple["Node", ...]


@record
class Comparison:
    op: str  # < <= > >= ==
    left: "Node"
    right: "Node"


Node = Union[Ref, Const, BinOp, Neg, Call, Comparison]

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
    from factledger.expression_parser import parse_in_full  # Python's parser: rarely needed, slow to import

    return parse_in_full(text, allow_comparison)


# The forms most derivations take: two claim ids and an operator ("troops * pay"), or
# min/max/sum of claim ids; and the form most compare checks take, two claim ids compared
# ("a > b"). Read without Python's parser, which costs ten times more; ids
# that could be anything else (a keyword such as None, an article-qualified id, any colon,
# non-ASCII letters) and any other spacing go the full way. A test holds both readings equal.
_ID_TEXT = r"[A-Za-z_][A-Za-z0-9_]*"


class _Grammar:
    """The expression reader's patterns, compiled when the first expression is read (``factledger.patterns``)."""

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


def references(node: Node) -> list[str]:
    """Claim ids the expression uses, in order of first appearance."""
    found: list[str] = []
    _gather(node, Ref, "claim_id", found)
    return found


def constant_units(node: Node) -> list[str]:
    """Units written with constants in the expression, in order: ``annual / 365 day`` -> ``["day"]``."""
    found: list[str] = []
    _gather(node, Const, "unit", found)
    return found


# A module-level function, not one nested in references(): a nested function that calls
# itself refers to itself through its closure, a reference cycle that only the cycle
# collector frees, and loading and verifying run with the collector paused.
def _gather(node: Node, kind: type, name: str, found: list[str]) -> None:
    """Each distinct non-empty ``name`` attribute of the ``kind`` nodes under ``node``, in order."""
    if isinstance(node, kind):
        value = getattr(node, name)
        if value and value not in found:
            found.append(value)
    elif isinstance(node, (BinOp, Comparison)):
        _gather(node.left, kind, name, found)
        _gather(node.right, kind, name, found)
    elif isinstance(node, Neg):
        _gather(node.operand, kind, name, found)
    elif isinstance(node, Call):
        for arg in node.args:
            _gather(arg, kind, name, found)


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
