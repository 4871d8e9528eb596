"""Time every call of chosen functions while a block runs, for the bench scripts."""

from __future__ import annotations

import contextlib
import time
from collections import Counter
from typing import Iterator


@contextlib.contextmanager
def calls_timed(parts: list[tuple[object, str, str]]) -> Iterator[Counter[str]]:
    """Wrap each ``(module or class, function name, label)`` while inside; yields seconds by label.

    The wrapper costs a Python call per call, so a label's seconds run a little
    over what the function alone takes; the originals are put back on the way out.
    """
    spent: Counter[str] = Counter()
    originals = []
    try:
        for owner, name, label in parts:
            function = getattr(owner, name)
            originals.append((owner, name, function))

            def wrapper(*args, _function=function, _label=label, **kwargs):  # type: ignore[no-untyped-def]
                start = time.perf_counter()
                try:
                    return _function(*args, **kwargs)
                finally:
                    spent[_label] += time.perf_counter() - start

            setattr(owner, name, wrapper)
        yield spent
    finally:
        for owner, name, function in reversed(originals):
            setattr(owner, name, function)
