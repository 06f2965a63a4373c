"""A shared folder: a network drive, a folder synced by a cloud client, a USB stick.

A file appears by a hard link from its fsynced temporary file: the link fails when the name
exists, so the first writer wins and nothing is ever overwritten. Where a filesystem has no
hard links (FAT on a USB stick, some network shares), a rename is used instead; on Windows
that too refuses an existing name, elsewhere an existence check comes first (best effort).

New files and folders follow the permissions of the folder they are made in, so a team
folder shared by several accounts on one machine or share stays readable to all of them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from jiu_desktop.errors import (
    SyncError,
    TargetFull,
    TargetNotReadable,
    TargetReadOnly,
    TargetUnreachable,
)
from jiu_desktop.sync.transports import (
    CARD_FILE,
    DEVICES,
    LAYOUT,
    SNAPSHOTS,
    TEAM_FILE,
    TEMP_PREFIX,
    TEMP_SUFFIX,
    bundle_name,
    check_device_name,
    leftover_names,
    parse_bundle_names,
    parse_device_names,
    parse_snapshot_names,
    snapshot_name,
)

NO_ROOM = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
NO_WRITING = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})
NO_READING = frozenset({errno.EACCES, errno.EPERM})


class FolderTransport:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.base = self.root / LAYOUT
        self._requests = 0
        self._hard_links = True

    @property
    def description(self) -> str:
        return str(self.root)

    @property
    def requests(self) -> int:
        return self._requests

    def _reachable(self) -> None:
        self._requests += 1
        try:
            found = stat.S_ISDIR(os.stat(self.root).st_mode)
        except OSError as error:
            raise self._reading_failed(error) from None
        if not found:
            raise TargetUnreachable(str(self.root))

    # -- what a failure means ----------------------------------------------------------------
    def _reading_failed(self, error: OSError) -> SyncError:
        if error.errno in NO_READING:
            return TargetNotReadable(str(self.root))
        return TargetUnreachable(str(self.root))

    def _writing_failed(self, error: OSError) -> SyncError:
        if error.errno in NO_ROOM:
            return TargetFull(str(self.root))
        if error.errno in NO_WRITING:
            return TargetReadOnly(str(self.root))
        return TargetUnreachable(str(self.root))

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        try:
            yield
        except OSError as error:
            raise self._reading_failed(error) from None

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            yield
        except OSError as error:
            raise self._writing_failed(error) from None

    # -- reading ---------------------------------------------------------------------------
    def read_team(self) -> bytes | None:
        self._reachable()
        with self._reading():
            try:
                return (self.base / TEAM_FILE).read_bytes()
            except FileNotFoundError:
                return None

    def list_devices(self) -> list[str]:
        self._reachable()
        with self._reading():
            try:
                return parse_device_names(os.listdir(self.base / DEVICES))
            except FileNotFoundError:
                return []

    def list_bundles(self, device: str) -> list[int]:
        self._reachable()
        with self._reading():
            try:
                return parse_bundle_names(os.listdir(self.base / DEVICES / device))
            except FileNotFoundError:
                return []

    def read_bundle(self, device: str, seq: int) -> bytes:
        self._reachable()
        with self._reading():
            return (self.base / DEVICES / device / bundle_name(seq)).read_bytes()

    def list_snapshots(self) -> list[tuple[str, int]]:
        self._reachable()
        with self._reading():
            try:
                return parse_snapshot_names(os.listdir(self.base / SNAPSHOTS))
            except FileNotFoundError:
                return []

    def read_snapshot(self, device: str, n: int) -> bytes:
        self._reachable()
        with self._reading():
            return (self.base / SNAPSHOTS / snapshot_name(device, n)).read_bytes()

    def read_card(self, device: str) -> bytes | None:
        check_device_name(device)
        self._reachable()
        with self._reading():
            try:
                return (self.base / DEVICES / device / CARD_FILE).read_bytes()
            except FileNotFoundError:
                return None

    def card_stamp(self, device: str) -> str | None:
        check_device_name(device)
        try:
            found = (self.base / DEVICES / device / CARD_FILE).stat()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise self._reading_failed(error) from None
        return f"{found.st_ino}:{found.st_size}:{found.st_mtime_ns}"

    # -- writing ---------------------------------------------------------------------------
    def write_card(self, device: str, data: bytes) -> None:
        check_device_name(device)
        self._reachable()
        folder = self.base / DEVICES / device
        with self._writing():
            self._make_folders(folder)
            temporary = self._write_temp(folder, data)
            try:
                os.replace(temporary, folder / CARD_FILE)
            finally:
                _discard(temporary)

    def create_team(self, data: bytes) -> bool:
        self._reachable()
        with self._writing():
            self._make_folders(self.base)
            return self._place(self.base / TEAM_FILE, data)

    def replace_team(self, data: bytes) -> None:
        self._reachable()
        with self._writing():
            temporary = self._write_temp(self.base, data)
            try:
                os.replace(temporary, self.base / TEAM_FILE)
            finally:
                _discard(temporary)

    def publish_bundle(self, device: str, seq: int, data: bytes) -> bool:
        self._reachable()
        folder = self.base / DEVICES / device
        target = folder / bundle_name(seq)
        with self._writing():
            self._make_folders(folder)
            if target.exists():  # saves writing a copy that would only be thrown away
                return False
            return self._place(target, data)

    def publish_snapshot(self, device: str, n: int, data: bytes) -> bool:
        self._reachable()
        folder = self.base / SNAPSHOTS
        target = folder / snapshot_name(device, n)
        with self._writing():
            self._make_folders(folder)
            if target.exists():
                return False
            return self._place(target, data)

    def delete_bundle(self, device: str, seq: int) -> None:
        check_device_name(device)
        self._remove(self.base / DEVICES / device / bundle_name(seq))

    def delete_snapshot(self, device: str, n: int) -> None:
        self._remove(self.base / SNAPSHOTS / snapshot_name(device, n))

    def _remove(self, path: Path) -> None:
        self._reachable()
        with self._writing():
            path.unlink(missing_ok=True)

    def replace_bundle(self, device: str, seq: int, data: bytes) -> None:
        self._reachable()
        target = self.base / DEVICES / device / bundle_name(seq)
        with self._writing():
            temporary = self._write_temp(target.parent, data)
            try:
                os.replace(temporary, target)
            finally:
                _discard(temporary)

    def remove_leftovers(self, device: str) -> int:
        check_device_name(device)
        self._reachable()
        removed = 0
        for folder, only_beside_team in ((self.base / DEVICES / device, False), (self.base, True)):
            with self._reading():
                try:
                    names = os.listdir(folder)
                except FileNotFoundError:
                    continue
            if only_beside_team and TEAM_FILE not in names:
                continue  # a team is being created there: its temporary file is in use
            for name in leftover_names(names):
                with self._writing():
                    try:
                        os.unlink(folder / name)
                    except FileNotFoundError:
                        continue
                removed += 1
        return removed

    def _place(self, target: Path, data: bytes) -> bool:
        """Write ``data`` to a temporary file beside ``target`` and put it in place unless
        ``target`` exists; True when this call created it. The temporary file never stays."""
        temporary = self._write_temp(target.parent, data)
        try:
            if self._hard_links:
                try:
                    os.link(temporary, target)
                    return True
                except FileExistsError:
                    return False
                except OSError as error:
                    if error.errno in NO_ROOM or isinstance(error, FileNotFoundError):
                        raise
                    self._hard_links = False  # this filesystem has none: rename from now on
            if target.exists():
                return False
            try:
                os.rename(temporary, target)  # on Windows this refuses an existing name too
            except FileExistsError:
                return False
            return True
        finally:
            _discard(temporary)

    def _write_temp(self, folder: Path, data: bytes) -> Path:
        # A dot-name that the listing ignores; fsync so that the link publishes whole content.
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
        temporary = Path(name)
        try:
            with os.fdopen(fd, "wb") as handle:
                _follow_folder(handle.fileno(), folder)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            _discard(temporary)
            raise
        return temporary

    def _make_folders(self, folder: Path) -> None:
        """Create ``folder`` and any missing parent below the root, each with the mode of
        the folder it is made in (set after mkdir, as the umask would narrow it)."""
        missing: list[Path] = []
        probe = folder
        while probe != self.root and not probe.is_dir():
            missing.append(probe)
            probe = probe.parent
        for path in reversed(missing):
            try:
                path.mkdir()
            except FileExistsError:
                continue  # another device made it just now: theirs to set
            if os.name == "posix":
                with contextlib.suppress(OSError):  # a filesystem without Unix modes
                    os.chmod(path, stat.S_IMODE(os.stat(path.parent).st_mode))


def _follow_folder(fd: int, folder: Path) -> None:
    """Give a new file the read and write bits of its folder (mkstemp makes it 0600):
    folder 0770 → file 0660, 0700 → 0600, 0777 → 0666."""
    if os.name == "posix":
        with contextlib.suppress(OSError):  # a filesystem without Unix modes keeps its own
            os.fchmod(fd, stat.S_IMODE(os.stat(folder).st_mode) & 0o666)


def _discard(temporary: Path) -> None:
    """Remove a temporary file; when even that fails, remove_leftovers takes it later."""
    with contextlib.suppress(OSError):
        temporary.unlink(missing_ok=True)
