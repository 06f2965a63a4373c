"""Ctrl+N opens an empty form; a participant exists once a first name is typed.

Also: a new or other participant opens at the top with the keyboard in the first name, and
undo on the details behaves (a status put back leaves no step, a date comes back).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from jiu_desktop.db.store import Store
from jiu_desktop.models import ChangeLogEntry, Participant, StatusChange
from jiu_desktop.services import notes, participants
from jiu_desktop.views.autosave import DEBOUNCE_MS
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.page import ParticipantPage
from jiu_desktop.views.participants.tab_registry import TABS, ConversationsTab
from tests.gui.conftest import line, type_into, unlock

#: Longer than the autosave waits: whatever it would save has been saved.
AFTER_AUTOSAVE_MS = DEBOUNCE_MS + 300


def stored_rows(store: Store) -> tuple[int, int, int]:
    """Participants (deleted ones too), status steps and change-log rows in the database."""
    with store.session() as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(kind)) or 0)
            for kind in (Participant, StatusChange, ChangeLogEntry)
        )


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> ParticipantPage:
    """Unlocked, with the window active so shortcuts reach it."""
    unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window.participants_page.page


def choose(combo: QComboBox, data: object) -> None:
    """Pick an item as a click in the list would (``activated``)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(combo.currentIndex())


def escape(page: ParticipantPage) -> None:
    QTest.keyClick(line(page, "phone"), Qt.Key.Key_Escape)


def back_to_the_list(page: ParticipantPage) -> None:
    page.leave()


def another_participant(page: ParticipantPage) -> None:
    [sem] = participants.list_participants(page.context.store)
    page.context.open_participant(sem.id)


def another_page(page: ParticipantPage) -> None:
    window = page.window()
    assert isinstance(window, MainWindow)
    window.show_page("start")


def lock_and_quit(page: ParticipantPage) -> None:
    window = page.window()
    assert isinstance(window, MainWindow)
    window.lock()


@pytest.mark.parametrize(
    "leave", [escape, back_to_the_list, another_participant, another_page, lock_and_quit]
)
def test_ctrl_n_and_leaving_without_a_first_name_stores_nothing(
    qtbot: QtBot,
    window: MainWindow,
    page: ParticipantPage,
    leave: Callable[[ParticipantPage], None],
) -> None:
    store = window.context.store
    participants.create_participant(store, first_name="Sem")
    before = stored_rows(store)
    window.new_action.trigger()
    assert window.participants_page.currentWidget() is page
    assert page.participant_id is None
    assert line(page, "first_name").text() == ""
    type_into(line(page, "phone"), "06-12345678")
    type_into(line(page, "last_name"), "Bakker")
    choose(page.details.status, "intake")
    qtbot.wait(AFTER_AUTOSAVE_MS)
    assert stored_rows(store) == before, "nothing until a first name is typed"
    assert "first name" in page.saved_label.text()
    leave(page)
    if leave is lock_and_quit:
        window.close()
        reopened_rows = stored_rows_after_reopening(window)
        assert reopened_rows == before
        return
    assert stored_rows(store) == before
    assert [r.first_name for r in participants.list_participants(store)] == ["Sem"]


def stored_rows_after_reopening(window: MainWindow) -> tuple[int, int, int]:
    from jiu_desktop.services import profile
    from tests.conftest import PASSPHRASE

    store = profile.open_profile(window.root, PASSPHRASE)
    try:
        return stored_rows(store)
    finally:
        store.close()


