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
never an error.

Entries are pickles, and unpickling runs whatever code the pickle names; the
cache directory sits in the working tree, where a pull request can commit one
(a ``.gitignore`` keeps entries out of a repository only until someone adds
them by force). So every entry starts with a keyed BLAKE2 digest of the rest,
made with a secret that lives outside the working tree: ``$FACTLEDGER_CACHE_KEY``,
or a random key made on first use in the user's own cache directory
(``~/.cache/factledger/cache-key``, mode 0600). An entry whose digest does not
match -- written by anyone without the key -- is a miss and is never unpickled.
An entry that matches is unpickled with only the classes of a ledger allowed, in
case the key ever leaks.
"""

from __future__ import annotations

import io
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

FORMAT = 8
#: bytes of the keyed digest each entry starts with
SIGNATURE_BYTES = 32


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
    blake2b = _blake2b()  # hashlib's own BLAKE2, without hashlib, which loads OpenSSL: about 3 ms of a run
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
        secret = _secret()
        if secret is None:
            return None
        with open(_entry_path(path, shown), "rb") as handle:
            data = handle.read()
        body = memoryview(data)[SIGNATURE_BYTES:]
        if len(data) <= SIGNATURE_BYTES or not _same_digest(data[:SIGNATURE_BYTES], _signature(secret, body)):
            return None  # not written with this key: never unpickled
        tag, key, known, deps, parts = _LedgerUnpickler(io.BytesIO(body)).load()
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
    secret = _secret()
    if secret is None:
        return
    entry = (_tag(), (os.path.abspath(path), shown), _trusted(known), deps, parts)
    body = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
    _write_atomically(_entry_path(path, shown), _signature(secret, body) + body)


# -- signing entries ------------------------------------------------------------------------------

def _blake2b() -> Any:
    try:  # hashlib's own BLAKE2, without hashlib, which loads OpenSSL
        from _blake2 import blake2b
    except ImportError:  # another Python than CPython
        from hashlib import blake2b
    return blake2b


def _signature(secret: bytes, body: bytes | memoryview) -> bytes:
    return _blake2b()(body, key=secret, digest_size=SIGNATURE_BYTES).digest()


def _same_digest(a: bytes, b: bytes) -> bool:
    try:  # in constant time, as hmac.compare_digest, without importing hmac (and with it OpenSSL)
        from _operator import _compare_digest
    except ImportError:
        from hmac import compare_digest as _compare_digest  # type: ignore[no-redef]  # the same function
    return _compare_digest(a, b)


_SECRET: bytes | None = None


def _secret() -> bytes | None:
    """The key entries are signed with, once a run; ``None`` when there is none to be had (then no cache)."""
    global _SECRET
    if _SECRET is None:
        _SECRET = _read_secret() or b""
    return _SECRET or None


def key_path() -> str:
    """Where the key is kept when ``$FACTLEDGER_CACHE_KEY`` does not give it: the user's cache directory."""
    base = (os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA")
            or os.path.join(os.path.expanduser("~"), ".cache"))
    return os.path.join(base, "factledger", "cache-key")


def _read_secret() -> bytes | None:
    given = os.environ.get("FACTLEDGER_CACHE_KEY")
    if given:
        return _blake2b()(given.encode("utf-8", "surrogatepass"), digest_size=SIGNATURE_BYTES).digest()
    path = key_path()
    for _ in range(2):  # a damaged key is replaced once; the entries it signed become misses
        try:
            with open(path, "rb") as handle:
                key = bytes.fromhex(handle.read(256).decode("ascii"))
            if len(key) >= 16:
                return key[:64]
        except FileNotFoundError:
            pass
        except (OSError, ValueError, UnicodeDecodeError):
            if not _remove(path):
                return None
        if not _make_secret(path):
            return None
    return None


def _make_secret(path: str) -> bool:
    """Write a new random key to ``path`` unless another run just did; False if it cannot be written."""
    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        handle, temporary = new_temporary(folder)  # O_EXCL, mode 0600
        try:
            with os.fdopen(handle, "w", encoding="ascii") as out:
                out.write(os.urandom(32).hex() + "\n")
            try:
                os.link(temporary, path)  # whole or not at all, and never over a key another run made
            except FileExistsError:
                pass
            except OSError:  # a file system without hard links
                os.replace(temporary, path)
        finally:
            _remove(temporary)
    except OSError:
        return False
    return True


def _remove(path: str) -> bool:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError:
        return False
    return True


class _LedgerUnpickler(pickle.Unpickler):
    """Unpickles only what a ledger's parts are made of: factledger's classes and their rebuilders,
    ``array`` and ``datetime.date``; any other name an entry asks for makes it a miss."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _STANDARD:
            return super().find_class(module, name)
        # No dotted names: "factledger.x", "subprocess.Popen" would reach what a module imports.
        if module.startswith("factledger.") and "." not in name and module in sys.modules:
            found = getattr(sys.modules[module], name, None)
            if getattr(found, "__module__", None) == module and (name in _REBUILDERS or isinstance(found, type)):
                return found  # one of factledger's own classes, built from its fields, or their rebuilders
        raise pickle.UnpicklingError(f"a cache entry may not use {module}.{name}")


_STANDARD = frozenset({("array", "array"), ("array", "_array_reconstructor"), ("datetime", "date")})
#: the functions factledger's classes pickle themselves through (``__reduce__``)
_REBUILDERS = frozenset({"_claims", "_located", "_one_of"})


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
