"""The "Teamnotities" page: in the navigation, written by keyboard, warned about names,
filtered, deleted, its conflicts settled, and nothing cut at 1366×768."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from jiu_desktop.services import participants, profile, sync_service, team_notes
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.pages import PAGES
from jiu_desktop.views.team_notes import TeamNotesPage
from jiu_desktop.views.team_notes.page import NEW_SHORTCUT
from tests.conftest import PASSPHRASE
from tests.gui.conftest import type_into, unlock
from tests.gui.dialogs import answer
from tests.gui.layout_checks import settle, squeezed, text_cut
from tests.gui.test_sync_gui import TEAM

CTRL = Qt.KeyboardModifier.ControlModifier


def open_page(window: MainWindow) -> TeamNotesPage:
    window.show_page(TeamNotesPage.page_name)
    settle()
    page = window.page(TeamNotesPage)
    assert window.pages.currentWidget() is page
    return page


def shown_texts(page: TeamNotesPage) -> list[str]:
    return [page.list.item(row).text() for row in range(page.list.count())]


def write_note(qtbot: QtBot, page: TeamNotesPage, text: str) -> None:
    assert NEW_SHORTCUT == "Ctrl+T"
    QTest.keyClick(page.list_or_empty.currentWidget(), Qt.Key.Key_T, CTRL)
    assert page.editor.isVisible() and page.editor.text.hasFocus()
    for number, line in enumerate(text.split("\n")):
        if number:
            QTest.keyClick(page.editor.text, Qt.Key.Key_Return)
        QTest.keyClicks(page.editor.text, line)
    qtbot.waitUntil(lambda: page.editor.note_id is not None, timeout=3000)


def test_the_page_is_in_the_navigation(qtbot: QtBot, window: MainWindow) -> None:
    assert TeamNotesPage in PAGES
    names = [
        window.navigation.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(window.navigation.count())
    ]
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert names[titles.index("Team notes")] == TeamNotesPage.page_name
    unlock(qtbot, window)
    page = open_page(window)
    assert page.empty.isVisible()
    assert "intervision" in page.empty.text() and NEW_SHORTCUT in page.empty.text()
    assert not page.hint.isVisible(), "one text says what to do, not two"


def test_a_note_written_by_keyboard_is_stored_and_listed(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    page = open_page(window)
    write_note(qtbot, page, "Intervisie over er op af\nWie belt wie")
    page.editor.kind.setFocus()
    QTest.keyClick(page.editor.kind, Qt.Key.Key_Down)  # a combo box moves on with the arrows
    QTest.keyClick(page.editor, Qt.Key.Key_Return, CTRL)
    assert not page.editor.isVisible()
    (stored,) = team_notes.list_team_notes(window.context.store)
    assert stored.text == "Intervisie over er op af\nWie belt wie"
    assert stored.kind == "afstemmingsoverleg" and stored.note_date == date.today()
    assert shown_texts(page) == [
        f"{date.today():%d-%m-%Y} · Coordination with partners · Intervisie over er op af"
    ]
    assert page.editor.reminder.isVisible() is False  # closed; open again: the reminder is there
    page.list.setCurrentRow(0)
    QTest.keyClick(page.list, Qt.Key.Key_Return)
    assert page.editor.isVisible() and page.editor.reminder.isVisible()
    assert "Name no participants" in page.editor.reminder.text()


def test_undo_puts_the_kind_back(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    page = open_page(window)
    write_note(qtbot, page, "Planning van de week")
    page.editor.kind.setFocus()
    QTest.keyClick(page.editor.kind, Qt.Key.Key_Down)
    page.editor.form.flush()
    assert team_notes.list_team_notes(window.context.store)[0].kind == "afstemmingsoverleg"
    page.editor.undo.click()
    assert team_notes.list_team_notes(window.context.store)[0].kind == "intervisie"
    assert page.editor.kind.currentData() == "intervisie"
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(page.editor.kind, Qt.Key.Key_Z, shift_ctrl)  # redo by keyboard
    assert page.editor.kind.currentData() == "afstemmingsoverleg"


def test_a_participants_name_in_the_text_is_warned_about(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    store = window.context.store
    participants.create_participant(store, first_name="Noor", last_name="Bakker")
    participants.create_participant(store, first_name="Sem")
    page = open_page(window)
    write_note(qtbot, page, "Afstemming met het Werkplein over de stages")
    qtbot.wait(600)
    assert not page.editor.names.isVisible()
    QTest.keyClicks(page.editor.text, " van Noor en sem")
    assert not page.editor.names.isVisible(), "not looked up while typing"
    qtbot.waitUntil(page.editor.names.isVisible, timeout=2000)
    assert page.editor.names.text() == (
        "You name Noor and Sem. Team notes go to the whole team; better write “a participant”."
    )
    page.editor.text.selectAll()
    QTest.keyClicks(page.editor.text, "Een deelnemer wil een stage")
    qtbot.waitUntil(lambda: not page.editor.names.isVisible(), timeout=2000)


def test_the_list_is_filtered_by_kind_and_period(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    store = window.context.store
    for day, kind, text in (
        (date(2026, 10, 5), "intervisie", "Oktober intervisie"),
        (date(2026, 11, 2), "planning", "November planning"),
        (date(2026, 11, 20), "intervisie", "Eind november intervisie"),
    ):
        team_notes.add_team_note(store, note_date=day, kind=kind, text=text)
    page = open_page(window)
    assert [t.split(" · ")[2] for t in shown_texts(page)] == [
        "Eind november intervisie",
        "November planning",
        "Oktober intervisie",
    ]
    page.kind_filter.setFocus()
    QTest.keyClick(page.kind_filter, Qt.Key.Key_Down)  # Intervision
    assert [t.split(" · ")[2] for t in shown_texts(page)] == [
        "Eind november intervisie",
        "Oktober intervisie",
    ]
    type_into(page.from_date, "01-11-2026")
    qtbot.waitUntil(lambda: len(shown_texts(page)) == 1, timeout=2000)
    assert "Eind november intervisie" in shown_texts(page)[0]
    type_into(page.to_date, "10-11-2026")
    qtbot.waitUntil(lambda: page.empty.isVisible(), timeout=2000)
    assert "Change the filter" in page.empty.text()
    page.to_date.clear()
    type_into(page.to_date, "31-13-2026")
    qtbot.waitUntil(lambda: bool(page.filter_message.text()), timeout=2000)


def test_a_team_note_is_deleted_after_asking(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    store = window.context.store
    team_notes.add_team_note(store, kind="planning", text="Rooster december")
    page = open_page(window)
    page.list.setCurrentRow(0)
    QTest.keyClick(page.list, Qt.Key.Key_Return)
    delete = page.editor.findChild(QPushButton, "deleteTeamNote")
    assert isinstance(delete, QPushButton)
    seen = answer("confirmCancel")
    delete.click()
    assert "whole team" in seen[0].text
    assert len(team_notes.list_team_notes(store)) == 1
    answer("confirmAction")
    delete.click()
    assert team_notes.list_team_notes(store) == []
    assert page.empty.isVisible() and not page.editor.isVisible()


def test_a_team_note_conflict_shows_on_the_page_and_is_settled(
    qtbot: QtBot, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    root_a = tmp_path / "a"
    store_a, _ = profile.create_profile(root_a, "A", PASSPHRASE)
    sync_service.setup_sync(
        store_a, kind="folder", target=str(shared), team_passphrase=TEAM, create=True
    )
    note = team_notes.add_team_note(store_a, kind="intervisie", text="begin").row
    store_a.close()
    store_b, _ = profile.create_profile(tmp_path / "b", "B", PASSPHRASE)
    sync_service.setup_sync(
        store_b, kind="folder", target=str(shared), team_passphrase=TEAM, create=False
    )
    window = MainWindow(root_a)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
    sync_service.run_sync(store_b)
    team_notes.update_team_note(store_b, note.id, text="versie van B")
    sync_service.run_sync(store_b)
    team_notes.update_team_note(window.context.store, note.id, text="versie van A")
    page = open_page(window)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)

    page.list.setCurrentRow(0)
    QTest.keyClick(page.list, Qt.Key.Key_Return)
    panel = page.editor.conflicts
    qtbot.waitUntil(panel.isVisible, timeout=3000)
    shown = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert "Team note of" in shown and "On this laptop" in shown
    other = panel.findChild(QPushButton, "conflict-other")
    assert isinstance(other, QPushButton)
    other.click()
    assert not panel.isVisible()
    final = team_notes.get_team_note(window.context.store, note.id).text
    assert final in ("versie van A", "versie van B")
    assert page.editor.text.toPlainText() == final
    assert final in shown_texts(page)[0]
    window.close()
    store_b.close()


def test_nothing_on_the_page_is_cut_at_1366x768(qtbot: QtBot, laptop: MainWindow) -> None:
    store = laptop.context.store
    participants.create_participant(store, first_name="Noor")
    for kind in ("afstemmingsoverleg", "planning"):
        team_notes.add_team_note(store, kind=kind, text="Overleg met Noor en het Werkplein " * 8)
    page = open_page(laptop)
    assert squeezed(page) == [] and text_cut(page) == []
    page.list.setCurrentRow(0)
    QTest.keyClick(page.list, Qt.Key.Key_Return)
    page.editor.names.check_now()
    settle()
    assert page.editor.names.isVisible()
    assert squeezed(page) == []
    assert text_cut(page) == []
    assert page.editor.text.height() >= 100
    assert page.editor.reminder.width() <= page.editor.width()
    # The page with its editor open needs no more than the screen: the window would
    # otherwise grow past its right edge.
    assert laptop.minimumSizeHint().width() <= 1366
