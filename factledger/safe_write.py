"""Writes that never lose a user's data: temp file, fsync, rename, under a lock.

A crash or a kill at any moment leaves either the old file or the complete new
one, never a mix. Concurrent writers take turns on an advisory lock beside the
file, so neither clobbers the other's half-written state; the lock's file is
removed when the write is done.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from typing import IO, Iterator

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


@contextlib.contextmanager
def locked(path: str | os.PathLike[str]) -> Iterator[None]:
    """Hold an exclusive advisory lock for ``path`` (a ``.name.lock`` file beside it, removed after).

    The lock file is removed while the lock is still held, so that no run leaves one
    behind. A writer that was waiting then holds a lock on a file that is gone, which
    guards nothing: it opens the file again, until the file it locked is the one at
    the path. Only the holder removes the file, so two writers never hold the lock at once.
    """
    if fcntl is None:  # pragma: no cover - Windows: no advisory locks, and no file left behind
        yield
        return
    directory, name = os.path.split(os.path.realpath(path))
    lock_path = os.path.join(directory, f".{name}.lock")
    handle = _lock(lock_path)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
        handle.close()  # closing releases the lock


def _lock(lock_path: str) -> IO[str]:
    """``lock_path``, open and locked, and still the file at that path once locked."""
    while True:
        handle = open(lock_path, "a+")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            if _same_file(handle, lock_path):
                return handle
        except BaseException:
            handle.close()
            raise
        handle.close()


def _same_file(handle: IO[str], path: str) -> bool:
    try:
        found = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(handle.fileno())
    return (found.st_dev, found.st_ino) == (mine.st_dev, mine.st_ino)


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Replace ``path`` with ``text`` atomically (same directory, fsync, ``os.replace``)."""
    # Write through a symlink to the file it names, so the link survives the rename.
    target = os.path.realpath(path)
    directory, name = os.path.split(target)
    mode = os.stat(target).st_mode & 0o777 if os.path.exists(target) else 0o644
    fd, temp = new_temporary(directory, f".{name}.", ".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_directory(directory)


_TEMPORARIES = itertools.count()


def new_temporary(folder: str | os.PathLike[str], prefix: str = ".tmp-", suffix: str = "") -> tuple[int, str]:
    """A new file in ``folder`` that no other writer has, open for writing, and its path:
    ``tempfile.mkstemp``'s promise (``O_EXCL``, mode 0600).

    Not ``tempfile`` itself: importing it (and ``shutil`` and ``random`` with it) cost
    about 6 ms, and a pre-commit run after one file changed writes one cache entry, a CI
    run its report. The name holds this process's id and a count; ``O_EXCL`` refuses a
    name a file left by a crashed run already has, and the next count is tried.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        name = os.path.join(folder, f"{prefix}{os.getpid()}-{next(_TEMPORARIES)}{suffix}")
        try:
            return os.open(name, flags, 0o600), name
        except FileExistsError:
            continue


def _fsync_directory(directory: str) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
