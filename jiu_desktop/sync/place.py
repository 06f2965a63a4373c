"""Where this copy of a profile lives: the machine and the folder, hashed.

``sync/identity.py`` compares it with the place stored in the profile to notice a profile
that was copied or moved. Kept apart, without the database layer, for the quick check of a
sync round in which nothing is new (``cli/quick_sync.py``), which must see the same place.
"""

from __future__ import annotations

import hashlib
import platform
import subprocess
from pathlib import Path

#: The ``local_state`` keys of this copy's identity (used by ``sync/identity.py``).
DEVICE_KEY = "device_id"
HOME_KEY = "device_home"
RESET_KEY = "identity_reset"
NOTICE_KEY = "identity_notice"


def machine_id() -> str:
    """A stable id of this computer (empty when the system offers none)."""
    for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            value = Path(candidate).read_text().strip()
        except OSError:
            continue
        if value:
            return value
    system = platform.system()
    try:
        if system == "Windows":
            import winreg  # type: ignore[import-not-found,unused-ignore]

            key = winreg.OpenKey(  # type: ignore[attr-defined,unused-ignore]
                winreg.HKEY_LOCAL_MACHINE,  # type: ignore[attr-defined,unused-ignore]
                r"SOFTWARE\Microsoft\Cryptography",
            )
            return str(winreg.QueryValueEx(key, "MachineGuid")[0])  # type: ignore[attr-defined,unused-ignore]
        if system == "Darwin":
            out = subprocess.run(
                ["ioreg", "-rd1", "-c", "IOPlatformExpertDevice"],
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            ).stdout
            for line in out.splitlines():
                if "IOPlatformUUID" in line:
                    return line.split("=")[-1].strip().strip('"')
    except (OSError, subprocess.SubprocessError):
        pass
    return ""


def home_fingerprint(profile_root: Path) -> str:
    """Which machine and folder this copy of the profile lives in (hashed: no path kept)."""
    place = f"{machine_id()}\0{Path(profile_root).resolve()}"
    return hashlib.sha256(place.encode("utf-8")).hexdigest()[:32]
