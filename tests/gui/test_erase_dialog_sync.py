"""The erasure dialog says how long the sync server keeps the person, once sync is set up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from jiu_desktop.services import participants, sync_service
from jiu_desktop.views.main_window import MainWindow
from tests.gui.dialogs import answer
from tests.gui.test_confirmations import click, open_noor


def erase_dialog_text(window: MainWindow) -> str:
    seen = answer("none", lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Escape))
    click(window.participants_page.page.details, "eraseParticipant")
    return str(seen[0].text)


def test_the_erase_dialog_names_the_server_only_when_sync_is_set_up(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    pid = open_noor(qtbot, window)
    assert "sync server" not in erase_dialog_text(window)
    shared = tmp_path / "shared"
    shared.mkdir()
    sync_service.setup_sync(
        window.context.store,
        kind=sync_service.FOLDER,
        target=str(shared),
        team_passphrase="kaars fiets zevende molen",
        create=True,
    )
    said = erase_dialog_text(window)
    assert "On the sync server everything about Noor" in said
    assert "within 31 days, usually within a day" in said
    assert participants.get_participant(window.context.store, pid).first_name == "Noor"
