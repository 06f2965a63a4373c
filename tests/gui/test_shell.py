"""The shell: recovery on the unlock screen, auto-lock, settings, passphrase, backups,
one window per profile."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from jiu_desktop.services import participants, profile
from jiu_desktop.services.preferences import load_preferences
from jiu_desktop.views.dialogs import ChangePassphraseDialog, SettingsDialog
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.single_instance import InstanceServer, ask_running_instance
from jiu_desktop.views.tasks import wait_for_tasks
from tests.conftest import PASSPHRASE
from tests.gui.conftest import type_into, unlock
from tests.gui.dialogs import answer, assert_fits_small_screen, later, watch


def test_recovery_key_on_the_unlock_screen(qtbot: QtBot, tmp_path: Path) -> None:
    root = tmp_path / "p"
    store, recovery = profile.create_profile(root, "Sanne", PASSPHRASE)
    store.close()
    window = MainWindow(root)
    qtbot.addWidget(window)
    window.show()
    screen = window.unlock_screen
    screen.findChild(type(screen.unlock_button), "forgotButton").click()  # type: ignore[union-attr]
    assert screen.pages.currentWidget() is screen.recovery_page
    type_into(screen.recovery_key, "AAAA-BBBB")
    type_into(screen.new_passphrase, "nieuw geheim 42")
    type_into(screen.repeat_passphrase, "nieuw geheim 42")
    screen.recover_button.click()
    qtbot.waitUntil(lambda: screen.recover_button.isEnabled() and screen.message.text() != "")
    assert not window.context.unlocked
    screen.recovery_key.clear()
    type_into(screen.recovery_key, recovery.lower())
    seen = answer("newPassphraseOk")
    screen.recover_button.click()
    qtbot.waitUntil(lambda: window.context.unlocked and bool(seen), timeout=10_000)
    assert "Your new passphrase is set. Use it from now on" in seen[0].text
    assert_fits_small_screen(seen[0])
    window.close()
    profile.open_profile(root, "nieuw geheim 42").close()


def test_unlocking_with_the_passphrase_says_nothing_more(qtbot: QtBot, window: MainWindow) -> None:
    seen = watch(attempts=50)
    unlock(qtbot, window)
    qtbot.wait(300)
    assert seen == [], "only a new passphrase is worth a word"


def test_auto_lock_after_idle_time_and_continue(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    window.show_page("participants")
    window.idle.set_interval_ms(200)
    window.idle.start()
    qtbot.waitUntil(lambda: not window.context.unlocked, timeout=3000)
    assert window.screens.currentWidget() is window.unlock_screen
    unlock(qtbot, window)
    assert window.current_page_name() == "participants"


def test_settings_are_saved(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    dialog = SettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.autolock.setValue(25)
    dialog.accept()
    prefs = load_preferences(window.root)
    assert (prefs.language, prefs.autolock_minutes) == ("nl", 25)


def test_change_passphrase_dialog(qtbot: QtBot, window: MainWindow) -> None:
    dialog = ChangePassphraseDialog(window.root, window)
    qtbot.addWidget(dialog)
    type_into(dialog.old, "niet goed")
    type_into(dialog.new, "nieuw geheim 42")
    type_into(dialog.repeat, "nieuw geheim 42")
    dialog._change()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled() and "not correct" in dialog.message.text())
    dialog.old.clear()
    type_into(dialog.old, PASSPHRASE)
    dialog._change()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    profile.open_profile(window.root, "nieuw geheim 42").close()


def test_backup_and_restore_through_the_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlock(qtbot, window)
    store = window.context.store
    participants.create_participant(store, first_name="Noor")
    target = tmp_path / "chosen" / "backup.jiubackup"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.make_backup()
    qtbot.waitUntil(target.exists, timeout=10_000)
    participants.create_participant(store, first_name="Ilias")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASSPHRASE, True))
    seen = answer("confirmAction")
    window.restore_backup()
    assert_fits_small_screen(seen[0])
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    names = [r.first_name for r in participants.list_participants(window.context.store)]
    assert names == ["Noor"]
    assert list((window.root / "backups").glob("before-restore-*"))


def test_restore_through_the_menu_after_a_new_passphrase_keeps_erasures(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jiu_desktop.services import backup, erasure

    unlock(qtbot, window)
    store = window.context.store
    doomed = participants.create_participant(store, first_name="Wordt", last_name="Gewist")
    participants.create_participant(store, first_name="Blijft")
    saved = tmp_path / "old.jiubackup"
    backup.write_backup(store, saved)
    erasure.erase(store, doomed.id)
    profile.change_passphrase(window.root, PASSPHRASE, "een nieuw geheim 2027")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASSPHRASE, True))
    seen = answer("confirmAction")
    window.restore_backup()
    assert_fits_small_screen(seen[0])
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)
    names = [r.first_name for r in participants.list_participants(window.context.store)]
    assert names == ["Blijft"], "the person erased after the backup stays erased"


def test_second_start_brings_the_running_window_forward(qtbot: QtBot, tmp_path: Path) -> None:
    raised: list[bool] = []
    server = InstanceServer(tmp_path, lambda: raised.append(True))
    assert not ask_running_instance(tmp_path / "other-profile", timeout_ms=300)
    answered: list[bool] = []
    later(0, lambda: answered.append(ask_running_instance(tmp_path)))
    qtbot.waitUntil(lambda: bool(raised), timeout=5000)
    assert answered == [True]
    server.deleteLater()


def test_second_process_is_refused_while_the_profile_is_open(
    qtbot: QtBot, window: MainWindow
) -> None:
    import subprocess
    import sys

    from jiu_desktop.vault.lock import ProfileLock
    from jiu_desktop.vault.paths import ProfilePaths

    lock = ProfileLock(ProfilePaths(window.root).lock)
    lock.acquire()
    server = InstanceServer(window.root, window.bring_to_front)
    try:
        result = subprocess.Popen(
            [sys.executable, "-m", "jiu_desktop", "--profile", str(window.root)],
            stderr=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: result.poll() is not None, timeout=30_000)
        assert result.returncode == 1
        assert result.stderr is not None and "already open" in result.stderr.read()
    finally:
        lock.release()
        server.deleteLater()
    wait_for_tasks()
    QCoreApplication.processEvents()
    assert QApplication.instance() is not None


def test_auto_lock_closes_an_open_dialog_first(qtbot: QtBot, window: MainWindow) -> None:
    """A dialog with personal data must not stay on screen over the lock, and the code
    waiting on it must not meet a closed store."""
    unlock(qtbot, window)
    person = participants.create_participant(window.context.store, first_name="Noor")
    window._open_participant(person.id)
    box = window.participants_page.page.details.referrals
    seen: list[bool] = []

    def while_open() -> None:
        seen.append(QApplication.activeModalWidget() is not None)
        window.idle.set_interval_ms(50)
        window.idle.start()

    def give_up() -> None:  # without the fix the dialog would wait forever
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            modal.reject()

    later(100, while_open)
    later(3000, give_up)
    box.add()  # blocks in the dialog until the auto-lock closes it
    assert seen == [True]
    qtbot.waitUntil(lambda: not window.context.unlocked, timeout=3000)
    assert QApplication.activeModalWidget() is None
    assert window.screens.currentWidget() is window.unlock_screen
    unlock(qtbot, window)
    assert window.participants_page.page.participant_id == person.id


def test_enter_on_the_recovery_page_unlocks(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    root = tmp_path / "p"
    store, recovery = profile.create_profile(root, "Sanne", PASSPHRASE)
    store.close()
    window = MainWindow(root)
    qtbot.addWidget(window)
    window.show()
    screen = window.unlock_screen
    screen.show_recovery()
    type_into(screen.recovery_key, recovery)
    type_into(screen.new_passphrase, "nieuw geheim 42")
    type_into(screen.repeat_passphrase, "nieuw geheim 42")
    seen = answer("newPassphraseOk")
    QTest.keyClick(screen.repeat_passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked and bool(seen), timeout=10_000)
    window.close()


def test_recovery_explanation_is_not_cut_off(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    window.resize(1366, 768)
    window.unlock_screen.show_recovery()
    qtbot.wait(50)
    explain = window.unlock_screen.findChild(QLabel, "recoveryExplanation")
    assert isinstance(explain, QLabel)
    assert explain.height() >= explain.heightForWidth(explain.width())


def test_the_navigation_lists_the_registered_pages_by_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import Qt

    from jiu_desktop.views.pages import PAGES

    unlock(qtbot, window)
    names = [
        window.navigation.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(window.navigation.count())
    ]
    assert names == [kind.page_name for kind in PAGES]
    assert names == ["start", "participants", "groups", "team_notes", "reflections", "report"]
    assert [window.navigation.item(row).text() for row in range(5)] == [
        "Start",
        "Participants",
        "Groups",
        "Team notes",
        "My reflections",
    ]
    window.show_page("participants")
    assert window.pages.currentWidget() is window.participants_page
    window.show_page("start")
    assert window.pages.currentWidget() is window.start_page
    with pytest.raises(LookupError):
        window.show_page("nowhere")
