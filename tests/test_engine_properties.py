"""Properties of the engine: no false alarm from correct rounding; a real error is always caught."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from factledger import load, verify
from strategies import print_rounded, printed_numbers

OPS = {"*": lambda a, b: a * b, "+": lambda a, b: a + b, "-": lambda a, b: a - b}


def ledger_text(a: str, b: str, op: str, result: str) -> str:
    return f"""
[article]
id = "p"
[claims.a]
figure = "{a}"
[claims.b]
figure = "{b}"
[claims.r]
figure = "{result}"
derived = "a {op} b"
"""


def findings(tmp_path, text: str):
    path = tmp_path / "p.toml"
    path.write_text(text, encoding="utf-8")
    return verify(load(path)).findings


@settings(max_examples=60, deadline=None)
@given(printed_numbers(), printed_numbers(), st.sampled_from(sorted(OPS)), st.integers(0, 3))
def test_correctly_rounded_result_never_errs(tmp_path_factory, a, b, op, decimals):
    """A result computed from the printed inputs and correctly rounded is never an error."""
    (a_text, a_value), (b_text, b_value) = a, b
    exact = OPS[op](a_value, b_value)
    if exact < 0:
        a_text, b_text, exact = b_text, a_text, -exact
    result = print_rounded(exact, decimals)
    found = findings(tmp_path_factory.mktemp("p"), ledger_text(a_text, b_text, op, result))
    assert [f.code for f in found if f.severity.label == "error"] == []


@settings(max_examples=60, deadline=None)
@given(printed_numbers(), printed_numbers(), st.sampled_from(["*", "+"]),
       st.floats(min_value=0.01, max_value=10))
def test_result_beyond_its_precision_always_errs(tmp_path_factory, a, b, op, excess):
    """A printed result whose rounding interval misses every value the inputs allow is FL101."""
    (a_text, a_value), (b_text, b_value) = a, b
    half_a = Decimal(1).scaleb(-len(a_text.split(".")[1])) / 2
    half_b = Decimal(1).scaleb(-len(b_text.split(".")[1])) / 2
    highest = OPS[op](a_value + half_a, b_value + half_b)
    wrong = highest * (1 + Decimal(excess)) + 1
    result = print_rounded(wrong, 2)
    found = findings(tmp_path_factory.mktemp("p"), ledger_text(a_text, b_text, op, result))
    assert [f.code for f in found] == ["FL101"]


def signed_ledger_text(a: str, b: str, op: str, result: str) -> str:
    """The ledger of :func:`ledger_text`, each figure a level that may be below zero (``signed = true``)."""
    return (f'[article]\nid = "p"\n[claims.a]\nfigure = "{a}"\nsigned = true\n[claims.b]\nfigure = "{b}"\n'
            f'signed = true\n[claims.r]\nfigure = "{result}"\nsigned = true\nderived = "a {op} b"\n')


def with_sign(printed: str, value: Decimal, negative: bool) -> tuple[str, Decimal]:
    return (f"-{printed}", -value) if negative else (printed, value)


@settings(max_examples=60, deadline=None)
@given(printed_numbers(), printed_numbers(), st.booleans(), st.booleans(), st.sampled_from(sorted(OPS)),
       st.integers(0, 3))
def test_a_correctly_rounded_signed_result_never_errs(tmp_path_factory, a, b, a_below, b_below, op, decimals):
    """Inputs and result on either side of zero (signed = true): a result computed from the printed inputs
    and correctly rounded, printed with its sign, is never an error."""
    (a_text, a_value), (b_text, b_value) = with_sign(*a, a_below), with_sign(*b, b_below)
    exact = OPS[op](a_value, b_value)
    size = print_rounded(abs(exact), decimals)
    result = f"-{size}" if exact < 0 and Decimal(size.replace(",", "")) else size
    found = findings(tmp_path_factory.mktemp("p"), signed_ledger_text(a_text, b_text, op, result))
    assert [f.code for f in found if f.severity.label == "error"] == []


@settings(max_examples=60, deadline=None)
@given(printed_numbers(), printed_numbers(), st.booleans(), st.booleans(), st.sampled_from(sorted(OPS)),
       st.floats(min_value=0.01, max_value=10))
def test_a_signed_result_below_every_reading_of_its_inputs_always_errs(tmp_path_factory, a, b, a_below, b_below,
                                                                        op, excess):
    """A printed result below the least value the signed inputs allow is FL101, whatever their signs."""
    (a_text, a_value), (b_text, b_value) = with_sign(*a, a_below), with_sign(*b, b_below)
    half_a = Decimal(1).scaleb(-len(a_text.split(".")[1])) / 2
    half_b = Decimal(1).scaleb(-len(b_text.split(".")[1])) / 2
    lowest = min(OPS[op](x, y) for x in (a_value - half_a, a_value + half_a) for y in (b_value - half_b, b_value + half_b))
    wrong = lowest - abs(lowest) * Decimal(excess) - 1
    result = f"-{print_rounded(-wrong, 2)}" if wrong < 0 else print_rounded(wrong, 2)
    found = findings(tmp_path_factory.mktemp("p"), signed_ledger_text(a_text, b_text, op, result))
    assert [f.code for f in found] == ["FL101"]


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=-500, max_value=600))
def test_a_correct_temperature_conversion_never_errs(tmp_path_factory, tenths):
    """"X°C (Y°F)" with Y the conversion rounded to a tenth holds, below zero too; one without the 32
    never does."""
    celsius = Decimal(tenths) / 10
    fahrenheit = (celsius * 9 / 5 + 32).quantize(Decimal("0.1"))
    wrong = (celsius * 9 / 5).quantize(Decimal("0.1"))
    text = ('[article]\nid = "t"\n[claims.c]\nfigure = "{c}°C"\n[claims.f]\nfigure = "{f}°F"\n'
            '[[checks]]\nkind = "same"\nclaims = ["c", "f"]\n')
    right = findings(tmp_path_factory.mktemp("t"), text.format(c=f"{celsius:.1f}", f=f"{fahrenheit:.1f}"))
    assert list(right) == []
    slip = findings(tmp_path_factory.mktemp("t"), text.format(c=f"{celsius:.1f}", f=f"{wrong:.1f}"))
    assert [f.code for f in slip] == ["FL203"]
