"""The demo profile's unlock screen shows its passphrase whole, to read and to copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from jiu_desktop.services import profile
from jiu_desktop.views.main_window import MainWindow
from tests.gui.conftest import unlock


def test_the_demo_passphrase_is_shown_whole_on_one_line(
    qtbot: QtBot, styled: QApplication, tmp_path: Path
) -> None:
    root = tmp_path / "demo"
    store, _ = profile.create_profile(root, "Demo", profile.DEMO_PASSPHRASE, demo=True)
    store.close()
    window = MainWindow(root)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    shown = window.unlock_screen.findChild(QLabel, "demoPassphrase")
    assert isinstance(shown, QLabel)
    assert shown.text() == profile.DEMO_PASSPHRASE, "exactly what to type, nothing around it"
    assert not shown.wordWrap(), "never broken at its dashes"
    assert shown.isVisible()
    whole = shown.fontMetrics().horizontalAdvance(shown.text())
    assert shown.contentsRect().width() >= whole, "nothing cut off"
    assert shown.height() < 2 * shown.fontMetrics().lineSpacing(), "one line"
    assert shown.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    unlock(qtbot, window, profile.DEMO_PASSPHRASE)
    window.close()
