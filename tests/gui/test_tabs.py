"""The tabs of the participant page: order, titles, keyboard, and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from jiu_desktop.models import Participant
from jiu_desktop.services import notes, participants
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.page import ParticipantPage
from jiu_desktop.views.participants.tab_registry import (
    TABS,
    ConversationsTab,
    DetailsTab,
    DreamTinTab,
    FormsTab,
    NetworkMapTab,
    SpiralTab,
    TalentsTab,
)
from tests.gui.conftest import line, type_into, unlock
from tests.gui.dialogs import answer, assert_fits_small_screen

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
DUTCH = {
    ("DetailsTab", "&Details"): "&Gegevens",
    ("ConversationsTab", "&Conversations"): "Ge&sprekken",
}


class FakeDutch(QTranslator):
    """Answers only for the tab titles, so the test needs no compiled catalogue."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return DUTCH.get((context, source), "")


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> Iterator[ParticipantPage]:
    """The page of Noor, with the window active so shortcuts reach it."""
    unlock(qtbot, window)
    person = participants.create_participant(window.context.store, first_name="Noor")
    window.context.open_participant(person.id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window.participants_page.page


def shown(page: ParticipantPage) -> QWidget:
    widget = page.current_tab()
    frame = page.tab_widget.currentWidget()
    assert frame is not None and widget.parentWidget() is frame and widget.isVisible()
    return widget


def test_the_page_shows_the_registered_tabs_in_order(page: ParticipantPage) -> None:
    assert TABS[:3] == (DetailsTab, ConversationsTab, TalentsTab)
    for index in range(page.tab_widget.count()):
        page.tab_widget.setCurrentIndex(index)
        assert type(shown(page)) is TABS[index]
    page.tab_widget.setCurrentIndex(0)
    assert [page.tab_widget.tabText(i) for i in range(page.tab_widget.count())] == [
        "&Details",
        "&Conversations",
        "&Talents",
        "&Network map",
        "D&ream tin",
        "Form&s",
        "Spir&al",
    ]
    assert shown(page) is page.details, "the details come first"


def test_a_tab_is_built_when_first_needed_and_its_shortcut_works_before(
    qtbot: QtBot, page: ParticipantPage
) -> None:
    assert [type(t) for t in page.tabs] == [DetailsTab], "opening a participant builds one tab"
    QTest.keyClick(line(page, "first_name"), Qt.Key.Key_N, CTRL | SHIFT)
    assert type(shown(page)) is ConversationsTab, "its shortcut built and showed it"
    assert page.conversations.editor.isVisible(), "with a new note open"
    assert NetworkMapTab not in {type(t) for t in page.tabs}
    page.tab(DreamTinTab)  # asked for by another tab: built, not shown
    assert type(shown(page)) is ConversationsTab
    assert [type(t) for t in page.tabs] == [DetailsTab, ConversationsTab, DreamTinTab]


def test_tab_titles_are_translated(qtbot: QtBot, window: MainWindow) -> None:
    translator = FakeDutch()
    QCoreApplication.installTranslator(translator)
    try:
        fresh = ParticipantPage(window.context)
        qtbot.addWidget(fresh)
        titles = [fresh.tab_widget.tabText(i) for i in range(2)]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert titles == ["&Gegevens", "Ge&sprekken"]


def test_ctrl_tab_switches_tabs_from_anywhere_on_the_page(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    first_name = line(page, "first_name")
    first_name.setFocus()
    QTest.keyClick(first_name, Qt.Key.Key_Tab, CTRL)
    assert shown(page) is page.conversations
    QTest.keyClick(page.conversations.timeline, Qt.Key.Key_Tab, CTRL)
    talents = page.tab(TalentsTab)
    assert shown(page) is talents
    QTest.keyClick(talents.text, Qt.Key.Key_Tab, CTRL)
    network_map = page.tab(NetworkMapTab)
    assert shown(page) is network_map
    QTest.keyClick(network_map, Qt.Key.Key_Tab, CTRL)
    dream_tin = page.tab(DreamTinTab)
    assert shown(page) is dream_tin
    QTest.keyClick(dream_tin, Qt.Key.Key_Tab, CTRL)
    forms = page.tab(FormsTab)
    assert shown(page) is forms
    QTest.keyClick(forms, Qt.Key.Key_Tab, CTRL)
    spiral = page.tab(SpiralTab)
    assert shown(page) is spiral
    QTest.keyClick(spiral, Qt.Key.Key_Tab, CTRL)
    assert shown(page) is page.details, "past the last tab comes the first again"
    QTest.keyClick(first_name, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert shown(page) is spiral
    window.navigation.setFocus()  # outside the page, but the page is on screen
    QTest.keyClick(window.navigation, Qt.Key.Key_Tab, CTRL)
    assert shown(page) is page.details


def test_alt_and_the_underlined_letter_opens_a_tab(page: ParticipantPage) -> None:
    first_name = line(page, "first_name")
    QTest.keyClick(first_name, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert shown(page) is page.conversations
    QTest.keyClick(page.conversations.timeline, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert shown(page) is page.details
    QTest.keyClick(first_name, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert type(shown(page)) is SpiralTab, "Spir&al: no menu, tab or button has the A"


def test_new_note_shortcut_works_on_the_details_tab(page: ParticipantPage) -> None:
    first_name = line(page, "first_name")
    QTest.keyClick(first_name, Qt.Key.Key_N, CTRL | SHIFT)
    assert shown(page) is page.conversations
    assert page.conversations.side.currentWidget() is page.conversations.editor


def test_a_note_typed_and_left_for_another_tab_is_saved_at_once(
    qtbot: QtBot, page: ParticipantPage
) -> None:
    pid = page.participant_id
    assert pid is not None
    page.conversations.new_note()
    type_into(page.conversations.editor.text, "Samen de brief van DUO gelezen")
    QTest.keyClick(page.conversations.editor.text, Qt.Key.Key_Tab, CTRL)
    assert shown(page) is page.tab(TalentsTab)
    # No waiting for the autosave timer: leaving the tab saved it.
    assert [n.text for n in notes.list_notes(page.context.store, pid)] == [
        "Samen de brief van DUO gelezen"
    ]


def test_a_detail_typed_and_left_for_another_tab_is_saved_at_once(page: ParticipantPage) -> None:
    pid = page.participant_id
    assert pid is not None
    referrer = line(page, "referrer")
    type_into(referrer, "wijkteam")
    QTest.keyClick(referrer, Qt.Key.Key_Tab, CTRL)
    assert participants.get_participant(page.context.store, pid).referrer == "wijkteam"


def test_a_note_typed_and_left_for_another_participant_is_saved_at_once(
    window: MainWindow, page: ParticipantPage
) -> None:
    store = window.context.store
    noor = page.participant_id
    assert noor is not None
    sem = participants.create_participant(store, first_name="Sem")
    page.conversations.new_note()
    type_into(page.conversations.editor.text, "Over de stage gepraat")
    window.context.open_participant(sem.id)
    assert [n.text for n in notes.list_notes(store, noor)] == ["Over de stage gepraat"]
    assert shown(page) is page.conversations, "the coach stays on the tab they were on"
    assert page.conversations.participant_id == sem.id
    assert page.conversations.side.currentWidget() is page.conversations.hint
    window.context.open_participant(noor)
    assert "Over de stage gepraat" in page.conversations.timeline.item(0).text()


def test_a_note_typed_before_locking_is_saved(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    noor = page.participant_id
    assert noor is not None
    page.conversations.new_note()
    type_into(page.conversations.editor.text, "Vlak voor de pauze")
    window.lock()
    unlock(qtbot, window)
    assert [n.text for n in notes.list_notes(window.context.store, noor)] == ["Vlak voor de pauze"]
    assert window.participants_page.currentWidget() is page
    assert shown(page) is page.conversations


def test_erasing_drops_a_note_being_typed_on_the_other_tab(
    window: MainWindow, page: ParticipantPage
) -> None:
    store = window.context.store
    noor = page.participant_id
    assert noor is not None
    page.conversations.new_note()
    type_into(page.conversations.editor.text, "Wordt niet bewaard")
    page.show_tab(page.details)  # saves the note so far
    type_into(page.conversations.editor.text, " en dit ook niet")
    seen = answer("confirmAction", lambda dialog: type_into(dialog.typed, "Noor"))
    page.details._erase()
    assert_fits_small_screen(seen[0])
    assert window.participants_page.currentWidget() is window.participants_page.list
    assert page.participant_id is None
    assert participants.list_participants(store) == []
    assert not page.conversations.editor.form.dirty


def test_deleted_on_another_laptop_while_on_conversations_goes_back_to_the_list(
    window: MainWindow, page: ParticipantPage
) -> None:
    noor = page.participant_id
    assert noor is not None
    page.show_tab(page.conversations)
    changes = participants.delete_participant(window.context.store, noor)
    window.context.announce(changes)  # what a sync round announces
    assert window.participants_page.currentWidget() is window.participants_page.list
    assert page.participant_id is None


def test_deleting_from_the_details_tab_asks_and_goes_back(
    window: MainWindow, page: ParticipantPage
) -> None:
    asked: list[str] = []
    seen = answer("confirmAction", lambda box: asked.append(box.text()))
    button = page.details.findChild(QPushButton, "deleteParticipant")
    assert isinstance(button, QPushButton)
    button.click()
    assert asked and "Noor" in asked[0]
    assert_fits_small_screen(seen[0])
    assert participants.list_participants(window.context.store) == []
    assert window.participants_page.currentWidget() is window.participants_page.list


def test_another_participant_starts_at_the_top_of_the_details(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    window.resize(1366, 745)
    qtbot.wait(50)
    bar = page.details.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0, "at 1366×768 the details scroll a little"
    bar.setValue(bar.maximum())
    sem = participants.create_participant(window.context.store, first_name="Sem")
    window.context.open_participant(sem.id)
    assert bar.value() == 0


def test_a_note_being_written_reaches_the_other_screens_but_not_its_own_timeline(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    store = window.context.store
    noor = page.participant_id
    assert noor is not None
    notes.add_note(store, noor, text="Intake gedaan")
    listing = window.participants_page.list
    listing.search.setText("buurthuis")
    listing.reload()
    assert listing.model.rowCount() == 0
    conversations = page.conversations
    page.show_tab(conversations)
    conversations.timeline.setCurrentRow(0)
    conversations.editor.open_note(conversations.items[0])
    editor = conversations.editor
    type_into(editor.text, " bij het buurthuis")
    type_into(editor.follow_up, "Cv afmaken")
    qtbot.waitUntil(lambda: not editor.form.dirty)
    # The other screens follow without being told to reload ...
    assert [r.first_name for r in listing.model.rows] == ["Noor"], "found by the note's words"
    assert window.start_page.table.rowCount() == 1
    assert window.start_page.table.item(0, 3).text() == "Cv afmaken"
    # ... while the tab that wrote it keeps its timeline and the editor its undo history.
    assert conversations.timeline.currentRow() == 0
    assert "bij het buurthuis" not in conversations.timeline.item(0).text()
    editor.form.undo_stack.undo()
    assert editor.follow_up.toPlainText() == ""


def test_a_name_typed_on_the_details_reaches_the_list_and_keeps_its_undo_history(
    qtbot: QtBot, window: MainWindow, page: ParticipantPage
) -> None:
    store = window.context.store
    noor = page.participant_id
    assert noor is not None
    announced: list[Changes] = []
    window.context.changed.connect(announced.append)
    type_into(line(page, "last_name"), "Bakker")
    qtbot.waitUntil(lambda: participants.get_participant(store, noor).last_name == "Bakker")
    assert [c.initiator for c in announced] == [page.details]
    assert announced[0].touches(Participant) and noor in announced[0].ids
    listing = window.participants_page.list
    assert [r.last_name for r in listing.model.rows] == ["Bakker"]
    assert page.details.form.undo_stack.canUndo()
    page.details.form.undo_stack.undo()
    assert participants.get_participant(store, noor).last_name == ""
    assert [r.last_name for r in listing.model.rows] == [""]


def test_a_change_from_elsewhere_reloads_the_tabs(
    window: MainWindow, page: ParticipantPage
) -> None:
    store = window.context.store
    noor = page.participant_id
    assert noor is not None
    page.show_tab(page.conversations)
    note = notes.add_note(store, noor, text="Op een andere laptop geschreven")
    window.context.announce(note.changes)  # as a sync round does: made by none of the tabs
    window.context.announce(participants.update_participant(store, noor, referrer="wijkteam"))
    assert "andere laptop" in page.conversations.timeline.item(0).text()
    assert line(page, "referrer").text() == "wijkteam"
