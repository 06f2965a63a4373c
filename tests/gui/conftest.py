"""GUI test helpers: a main window on a fresh or filled profile."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from jiu_desktop.i18n import install_language
from jiu_desktop.services import profile
from jiu_desktop.views.dialog_fit import install_dialog_fit
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.style import apply_style
from jiu_desktop.views.tasks import wait_for_tasks
from jiu_desktop.views.wheel import WheelGuard, install_wheel_guard
from tests.conftest import PASSPHRASE
from tests.gui.dialogs import end_planned_calls
from tests.gui.layout_checks import LAPTOP_HEIGHT, LAPTOP_WIDTH


def type_into(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    field = window.unlock_screen.passphrase
    field.clear()
    type_into(field, passphrase)
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.unlocked, timeout=10_000)


@pytest.fixture(autouse=True)
def calls_end_with_the_test() -> Iterator[None]:
    """A dialog poll a test planned does not reach into the next test."""
    yield
    end_planned_calls()


@pytest.fixture(autouse=True)
def wheel_guard(qapp: QApplication) -> WheelGuard:
    """What ``make_application`` installs for the real program, for every GUI test: the
    wheel guard and the filter that grows dialogs to their contents."""
    install_dialog_fit(qapp)
    return install_wheel_guard(qapp)


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """The application's own look for this test (the suite runs with Qt's plain one)."""
    sheet, font = qapp.styleSheet(), qapp.font()
    apply_style(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.fixture
def window(qtbot: QtBot, profile_dir: Path) -> Iterator[MainWindow]:
    store, _ = profile.create_profile(profile_dir, "Sanne", PASSPHRASE)
    store.close()
    main = MainWindow(profile_dir)
    qtbot.addWidget(main)
    main.show()
    yield main
    wait_for_tasks()
    if main.context.unlocked:
        main.close()


@pytest.fixture(params=["en", "nl"])
def laptop(
    request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication, profile_dir: Path
) -> Iterator[MainWindow]:
    """The main window unlocked at 1366×768 in the real style, in English or in Dutch."""
    font, sheet = qapp.font(), qapp.styleSheet()
    install_language(request.param)
    apply_style(qapp)
    profile.create_profile(profile_dir, "Sanne", PASSPHRASE)[0].close()
    main = MainWindow(profile_dir)
    qtbot.addWidget(main)
    main.show()
    main.resize(LAPTOP_WIDTH, LAPTOP_HEIGHT)
    unlock(qtbot, main)
    yield main
    main.close()
    install_language("en")
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def find(window: QWidget, kind: type[QWidget], name: str) -> QWidget:
    widget = window.findChild(kind, name)
    assert widget is not None, name
    assert isinstance(widget, QWidget)
    return widget


def line(window: QWidget, name: str) -> QLineEdit:
    widget = find(window, QLineEdit, name)
    assert isinstance(widget, QLineEdit)
    return widget
