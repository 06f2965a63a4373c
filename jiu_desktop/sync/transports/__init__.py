"""Where bundles are exchanged: a shared folder or a WebDAV server, with the same layout.

```
<root>/jiu-sync-v1/team.json
<root>/jiu-sync-v1/devices/<device>/<seq>.bin
```
Each device writes only in its own folder; files are immutable and appear atomically, so
no locks are needed and folders kept in step by OneDrive/Nextcloud/Dropbox work too.
"""

from __future__ import annotations

import re
from typing import Protocol

LAYOUT = "jiu-sync-v1"
TEAM_FILE = "team.json"
DEVICES = "devices"
BUNDLE_NAME = re.compile(r"^(\d{1,12})\.bin$")
DEVICE_NAME = re.compile(r"^[0-9a-f]{32}$")


class Transport(Protocol):
    """What sync needs from a remote. Every method raises TargetUnreachable when offline."""

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

    def list_devices(self) -> list[str]: ...

    def list_bundles(self, device: str) -> list[int]: ...

    def read_bundle(self, device: str, seq: int) -> bytes: ...

    def publish_bundle(self, device: str, seq: int, data: bytes) -> None:
        """Make ``<seq>.bin`` appear atomically; leave it alone when it already exists."""
        ...


def bundle_name(seq: int) -> str:
    return f"{seq:08d}.bin"


def parse_bundle_names(names: list[str]) -> list[int]:
    return sorted(int(m.group(1)) for n in names if (m := BUNDLE_NAME.match(n)))


def parse_device_names(names: list[str]) -> list[str]:
    return sorted(n for n in names if DEVICE_NAME.match(n))
