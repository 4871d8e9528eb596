"""factledger's fast paths give the verdicts of a plain pint engine on a generated ledger."""

from __future__ import annotations

import sys

import pytest

from factledger import load, verify

pytest.importorskip("pint")


@pytest.fixture(scope="module")
def bench(request):
    sys.path.insert(0, str(request.config.rootpath / "bench"))
    import generate
    import reference_engine

    yield generate, reference_engine
    sys.path.remove(str(request.config.rootpath / "bench"))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_same_findings_and_verdicts_as_the_pint_reference(bench, tmp_path, seed):
    """On ~100 generated claims in 3 files, both engines report the same codes, claim keys and verdicts."""
    generate, reference_engine = bench
    root = generate.write(tmp_path / "ledger", claims=100, files=3, seed=seed)
    reference = reference_engine.Reference()
    expected = reference.verify(reference.load(root))
    actual = reference_engine.factledger_results(verify(load(root)))
    assert actual == expected
    assert expected[0], "the generated ledger should have findings to compare"
