"""``JIU_BENCH_EXIT=first-window``: the real program quits as soon as its first window
shows, and says which window that was (``make dist-check`` starts the installed build
this way)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests import fast_cli


def start(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "QT_QPA_PLATFORM": "offscreen",
        "JIU_BENCH_EXIT": "first-window",
    }
    return subprocess.run(
        [*fast_cli.COMMAND, *args],
        capture_output=True,
        text=True,
        env=fast_cli.subprocess_env(env),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_a_first_start_shows_the_wizard_and_makes_no_profile(tmp_path: Path) -> None:
    result = start(tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("JIU_BENCH first-window FirstRunWizard ")
    assert not list(tmp_path.rglob("vault.json"))


def test_a_profile_opens_on_the_unlock_screen(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    made = subprocess.run(
        [*fast_cli.COMMAND, "init", "--profile", str(profile), "--name", "Proef"],
        capture_output=True,
        text=True,
        env=fast_cli.subprocess_env({**os.environ, "JIU_PASSPHRASE": "lange proef wachtzin 42"}),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    result = start(tmp_path, "--profile", str(profile))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("JIU_BENCH first-window MainWindow ")
