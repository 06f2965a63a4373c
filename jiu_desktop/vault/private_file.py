"""Write plain-text personal data (an export) so that it only ever exists where it was asked.

- On Linux the content goes into an unnamed file in the target folder (``O_TMPFILE``,
  freed by the kernel when the process dies) and gets its name only when it is complete
  and on disk, so a crash or ``kill -9`` leaves the previous file unchanged, the complete
  new one, or nothing; never a partial or hidden copy. A link cannot replace a name, so a
  previous file is removed just before: a kill between those two system calls (a few
  microseconds) leaves nothing at the chosen name.
- Where unnamed files are not available (other systems; file systems such as FAT on a USB
  stick or network shares) the content goes into a visible ``<name>.part`` that is renamed
  into place. It is removed on every exit Python sees (errors, Ctrl+C, SIGTERM, SIGHUP) and
  by the next write; a ``kill -9`` or power loss while writing can leave it behind.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType
from typing import Any

from jiu_desktop.vault.atomic import fsync_dir

PART_SUFFIX = ".part"
PRIVATE_MODE = 0o600
_PROC_FD = "/proc/self/fd"
_LINK_ATTEMPTS = 3  # another program may create the name between our unlink and link


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (mode 0600 on POSIX), replacing what was there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    placed = False
    fd = _open_unnamed(path.parent)
    if fd is not None:
        try:
            _write_all(fd, data)
            placed = _link_into_place(fd, path)
        finally:
            os.close(fd)
    if not placed:
        _write_through_part(path, data)
    fsync_dir(path.parent)


def part_path(path: Path) -> Path:
    return path.with_name(path.name + PART_SUFFIX)


def _open_unnamed(folder: Path) -> int | None:
    """An unnamed file in ``folder``, or None where the system or file system has none."""
    tmpfile = getattr(os, "O_TMPFILE", None)
    if tmpfile is None or not os.path.isdir(_PROC_FD):
        return None
    try:
        fd = os.open(folder, tmpfile | os.O_WRONLY | os.O_CLOEXEC, PRIVATE_MODE)
    except OSError:  # EOPNOTSUPP, or EISDIR on kernels without it; real errors recur below
        return None
    os.fchmod(fd, PRIVATE_MODE)  # exactly 0600, whatever the umask
    return fd


def _link_into_place(fd: int, path: Path) -> bool:
    """Give the unnamed file its name with linkat(2) and AT_SYMLINK_FOLLOW (Python calls
    plain link(2), which would link /proc's symlink itself, unless a dir_fd is given).
    False when the system refuses such links (a restricted /proc, say)."""
    source = f"{_PROC_FD}/{fd}"
    folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        for _attempt in range(_LINK_ATTEMPTS):
            try:
                os.link(source, path.name, dst_dir_fd=folder, follow_symlinks=True)
                return True
            except FileExistsError:
                with suppress(FileNotFoundError):  # the earlier file: a link cannot replace it
                    os.unlink(path.name, dir_fd=folder)
            except OSError:
                return False
    finally:
        os.close(folder)
    return False


def _write_through_part(path: Path, data: bytes) -> None:
    part = part_path(path)
    with _removed_on_exit(part):
        part.unlink(missing_ok=True)  # left by an earlier export that was killed
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(part, flags, PRIVATE_MODE)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, PRIVATE_MODE)
            _write_all(fd, data)
        finally:
            os.close(fd)
        os.replace(part, path)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


@contextmanager
def _removed_on_exit(part: Path) -> Iterator[None]:
    """Remove ``part`` when the block raises, and when SIGTERM or SIGHUP arrives meanwhile
    (those end Python without unwinding); then the signal does what it did before."""
    previous: dict[int, Callable[[int, FrameType | None], Any] | int | None] = {}

    def on_signal(signum: int, frame: FrameType | None) -> None:
        part.unlink(missing_ok=True)
        handler = previous[signum]
        if callable(handler):
            handler(signum, frame)
        else:  # the default: end the process, as that signal would have
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)

    if threading.current_thread() is threading.main_thread():
        for name in ("SIGTERM", "SIGHUP"):
            number = getattr(signal, name, None)
            if number is None or signal.getsignal(number) in (signal.SIG_IGN, None):
                continue
            previous[number] = signal.signal(number, on_signal)
    try:
        yield
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
