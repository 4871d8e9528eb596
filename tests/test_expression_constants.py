"""A constant written as prose prints a figure is refused with its digits, in the ledger author's words."""

from __future__ import annotations

import pytest

from factledger import ExpressionError
from factledger.expressions import parse_expression

REFUSED = [
    # was "is not valid arithmetic (invalid syntax)"
    ("debt > 318 million USD", "expression 'debt > 318 million USD': write the constant '318 million USD' in "
                               "digits, without a scale word: 318000000 USD"),
    # was "unknown unit 'million'"
    ("debt > 1.5 billion", "expression 'debt > 1.5 billion': write the constant '1.5 billion' in digits, "
                           "without a scale word: 1500000000"),
    # was "a check needs a comparison such as "a > b"": the commas made a tuple of three numbers
    ("debt > 318,000,000 USD", "expression 'debt > 318,000,000 USD': write the constant '318,000,000 USD' "
                               "without thousands separators: 318000000 USD"),
]


@pytest.mark.parametrize("text, message", REFUSED)
def test_a_constant_as_prose_prints_it_is_refused_with_its_digits(text, message):
    with pytest.raises(ExpressionError) as info:
        parse_expression(text, allow_comparison=True)
    assert str(info.value) == message


@pytest.mark.parametrize("text", ["debt > 318000000 USD", "max(100,200) > a", "a * 1000 > b", "x > 5 %"])
def test_digits_and_arguments_are_read_as_before(text):
    parse_expression(text, allow_comparison=True)
