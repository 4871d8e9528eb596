"""Derivations are computed inputs first, whatever order the ledger writes them in."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from factledger import load, verify


def _chain_ledger(order: list[int]) -> str:
    """Claims c0 ... cN: c0 printed, each later one implied as twice the one before."""
    lines = ['[article]', 'id = "chain"', '[claims.c0]', 'figure = "3 tonnes"']
    for i in order:
        lines += [f"[claims.c{i}]", f'derived = "c{i - 1} * 2"']
    lines += ["[claims.printed]", f'figure = "{3 * 2 ** len(order)} tonnes"',
              f'derived = "c{len(order)} * 1"']
    return "\n".join(lines) + "\n"


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=7).flatmap(lambda n: st.permutations(list(range(1, n + 1)))))
def test_each_derived_claim_comes_after_the_derived_claims_it_reads(tmp_path_factory, order):
    path = tmp_path_factory.mktemp("ledger") / "chain.toml"
    path.write_text(_chain_ledger(order), encoding="utf-8")
    ledger = load(path)

    position = {key: at for at, key in enumerate(ledger.derivation_order)}
    assert set(position) == set(ledger.inputs)
    for key, inputs in ledger.inputs.items():
        assert all(position[k] < position[key] for k in inputs if k in position)

    # Computed in that order, the implied chain reaches the printed figure: 3 t doubled n times.
    result = verify(ledger)
    assert [f.code for f in result.findings] == []
    assert [c.verdict.value for c in result.checks if c.subject == "chain:printed"] == ["consistent"]


def test_a_ledger_built_without_an_order_is_still_computed_inputs_first(tmp_path):
    path = tmp_path / "chain.toml"
    path.write_text(_chain_ledger([3, 1, 2]), encoding="utf-8")
    ledger = attrs.evolve(load(path), derivation_order=())
    result = verify(ledger)
    assert [f.code for f in result.findings] == []
    assert [c.verdict.value for c in result.checks if c.subject == "chain:printed"] == ["consistent"]
