"""Kill ``jiu-desktop import`` at several moments: the profile opens, is sound, and holds
either all of the file or none of it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from jiu_desktop.demo import fill_demo_data
from jiu_desktop.services import exchange, participants, profile
from tests import fast_cli
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.slow


def test_a_killed_import_is_all_or_nothing(tmp_path: Path) -> None:
    source, _ = profile.create_profile(tmp_path / "source", "Bron", PASSPHRASE)
    fill_demo_data(source, 200, seed=6)
    export = tmp_path / "export.json"
    exchange.write_export(source, export)
    source.close()
    empty, _ = profile.create_profile(tmp_path / "empty", "Leeg", PASSPHRASE)
    empty.close()

    outcomes = set()
    for delay in (0.3, 0.6, 0.9, 1.2, 1.5, 1.8, 2.4, 3.0):
        target = tmp_path / f"killed-{delay}"
        shutil.copytree(tmp_path / "empty", target)
        process = subprocess.Popen(
            [*fast_cli.COMMAND, "import", "--profile", str(target), str(export)],
            env=fast_cli.subprocess_env({**os.environ, "JIU_PASSPHRASE": PASSPHRASE}),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        store = profile.open_profile(target, PASSPHRASE)
        try:
            assert store.integrity_problems() == []
            count = participants.count_participants(store)
        finally:
            store.close()
        assert count in (0, 200), f"killed after {delay} s: {count} of 200"
        outcomes.add(count)
    assert outcomes, "every kill was checked"
