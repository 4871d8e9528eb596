"""Pausing Python's cycle collector while a ledger is read or verified."""

from __future__ import annotations

import contextlib
import gc
from typing import Iterator


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Pause the cycle collector for the duration, and resume it after (only if it was on).

    Reading and verifying a ledger make hundreds of thousands of objects that
    live until the caller drops the result, and none of them form cycles; the
    collector, triggered by every few hundred allocations, kept walking them
    all (the whole loaded ledger, at each older generation) to free nothing:
    about a third of the time of a large verify or cached load.

    While it is paused, an object in a reference cycle would stay until it
    resumed, and count against the peak memory of a large ledger. So the code
    that runs paused makes none (no nested function that calls itself, no
    closure over its owner), and a test holds loading, verifying and every
    report to that, and a dropped result too.

    Pausing alone only postponed one walk: the objects made meanwhile were
    all still in the youngest generation, and the first allocation after the
    collector resumed walked every one of them (12-19 % of a large verify).
    So on the way out they are moved straight to the oldest generation, where
    a young collection never looks and a full one still does: with
    :func:`gc.freeze` then :func:`gc.unfreeze`, which move every tracked
    object without walking any. The move is skipped when the caller has
    frozen objects of its own (as a pre-fork server does), since unfreezing
    would hand those back to the collector.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        gc.enable()
