"""Removing a laptop from the team in the window, and a laptop that stays asked for the new
team passphrase: real dialogs, typed into and clicked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from jiu_desktop.db.store import Store
from jiu_desktop.models import Participant
from jiu_desktop.services import participants, profile, sync_service, team_devices
from jiu_desktop.services.team_removal import remove_device
from jiu_desktop.sync import devices
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.sync import controller
from jiu_desktop.views.sync.remove_device_dialog import RemoveDeviceDialog, ask_remove_device
from tests.conftest import PASSPHRASE
from tests.gui.conftest import type_into, unlock
from tests.gui.dialogs import answer, later

TEAM = "kaars fiets zevende molen"
NEW_TEAM = "lantaarn negende schaats vijver"


def team_of_three(tmp_path: Path) -> tuple[Store, Store, Store, Path]:
    """Laptops a (the coordinator), b and c ("Laptop van Cor"), synced once."""
    shared = tmp_path / "shared"
    shared.mkdir()
    stores = []
    for name, create in (("a", True), ("b", False), ("c", False)):
        store, _ = profile.create_profile(tmp_path / name, name, PASSPHRASE)
        sync_service.setup_sync(
            store, kind="folder", target=str(shared), team_passphrase=TEAM, create=create
        )
        stores.append(store)
    a, b, c = stores
    with c.engine.begin() as conn:
        devices.set_device_name(conn, "Laptop van Cor")
    participants.create_participant(c, first_name="Cor")
    for store in (c, a, b):
        sync_service.run_sync(store)
    return a, b, c, shared


def the_device(store: Store, device_id: str) -> team_devices.TeamDevice:
    return next(d for d in team_devices.team_devices(store) if d.device_id == device_id)


def test_the_laptop_is_removed_only_after_its_name_and_a_strong_passphrase_twice(
    qtbot: QtBot, tmp_path: Path
) -> None:
    a, b, c, shared = team_of_three(tmp_path)
    b.close()
    try:
        dialog = RemoveDeviceDialog(AppContext(tmp_path / "a", a), the_device(a, c.device_id))
        qtbot.addWidget(dialog)
        dialog.show()
        team_file = (shared / "jiu-sync-v1" / "team.json").read_bytes()
        remove = dialog.findChild(QPushButton, "removeButton")
        assert remove is not None and not remove.isEnabled()
        type_into(dialog.confirm, "Laptop van Cor")
        assert remove.isEnabled()
        type_into(dialog.passphrase, "aaaaaaaaaaaa")
        assert "weak" in dialog.strength.text()
        type_into(dialog.repeat, "aaaaaaaaaaaa")
        QTest.mouseClick(remove, Qt.MouseButton.LeftButton)
        assert "too easy to guess" in dialog.message.text()
        dialog.passphrase.clear()
        dialog.repeat.clear()
        type_into(dialog.passphrase, NEW_TEAM)
        assert "strong" in dialog.strength.text()
        type_into(dialog.repeat, NEW_TEAM + "x")
        QTest.mouseClick(remove, Qt.MouseButton.LeftButton)
        assert "differ" in dialog.message.text()
        assert (shared / "jiu-sync-v1" / "team.json").read_bytes() == team_file
        QTest.keyClick(dialog.repeat, Qt.Key.Key_Backspace)
        QTest.mouseClick(remove, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.removed, timeout=10_000)
        assert "“Laptop van Cor” was removed from the team" in dialog.message.text()
        assert remove.isHidden() and dialog.close_button.text() == "Close"
        QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == RemoveDeviceDialog.DialogCode.Accepted
        assert the_device(a, c.device_id).removed
    finally:
        a.close()
        c.close()


def test_ask_remove_device_says_true_once_the_laptop_is_removed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    a, b, c, _shared = team_of_three(tmp_path)
    b.close()

    def fill_in_and_remove(left: int = 250) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RemoveDeviceDialog):
            if left:
                later(20, lambda: fill_in_and_remove(left - 1))
            return
        dialog.confirm.setText("Laptop van Cor")
        dialog.passphrase.setText(NEW_TEAM)
        dialog.repeat.setText(NEW_TEAM)
        dialog.remove_button.click()
        close_when_done(dialog)

    def close_when_done(dialog: RemoveDeviceDialog, left: int = 500) -> None:
        if dialog.removed:
            dialog.close_button.click()
        elif left:
            later(20, lambda: close_when_done(dialog, left - 1))
        else:
            dialog.reject()

    try:
        later(0, fill_in_and_remove)
        context = AppContext(tmp_path / "a", a)
        assert ask_remove_device(None, context, the_device(a, c.device_id))
        assert the_device(a, c.device_id).removed
    finally:
        a.close()
        c.close()


def test_a_laptop_that_stays_asks_for_the_new_passphrase_and_syncs_on(
    qtbot: QtBot, tmp_path: Path
) -> None:
    a, b, c, _shared = team_of_three(tmp_path)
    for store in (b, c):
        store.close()
    remove_device(a, c.device_id, NEW_TEAM)
    participants.create_participant(a, first_name="Anna na de wissel")
    sync_service.run_sync(a)
    a.close()

    window = MainWindow(tmp_path / "b")
    qtbot.addWidget(window)
    window.show()

    def type_new_passphrase(dialog: object) -> None:
        field = dialog.findChild(QLineEdit, "teamPassphrase")  # type: ignore[attr-defined]
        field.setText(NEW_TEAM)

    seen = answer("continueButton", type_new_passphrase)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "changed the team passphrase" in seen[0].text
    qtbot.waitUntil(lambda: window.sync.state == controller.SYNCED, timeout=10_000)
    with window.context.store.session() as session:
        names = set(session.scalars(select(Participant.first_name)))
    assert names == {"Anna na de wissel", "Cor"}
