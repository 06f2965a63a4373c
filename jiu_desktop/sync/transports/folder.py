"""A shared folder: a network drive, a folder synced by a cloud client, a USB stick."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from jiu_desktop.errors import TargetUnreachable
from jiu_desktop.sync.transports import (
    DEVICES,
    LAYOUT,
    TEAM_FILE,
    bundle_name,
    parse_bundle_names,
    parse_device_names,
)


class FolderTransport:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.base = self.root / LAYOUT
        self._requests = 0

    @property
    def description(self) -> str:
        return str(self.root)

    @property
    def requests(self) -> int:
        return self._requests

    def _reachable(self) -> None:
        self._requests += 1
        if not self.root.is_dir():
            raise TargetUnreachable(str(self.root))

    def read_team(self) -> bytes | None:
        self._reachable()
        try:
            return (self.base / TEAM_FILE).read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            raise TargetUnreachable(str(self.root)) from None

    def create_team(self, data: bytes) -> bool:
        self._reachable()
        target = self.base / TEAM_FILE
        try:
            self.base.mkdir(parents=True, exist_ok=True)
            tmp = self._write_temp(self.base, data)
            try:
                os.link(tmp, target)  # fails when it exists: first writer wins
            except FileExistsError:
                return False
            finally:
                tmp.unlink(missing_ok=True)
        except OSError:
            raise TargetUnreachable(str(self.root)) from None
        return True

    def list_devices(self) -> list[str]:
        self._reachable()
        try:
            return parse_device_names(os.listdir(self.base / DEVICES))
        except FileNotFoundError:
            return []
        except OSError:
            raise TargetUnreachable(str(self.root)) from None

    def list_bundles(self, device: str) -> list[int]:
        self._reachable()
        try:
            return parse_bundle_names(os.listdir(self.base / DEVICES / device))
        except FileNotFoundError:
            return []
        except OSError:
            raise TargetUnreachable(str(self.root)) from None

    def read_bundle(self, device: str, seq: int) -> bytes:
        self._reachable()
        try:
            return (self.base / DEVICES / device / bundle_name(seq)).read_bytes()
        except OSError:
            raise TargetUnreachable(str(self.root)) from None

    def publish_bundle(self, device: str, seq: int, data: bytes) -> None:
        self._reachable()
        folder = self.base / DEVICES / device
        target = folder / bundle_name(seq)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if target.exists():
                return
            tmp = self._write_temp(folder, data)
            os.replace(tmp, target)
        except OSError:
            raise TargetUnreachable(str(self.root)) from None

    @staticmethod
    def _write_temp(folder: Path, data: bytes) -> Path:
        # A dot-name that the listing ignores; fsync so the rename publishes whole content.
        fd, name = tempfile.mkstemp(prefix=".upload-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        return Path(name)
