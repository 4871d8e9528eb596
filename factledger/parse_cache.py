"""A cache of parsed ledger files, so an unchanged ledger is not read and parsed again.

Each ledger file has its own cache entry, keyed on the file's path, size and
modification time (and on those of the article text it points to). A file
whose time changed but whose size did not is read and compared by content
(a BLAKE2 digest stored in the entry): a fresh checkout, as in CI, gives every
file a new time, and an unchanged ledger is still served from a cache kept
between runs. Entries
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
import stat
import sys
import time
import zlib
from typing import Any

from factledger._version import __version__
from factledger.documents import MAX_FILE_BYTES
from factledger.safe_write import new_temporary

FORMAT = 7


_PACKAGE = os.path.dirname(os.path.abspath(__file__))


def _package_files(package: str | os.PathLike[str]) -> list[str]:
    """The package's modules and unit table, in a fixed order."""
    found = []
    # os.walk, not Path.rglob: the glob machinery costs milliseconds to import on every run.
    for folder, subfolders, names in os.walk(package):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        found += [os.path.join(folder, name) for name in sorted(names) if name.endswith((".py", ".tsv"))]
    return found


def code_stamp(package: str | os.PathLike[str] = _PACKAGE) -> str:
    """A digest of the name and bytes of every module of the package, and of the unit table.

    Entries hold pickled objects of the package's own classes, and figures read
    into base units with the unit table; an entry made by other code (an
    upgrade, an edited checkout) may unpickle fine and still lack an attribute,
    so any change to the code makes every entry a miss. The bytes, not the
    files' times: pip writes an installed file with the time of the install, so
    a fresh CI environment installing the same release would otherwise start a
    new cache every run. Reading the package's 600 kB costs about a millisecond
    more than asking for the times did.
    """
    crc, adler = 0, 1
    for path in _package_files(package):
        with open(path, "rb") as module:
            data = os.path.relpath(path, package).replace(os.sep, "/").encode() + b"\0" + module.read()
        crc, adler = zlib.crc32(data, crc), zlib.adler32(data, adler)
    return f"{crc:08x}{adler:08x}"


def _file_times(package: str | os.PathLike[str] = _PACKAGE) -> str:
    """A digest of the size and modification time of the files :func:`code_stamp` reads: no file read."""
    stamps = [(path, info.st_size, info.st_mtime_ns) for path in _package_files(package)
              for info in [os.stat(path)]]
    return _digest(repr(stamps))


def _code_version() -> str:
    """:func:`code_stamp`, remembered in the cache against :func:`_file_times`.

    Reading the package costs about 2 ms a run; asking for its files' times
    about 1 ms. The cache keeps the last (times, bytes) pair, so the package is
    read again only after an install or an edit.
    """
    times = _file_times()
    memo = os.path.join(cache_dir(), "code-version")
    try:
        with open(memo, encoding="ascii") as handle:
            known_times, known = handle.read().split()
        if known_times == times:
            return known
    except (OSError, ValueError):  # missing or damaged: read the package
        pass
    version = code_stamp()
    _write_atomically(memo, f"{times} {version}\n".encode("ascii"))
    return version


def _digest(text: str) -> str:
    """64 bits of two checksums: enough to tell code versions and file names apart.

    Not hashlib: loading OpenSSL costs milliseconds on every run. A collision
    would only ever be a miss, since every entry also stores, and is checked
    against, the full path and stamp it was made for.
    """
    data = text.encode("utf-8", "surrogatepass")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


_TAG: tuple | None = None  # made on first use: a run without the cache never reads the package


def _tag() -> tuple:
    """What an entry must have been written with: entry format, factledger, Python, the code's bytes."""
    global _TAG
    if _TAG is None:
        _TAG = (FORMAT, __version__, sys.version_info[:2], _code_version())
    return _TAG


