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
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
