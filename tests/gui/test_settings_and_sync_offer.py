"""Settings: which coach this profile is, and what a new language does; Ctrl+S before
synchronisation is set up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from jiu_desktop.services import sync_service, team
from jiu_desktop.views.dialogs import NEW_COACH, NOBODY, SettingsDialog
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.sync.setup_dialog import SyncSetupDialog
from tests.gui.conftest import type_into, unlock
from tests.gui.dialogs import answer, assert_fits_small_screen


def settings(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    dialog = SettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog: SettingsDialog, data: str) -> None:
    dialog.coach.setCurrentIndex(dialog.coach.findData(data))


def test_choosing_a_coach_of_the_team_makes_them_mine(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    store = window.context.store
    fatima = team.create_coach(store, "Fatima")
    team.create_coach(store, "Bram")
    scope_changes: list[bool] = []
    window.context.scope_changed.connect(lambda: scope_changes.append(True))
    dialog = settings(qtbot, window)
    labels = [dialog.coach.itemText(i) for i in range(dialog.coach.count())]
    assert labels == ["— nobody in particular —", "Bram", "Fatima", "New coach…"]
    assert dialog.coach.currentData() == NOBODY
    choose(dialog, fatima.id)
    dialog.findChild(QWidget, "saveSettings").click()  # type: ignore[union-attr]
    assert team.my_coach_id(store) == fatima.id
    assert scope_changes == [True], "Start and the list switch to Fatima's participants"
    assert window.start_page.findChild(QWidget, "scopeMine").isEnabled()  # type: ignore[union-attr]

    again = settings(qtbot, window)
    assert again.coach.currentData() == fatima.id, "the choice is shown next time"
    choose(again, NOBODY)
    again.accept()
    assert team.my_coach_id(store) is None
    assert len(scope_changes) == 2


def test_new_coach_is_made_on_save_and_becomes_mine(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    store = window.context.store
    dialog = settings(qtbot, window)
    assert not dialog.new_coach.isVisible()
    choose(dialog, NEW_COACH)
    assert dialog.new_coach.isVisible()
    assert dialog.focusWidget() is dialog.new_coach, "ready to type the name"
    dialog.accept()
    assert dialog.isVisible(), "a new coach needs a name"
    assert "name" in dialog.message.text()
    assert team.list_coaches(store) == []
    type_into(dialog.new_coach, "Sanne de Vries")
    dialog.accept()
    assert not dialog.isVisible()
    coaches = team.list_coaches(store)
    assert [c.name for c in coaches] == ["Sanne de Vries"]
    assert team.my_coach_id(store) == coaches[0].id


def test_cancel_makes_no_coach(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    dialog = settings(qtbot, window)
    choose(dialog, NEW_COACH)
    type_into(dialog.new_coach, "Sanne")
    dialog.reject()
    assert team.list_coaches(window.context.store) == []
    assert team.my_coach_id(window.context.store) is None


def test_a_new_language_says_it_comes_after_a_restart(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    notes: list[tuple[bool, str, str]] = []

    def to_dutch(modal: QWidget) -> None:
        assert isinstance(modal, SettingsDialog)
        modal.language.setCurrentIndex(modal.language.findData("en"))  # what is shown now
        note = modal.language_note
        notes.append((modal.language_changed(), note.objectName(), note.text()))
        modal.language.setCurrentIndex(modal.language.findData("nl"))
        notes.append((modal.language_changed(), note.objectName(), note.text()))
        assert note.isVisible()

    answer("saveSettings", to_dutch)
    window.settings()
    assert notes[0][:2] == (False, "hint")
    assert notes[1][:2] == (True, "inlineMessage"), "in sight, not a grey hint"
    assert "after a restart" in notes[1][2]
    assert "next start" in window.statusBar().currentMessage()


def configure_sync(window: MainWindow, shared: Path) -> None:
    shared.mkdir()
    sync_service.setup_sync(
        window.context.store,
        kind="folder",
        target=str(shared),
        team_passphrase="kaars fiets zevende molen",
        create=True,
    )


def press_ctrl_s(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.navigation.setFocus()
    QTest.keyClick(window.navigation, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_s_before_sync_is_set_up_offers_the_set_up(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    opened: list[type] = []

    def then_the_set_up(_offer: QWidget) -> None:
        answer("none", lambda modal: opened.append(type(modal)))  # looked at, then closed

    seen = answer("offerSetUp", then_the_set_up)
    press_ctrl_s(qtbot, window)
    qtbot.waitUntil(lambda: bool(opened), timeout=3000)
    assert "not set up" in seen[0].text
    assert_fits_small_screen(seen[0])
    assert seen[0].default == "offerSetUp"
    assert opened == [SyncSetupDialog]

    seen = answer("offerLater", lambda _offer: answer("none", opened.append, attempts=10))
    press_ctrl_s(qtbot, window)
    qtbot.wait(400)  # longer than the second answer looks: it must not meet later tests
    assert seen and opened == [SyncSetupDialog], "not now: no set-up"


def test_ctrl_s_with_sync_set_up_synchronises_at_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    unlock(qtbot, window)
    configure_sync(window, tmp_path / "shared")
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
    rounds: list[str] = []
    window.sync.round_finished.connect(rounds.append)
    seen = answer("none", attempts=10)
    press_ctrl_s(qtbot, window)
    qtbot.waitUntil(lambda: bool(rounds), timeout=10_000)
    qtbot.wait(400)
    assert seen == [], "no question when sync is set up"


def test_the_status_bar_sets_sync_up_with_a_click(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    label = window.sync_label
    qtbot.waitUntil(lambda: "Sync not set up" in label.text(), timeout=3000)
    assert 'href="setup"' in label.text()
    opened: list[type] = []
    answer("none", lambda modal: opened.append(type(modal)))
    label.linkActivated.emit("setup")
    assert opened == [SyncSetupDialog]


def test_the_printer_offset_is_kept_on_this_laptop_and_survives_other_settings(
    qtbot: QtBot, window: MainWindow
) -> None:
    from jiu_desktop.services.preferences import load_preferences

    unlock(qtbot, window)
    dialog = settings(qtbot, window)
    dialog.offset_x.setValue(1.5)
    dialog.offset_y.setValue(-2.0)
    dialog.accept()
    assert load_preferences(window.context.root).printer_offset == (1.5, -2.0)
    again = settings(qtbot, window)
    assert (again.offset_x.value(), again.offset_y.value()) == (1.5, -2.0)
    again.autolock.setValue(again.autolock.value() + 1)
    again.accept()  # saving another setting keeps the offset
    assert load_preferences(window.context.root).printer_offset == (1.5, -2.0)
