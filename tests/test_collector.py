"""Loading and verifying leave the cycle collector as they found it, with their objects old."""

from __future__ import annotations

import gc
import itertools
import weakref
from collections import Counter
from pathlib import Path

import pytest

from factledger import load, verify
from factledger.collector import collection_paused
from factledger.formats import FORMATS, RenderOptions

LEDGER = Path(__file__).resolve().parent.parent / "ledger"


def _in_generation(obj: object, generation: int) -> bool:
    return any(o is obj for o in gc.get_objects(generation=generation))


@pytest.fixture
def collector_on():
    was_on = gc.isenabled()
    gc.enable()
    yield
    if not was_on:
        gc.disable()


def test_a_verify_leaves_its_result_in_the_oldest_generation(collector_on):
    ledger = load(LEDGER, cache=False)
    result = verify(ledger)
    # Young collections never walk what the ledger and result hold; a full one still does.
    assert not _in_generation(result, 0)
    assert not _in_generation(result.findings[0], 0)
    assert _in_generation(result, 2)
    assert _in_generation(ledger, 2)
    assert gc.isenabled()


def test_a_paused_collector_stays_paused(collector_on):
    gc.disable()
    with collection_paused():
        made = [object() for _ in range(3)], {"a": []}
    assert not gc.isenabled()
    # Nothing was moved: the collector was not ours to manage.
    assert _in_generation(made, 0)


def test_a_callers_frozen_objects_stay_frozen(collector_on):
    kept = {"frozen": [1, 2, 3]}
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with collection_paused():
            made = {"young": []}
        assert gc.get_freeze_count() == frozen
        assert gc.isenabled()
        # With frozen objects about, nothing is moved, so what was made stays young.
        assert _in_generation(made, 0)
        assert not any(o is kept for g in range(3) for o in gc.get_objects(generation=g))
    finally:
        gc.unfreeze()


def test_garbage_cycles_made_while_paused_are_still_collected(collector_on):
    class Node:
        pass

    with collection_paused():
        node = Node()
        node.itself = node
        alive = weakref.ref(node)
        del node
    assert alive() is not None  # a cycle: only the collector frees it
    gc.collect()
    assert alive() is None


@pytest.mark.parametrize("report", ["text", "json", "sarif", "github", "junit", "errata", "claimreview"])
def test_reports_render_with_the_collector_paused_and_resume_it(collector_on, report):
    """A large report's long-lived objects would start a full collection over the whole ledger."""
    from factledger import errata
    from factledger.errata import claimreview
    from factledger.formats import FORMATS, RenderOptions

    result = verify(load(LEDGER, cache=False))
    collections = []

    def note(phase: str, info: dict) -> None:
        collections.append(phase)

    gc.callbacks.append(note)
    try:
        for _ in range(20):  # enough allocations for several young collections, were it on
            if report == "errata":
                errata.render(result, format="html")
            elif report == "claimreview":
                claimreview.render(result)
            else:
                FORMATS[report](result, RenderOptions())
    finally:
        gc.callbacks.remove(note)
    assert collections == []
    assert gc.isenabled()


def _cycles_left_by(action):
    """What ``action`` returns, and the objects it left in reference cycles, counted by type."""
    gc.collect()
    flags = gc.get_debug()
    gc.set_debug(flags | gc.DEBUG_SAVEALL)  # keep what a collection finds, to name it
    try:
        value = action()
        gc.collect()
        left = Counter(type(o).__qualname__ for o in gc.garbage)
    finally:
        gc.set_debug(flags)
        gc.garbage.clear()
    return value, left


@pytest.fixture(scope="module")
def generated(generator, tmp_path_factory):
    """A generated ledger with every kind of finding: derivations worded in full, conflicts, ranges."""
    return generator.write(tmp_path_factory.mktemp("generated") / "ledger", claims=300, files=3, seed=5)


@pytest.mark.parametrize("which", ["seeds", "generated"])
def test_loading_verifying_and_reporting_leave_no_reference_cycles(which, generated, tmp_path, monkeypatch):
    """What a load or a verify makes is freed as soon as it is dropped, collector or not.

    Both run with the collector paused, so objects in reference cycles (a nested
    function that calls itself, a closure over its owner) would pile up until it
    resumed, and count against the peak memory of a large ledger. Each action is
    run once before it is measured, so that a module it imports on first use
    (and the classes that import makes and drops) is not counted.
    """
    root = LEDGER if which == "seeds" else generated
    caches = itertools.count()  # each first load gets a cache directory of its own

    def first_cached_load():
        monkeypatch.setenv("FACTLEDGER_CACHE_DIR", str(tmp_path / f"cache-{next(caches)}"))
        return load(root, cache=True)

    actions = {"load": lambda: load(root), "load into an empty cache": first_cached_load,
               "load from the cache": lambda: load(root, cache=True)}
    for name, action in actions.items():
        action()
        ledger, left = _cycles_left_by(action)
        assert not left, f"{name}: {dict(left)}"
    result, left = _cycles_left_by(lambda: verify(ledger))
    assert not left, f"verify: {dict(left)}"
    assert result.findings and result.checks
    options = RenderOptions(show_consistent=True)  # reports read every check's detail
    for name, render in FORMATS.items():
        render(result, options)
        report, left = _cycles_left_by(lambda: render(result, options))
        assert report and not left, f"{name}: {dict(left)}"

    def verify_report_and_drop() -> None:
        for render in FORMATS.values():
            render(verify(ledger), options)

    # A library user verifying one ledger after another gets each result's memory back
    # when dropping it, not when the collector next runs in full.
    _, left = _cycles_left_by(verify_report_and_drop)
    assert not left, f"a dropped result: {dict(left)}"


def test_every_rule_case_is_checked_without_leaving_reference_cycles():
    """Each rule's cases take their own paths (a ledger without derivations, each kind of finding)."""
    cases = sorted((Path(__file__).parent / "data" / "rules").glob("*.toml"))
    options = RenderOptions(show_consistent=True)

    def check(path: Path) -> None:
        result = verify(load(path))
        for render in FORMATS.values():
            render(result, options)

    for path in cases:  # first use of each path's modules, not measured
        check(path)
    left = {path.name: dict(found) for path in cases for _, found in [_cycles_left_by(lambda: check(path))]
            if found}
    assert len(cases) > 20 and not left
