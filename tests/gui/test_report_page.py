"""The Verantwoording page: the numbers it shows are those of ``jiu-desktop report`` for
the same profile and period; small numbers come with the warning and "internal" on paper;
print, PDF and CSV; and it fits a 1366×768 laptop in English and in Dutch."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from jiu_desktop.services import profile
from jiu_desktop.services.report_labels import count_label, internal_notice
from jiu_desktop.services.report_text import REACH
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.report import ReportPage
from jiu_desktop.views.report.models import VALUE_ROLE
from jiu_desktop.views.tasks import wait_for_tasks
from tests.conftest import PASSPHRASE
from tests.fixtures.report_profile import PERIOD, build
from tests.gui.conftest import type_into, unlock
from tests.gui.layout_checks import LAPTOP_HEIGHT, LAPTOP_WIDTH, settle, squeezed, text_cut
from tests.gui.paper import pages_of, print_into, save_to, text_of
from tests.integration.test_cli import run

FROM, TO = (day.isoformat() for day in PERIOD)


def cli_json(root: Path, tmp: Path, *extra: str) -> dict[str, Any]:
    out = tmp / f"cli{len(extra)}.json"
    result = run(
        "report", "--profile", root, "--from", FROM, "--to", TO, "--out", out, *extra,
        env={"JIU_PASSPHRASE": PASSPHRASE},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    loaded: dict[str, Any] = json.loads(out.read_text("utf-8"))
    return loaded


@pytest.fixture
def filled(profile_dir: Path, tmp_path: Path) -> tuple[Path, dict[str, Any], dict[str, Any]]:
    """The hand-built profile, and the command line's JSON of it (hidden and shown)."""
    store, _recovery = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    try:
        build(store)
    finally:
        store.close()
    return (
        profile_dir,
        cli_json(profile_dir, tmp_path),
        cli_json(profile_dir, tmp_path, "--show-small-numbers"),
    )


@pytest.fixture
def page(qtbot: QtBot, filled: tuple[Path, dict[str, Any], dict[str, Any]]) -> Iterator[ReportPage]:
    window = MainWindow(filled[0])
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    window.show_page(ReportPage.page_name)
    found = window.page(ReportPage)
    counted(qtbot, found)
    choose_period(qtbot, found, "01-01-2025", "31-12-2025")
    yield found
    wait_for_tasks()
    window.close()


def counted(qtbot: QtBot, page: ReportPage) -> None:
    """Wait until the latest count is on screen."""
    qtbot.waitUntil(lambda: page.report is not None and page.status.text() != "", timeout=10_000)
    wait_for_tasks()
    QApplication.processEvents()


def choose_period(qtbot: QtBot, page: ReportPage, start: str, end: str) -> None:
    for field, text in ((page.choice.start, start), (page.choice.end, end)):
        field.selectAll()
        type_into(field, text)
    QTest.keyClick(page.choice.end, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: page.report is not None and page.report.period.end.isoformat() == TO,
        timeout=10_000,
    )
    counted(qtbot, page)


def view_of(page: ReportPage, key: str) -> QTableView:
    for section in page.tabs.sections.values():
        if key in section.tables:
            return section.tables[key]
    raise KeyError(key)


def shown_tables(page: ReportPage) -> list[dict[str, Any]]:
    """Every breakdown as the page's table views hold it, in the JSON's terms."""
    found = []
    assert page.report is not None
    for table in page.report.tables:
        model = view_of(page, table.key).model()
        height, width = len(table.rows), len(table.columns)

        def cell(row: int, column: int) -> Any:
            return model.index(row, column + 1).data(VALUE_ROLE)  # noqa: B023

        found.append(
            {
                "key": table.key,
                "rows": [model.index(r, 0).data() for r in range(height)],
                "columns": [
                    model.headerData(c + 1, Qt.Orientation.Horizontal) for c in range(width)
                ],
                "cells": [[cell(r, c) for c in range(width)] for r in range(height)],
                "column_totals": None
                if table.column_totals is None
                else [cell(height, c) for c in range(width)],
                "row_totals": None
                if table.row_totals is None
                else [cell(r, width) for r in range(height)],
            }
        )
    return found


def expected_tables(document: dict[str, Any]) -> list[dict[str, Any]]:
    keys = ("key", "rows", "columns", "cells", "column_totals", "row_totals")
    return [{k: table[k] for k in keys} for table in document["tables"]]


def reach_numbers(page: ReportPage) -> dict[str, str]:
    model = page.tabs.sections["reach"].numbers.model()
    return {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}


