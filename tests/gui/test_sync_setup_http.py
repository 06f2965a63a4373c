"""The sync set-up dialog asks before it sends the app password over plain http://."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from jiu_desktop.services import sync_service
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.sync.setup_dialog import SyncSetupDialog
from tests.gui.conftest import type_into, unlock
from tests.sync.webdav_server import PASSWORD, USER, WebDavServer

TEAM = "kaars fiets zevende molen"
PLAIN = "http://nas.voorbeeld.nl/remote.php/dav/files/coach/jiu"

Answer = QMessageBox.StandardButton


def server_dialog(qtbot: QtBot, window: MainWindow, url: str) -> SyncSetupDialog:
    dialog = SyncSetupDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server_choice.setChecked(True)
    dialog.create_choice.setChecked(True)
    fields = {dialog.url: url, dialog.user: USER, dialog.password: PASSWORD}
    fields |= {dialog.team_passphrase: TEAM, dialog.team_repeat: TEAM}
    for field, text in fields.items():
        field.clear()  # the current target is filled in when sync is set up already
        type_into(field, text)
    return dialog


def answering(monkeypatch: pytest.MonkeyPatch, answer: Answer) -> list[str]:
    """Answer the question box with ``answer``; the list collects the texts asked."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> Answer:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def recording_setup(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def setup_sync(_store: object, **options: Any) -> None:
        calls.append(options)

    monkeypatch.setattr(sync_service, "setup_sync", setup_sync)
    return calls


def test_saying_no_to_plain_http_changes_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlock(qtbot, window)
    asked = answering(monkeypatch, Answer.No)
    calls = recording_setup(monkeypatch)
    dialog = server_dialog(qtbot, window, PLAIN)
    before = dialog.message.text()

    dialog.connect_button.click()

    assert len(asked) == 1 and PLAIN in asked[0]
    assert calls == [], "nothing was set up"
    assert dialog.isVisible() and dialog.connect_button.isEnabled()
    assert dialog.message.text() == before
    assert sync_service.load_config(window.context.store) is None


def test_saying_yes_to_plain_http_sets_up_with_consent(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlock(qtbot, window)
    asked = answering(monkeypatch, Answer.Yes)
    calls = recording_setup(monkeypatch)
    dialog = server_dialog(qtbot, window, PLAIN)

    dialog.connect_button.click()

    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert len(asked) == 1
    assert len(calls) == 1
    assert calls[0]["target"] == PLAIN and calls[0]["allow_plain_http"] is True


def test_https_and_a_server_on_this_laptop_are_not_questioned(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    unlock(qtbot, window)
    asked = answering(monkeypatch, Answer.No)
    server = WebDavServer(tmp_path / "dav")
    try:
        dialog = server_dialog(qtbot, window, server.url)  # http://127.0.0.1:…
        dialog.connect_button.click()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    finally:
        server.stop()
    assert asked == []
    config = sync_service.load_config(window.context.store)
    assert config is not None and config.target == server.url

    calls = recording_setup(monkeypatch)
    secure = server_dialog(qtbot, window, "https://nas.voorbeeld.nl/dav")
    secure.connect_button.click()
    qtbot.waitUntil(lambda: secure.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert asked == []
    assert calls[0]["allow_plain_http"] is False
