"""Questions before what cannot be taken back: they fit a 1366×768 screen, and neither
Enter nor Escape does the destructive thing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from jiu_desktop.services import notes, participants
from jiu_desktop.views.confirm import TypeToConfirmDialog
from jiu_desktop.views.dialogs import ChangePassphraseDialog, SettingsDialog
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.participants.referrals import ReferralDialog
from jiu_desktop.views.sync.history_dialog import SyncHistoryDialog
from jiu_desktop.views.sync.setup_dialog import SyncSetupDialog
from jiu_desktop.views.wizard import FirstRunWizard
from tests.gui.conftest import type_into, unlock
from tests.gui.dialogs import SMALL_SCREEN, answer, assert_fits_small_screen, describe


def open_noor(qtbot: QtBot, window: MainWindow) -> str:
    unlock(qtbot, window)
    person = participants.create_participant(
        window.context.store, first_name="Noor", last_name="Bakker-van den Heuvelsbroek"
    )
    window.context.open_participant(person.id)
    return person.id


def click(parent: QWidget, name: str) -> None:
    button = parent.findChild(QPushButton, name)
    assert isinstance(button, QPushButton), name
    button.click()


def test_erasing_needs_the_name_typed_and_enter_erases_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    pid = open_noor(qtbot, window)
    details = window.participants_page.page.details
    states: list[bool] = []

    def type_then_enter(dialog: QWidget) -> None:
        assert isinstance(dialog, TypeToConfirmDialog)
        states.append(dialog.action.isEnabled())
        type_into(dialog.typed, "Noo")
        states.append(dialog.action.isEnabled())
        type_into(dialog.typed, "r")
        states.append(dialog.action.isEnabled())
        QTest.keyClick(dialog.typed, Qt.Key.Key_Return)  # the default: Cancel

    seen = answer("none", type_then_enter)
    click(details, "eraseParticipant")
    assert states == [False, False, True], "the button works only with the first name"
    assert participants.get_participant(window.context.store, pid).first_name == "Noor"
    assert_fits_small_screen(seen[0])
    assert seen[0].title == "Erase data for good"
    assert "cannot be undone" in seen[0].text


def test_escape_keeps_the_participant(qtbot: QtBot, window: MainWindow) -> None:
    pid = open_noor(qtbot, window)
    details = window.participants_page.page.details
    seen = answer("none", lambda box: QTest.keyClick(box, Qt.Key.Key_Escape))
    click(details, "deleteParticipant")
    assert participants.get_participant(window.context.store, pid).first_name == "Noor"
    assert_fits_small_screen(seen[0])


def test_deleting_a_note_asks_with_cancel_as_the_default(qtbot: QtBot, window: MainWindow) -> None:
    pid = open_noor(qtbot, window)
    notes.add_note(window.context.store, pid, text="Intake gedaan")
    page = window.participants_page.page
    conversations = page.conversations
    page.show_tab(conversations)
    conversations.timeline.setCurrentRow(0)
    conversations.editor.open_note(conversations.items[0])
    seen = answer("confirmCancel")
    conversations.editor._delete()
    assert len(notes.list_notes(window.context.store, pid)) == 1
    assert_fits_small_screen(seen[0])
    answer("confirmAction")
    conversations.editor._delete()
    assert notes.list_notes(window.context.store, pid) == []


def test_the_other_dialogs_fit_a_small_screen(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    dialogs: list[QWidget] = [
        SettingsDialog(window.context, window),
        ChangePassphraseDialog(window.root, window),
        SyncSetupDialog(window.context, window),
        SyncHistoryDialog(window.context, window),
        ReferralDialog(window),
        FirstRunWizard(window.root / "new"),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        seen = describe(dialog)
        for size in (seen.size_hint, seen.size):
            assert size.width() <= SMALL_SCREEN.width(), (seen.title, size)
            assert size.height() <= SMALL_SCREEN.height(), (seen.title, size)
        dialog.hide()
