"""The forms benchmarks run (on tiny sizes), so ``make bench`` cannot rot unnoticed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from bench import form_screen


def test_the_forms_benchmarks_run(qapp: QApplication, tmp_path: Path) -> None:
    opened = form_screen.open_form(tmp_path, repeat=1)
    assert opened["coach_mode_median_ms"] > 0 and opened["participant_mode_median_ms"] > 0
    growth = form_screen.growth_chart_40(tmp_path, responses=3, repeat=1)
    assert growth["points"] == 9, "three responses, three scale questions each"
