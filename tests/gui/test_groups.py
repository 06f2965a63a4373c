"""The Groepen page, clicked and typed through: a new group, Rooster maken by keyboard,
a meeting changed and undone, attendance marked by keyboard and by click with undo,
*afwezig* → *Er op af* with its follow-up on the start page, the reminder the day before
a group starts, and the presentielijst from the group page."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from jiu_desktop.services import attendance, meetings, memberships, notes, participants, team
from jiu_desktop.views.forms.paper import GroupBatchDialog
from jiu_desktop.views.groups import GroupsPage
from jiu_desktop.views.groups.meeting_dialog import MeetingDialog
from jiu_desktop.views.groups.roster_dialog import RosterDialog
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.pages import PAGES
from jiu_desktop.views.participants.screen import ParticipantsPage
from jiu_desktop.views.start_page import StartPage
from tests.gui.conftest import type_into, unlock
from tests.gui.dialogs import answer, on_next_modal
from tests.gui.layout_checks import settle
from tests.gui.paper import save_to, text_of

CTRL = Qt.KeyboardModifier.ControlModifier
TUESDAY = date(2027, 3, 2)


def back_in(qtbot: QtBot, window: MainWindow, widget: QWidget) -> None:
    """The keyboard back in ``widget`` of the main window, after a dialog."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=3000)


def groups_page(window: MainWindow) -> GroupsPage:
    window.show_page(GroupsPage.page_name)
    settle()
    page = window.page(GroupsPage)
    assert window.pages.currentWidget() is page
    return page


def a_group(window: MainWindow, people: int = 3, weeks: int = 2) -> tuple[str, list[str]]:
    store = window.context.store
    group = team.create_group(store, "Voorjaar 2027").id
    meetings.make_roster(store, group, TUESDAY, weeks, [1, 3], "13:00", "15:30")
    ids = []
    for name in ("Noor", "Sem", "Aylin", "Daan")[:people]:
        ident = participants.create_participant(store, first_name=name, last_name="Bakker").id
        memberships.move_to_group(store, ident, group, on=date(2027, 3, 1))
        ids.append(ident)
    return group, ids


def test_the_page_comes_after_the_participants(qtbot: QtBot, window: MainWindow) -> None:
    assert PAGES.index(GroupsPage) == PAGES.index(ParticipantsPage) + 1
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert "Groups" in titles
    unlock(qtbot, window)
    page = groups_page(window)
    assert page.list.body.currentWidget() is page.list.empty
    assert "New group" in page.list.empty.text()


