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

import os
import pickle
import sys
import zlib
from pathlib import Path
from typing import Any

from factledger._version import __version__

FORMAT = 4


def _code_stamp() -> tuple[tuple[str, int, int], ...]:
    """Size and modification time of every module of the package.

    Entries hold pickled objects of the package's own classes; an entry made by
    other code (an upgrade, an edited checkout) may unpickle fine and still lack
    an attribute, so any change to the code makes every entry a miss.
    """
    package = os.path.dirname(os.path.abspath(__file__))
    stamps = []
    # os.walk, not Path.rglob: the glob machinery costs milliseconds to import on every run.
    for folder, subfolders, names in os.walk(package):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        for name in sorted(names):
            if name.endswith(".py"):
                info = os.stat(os.path.join(folder, name))
                relative = os.path.relpath(os.path.join(folder, name), package).replace(os.sep, "/")
                stamps.append((relative, info.st_size, info.st_mtime_ns))
    return tuple(sorted(stamps))


def _digest(text: str) -> str:
    """64 bits of two checksums: enough to tell code versions and file names apart.

    Not hashlib: loading OpenSSL costs milliseconds on every run. A collision
    would only ever be a miss, since every entry also stores, and is checked
    against, the full path and stamp it was made for.
    """
    data = text.encode("utf-8", "surrogatepass")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


_TAG = (FORMAT, __version__, sys.version_info[:2], _digest(repr(_code_stamp())))


def cache_dir() -> Path:
    return Path(os.environ.get("FACTLEDGER_CACHE_DIR") or ".factledger-cache")


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def _entry_path(path: Path, shown: str) -> Path:
    name = _digest(f"{os.path.abspath(path)}\0{shown}")
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
