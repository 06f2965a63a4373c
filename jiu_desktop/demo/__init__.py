"""Realistic, fictional demo data, so a newcomer sees the app work (and benchmarks have
something to chew on): ``jiu-desktop --demo`` opens a profile of its own, apart from real
ones; ``demo-data`` adds people to any profile.

``people.py`` makes the participants and everything around them, ``texts.py`` holds the
names, places and phrases they are made of.
"""

from __future__ import annotations

from pathlib import Path

from jiu_desktop.demo.people import DemoSummary, fill_demo_data
from jiu_desktop.services.profile import DEMO_PASSPHRASE, create_profile
from jiu_desktop.vault.paths import ProfilePaths, demo_profile_dir

__all__ = ["DEMO_PARTICIPANTS", "DemoSummary", "ensure_demo_profile", "fill_demo_data"]

DEMO_PARTICIPANTS = 40


def ensure_demo_profile(root: Path | None = None) -> Path:
    """Create the demo profile (its own folder, apart from real profiles) once."""
    root = root or demo_profile_dir()
    if ProfilePaths(root).exists():
        return root
    store, _recovery = create_profile(root, "Demo", DEMO_PASSPHRASE, demo=True)
    try:
        fill_demo_data(store, DEMO_PARTICIPANTS, seed=2026)
    finally:
        store.close()
    return root
