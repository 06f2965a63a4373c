"""The main window fits a 1366×768 laptop screen, status bar with the sync state in sight."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect

from jiu_desktop.views.window_fit import DEFAULT_SIZE, default_geometry, fits
from tests.fast_cli import ROOT, subprocess_env

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a panel of 40 pixels


def test_the_default_size_shrinks_to_a_small_screen_and_stays_on_a_big_one() -> None:
    small = default_geometry(LAPTOP)
    assert fits(small, LAPTOP)
    assert small.width() == DEFAULT_SIZE.width() and small.height() < DEFAULT_SIZE.height()
    big = QRect(0, 0, 1920, 1050)
    assert default_geometry(big).size() == DEFAULT_SIZE
    assert big.contains(default_geometry(big))
    assert not fits(QRect(0, 0, 1280, 820), LAPTOP), "the old default did not fit"


def test_the_window_fits_a_1366_by_768_screen(tmp_path: Path) -> None:
    screens = tmp_path / "screens.json"
    screens.write_text(
        json.dumps(
            {
                "windowFrameMargins": True,
                "screens": [
                    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "dpr": 1}
                ],
            }
        )
    )
    env = subprocess_env(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # its own saved window geometry
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.small_screen", str(tmp_path / "profile")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    for case in ("default", "after_a_big_screen"):
        window = found[case]
        frame, available = QRect(*window["frame"]), QRect(*window["available"])
        assert available.size().height() == 768, "the test screen is a small laptop's"
        assert available.contains(frame), (case, frame)
        assert window["status_bar_bottom"] <= available.bottom(), case
        assert window["sync_label_visible"], case
