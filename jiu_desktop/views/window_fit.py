"""The main window fits the screen it opens on, with its status bar (the sync state) in
sight: the default size shrinks to a small laptop screen, and a saved size is used only
while it still fits a screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

DEFAULT_SIZE = QSize(1280, 820)
#: Room for the window frame and title bar, which are not known before the window shows.
FRAME = QSize(16, 40)
SETTINGS_KEY = "window/geometry"


def default_geometry(available: QRect, wanted: QSize = DEFAULT_SIZE) -> QRect:
    """``wanted``, made smaller where ``available`` (frame included) is smaller; centred."""
    width = max(1, min(wanted.width(), available.width() - FRAME.width()))
    height = max(1, min(wanted.height(), available.height() - FRAME.height()))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def fits(geometry: QRect, available: QRect) -> bool:
    """The window, with room for its frame, fits ``available`` and is centred inside it."""
    return (
        geometry.width() + FRAME.width() <= available.width()
        and geometry.height() + FRAME.height() <= available.height()
        and available.contains(geometry.center())
    )


def place(window: QWidget) -> None:
    """The saved geometry when it fits a screen, else the default on the window's screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.setGeometry(default_geometry(screen.availableGeometry()))
    saved = QSettings().value(SETTINGS_KEY)
    if not isinstance(saved, QByteArray):
        return
    fallback = window.geometry()
    restored = window.restoreGeometry(saved)
    if restored and (window.isMaximized() or _fits_a_screen(window.geometry())):
        return
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
    window.setGeometry(fallback)


def remember(window: QWidget) -> None:
    QSettings().setValue(SETTINGS_KEY, window.saveGeometry())


def _fits_a_screen(geometry: QRect) -> bool:
    return any(fits(geometry, s.availableGeometry()) for s in QGuiApplication.screens())
