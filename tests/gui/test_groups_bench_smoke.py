"""The attendance benchmark runs (on a small grid), so ``make bench`` cannot rot unnoticed,
and a click stays well inside its budget even here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from bench import attendance


def test_the_attendance_benchmark_runs(qapp: QApplication, tmp_path: Path) -> None:
    found = attendance.grid_click(tmp_path, people=4, weeks=2, clicks=4)
    assert found["cells_marked"] == 4, "every click marked its cell"
    assert found["meetings"] == 4
    assert 0 < found["median_ms"] < 200
