"""What the main window does while a participant fills in a form: the form covers the
whole window; the menu bar, the toolbar and the status bar are hidden, and every action
but "Lock" is off, so no shortcut (Ctrl+F, Ctrl+N, the navigation, another tab's Alt
letter) reaches other data. The page under it is hidden, and with it its shortcuts.

It ends when the participant's form has the coach's passphrase, or when the window locks
(unlocking takes the passphrase anyway).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStackedWidget, QWidget

from jiu_desktop.errors import JiuError
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.forms.participant_mode import ParticipantMode


class ParticipantModeHost(QObject):
    def __init__(
        self,
        context: AppContext,
        root: Path,
        screens: QStackedWidget,
        chrome: list[QWidget],
        actions: list[QAction],
        keep: QAction,
    ) -> None:
        super().__init__(screens)
        self.context = context
        self.root = root
        self.screens = screens
        #: Hidden while a participant fills in: menu bar, toolbar, status bar.
        self.chrome = chrome
        self.actions = actions
        #: The one action that stays on (Lock).
        self.keep = keep
        self.view: ParticipantMode | None = None
        self._before: QWidget | None = None
        self._enabled: dict[QAction, bool] = {}
        self._shown: dict[QWidget, bool] = {}
        context.participant_mode_requested.connect(self.enter)

    @property
    def active(self) -> bool:
        return self.view is not None

    def enter(self, response_id: str) -> None:
        if self.view is not None or not self.context.unlocked:
            return
        try:
            view = ParticipantMode(self.context, self.root, response_id)
        except JiuError as error:
            self.context.status_message.emit(str(error))
            return
        self.view = view
        self._enabled = {action: action.isEnabled() for action in self.actions}
        for action in self.actions:
            if action is not self.keep:
                action.setEnabled(False)
        self._shown = {widget: widget.isVisible() for widget in self.chrome}
        for widget in self.chrome:
            widget.hide()
        view.addAction(self.keep)  # its shortcut works on the form, the menu being hidden
        view.left.connect(self.end)
        self._before = self.screens.currentWidget()
        self.screens.addWidget(view)
        self.screens.setCurrentWidget(view)
        view.focus_first()

    def flush(self) -> None:
        if self.view is not None:
            self.view.flush()

    def end(self) -> None:
        """Back to the window as it was (the passphrase was given, or the window locks)."""
        view = self.view
        if view is None:
            return
        view.flush()
        view.active = False
        self.view = None
        for action, enabled in self._enabled.items():
            action.setEnabled(enabled)
        for widget, shown in self._shown.items():
            widget.setVisible(shown)
        if self._before is not None:
            self.screens.setCurrentWidget(self._before)
        self.screens.removeWidget(view)
        view.deleteLater()