def test_the_page_shows_the_numbers_of_the_command_line(
    page: ReportPage, filled: tuple[Path, dict[str, Any], dict[str, Any]]
) -> None:
    document = filled[1]
    assert shown_tables(page) == expected_tables(document)
    numbers = reach_numbers(page)
    for key in REACH:
        assert numbers[count_label(key)] == str(document["counts"][key])
    assert page.tabs.funnel.report is page.report and page.tabs.spiral.report is page.report
    quotes = [page.tabs.quotes.item(n).text() for n in range(page.tabs.quotes.count())]
    assert quotes == [f"“{q['text']}”\n— {q['attribution']}" for q in document["quotes"]]
    assert not page.choice.warning.isVisible()


def test_the_pdf_is_saved_where_the_coach_chooses(
    qtbot: QtBot, page: ReportPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "verantwoording.pdf"
    save_to(monkeypatch, target)
    page.pdf_button.click()
    qtbot.waitUntil(target.exists, timeout=15_000)
    text = text_of(target.read_bytes())
    assert "JIU Amersfoort" in text and internal_notice() not in text


def test_small_numbers_come_with_the_warning_and_internal_on_every_page(
    qtbot: QtBot,
    page: ReportPage,
    filled: tuple[Path, dict[str, Any], dict[str, Any]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.choice.small.click()
    qtbot.waitUntil(lambda: page.report is not None and page.report.internal, timeout=10_000)
    counted(qtbot, page)
    assert page.choice.warning.isVisible()
    assert shown_tables(page) == expected_tables(filled[2])
    saved = tmp_path / "intern.pdf"
    save_to(monkeypatch, saved)
    page.pdf_button.click()
    qtbot.waitUntil(saved.exists, timeout=15_000)
    pages = pages_of(saved)
    assert pages >= 3
    assert text_of(saved.read_bytes()).count(internal_notice()) == pages
    printed = tmp_path / "printer.pdf"
    seen = print_into(monkeypatch, printed)
    page.print_button.click()
    qtbot.waitUntil(lambda: bool(seen) and printed.exists(), timeout=15_000)
    assert pages_of(printed) == pages
    sheet = tmp_path / "verantwoording.csv"
    save_to(monkeypatch, sheet)
    page.csv_button.click()
    assert sheet.read_bytes().decode("utf-8-sig").splitlines()[0] == internal_notice()


def test_a_reversed_period_is_told_and_the_numbers_stay(qtbot: QtBot, page: ReportPage) -> None:
    shown = page.report
    page.choice.start.selectAll()
    type_into(page.choice.start, "01-02-2026")
    QTest.keyClick(page.choice.start, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.text() != "", timeout=5_000)
    assert "before its start" in page.message.text()
    assert page.report is shown


def test_one_group_narrows_the_numbers(qtbot: QtBot, page: ReportPage) -> None:
    box = page.choice.group
    index = box.findText("Najaar 2025")
    assert index > 0
    box.setCurrentIndex(index)
    box.activated.emit(index)
    qtbot.waitUntil(
        lambda: page.report is not None and page.report.group_name == "Najaar 2025",
        timeout=10_000,
    )
    counted(qtbot, page)
    assert page.report is not None and page.report.attendance.meetings_held == 5


def test_the_page_fits_the_laptop_screen(qtbot: QtBot, laptop: MainWindow) -> None:
    laptop.show_page(ReportPage.page_name)
    found = laptop.page(ReportPage)
    counted(qtbot, found)
    settle()
    assert (laptop.width(), laptop.height()) == (LAPTOP_WIDTH, LAPTOP_HEIGHT)
    for index in range(found.tabs.count()):
        found.tabs.setCurrentIndex(index)
        settle()
        assert squeezed(found) == []
        assert text_cut(found) == []
        tab = found.tabs.currentWidget()
        bar = getattr(tab, "horizontalScrollBar", None)
        assert bar is None or bar().maximum() == 0, found.tabs.tabText(index)
    found.choice.small.setChecked(True)
    settle()
    assert found.choice.warning.isVisible() and squeezed(found) == []


def test_an_erasure_elsewhere_is_counted_again_at_once(qtbot: QtBot, page: ReportPage) -> None:
    from jiu_desktop.services import erasure, participants

    assert page.report is not None
    before = page.report.counts.registered
    store = page.context.store
    sem = next(p for p in participants.list_participants(store) if p.first_name == "Sem")
    page.context.announce(erasure.erase(store, sem.id))
    qtbot.waitUntil(
        lambda: page.report is not None and page.report.counts.registered == before - 1,
        timeout=10_000,
    )
    counted(qtbot, page)
    assert reach_numbers(page)[count_label("registered")] == str(before - 1)