def cache_dir() -> str:
    return os.environ.get("FACTLEDGER_CACHE_DIR") or ".factledger-cache"


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def _content_digest(path: str) -> str | None:
    """A digest of a regular file's bytes; ``None`` for anything else (a pipe would never end)."""
    try:  # hashlib's own BLAKE2, without hashlib, which loads OpenSSL: about 3 ms of a run after a change
        from _blake2 import blake2b
    except ImportError:  # another Python than CPython
        from hashlib import blake2b

    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return None  # the reader refuses it, with its own message
        with open(path, "rb") as handle:
            return blake2b(handle.read(MAX_FILE_BYTES + 1), digest_size=16).hexdigest()
    except OSError:
        return None


Fingerprint = tuple[int, int, str]  # size, modification time (ns), content digest

#: A file changed this recently when its entry was written may change again within the same
#: tick of the file system's clock and keep its time: Linux stamps files from a clock that
#: advances every few milliseconds, and some file systems keep whole or even two seconds.
RACY_NS = 3_000_000_000
#: the time an entry records for such a file: it never matches, so the content decides
UNTRUSTED_TIME = -1


def fingerprint(path: str) -> Fingerprint | None:
    """What an entry remembers of a file: its size and time, and a digest of its bytes."""
    stamp, digest = _stamp(path), _content_digest(path)
    return None if stamp is None or digest is None else (*stamp, digest)


def _trusted(known: Fingerprint) -> Fingerprint:
    """``known`` as an entry stores it: without its time when the file was changed too recently.

    As git does with "racily clean" files: a file written again within the same
    tick as the entry was made would keep its size and time with other bytes,
    and be served from the entry. Its time is not recorded, so a later run
    compares its bytes (a digest of a small file: microseconds) instead.
    """
    if known[1] >= time.time_ns() - RACY_NS:
        return (known[0], UNTRUSTED_TIME, known[2])
    return known


def _unchanged(path: str, known: Fingerprint) -> bool:
    stamp = _stamp(path)
    if stamp is None or stamp[0] != known[0]:
        return False
    return stamp[1] == known[1] or _content_digest(path) == known[2]


def _entry_path(path: str, shown: str) -> str:
    name = _digest(f"{os.path.abspath(path)}\0{shown}")
    return os.path.join(cache_dir(), f"{name}.pickle")


def get(path: str, shown: str) -> Any | None:
    """The parts cached for ``path`` if the file (and its dependencies) did not change; else None."""
    try:
        with open(_entry_path(path, shown), "rb") as handle:
            entry = pickle.load(handle)
        tag, key, known, deps, parts = entry
        if tag != _tag() or key != (os.path.abspath(path), shown) or not _unchanged(path, known):
            return None
        if not all(_unchanged(dep, dep_known) for dep, dep_known in deps):
            return None
        return parts
    except Exception:  # any unreadable entry is a miss: the ledger is read again
        return None


def _ignore_in_git() -> None:
    """A ``.gitignore`` of ``*`` in the cache keeps it out of every repository (as ruff does)."""
    marker = os.path.join(cache_dir(), ".gitignore")
    if not os.path.exists(marker):
        with open(marker, "w", encoding="utf-8") as handle:
            handle.write("# Automatically created by factledger.\n*\n")


def put(path: str, shown: str, parts: Any, dependencies: list[str], known: Fingerprint | None) -> None:
    """Store ``parts`` for ``path`` as it was when read (``known``, taken before); failures are ignored."""
    if known is None or _stamp(path) != known[:2]:
        return  # the file changed while it was read: do not cache a mix
    deps = [(str(d), fingerprint(d)) for d in dependencies]
    if any(dep_known is None for _, dep_known in deps):
        return
    deps = [(d, _trusted(dep_known)) for d, dep_known in deps]  # type: ignore[arg-type]
    entry = (_tag(), (os.path.abspath(path), shown), _trusted(known), deps, parts)
    _write_atomically(_entry_path(path, shown), pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))


def _write_atomically(target: str, data: bytes) -> None:
    """Write ``data`` to ``target`` in the cache so that no reader sees half of it; failures are ignored."""
    try:
        folder = os.path.dirname(target) or "."
        os.makedirs(folder, exist_ok=True)
        _ignore_in_git()
        handle, temporary = new_temporary(folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, target)
        except BaseException:
            os.unlink(temporary)
            raise
    except Exception:  # a read-only or full disk only means no cache
        return
