"""The engine's fast paths give exactly what the full paths give, whenever they answer.

``compute.quick`` evaluates a derivation on bare intervals and ``judge_bounds``
judges on bare bounds; the value table holds every figure read into base units
once. Each is checked here against the general code it stands in for, on
random figures and expressions.
"""

from __future__ import annotations

import ast
import math

from hypothesis import event, given, settings
from hypothesis import strategies as st

from factledger.claims import Claim
from factledger.compute import ComputeError, DimensionError, Evaluator, figure_value, quick, quick_bounds
from factledger.context import judge, judge_bounds
from factledger.findings import Verdict
from factledger.errors import FactledgerError
from factledger.expressions import BinOp, Call, Comparison, Const, Neg, Node, Ref
from factledger.figures import read_figure
from factledger.intervals import Interval
from factledger.value_table import ValueTable

FIGURES = ["12,000 troops", "1,500 daily", "$2,000/month", "$24M", "about 8 days", "30 tonnes",
           "nearly 97%", "92.5%", "0", "more than 5", "up to $3 billion a year", "7.8 BCM",
           "750 MCM a month", "0.5", "999,999 trillion", "$200-300 million", "a third", "10",
           "-$5bn", "-0.5% to 0.25%", "below -0.5%", "up to -$3M a year", "-12,000 troops"]
#: levels below zero, read as a claim with ``signed = true`` reads them
SIGNED = {"-$5bn", "-0.5% to 0.25%", "below -0.5%", "up to -$3M a year", "-12,000 troops"}
NAMES = [f"c{i}" for i in range(len(FIGURES))]
CLAIMS = [Claim(name, "art", read_figure(text, signed=text in SIGNED)) for name, text in zip(NAMES, FIGURES)]
TABLE = ValueTable(CLAIMS)


def _nodes(depth: int = 4) -> st.SearchStrategy[Node]:
    leaves = st.one_of(st.sampled_from(NAMES).map(Ref),
                       st.builds(Const, st.sampled_from([0.0, 2.0, 12.0, 0.25, 1e308]),
                                 st.sampled_from(["", "day", "month", "USD"])))
    return st.recursive(leaves, lambda inner: st.one_of(
        st.builds(BinOp, st.sampled_from(["+", "-", "*", "/", "**"]), inner, inner),
        st.builds(Neg, inner),
        st.builds(Call, st.sampled_from(["sum", "min", "max"]), st.lists(inner, min_size=1, max_size=3).map(tuple)),
    ), max_leaves=8)


def _full(node: Node):
    values = {f"art:{c.id}": figure_value(c.figure) for c in CLAIMS}
    evaluator = Evaluator(values.__getitem__, lambda ref: ref if ":" in ref else f"art:{ref}", [])
    return evaluator.run(node).value


@settings(max_examples=600, deadline=None)
@given(_nodes())
def test_quick_evaluation_equals_the_full_evaluator_when_it_answers(node):
    fast = quick(node, TABLE, "art:")
    try:
        full = _full(node)
    except (ComputeError, DimensionError, FactledgerError):
        assert fast is None  # an error is always left to the full path, which reports it
        return
    if fast is None:
        event("left to the full path")
        return  # out of the ordinary (a power, min/max, a zero divisor): the full path decides
    event("answered quickly")
    point, span, dims = fast
    assert (point == full.point or (math.isnan(point) and math.isnan(full.point)))
    assert span == full.interval
    assert dims == full.dims


def test_quick_evaluation_hands_unbounded_values_to_the_full_evaluator():
    """Found by the property test: 1e308 days is infinite in seconds, and +inf + -inf is no interval."""
    huge = Const(1e308, "day")
    assert quick(Call("sum", (huge, Neg(huge))), TABLE, "art:") is None
    assert quick(huge, TABLE, "art:") is None
    try:
        _full(Call("sum", (huge, Neg(huge))))
    except ComputeError as error:
        assert "1e+308 day is not a finite number" in error.message
    else:
        raise AssertionError("the full evaluator should refuse an infinite constant")


