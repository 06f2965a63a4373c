"""Sync in the window: offline, syncing and synced in the status bar; a conflict shown on
the participant page and settled with a click."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from jiu_desktop.services import participants, profile, sync_service
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.sync import controller
from jiu_desktop.views.sync.close_dialog import CloseSyncDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock
from tests.gui.dialogs import watch

TEAM = "kaars fiets zevende molen"


def test_status_conflict_and_resolution(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    root_a = tmp_path / "a"
    store_a, _ = profile.create_profile(root_a, "A", PASSPHRASE)
    sync_service.setup_sync(
        store_a, kind="folder", target=str(shared), team_passphrase=TEAM, create=True
    )
    person = participants.create_participant(store_a, first_name="Noor", remarks="begin")
    store_a.close()
    store_b, _ = profile.create_profile(tmp_path / "b", "B", PASSPHRASE)
    sync_service.setup_sync(
        store_b, kind="folder", target=str(shared), team_passphrase=TEAM, create=False
    )

    window = MainWindow(root_a)
    qtbot.addWidget(window)
    window.show()
    states: list[str] = []
    window.sync.state_changed.connect(lambda state, _text: states.append(state))
    unlock(qtbot, window)  # syncs at once
    qtbot.waitUntil(lambda: window.sync.state == controller.SYNCED, timeout=10_000)
    assert controller.SYNCING in states
    assert "Synchronised" in window.sync_label.text()

    sync_service.run_sync(store_b)
    participants.update_participant(store_b, person.id, remarks="versie van B")
    sync_service.run_sync(store_b)
    participants.update_participant(window.context.store, person.id, remarks="versie van A")
    window.sync.sync_now()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=10_000)
    sync_service.run_sync(store_b)

    window.context.open_participant(person.id)
    panel = window.participants_page.page.conflicts
    qtbot.waitUntil(panel.isVisible, timeout=3000)
    shown = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert "Remarks" in shown and "On this laptop" in shown
    assert "written" in shown and f"laptop {store_b.device_id[:8]}" in shown
    other = panel.findChild(QPushButton, "conflict-other")
    assert other is not None
    other.click()
    assert not panel.isVisible()
    final = participants.get_participant(window.context.store, person.id).remarks
    assert final in ("versie van A", "versie van B")
    assert window.participants_page.page.remarks.toPlainText() == final

    shared.rename(tmp_path / "unplugged")
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.state == controller.OFFLINE, timeout=10_000)
    assert "Offline" in window.sync_label.text() and "waiting" in window.sync_label.text()
    waiting = sync_service.waiting_changes(window.context.store)
    changes = participants.update_participant(window.context.store, person.id, remarks="later")
    window.context.announce(changes)  # offline: the count follows at once, no round needed
    qtbot.waitUntil(lambda: f"{waiting + 1} change" in window.sync_label.text(), timeout=3000)
    monkeypatch.setattr(CloseSyncDialog, "failure_shown_ms", 200)
    seen = watch()
    window.close()
    assert "cannot be reached" in " ".join(s.text for s in seen)
    store_b.close()


def test_a_missing_file_is_never_shown_as_synchronised(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    store_b, _ = profile.create_profile(tmp_path / "b", "B", PASSPHRASE)
    sync_service.setup_sync(
        store_b, kind="folder", target=str(shared), team_passphrase=TEAM, create=True
    )
    for name in ("Een", "Twee"):
        participants.create_participant(store_b, first_name=name)
        sync_service.run_sync(store_b)
    bundles = sorted((shared / "jiu-sync-v1" / "devices" / store_b.device_id).glob("*.bin"))
    bundles[0].unlink()
    store_b.close()
    root_a = tmp_path / "a"
    store_a, _ = profile.create_profile(root_a, "A", PASSPHRASE)
    sync_service.setup_sync(
        store_a, kind="folder", target=str(shared), team_passphrase=TEAM, create=False
    )
    store_a.close()

    window = MainWindow(root_a)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.sync.state == controller.INCOMPLETE, timeout=10_000)
    assert "Synchronised" not in window.sync_label.text()
    assert "Not everything synchronised" in window.sync_label.text()
    assert "missing" in window.sync_label.toolTip()
    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.sync_label.linkActivated.emit("history")
    (history,) = opened
    message = history.findChild(QPlainTextEdit, "sync-history-message")
    assert message is not None and "missing" in message.toPlainText()
    window.close()

    store_a = profile.open_profile(root_a, PASSPHRASE)  # sync-status says so too
    status = sync_service.status(store_a)
    store_a.close()
    assert status.incomplete and "missing" in status.last_error
    assert status.last_success is None


def test_a_share_that_is_not_mounted_is_a_failure_that_says_why(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "share"
    shared.mkdir()
    root = tmp_path / "a"
    store, _ = profile.create_profile(root, "A", PASSPHRASE)
    sync_service.setup_sync(
        store, kind="folder", target=str(shared), team_passphrase=TEAM, create=True
    )
    participants.create_participant(store, first_name="Noor")
    store.close()
    (shared / "jiu-sync-v1").rename(tmp_path / "elsewhere")  # the mount point stays, empty

    window = MainWindow(root)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.sync.state == controller.FAILED, timeout=10_000)
    assert "Sync failed" in window.sync_label.text()
    assert "network drive" in window.sync_label.toolTip()
    assert not (shared / "jiu-sync-v1").exists(), "nothing was written into the empty share"
    monkeypatch.setattr(CloseSyncDialog, "failure_shown_ms", 200)
    seen = watch()
    window.close()  # Noor has not gone out: closing says why, briefly
    assert "network drive" in " ".join(s.text for s in seen)