def test_ctrl_n_and_a_first_name_stores_the_participant_with_what_was_filled_in(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    store = window.context.store
    window.new_action.trigger()
    assert not page.tab_widget.isTabEnabled(TABS.index(ConversationsTab))
    type_into(line(page, "phone"), "06-12345678")
    choose(page.details.status, "intake")
    type_into(line(page, "email"), "geen-adres")  # wrong: told, and left out
    qtbot.waitUntil(lambda: page.details.message.text() != "", timeout=3000)
    assert page.participant_id is None
    type_into(line(page, "first_name"), "Noor")
    qtbot.waitUntil(lambda: page.participant_id is not None, timeout=3000)
    [row] = participants.list_participants(store)
    saved = participants.get_participant(store, row.id)
    assert (saved.first_name, saved.phone, saved.status, saved.email) == (
        "Noor",
        "06-12345678",
        "intake",
        "",
    )
    assert [s.status for s in participants.status_history(store, row.id)] == ["intake"]
    assert page.participant_id == row.id
    assert page.title.text() == "Noor"
    assert page.tab_widget.isTabEnabled(TABS.index(ConversationsTab))
    assert [r.first_name for r in window.participants_page.list.model.rows] == ["Noor"]
    # From here on it is an ordinary participant: edits save, the list follows.
    type_into(line(page, "last_name"), "Bakker")
    qtbot.waitUntil(lambda: participants.get_participant(store, row.id).last_name == "Bakker")
    page.show_tab(page.conversations)
    assert page.current_tab() is page.conversations
    assert page.conversations.participant_id == row.id


def test_a_new_participant_has_only_the_details_until_it_is_stored(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    window.new_action.trigger()
    first_name = line(page, "first_name")
    QTest.keyClick(first_name, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(
        first_name,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert page.current_tab() is page.details
    assert not page.details.removal_buttons[0].isEnabled()
    assert not page.details.referrals.isEnabled()
    assert stored_rows(window.context.store)[0] == 0
    type_into(first_name, "Noor")
    page.conversations.new_note()  # at once, before the autosave: the name is saved first
    assert page.current_tab() is page.conversations
    assert page.participant_id is not None
    assert page.details.removal_buttons[0].isEnabled()


def test_undo_after_a_new_participant_was_stored_keeps_the_record_sound(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    store = window.context.store
    window.new_action.trigger()
    type_into(line(page, "phone"), "06-12345678")
    qtbot.wait(AFTER_AUTOSAVE_MS)
    type_into(line(page, "first_name"), "Noor")
    qtbot.waitUntil(lambda: page.participant_id is not None, timeout=3000)
    pid = page.participant_id
    assert pid is not None
    undo = page.details.form.undo_stack
    undo.undo()  # the first name: a participant cannot be without one
    assert line(page, "first_name").text() == "Noor", "the screen shows what is stored"
    assert participants.get_participant(store, pid).first_name == "Noor"
    assert "first name" in page.details.message.text()
    undo.undo()  # the phone, typed before the participant was stored
    assert participants.get_participant(store, pid).phone == ""
    assert line(page, "phone").text() == ""
    undo.redo()
    assert participants.get_participant(store, pid).phone == "06-12345678"


def test_undo_of_a_date_puts_the_date_back(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    store = window.context.store
    person = participants.create_participant(store, first_name="Noor", intake_date=date(2026, 3, 1))
    window.context.open_participant(person.id)
    intake = line(page, "intake_date")
    intake.clear()
    type_into(intake, "2-3-2026")
    qtbot.waitUntil(
        lambda: participants.get_participant(store, person.id).intake_date == date(2026, 3, 2)
    )
    page.details.form.undo_stack.undo()
    assert participants.get_participant(store, person.id).intake_date == date(2026, 3, 1)
    assert intake.text() == "01-03-2026"


def scrolled_down(qtbot: QtBot, window: MainWindow, page: ParticipantPage) -> None:
    """A small window, the details scrolled to the end, the keyboard low in the form."""
    window.resize(1100, 560)
    qtbot.wait(50)
    bar = page.details.scroll_area.verticalScrollBar()
    assert bar.maximum() > 100, "the details scroll in this window"
    page.details.remarks.setFocus()
    bar.setValue(bar.maximum())


def opens_at_the_top_in_the_first_name(page: ParticipantPage) -> None:
    first_name = line(page, "first_name")
    assert page.details.scroll_area.verticalScrollBar().value() == 0
    assert QApplication.focusWidget() is first_name
    assert not first_name.visibleRegion().isEmpty(), "the coach sees where they type"


def test_a_new_participant_opens_at_the_top_with_the_first_name_focused(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    noor = participants.create_participant(window.context.store, first_name="Noor")
    window.context.open_participant(noor.id)
    scrolled_down(qtbot, window, page)
    window.new_action.trigger()
    opens_at_the_top_in_the_first_name(page)
    QTest.keyClicks(QApplication.focusWidget(), "Sem")
    assert line(page, "first_name").text() == "Sem"


def test_another_participant_opens_at_the_top_with_the_first_name_focused(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    store = window.context.store
    noor = participants.create_participant(store, first_name="Noor")
    sem = participants.create_participant(store, first_name="Sem")
    window.context.open_participant(noor.id)
    scrolled_down(qtbot, window, page)
    window.context.open_participant(sem.id)
    opens_at_the_top_in_the_first_name(page)
    scrolled_down(qtbot, window, page)
    page.leave()
    listing = window.participants_page.list
    listing.chosen.emit(noor.id)  # chosen in the list
    opens_at_the_top_in_the_first_name(page)


def test_a_status_put_back_within_the_minute_leaves_no_step(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    store = window.context.store
    person = participants.create_participant(store, first_name="Noor", status="actief")
    window.context.open_participant(person.id)
    details = page.details
    choose(details.status, "afgehaakt")
    qtbot.waitUntil(lambda: participants.get_participant(store, person.id).status == "afgehaakt")
    assert "Dropped out" in details.history.text()
    details.status.setFocus()
    QTest.keyClick(details.status, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert participants.get_participant(store, person.id).status == "actief"
    assert details.status.currentData() == "actief"
    assert [s.status for s in participants.status_history(store, person.id)] == ["actief"]
    assert "Dropped out" not in details.history.text()
    choose(details.status, "afgehaakt")  # and once more, put back by hand this time
    qtbot.waitUntil(lambda: not details.form.dirty)
    choose(details.status, "actief")
    qtbot.waitUntil(lambda: participants.get_participant(store, person.id).status == "actief")
    assert [s.status for s in participants.status_history(store, person.id)] == ["actief"]


def test_a_new_note_is_stored_once_something_is_written_in_it(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    store = window.context.store
    person = participants.create_participant(store, first_name="Noor")
    window.context.open_participant(person.id)
    conversations = page.conversations
    conversations.new_note()
    editor = conversations.editor
    choose(editor.kind, "telefonisch")
    qtbot.wait(AFTER_AUTOSAVE_MS)
    assert notes.list_notes(store, person.id) == [], "only a kind chosen: no note yet"
    assert editor.saved.text() == ""
    type_into(editor.text, "Gebeld over de stage")
    qtbot.waitUntil(lambda: len(notes.list_notes(store, person.id)) == 1, timeout=3000)
    [note] = notes.list_notes(store, person.id)
    assert (note.kind, note.text) == ("telefonisch", "Gebeld over de stage")
    conversations.new_note()
    choose(editor.kind, "telefonisch")
    editor.finish()  # closed without a word: nothing kept
    assert len(notes.list_notes(store, person.id)) == 1