def test_quick_evaluation_answers_the_common_derivations():
    for text in ("c0 / c1", "c0 * c2", "c3 + c3", "sum(c3, c3)", "-c4"):
        from factledger.expressions import parse_expression

        assert quick(parse_expression(text), TABLE, "art:") is not None, text


ROW_NAMES = [f"r{i}" for i in range(5)]
_ends = st.one_of(st.floats(min_value=-1e308, max_value=1e308), st.sampled_from([0.0, -0.0, 1.0, 1e-300]),
                  st.sampled_from([math.inf, -math.inf]))
_kinds = st.sampled_from([(), (("[length]", 1.0),), (("[time]", -1.0),), None])


@st.composite
def _tables(draw) -> ValueTable:
    """A value table of random rows: unbounded, zero-width, signed-zero and huge bounds included."""
    table = ValueTable(())
    for name in ROW_NAMES:
        lo, hi = sorted((draw(_ends), draw(_ends)))
        point = draw(st.one_of(st.just(lo), st.just(hi), st.floats(allow_nan=False)))
        table.keys.append(f"art:{name}")
        table._add(point, lo, hi, lo, hi, draw(_kinds), "")
    table.index = {key: at for at, key in enumerate(table.keys)}
    return table


_refs = st.sampled_from(ROW_NAMES + ["art:r1", "other:r2", "missing"]).map(Ref)
_common_shapes = st.one_of(st.builds(BinOp, st.sampled_from(["+", "-", "*", "/", "**"]), _refs, _refs),
                           st.builds(Call, st.just("sum"), st.lists(_refs, min_size=1, max_size=4).map(tuple)))


def _exactly(bounds):
    return None if bounds is None else tuple(repr(x) for x in bounds)


@settings(max_examples=1500, deadline=None)
@given(_tables(), st.one_of(_common_shapes, _nodes()))
def test_bare_bounds_are_what_quick_evaluation_gives(table, node):
    """``quick_bounds`` computes the common shapes on floats; every float, its sign included, is quick's."""
    computed = quick(node, table, "art:")
    expected = None if computed is None else (computed[0], computed[1].lo, computed[1].hi, computed[2])
    event("answered" if expected is not None else "left to the full path")
    assert _exactly(quick_bounds(node, table, "art:")) == _exactly(expected)


def test_the_table_holds_what_figure_value_gives():
    for at, claim in enumerate(CLAIMS):
        hedged, rounding = figure_value(claim.figure), figure_value(claim.figure, hedged=False)
        assert TABLE.value(at) == hedged
        assert TABLE.rounding(at) == rounding


def test_claims_that_share_a_figure_each_get_their_own_row():
    """The table puts a shared Figure in base units once; every row is still its own claim's."""
    figures = [read_figure(text) for text in ("$24M", "about 1,500 daily", "$24M", "97%", "12,000 troops")]
    assert figures[0] is figures[2]  # read once per distinct text, so claims share it
    figures.append(figures[1].as_exact())
    claims = [Claim(f"c{at}", "art", figures[at * 7 % len(figures)] if at % 5 else None) for at in range(30)]
    shared: dict = {}  # as a load shares it between the tables of its files
    for table, part in [(ValueTable(claims), claims), (ValueTable(claims[:12], shared), claims[:12]),
                        (ValueTable(claims[12:], shared), claims[12:])]:
        for at, claim in enumerate(part):
            if claim.figure is None:
                assert table.value(at) is None
                continue
            assert table.value(at) == figure_value(claim.figure)
            assert table.rounding(at) == figure_value(claim.figure, hedged=False)


bounds = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


def _judge_on_intervals(point: float, computed: Interval, stated: Interval, hedged: Interval) -> Verdict:
    """The verdict as first written, with interval methods: what ``judge_bounds`` must equal."""
    if stated.contains(point):
        return Verdict.CONSISTENT
    if hedged != stated and hedged.contains(point):
        return Verdict.CONSISTENT_WITHIN_HEDGE
    if computed.meets(stated):
        return Verdict.CONSISTENT_THROUGH_ROUNDING
    if computed.meets(hedged):
        return Verdict.CONSISTENT_WITHIN_HEDGE
    return Verdict.INCONSISTENT


