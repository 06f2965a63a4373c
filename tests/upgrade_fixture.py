"""The profile of an older release in ``tests/data/profile-0.1.0`` (see its README), for
the upgrade tests here and in ``make dist-check``."""

from __future__ import annotations

import shutil
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent / "data" / "profile-0.1.0"
PASSPHRASE = "proefprofiel-0.1.0-geheim"
REVISION = "0008"
FIRST_NAMES = ["Bram", "Daan", "Milan", "Lotte"]
NOTES = 39


def fixture_copy(target: Path) -> Path:
    """A copy to open: opening migrates it, and the committed files must stay as they are."""
    shutil.copytree(FIXTURE, target)
    return target
