"""A cache of parsed ledger files, so an unchanged ledger is not read and parsed again.

Each ledger file has its own cache entry, keyed on the file's path, size and
modification time (and on those of the article text it points to). Entries
live under ``.factledger-cache/`` in the current directory, or under
``$FACTLEDGER_CACHE_DIR``. Writes are atomic (a temporary file renamed into
place), so concurrent runs never see half an entry; any problem reading an
entry -- missing, stale, truncated, garbage, another version -- is a miss,
never an error. The cache is local to the machine: entries are pickles, so
do not share the cache directory with people you would not run code from.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import Any

from factledger._version import __version__

FORMAT = 1


def _code_stamp() -> tuple[tuple[str, int, int], ...]:
    """Size and modification time of every module of the package.

    Entries hold pickled objects of the package's own classes; an entry made by
    other code (an upgrade, an edited checkout) may unpickle fine and still lack
    an attribute, so any change to the code makes every entry a miss.
    """
    package = Path(__file__).resolve().parent
    stamps = []
    for module in sorted(package.rglob("*.py")):
        info = module.stat()
        stamps.append((module.relative_to(package).as_posix(), info.st_size, info.st_mtime_ns))
    return tuple(stamps)


_TAG = (FORMAT, __version__, sys.version_info[:2], hashlib.sha256(repr(_code_stamp()).encode()).hexdigest())


def cache_dir() -> Path:
    return Path(os.environ.get("FACTLEDGER_CACHE_DIR") or ".factledger-cache")


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def _entry_path(path: Path, shown: str) -> Path:
    name = hashlib.sha256(f"{os.path.abspath(path)}\0{shown}".encode()).hexdigest()[:32]
    return cache_dir() / f"{name}.pickle"


def get(path: Path, shown: str) -> Any | None:
    """The parts cached for ``path`` if the file (and its dependencies) did not change; else None."""
    try:
        with open(_entry_path(path, shown), "rb") as handle:
            entry = pickle.load(handle)
        tag, key, deps, parts = entry
        if tag != _TAG or key != (os.path.abspath(path), shown, _stamp(path)):
            return None
        if any(_stamp(Path(dep)) != stamp for dep, stamp in deps):
            return None
        return parts
    except Exception:  # any unreadable entry is a miss: the ledger is read again
        return None


def _ignore_in_git() -> None:
    """A ``.gitignore`` of ``*`` in the cache keeps it out of every repository (as ruff does)."""
    marker = cache_dir() / ".gitignore"
    if not marker.exists():
        marker.write_text("# Automatically created by factledger.\n*\n", encoding="utf-8")


def put(path: Path, shown: str, parts: Any, dependencies: list[Path], stamp: tuple[int, int] | None) -> None:
    """Store ``parts`` for ``path`` as it was when read (``stamp``); failures are ignored."""
    if stamp is None or stamp != _stamp(path):
        return  # the file changed while it was read: do not cache a mix
    entry = (_TAG, (os.path.abspath(path), shown, stamp), [(str(d), _stamp(d)) for d in dependencies], parts)
    target = _entry_path(path, shown)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _ignore_in_git()
        import tempfile  # only when writing an entry: it costs milliseconds to import

        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(entry, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, target)
        except BaseException:
            os.unlink(temporary)
            raise
    except Exception:  # a read-only or full disk only means no cache
        return