@settings(max_examples=500, deadline=None)
@given(st.lists(bounds, min_size=7, max_size=7), st.booleans())
def test_judge_bounds_gives_the_interval_verdict(xs, hedge_equals_stated):
    point = xs[0]
    computed = Interval(min(xs[1:3]), max(xs[1:3]))
    stated = Interval(min(xs[3:5]), max(xs[3:5]))
    hedged = stated if hedge_equals_stated else Interval(min(xs[5], stated.lo), max(xs[6], stated.hi))
    expected = _judge_on_intervals(point, computed, stated, hedged)
    assert judge_bounds(point, computed.lo, computed.hi, stated.lo, stated.hi, hedged.lo, hedged.hi) is expected
    assert judge(point, computed, stated, hedged) is expected


# -- reading derivations --------------------------------------------------------------------
_TOKENS = st.sampled_from(["a", "troops", "pay_2", "_x", "None", "True", "lambda", "match", "sum", "min", "max",
                           "abs", "é", "art-1:a", "b:c", "x1", "2", "1.5", "3 days", "*", "/", "+", "-", "**",
                           "(", ")", ",", " ", "  ", "\t", "\xa0", "\n", ":", ".", "<", "=="])


_NAMES = st.sampled_from(["a", "troops", "pay_2", "_x", "None", "True", "lambda", "match", "sum", "min", "abs",
                          "é", "art-1:a", "b:c", "x1", "2", "1.5", "3 days", "a.b", "a b"])
_SPACE = st.sampled_from(["", " ", "  ", "\t", "\xa0", "\n", " \n "])


@st.composite
def _near_simple(draw) -> str:
    """Texts shaped like the simple forms, with the odd name, operator or space that is not."""
    space = lambda: draw(_SPACE)  # noqa: E731
    if draw(st.booleans()):
        op = draw(st.sampled_from(["*", "/", "+", "-", "**", "%", "<", "<=", ">", ">=", "==", "=", "< =", "=>"]))
        return f"{space()}{draw(_NAMES)}{space()}{op}{space()}{draw(_NAMES)}{space()}"
    args = f"{space()},{space()}".join(draw(st.lists(_NAMES, min_size=0, max_size=3)))
    name = draw(st.sampled_from(["sum", "min", "max", "abs", "Sum"]))
    return f"{space()}{name}{space()}({space()}{args}{draw(st.sampled_from(['', ',']))}{space()}){space()}"


@settings(max_examples=800, deadline=None)
@given(st.one_of(st.lists(_TOKENS, min_size=1, max_size=9).map("".join), _near_simple()), st.booleans())
def test_simple_derivations_read_as_the_full_parser_reads_them(text, comparison):
    """"troops * pay", "sum(a, b)" and "a > b" skip Python's parser; every text reads as the full parser reads it."""
    from factledger import expressions
    from factledger.errors import ExpressionError

    def outcome():
        try:
            return "node", expressions.parse_expression(text, allow_comparison=comparison)
        except ExpressionError as error:
            return "error", str(error)

    fast = outcome()
    simple, expressions._simple_expression = expressions._simple_expression, lambda text, comparison=False: None
    try:
        assert fast == outcome()
    finally:
        expressions._simple_expression = simple


def test_the_common_derivations_are_read_without_the_full_parser(monkeypatch):
    from factledger import expression_parser, expressions

    def not_expected(*args):
        raise AssertionError(f"Python's parser was used for {args[0]!r}")

    monkeypatch.setattr(expression_parser, "parse_in_full", not_expected)
    assert expressions.parse_expression(" troops * pay ") == BinOp("*", Ref("troops"), Ref("pay"))
    assert expressions.parse_expression("sum(a, b,c)") == Call("sum", (Ref("a"), Ref("b"), Ref("c")))
    assert expressions.parse_expression("storage >= demand", allow_comparison=True) == \
        Comparison(">=", Ref("storage"), Ref("demand"))


