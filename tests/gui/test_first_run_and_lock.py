"""Through the real widgets: first run, a participant and a note, lock, unlock, search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit, QWizard
from pytestqt.qtbot import QtBot

from jiu_desktop.services import notes, participants, profile, team
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.tasks import wait_for_tasks
from jiu_desktop.views.wizard import FirstRunWizard
from tests.conftest import PASSPHRASE
from tests.gui.conftest import find, line, type_into, unlock


def test_wizard_then_participant_note_lock_unlock_and_search(
    qtbot: QtBot, profile_dir: Path
) -> None:
    wizard = FirstRunWizard(profile_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.language_page, "the language comes first"
    wizard.next()
    type_into(wizard.name_page.name, "Sanne")
    wizard.next()
    assert wizard.currentPage() is wizard.coach_page
    type_into(wizard.coach_page.name, "Sanne de Vries")
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page
    type_into(wizard.passphrase_page.first, "kort")
    type_into(wizard.passphrase_page.second, "kort")
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page, "too short is refused"
    assert wizard.passphrase_page.message.text()
    for field in (wizard.passphrase_page.first, wizard.passphrase_page.second):
        field.clear()
    type_into(wizard.passphrase_page.first, PASSPHRASE)
    type_into(wizard.passphrase_page.second, PASSPHRASE + "x")
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page, "different passphrases are refused"
    wizard.passphrase_page.second.clear()
    type_into(wizard.passphrase_page.second, PASSPHRASE)
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    qtbot.waitUntil(lambda: wizard.store is not None, timeout=10_000)
    key = wizard.recovery_page.key.text()
    assert len(key.split("-")) == 8
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled(), "the recovery key must be confirmed first"
    wizard.recovery_page.confirm.setChecked(True)
    assert finish.isEnabled()
    finish.click()
    assert wizard.store is not None
    mine = team.my_coach_id(wizard.store)
    assert [(c.id, c.name) for c in team.list_coaches(wizard.store)] == [(mine, "Sanne de Vries")]

    window = MainWindow(profile_dir)
    qtbot.addWidget(window)
    window.show()
    window.on_unlocked(wizard.store)

    window.new_action.trigger()
    page = window.participants_page.page
    first = line(page, "first_name")
    first.selectAll()
    type_into(first, "Noor")
    type_into(line(page, "last_name"), "Bakker")
    store = window.context.store
    qtbot.waitUntil(
        lambda: participants.list_participants(store, query="bakker") != [], timeout=5000
    )
    person_id = page.participant_id
    assert person_id is not None

    page.notes.new_note()
    text = find(page, QPlainTextEdit, "noteText")
    type_into(text, "Gesprek over schulden bij DUO en een stage")
    qtbot.waitUntil(lambda: len(notes.list_notes(store, person_id)) == 1, timeout=5000)
    qtbot.waitUntil(
        lambda: notes.list_notes(store, person_id)[0].text.endswith("stage"), timeout=5000
    )

    window.lock_action.trigger()
    assert not window.context.unlocked
    assert window.screens.currentWidget() is window.unlock_screen
    type_into(window.unlock_screen.passphrase, "fout fout fout")
    QTest.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            window.unlock_screen.message.text() != ""
            and window.unlock_screen.unlock_button.isEnabled()
        ),
        timeout=10_000,
    )
    assert "not correct" in window.unlock_screen.message.text()
    assert not window.context.unlocked
    unlock(qtbot, window)
    assert window.participants_page.currentWidget() is page, "continues where the coach was"
    assert line(page, "first_name").text() == "Noor"

    window.show_page("participants")
    page.back_requested.emit()
    search = line(window.participants_page.list, "search")
    type_into(search, "schuld")
    qtbot.waitUntil(lambda: window.participants_page.list.model.rowCount() == 1, timeout=3000)
    assert window.participants_page.list.model.rows[0].full_name == "Noor Bakker"
    search.clear()
    type_into(search, "nergens")
    qtbot.waitUntil(lambda: window.participants_page.list.model.rowCount() == 0, timeout=3000)
    wait_for_tasks()
    window.close()
    reopened = profile.open_profile(profile_dir, PASSPHRASE)
    assert [r.full_name for r in participants.list_participants(reopened)] == ["Noor Bakker"]
    reopened.close()


def test_what_is_typed_in_the_window_never_reaches_disk_in_plaintext(
    qtbot: QtBot, window: MainWindow
) -> None:
    import os
    import tempfile

    from PySide6.QtCore import QSettings

    from tests.unit.test_no_plaintext import scan

    # Markers of their own: other tests leave files with theirs in the temp folder.
    markers = ("Fenixvensternaam", "Vensterschuld-Qwaxo", "vensteradres 77")
    from tests.gui.conftest import unlock as open_window

    open_window(qtbot, window)
    window.new_action.trigger()
    page = window.participants_page.page
    first = line(page, "first_name")
    first.selectAll()
    type_into(first, markers[0])
    type_into(line(page, "address"), markers[2])
    page.notes.new_note()
    type_into(page.notes.editor.text, markers[1])
    store = window.context.store
    pid = page.participant_id
    assert pid is not None
    qtbot.waitUntil(lambda: bool(notes.list_notes(store, pid)), timeout=5000)
    window.lock_action.trigger()
    window.close()
    settings_file = Path(QSettings().fileName())
    assert settings_file.exists()
    places = [window.root, Path(tempfile.gettempdir()), Path(os.environ["XDG_CONFIG_HOME"])]
    assert scan([*places, settings_file.parent], markers) == []
