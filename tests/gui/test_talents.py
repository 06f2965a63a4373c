"""The Talents tab: added from the keyboard, changed in place with undo, deleted after a
question; successes among the conversation notes, at their date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidgetItem
from pytestqt.qtbot import QtBot

from jiu_desktop.services import notes, participants, talents
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.page import ParticipantPage
from jiu_desktop.views.participants.tab_registry import TalentsTab
from jiu_desktop.views.participants.tabs.conversations import SUCCESS_ROLE
from tests.gui.conftest import type_into, unlock
from tests.gui.dialogs import answer

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> Iterator[ParticipantPage]:
    unlock(qtbot, window)
    person = participants.create_participant(window.context.store, first_name="Noor")
    window.context.open_participant(person.id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window.participants_page.page


def pid_of(page: ParticipantPage) -> str:
    assert page.participant_id is not None
    return page.participant_id


def shown_texts(tab: TalentsTab) -> list[str]:
    model = tab.model
    return [str(model.index(row, 2).data()) for row in range(model.rowCount())]


def test_a_talent_added_by_keyboard_is_stored_and_shown(page: ParticipantPage) -> None:
    first_name = page.details.form.bindings["first_name"].widget
    QTest.keyClick(first_name, Qt.Key.Key_T, CTRL | SHIFT)
    tab = page.tab(TalentsTab)
    assert page.current_tab() is tab
    assert tab.empty.isVisible(), "before the first line, the tab says what to write"
    assert QApplication.focusWidget() is tab.text
    QTest.keyClicks(tab.text, "kan goed uitleggen")
    QTest.keyClick(tab.text, Qt.Key.Key_Return)
    [stored] = talents.list_talents(page.context.store, pid_of(page))
    assert (stored.kind, stored.text, stored.noted_on) == (
        "talent",
        "kan goed uitleggen",
        date.today(),
    )
    assert shown_texts(tab) == ["kan goed uitleggen"]
    assert tab.table.isVisible() and not tab.empty.isVisible()
    assert tab.text.text() == "" and QApplication.focusWidget() is tab.text, "ready for the next"


def test_a_success_with_a_date_is_added_with_its_kind(page: ParticipantPage) -> None:
    tab = page.tab(TalentsTab)
    page.show_tab(tab)
    tab.kind.setCurrentIndex(tab.kind.findData("succes"))
    tab.noted_on.clear()
    type_into(tab.noted_on, "14-11-2026")
    type_into(tab.text, "eerste keer op tijd bij de training")
    QTest.keyClick(tab.text, Qt.Key.Key_Enter)
    [stored] = talents.successes(page.context.store, pid_of(page))
    assert stored.noted_on == date(2026, 11, 14)
    assert str(tab.model.index(0, 1).data()) == "Success"


def test_an_empty_line_is_not_added_and_says_why(page: ParticipantPage) -> None:
    tab = page.tab(TalentsTab)
    page.show_tab(tab)
    tab.text.setFocus()
    QTest.keyClick(tab.text, Qt.Key.Key_Return)
    assert talents.list_talents(page.context.store, pid_of(page)) == []
    assert tab.message.text() != ""


def edit_cell(qtbot: QtBot, tab: TalentsTab, row: int, column: int, text: str) -> QLineEdit:
    index = tab.model.index(row, column)
    tab.table.setCurrentIndex(index)
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_F2)
    editor = tab.delegate.editor
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, text)
    return editor


def test_a_line_changed_in_place_is_saved_while_typing_and_undone(
    qtbot: QtBot, page: ParticipantPage
) -> None:
    store, pid = page.context.store, pid_of(page)
    talents.add_talent(store, pid, text="kan goed uitleggen")
    tab = page.tab(TalentsTab)
    page.show_tab(tab)
    edit_cell(qtbot, tab, 0, 2, "kan goed luisteren")
    qtbot.waitUntil(
        lambda: talents.list_talents(store, pid)[0].text == "kan goed luisteren", timeout=3000
    )  # saved while the cell is still open
    QTest.keyClick(tab.delegate.editor, Qt.Key.Key_Return)
    assert shown_texts(tab) == ["kan goed luisteren"]
    QTest.keyClick(tab.table, Qt.Key.Key_Z, CTRL)
    assert talents.list_talents(store, pid)[0].text == "kan goed uitleggen"
    assert shown_texts(tab) == ["kan goed uitleggen"]
    QTest.keyClick(tab.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert talents.list_talents(store, pid)[0].text == "kan goed luisteren"


def test_a_wrong_date_in_place_is_told_and_not_saved(qtbot: QtBot, page: ParticipantPage) -> None:
    store, pid = page.context.store, pid_of(page)
    talents.add_talent(store, pid, text="kan goed uitleggen", noted_on=date(2026, 11, 2))
    tab = page.tab(TalentsTab)
    page.show_tab(tab)
    editor = edit_cell(qtbot, tab, 0, 0, "31-02-2026")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the view commits it just after
    qtbot.waitUntil(lambda: "31-02-2026" in tab.message.text(), timeout=3000)
    assert talents.list_talents(store, pid)[0].noted_on == date(2026, 11, 2)


def test_deleting_a_line_asks_first(page: ParticipantPage) -> None:
    store, pid = page.context.store, pid_of(page)
    talents.add_talent(store, pid, text="kan goed uitleggen")
    tab = page.tab(TalentsTab)
    page.show_tab(tab)
    tab.table.selectRow(0)
    kept = answer("confirmCancel")
    tab.delete_button.click()
    assert kept and "kan goed uitleggen" in kept[0].text
    assert len(talents.list_talents(store, pid)) == 1
    answer("confirmAction")
    tab.delete_button.click()
    assert talents.list_talents(store, pid) == []
    assert tab.empty.isVisible()


def timeline_lines(page: ParticipantPage) -> list[QListWidgetItem]:
    timeline = page.conversations.timeline
    return [item for i in range(timeline.count()) if (item := timeline.item(i)) is not None]


def test_a_success_shows_in_the_timeline_at_its_date(page: ParticipantPage) -> None:
    store, pid = page.context.store, pid_of(page)
    notes.add_note(store, pid, note_date=date(2026, 11, 30), text="Over de stage")
    notes.add_note(store, pid, note_date=date(2026, 11, 2), text="Kennismaking")
    success = talents.add_talent(
        store, pid, kind="succes", text="eerste keer op tijd", noted_on=date(2026, 11, 14)
    )
    talents.add_talent(store, pid, kind="talent", text="kan goed uitleggen")
    page.show_tab(page.conversations)
    lines = timeline_lines(page)
    assert [item.text().split("\n")[0][:10] for item in lines] == [
        "30-11-2026",
        "14-11-2026",
        "02-11-2026",
    ], "a talent is no event: only the success is in the timeline"
    between = lines[1]
    assert between.text() == "14-11-2026\n★ Success: eerste keer op tijd"
    assert between.data(SUCCESS_ROLE) == success.id
    assert between.foreground().color() != lines[0].foreground().color()


def test_opening_a_success_in_the_timeline_shows_it_on_the_talents_tab(
    qtbot: QtBot, page: ParticipantPage
) -> None:
    store, pid = page.context.store, pid_of(page)
    talents.add_talent(store, pid, text="kan goed uitleggen")
    success = talents.add_talent(
        store, pid, kind="succes", text="op tijd", noted_on=date(2026, 1, 5)
    )
    page.show_tab(page.conversations)
    timeline = page.conversations.timeline
    assert len(timeline_lines(page)) == 1
    timeline.setCurrentRow(0)
    timeline.setFocus()
    QTest.keyClick(timeline, Qt.Key.Key_Return)
    tab = page.tab(TalentsTab)
    assert page.current_tab() is tab
    assert tab._selected_id() == success.id


def test_a_success_added_on_the_talents_tab_reaches_the_timeline(page: ParticipantPage) -> None:
    page.show_tab(page.conversations)
    assert timeline_lines(page) == []
    tab = page.tab(TalentsTab)
    page.show_tab(tab)
    tab.kind.setCurrentIndex(tab.kind.findData("succes"))
    type_into(tab.text, "cv af")
    QTest.keyClick(tab.text, Qt.Key.Key_Return)
    page.show_tab(page.conversations)
    assert [item.text().split("\n")[1] for item in timeline_lines(page)] == ["★ Success: cv af"]