def test_periods_are_read_once_per_text_and_publication_date():
    """Claims share one Period for "2024-11"; an error is raised every time, not remembered as a value."""
    import datetime as dt

    import pytest

    from factledger.errors import PeriodError
    from factledger.periods import parse_period

    published = dt.date(2024, 11, 17)
    assert parse_period("2024-11", published) is parse_period("2024-11", published)
    assert parse_period("publication", published) != parse_period("publication", dt.date(2020, 1, 1))
    for _ in range(2):
        with pytest.raises(PeriodError, match="not a real date"):
            parse_period("2025-13", published)


def test_a_claims_key_is_made_once_and_follows_its_fields():
    """``Claim.key`` is cached in a slot; a changed or unpickled claim makes its own."""
    import pickle

    import attrs

    claim = Claim("troops", "art", read_figure("12,000 troops"))
    assert claim.key == "art:troops" and claim.key is claim.key
    assert attrs.evolve(claim, id="pay").key == "art:pay"
    assert attrs.evolve(claim, article_id="other").key == "other:troops"
    assert pickle.loads(pickle.dumps(claim)).key == "art:troops"
    assert "key" not in {field.name for field in attrs.fields(Claim)}  # not a field: not compared, not written


def test_a_pattern_is_compiled_when_first_read_and_then_is_a_plain_attribute():
    import re

    from factledger.patterns import OnFirstUse

    class Grammar:
        number = OnFirstUse(r"\d+", re.ASCII)

    assert isinstance(Grammar.__dict__["number"], OnFirstUse)
    assert Grammar.number.fullmatch("12") and not Grammar.number.fullmatch("١٢")  # the flags are kept
    assert Grammar.__dict__["number"] is re.compile(r"\d+", re.ASCII)


def test_a_run_from_the_parse_cache_compiles_none_of_the_readers_patterns(tmp_path):
    """The readers' grammars cost milliseconds to compile; a ledger that comes whole from the cache needs none."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    ledger = Path(__file__).resolve().parent.parent / "ledger"
    probe = (
        "import contextlib, io, sys\n"
        "from factledger.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['verify', sys.argv[1], '--exit-zero'])\n"
        "from factledger import expressions, figures, numbers, periods, units\n"
        "from factledger.formats import escape\n"
        "from factledger.patterns import OnFirstUse\n"
        "compiled = [f'{m.__name__}.{n}' for m in (expressions, figures, numbers, periods, units, escape)\n"
        "            for n, v in vars(m._Grammar).items() if not n.startswith('_') and not isinstance(v, OnFirstUse)]\n"
        "print(compiled)\n"
    )
    env = {**os.environ, "FACTLEDGER_CACHE_DIR": str(tmp_path / "cache")}
    first = subprocess.run([sys.executable, "-c", probe, str(ledger)], capture_output=True, text=True, env=env)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() != "[]"  # reading the ledger compiled them
    again = subprocess.run([sys.executable, "-c", probe, str(ledger)], capture_output=True, text=True, env=env)
    # Corrections (the seed ledger's FL201 and FL401 suggest one each) find the scale after a
    # printed number with the reader's own three patterns, compiled when the first correction
    # is worded; until the thirteenth pass they kept copies, compiled whenever rules were imported.
    corrections = {"factledger.figures.currency_anywhere", "factledger.figures.glued_scale",
                   "factledger.figures.spaced_scale"}
    assert set(ast.literal_eval(again.stdout.strip())) <= corrections, again.stderr


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aB ç\t\u00a0\u2003Σ'"), max_size=12))
def test_a_folded_name_is_the_text_itself_when_nothing_changes(text):
    """The value table keeps folded subjects: one already folded must not be held twice."""
    from factledger.claims import same_name

    assert same_name(text) == " ".join(text.lower().split())
    folded = same_name.__wrapped__(text)  # uncached: an equal text met before would come back instead
    assert (folded is text) == (folded == text)
