"""Shared hypothesis strategies: printed figures and the values they stand for."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st


@st.composite
def printed_numbers(draw, min_value: int = 1, max_value: int = 10**6):
    """A positive number printed with 1-3 decimals (so its precision is unambiguous)."""
    decimals = draw(st.integers(min_value=1, max_value=3))
    whole = draw(st.integers(min_value=min_value * 10**decimals, max_value=max_value * 10**decimals))
    value = Decimal(whole).scaleb(-decimals)
    return f"{value:,.{decimals}f}", value


def print_rounded(value: Decimal, decimals: int) -> str:
    """``value`` rounded half-even to ``decimals`` places, printed with thousands separators."""
    return f"{value.quantize(Decimal(1).scaleb(-decimals)):,.{decimals}f}"
