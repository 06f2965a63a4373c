"""The attendance grid: 20 participants × 24 meetings (12 weeks, two afternoons), a click
on a cell, from the mouse to the mark stored and the cell painted again (target < 50 ms).
The cells clicked are spread over the grid, each scrolled into sight before the clock
starts."""

from __future__ import annotations

import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from bench.common import PASSPHRASE, cheap_kdf

NAMES = ("Noor", "Sem", "Aylin", "Daan", "Fatima", "Luuk", "Mila", "Yusuf", "Sanne", "Jesse")


def grid_click(
    workdir: Path, people: int = 20, weeks: int = 12, clicks: int = 40
) -> dict[str, float]:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from jiu_desktop.services import meetings, memberships, participants, profile, team
    from jiu_desktop.views.context import AppContext
    from jiu_desktop.views.groups.attendance_tab import AttendanceTab

    _app = QApplication.instance() or QApplication([])
    root = workdir / "attendance-grid"
    with cheap_kdf():
        store, _ = profile.create_profile(root, "Bench", PASSPHRASE)
    try:
        first = date.today() - timedelta(days=7 * weeks // 2)
        group = team.create_group(store, "Voorjaar").id
        meetings.make_roster(store, group, first, weeks, [1, 3], "13:00", "15:30")
        for n in range(people):
            name = f"{NAMES[n % len(NAMES)]} {n + 1}"
            ident = participants.create_participant(store, first_name=name).id
            memberships.move_to_group(store, ident, group, on=first)
        tab = AttendanceTab(AppContext(root, store))
        tab.load(group)
        tab.resize(1150, 620)
        tab.show()
        QApplication.processEvents()
        view, model = tab.view, tab.model
        columns = model.columnCount()
        times = []
        for n in range(clicks):
            index = model.index(n % people, (n * 7) % columns)
            view.scrollTo(index)
            QApplication.processEvents()
            centre: QPoint = view.visualRect(index).center()
            start = time.perf_counter()
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
            QApplication.processEvents()  # the update it asked for: the cell painted
            times.append(time.perf_counter() - start)
        marked = len(model.grid.marks) if model.grid else 0
        tab.close()
        tab.deleteLater()
        QApplication.processEvents()
    finally:
        store.close()
    return {
        "median_ms": statistics.median(times) * 1000,
        "max_ms": max(times) * 1000,
        "participants": float(people),
        "meetings": float(columns),
        "cells_marked": float(marked),
    }