def test_a_new_group_opens_on_its_page(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    page = groups_page(window)

    def fill(dialog: QWidget) -> None:
        type_into(dialog.name, "Najaar 2027")  # type: ignore[attr-defined]
        QTest.keyClick(dialog.name, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    seen = on_next_modal(QWidget, fill)
    page.list.new_button.click()
    assert seen
    assert page.currentWidget() is page.group
    assert page.group.title.text() == "Najaar 2027"
    [found] = meetings.group_summaries(window.context.store)
    assert found.name == "Najaar 2027"


def test_a_roster_is_made_by_keyboard_with_its_preview(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    group = team.create_group(window.context.store, "Voorjaar 2027").id
    page = groups_page(window)
    page.list.show_rows(meetings.group_summaries(window.context.store))
    QTest.keyClick(page.list.table, Qt.Key.Key_Return)
    assert page.currentWidget() is page.group and page.group.group_id == group
    previews: list[str] = []

    def by_keyboard(dialog: QWidget) -> None:
        assert isinstance(dialog, RosterDialog)
        field = dialog.first_day
        assert field.hasFocus()
        QTest.keyClick(field, Qt.Key.Key_A, CTRL)
        QTest.keyClicks(field, "02-03-2027")
        QTest.keyClick(field, Qt.Key.Key_Tab)
        assert dialog.weeks.hasFocus() and dialog.weeks.value() == 12
        for _ in range(5):  # past Monday to Thursday, to Friday
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.days[4].hasFocus()
        QTest.keyClick(dialog.days[4], Qt.Key.Key_Space)
        previews.append(dialog.summary.text())
        QTest.keyClick(dialog.days[4], Qt.Key.Key_Space)
        previews.append(dialog.summary.text())
        QTest.keyClick(dialog.days[4], Qt.Key.Key_Return)

    seen = on_next_modal(RosterDialog, by_keyboard)
    page.group.meetings.roster_button.click()
    assert seen
    assert previews[0].startswith("Makes 36 meetings")
    assert previews[1] == ("Makes 24 meetings, from Tuesday 2 March to Thursday 20 May 2027.")
    listed = meetings.meetings_of(window.context.store, group)
    assert len(listed) == 24 and listed[0].held_on == TUESDAY
    assert page.group.meetings.model.rowCount() == 24
    assert page.group.meetings.details.starts_on.text() == "02-03-2027", "the period follows"


def test_a_meeting_changed_and_cancelled_is_undone_with_ctrl_z(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    group, _ids = a_group(window)
    page = groups_page(window)
    page.show_group(group)
    tab = page.group.meetings
    tab.table.setCurrentIndex(tab.model.index(0, 0))

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, MeetingDialog)
        type_into(dialog.topic, "Kookclinic")
        QTest.keyClick(dialog.topic, Qt.Key.Key_Return)

    on_next_modal(MeetingDialog, change)
    QTest.keyClick(tab.table, Qt.Key.Key_Return)
    first = tab.model.rows[0]
    assert meetings.get_meeting(window.context.store, first.id).topic == "Kookclinic"
    tab.cancel_button.click()
    assert meetings.get_meeting(window.context.store, first.id).cancelled
    assert tab.model.rows[0].cancelled and tab.model.index(0, 6).data() == "yes"
    back_in(qtbot, window, tab.table)
    QTest.keyClick(tab.table, Qt.Key.Key_Z, CTRL)
    assert not meetings.get_meeting(window.context.store, first.id).cancelled
    QTest.keyClick(tab.table, Qt.Key.Key_Z, CTRL)
    assert meetings.get_meeting(window.context.store, first.id).topic == ""


def open_grid(window: MainWindow, group: str) -> GroupsPage:
    page = groups_page(window)
    page.show_group(group)
    page.group.show_attendance()
    settle()
    page.group.attendance.view.go_to(0, 0)
    return page


def test_attendance_is_marked_by_keyboard_and_undone(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    group, (noor, sem, aylin) = a_group(window)  # Aylin, Noor, Sem by first name
    page = open_grid(window, group)
    tab = page.group.attendance
    grid = tab.view
    assert grid.hasFocus()
    for key in (Qt.Key.Key_A, Qt.Key.Key_T, Qt.Key.Key_M):  # down the first column
        QTest.keyClick(grid, key)
    assert grid.currentIndex().row() == 2, "the last row: it stays on Sem"
    QTest.keyClick(grid, Qt.Key.Key_Right)
    QTest.keyClick(grid, Qt.Key.Key_Space)  # Sem, second meeting: aanwezig
    QTest.keyClick(grid, Qt.Key.Key_Space)  # … te laat
    QTest.keyClick(grid, Qt.Key.Key_Left)
    QTest.keyClick(grid, Qt.Key.Key_Delete)  # Sem, first meeting: cleared
    ids = [m.id for m in meetings.meetings_of(window.context.store, group)]
    marks = attendance.attendance_grid(window.context.store, group).marks
    assert marks == {
        (aylin, ids[0]): "aanwezig",
        (noor, ids[0]): "te_laat",
        (sem, ids[1]): "te_laat",
    }
    header = tab.model.headerData
    assert header(0, Qt.Orientation.Vertical, Qt.ItemDataRole.UserRole + 1) == "present 1 of 1"
    assert tab.model.index(1, 0).data() == "T"
    QTest.keyClick(grid, Qt.Key.Key_Z, CTRL)  # Sem's first mark back
    QTest.keyClick(grid, Qt.Key.Key_Z, CTRL)  # Sem's second: aanwezig again
    marks = attendance.attendance_grid(window.context.store, group).marks
    assert marks[(sem, ids[0])] == "afgemeld" and marks[(sem, ids[1])] == "aanwezig"
    assert tab.model.index(2, 1).data() == "A"


def test_a_click_cycles_and_a_cancelled_meeting_takes_no_mark(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    group, (noor, _sem, _aylin) = a_group(window)
    ids = [m.id for m in meetings.meetings_of(window.context.store, group)]
    meetings.update_meeting(window.context.store, ids[1], cancelled=True)
    page = open_grid(window, group)
    tab = page.group.attendance
    grid = tab.view
    cell = grid.visualRect(tab.model.index(1, 0)).center()  # Noor, the first meeting
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert attendance.attendance_grid(window.context.store, group).marks == {
        (noor, ids[0]): "te_laat"
    }
    cancelled = grid.visualRect(tab.model.index(1, 1)).center()
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=cancelled)
    assert "does not go ahead" in tab.message.text()
    assert tab.model.index(1, 1).data() == "—"
    assert len(attendance.attendance_grid(window.context.store, group).marks) == 1


def test_absent_without_notice_offers_er_op_af_and_the_start_page_shows_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    group, (noor, _sem, _aylin) = a_group(window)
    page = open_grid(window, group)
    tab = page.group.attendance
    grid = tab.view
    QTest.keyClick(grid, Qt.Key.Key_Down)  # Noor
    QTest.keyClick(grid, Qt.Key.Key_X)
    assert tab.bar.isVisible() and tab.bar.reach_out.isVisible()
    assert "Noor was absent without notice on Tuesday 2-3." in tab.bar.text.text()
    assert notes.list_notes(window.context.store, noor) == []
    tab.bar.reach_out.click()
    [note] = notes.list_notes(window.context.store, noor)
    assert (note.kind, note.follow_up, note.follow_up_due) == (
        "er_op_af",
        "Call, message or visit",
        date.today(),
    )
    assert "on the start page" in tab.bar.text.text()
    assert tab.model.index(1, 0).data() == "X✓"
    window.show_page(StartPage.page_name)
    start = window.page(StartPage)
    rows = [
        (start.table.item(row, 2).text(), start.table.item(row, 3).text())
        for row in range(start.table.rowCount())
    ]
    assert ("Noor Bakker", "Call, message or visit") in rows
    window.show_page(GroupsPage.page_name)
    grid.setFocus()
    QTest.keyClick(grid, Qt.Key.Key_Z, CTRL)  # the er op af taken back, the note with it
    assert notes.list_notes(window.context.store, noor) == []
    assert start.table.rowCount() == 0


def test_the_start_page_says_the_day_before_a_group_starts(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    store = window.context.store
    group = team.create_group(store, "Voorjaar 2027").id
    window.show_page(StartPage.page_name)
    start = window.page(StartPage)
    assert not start.starting.isVisible()
    tomorrow = date.today() + timedelta(days=1)
    page = groups_page(window)
    page.show_group(group)

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, MeetingDialog)
        dialog.held_on.setFocus()
        QTest.keyClick(dialog.held_on, Qt.Key.Key_A, CTRL)
        QTest.keyClicks(dialog.held_on, tomorrow.strftime("%d-%m-%Y"))
        QTest.keyClick(dialog.held_on, Qt.Key.Key_Return)

    on_next_modal(MeetingDialog, add)
    page.group.meetings.add_button.click()
    window.show_page(StartPage.page_name)
    assert start.starting.isVisible()
    assert (
        start.starting.text() == "Voorjaar 2027 starts tomorrow — send the participants a reminder"
    )


def test_the_attendance_list_of_the_chosen_meeting_is_saved_as_pdf(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    unlock(qtbot, window)
    group, (noor, _sem, _aylin) = a_group(window)
    ids = [m.id for m in meetings.meetings_of(window.context.store, group)]
    attendance.mark(window.context.store, ids[2], noor, "te_laat")
    page = open_grid(window, group)
    page.group.attendance.view.go_to(0, 2)
    menu = page.group.paper_menu
    menu.refresh()
    assert "Tue 09-03-2027" in menu.list_pdf.text()
    target = tmp_path / "lijst.pdf"
    save_to(monkeypatch, target)
    menu.list_pdf.trigger()
    text = text_of(target.read_bytes())
    assert "Attendance list" in text and "09-03-2027" in text
    assert "Noor" in text and "Bakker" not in text and "✓" in text


def test_forms_for_the_chosen_meeting_come_from_the_print_menu(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    unlock(qtbot, window)
    group, _people = a_group(window)
    ids = [m.id for m in meetings.meetings_of(window.context.store, group)]
    page = open_grid(window, group)
    page.group.attendance.view.go_to(0, 2)
    menu = page.group.paper_menu
    menu.refresh()
    assert menu.forms.text() == "Forms for the meeting of Tue 09-03-2027…"
    target = tmp_path / "formulieren.pdf"
    save_to(monkeypatch, target)
    chosen: list[tuple[str, bool]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupBatchDialog)
        chosen.append((dialog.meeting_id, dialog.day.isEnabled()))

    answer("paperPdf", look)
    menu.forms.trigger()
    assert chosen == [(ids[2], False)]  # the meeting decides the date
    text = text_of(target.read_bytes())
    assert all(name in text for name in ("Noor", "Sem", "Aylin"))
    assert "09-03-2027" in text and "13:00" in text and "Bakker" not in text
