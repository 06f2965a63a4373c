"""Where bundles are exchanged: a shared folder or a WebDAV server, with the same layout.

```
<root>/jiu-sync-v1/team.json
<root>/jiu-sync-v1/devices/<device>/<seq>.bin
<root>/jiu-sync-v1/devices/<device>/device.card  the device's card (sync/devices.py)
<root>/jiu-sync-v1/snapshots/<device>-<n>.snap   the team's state as one device saw it
```
Each device writes only in its own folder and its own snapshot names; files are immutable
and appear atomically, so no locks are needed and folders kept in step by
OneDrive/Nextcloud/Dropbox work too. A file is first written under a temporary dot-name
(``.upload-<random>.tmp``, ignored by every listing) in the folder it will appear in, then
put in place without overwriting anything. Compaction (sync/compaction.py) deletes files:
a device its own bundles and snapshots once a snapshot covers them, and those of a laptop
not seen within the horizon.
"""

from __future__ import annotations

import re
from typing import Protocol

LAYOUT = "jiu-sync-v1"
TEAM_FILE = "team.json"
DEVICES = "devices"
CARD_FILE = "device.card"
SNAPSHOTS = "snapshots"
BUNDLE_NAME = re.compile(r"^(\d{1,12})\.bin$")
SNAPSHOT_NAME = re.compile(r"^([0-9a-f]{32})-(\d{1,12})\.snap$")
DEVICE_NAME = re.compile(r"^[0-9a-f]{32}$")
TEMP_PREFIX, TEMP_SUFFIX = ".upload-", ".tmp"
TEMP_NAME = re.compile(r"^\.upload-[A-Za-z0-9_]{1,64}\.tmp$")


class Transport(Protocol):
    """What sync needs from a remote.

    Every method raises TargetUnreachable when the target cannot be reached (offline is a
    normal state) and another SyncError when it answers but refuses: the writing methods
    raise TargetFull when it has no room and TargetReadOnly when this laptop may not write.
    A write that fails removes its own temporary file where it still can.
    """

    @property
    def description(self) -> str: ...

    @property
    def requests(self) -> int:
        """How many remote operations were made (for tests and benchmarks)."""
        ...

    def read_team(self) -> bytes | None: ...

    def create_team(self, data: bytes) -> bool:
        """Write team.json unless one exists; True when this call created it."""
        ...

    def replace_team(self, data: bytes) -> None:
        """Put ``data`` in place of team.json, atomically: a reader finds the old file or
        the new one, whole (a removal from the team rotates the team key)."""
        ...

    def list_devices(self) -> list[str]: ...

    def list_bundles(self, device: str) -> list[int]: ...

    def read_bundle(self, device: str, seq: int) -> bytes: ...

    def publish_bundle(self, device: str, seq: int, data: bytes) -> bool:
        """Make ``<seq>.bin`` appear atomically; True when this call created it, False when
        a file of that name already existed (it is then left alone)."""
        ...

    def replace_bundle(self, device: str, seq: int, data: bytes) -> None:
        """Put ``data`` in place of this device's own ``<seq>.bin`` that cannot be read (cut
        short, emptied): the one case where a file is written over, atomically."""
        ...

    def list_snapshots(self) -> list[tuple[str, int]]:
        """The snapshots on the remote: (writer's device id, its snapshot number)."""
        ...

    def read_snapshot(self, device: str, n: int) -> bytes: ...

    def publish_snapshot(self, device: str, n: int, data: bytes) -> bool:
        """Make ``<device>-<n>.snap`` appear atomically; False when it existed (left alone)."""
        ...

    def delete_bundle(self, device: str, seq: int) -> None:
        """Retire a bundle; one that is already gone is no error."""
        ...

    def delete_snapshot(self, device: str, n: int) -> None:
        """Retire a snapshot; one that is already gone is no error."""
        ...

    def read_card(self, device: str) -> bytes | None:
        """The device's card, None when it has none (yet)."""
        ...

    def card_stamp(self, device: str) -> str | None:
        """A token that changes whenever the device's card changes, None when it has none;
        taken from the last listing of its folder, so it costs no request."""
        ...

    def write_card(self, device: str, data: bytes) -> None:
        """Put this device's card in place of the one before, atomically (the one file a
        device writes over in the normal run of things)."""
        ...

    def remove_leftovers(self, device: str) -> int:
        """Delete the temporary files that interrupted writes of ``device`` left behind, in
        its own folder and, once team.json exists, beside it; return how many were removed.

        Only this device writes in its own folder, so every temporary file there is its own.
        Beside team.json only the team's creator wrote one, before team.json existed, and a
        coordinator replacing team.json (whose replacement then fails and changes nothing).
        No other file is touched. Costs a listing of both folders.
        """
        ...


def bundle_name(seq: int) -> str:
    return f"{seq:08d}.bin"


def parse_bundle_names(names: list[str]) -> list[int]:
    return sorted(int(m.group(1)) for n in names if (m := BUNDLE_NAME.match(n)))


def snapshot_name(device: str, n: int) -> str:
    check_device_name(device)
    return f"{device}-{n:08d}.snap"


def parse_snapshot_names(names: list[str]) -> list[tuple[str, int]]:
    return sorted((m.group(1), int(m.group(2))) for n in names if (m := SNAPSHOT_NAME.match(n)))


def parse_device_names(names: list[str]) -> list[str]:
    return sorted(n for n in names if DEVICE_NAME.match(n))


def leftover_names(names: list[str]) -> list[str]:
    """The temporary files among ``names`` (see the module docstring)."""
    return sorted(n for n in names if TEMP_NAME.match(n))


def check_device_name(device: str) -> None:
    """Refuse a device name that could point outside the device's own folder."""
    if not DEVICE_NAME.match(device):
        raise ValueError(f"not a device name: {device!r}")
