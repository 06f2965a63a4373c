"""Samen kijken: the young person sits beside the coach, so the map fills the window and
everything else (the navigation, the page header with the name and conflicts, the side
panel with coach notes, the status bar) is out of sight until the coach leaves it (Esc).

The map itself never draws coach notes; in this mode the tooltips that show them on the
coach's screen are off as well (the tab asks :attr:`TogetherMode.active`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QTabWidget, QToolBar, QWidget


class TogetherMode:
    def __init__(self, tab: QWidget, keep: list[QWidget], hide: list[QWidget]) -> None:
        """``keep``: the tab's own widgets that stay (the map, the button to leave);
        ``hide``: the tab's own widgets that go (the side panel, the version row)."""
        self.tab, self.keep, self.own = tab, keep, hide
        self.hidden: list[QWidget] = []
        self.window_state: Qt.WindowState | None = None

    @property
    def active(self) -> bool:
        return self.window_state is not None

    def _around(self) -> list[QWidget]:
        """What the app shows around the tab: found by walking up, not by name, so the
        tab needs no hook in the page or the window."""
        found: list[QWidget] = list(self.own)
        child: QWidget = self.tab
        parent = child.parentWidget()
        while parent is not None:
            if isinstance(parent, QTabWidget):
                found.append(parent.tabBar())
            elif isinstance(parent, QMainWindow):
                found += [parent.menuBar(), parent.statusBar(), *parent.findChildren(QToolBar)]
            elif parent.layout() is not None:
                found += [
                    w
                    for w in parent.findChildren(
                        QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
                    )
                    if w is not child and not w.isWindow()
                ]
            child, parent = parent, parent.parentWidget()
        return [w for w in found if w not in self.keep]

    def enter(self) -> None:
        if self.active:
            return
        self.hidden = [w for w in self._around() if w.isVisible()]
        for widget in self.hidden:
            widget.hide()
        window = self.tab.window()
        self.window_state = window.windowState()
        window.setWindowState(self.window_state | Qt.WindowState.WindowFullScreen)

    def leave(self) -> None:
        if self.window_state is None:
            return
        self.tab.window().setWindowState(self.window_state)
        self.window_state = None
        for widget in self.hidden:
            widget.show()
        self.hidden = []
