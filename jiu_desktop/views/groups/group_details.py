"""A group's details on its page: name, period and the attendance requirement in the
group's own words ("minstens 80% aanwezig"), saved as typed, with undo (Ctrl+Z)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from jiu_desktop.services import meetings
from jiu_desktop.views.autosave import AutosaveForm, date_binding, line_binding, saved_text
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.participants.tabs.fields import message_line


class GroupDetails(QWidget):
    """Name, period and attendance requirement, saved as typed."""

    saved = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.group_id = ""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setObjectName("groupName")
        self.starts_on = QLineEdit()
        self.starts_on.setObjectName("groupFrom")
        self.ends_on = QLineEdit()
        self.ends_on.setObjectName("groupUntil")
        self.rule = QLineEdit()
        self.rule.setObjectName("groupAttendanceRule")
        self.rule.setPlaceholderText(self.tr("for example at least 80% present (exam)"))
        self.form = AutosaveForm(self._save, self)
        self.form.bind("name", line_binding(self.name), self.tr("Name"))
        self.form.bind("starts_on", date_binding(self.starts_on), self.tr("From"))
        self.form.bind("ends_on", date_binding(self.ends_on), self.tr("Until"))
        self.form.bind(
            "attendance_rule", line_binding(self.rule), self.tr("Attendance requirement")
        )
        for column, (label, field) in enumerate(
            ((self.tr("Name"), self.name), (self.tr("From"), self.starts_on),
             (self.tr("Until"), self.ends_on))
        ):  # fmt: skip
            caption = QLabel(label)
            caption.setBuddy(field)
            grid.addWidget(caption, 0, 2 * column)
            grid.addWidget(field, 0, 2 * column + 1)
        caption = QLabel(self.tr("Attendance requirement"))
        caption.setBuddy(self.rule)
        grid.addWidget(caption, 1, 0)
        grid.addWidget(self.rule, 1, 1, 1, 5)
        grid.setColumnStretch(1, 1)
        self.status = message_line()
        self.status.setObjectName("groupSaved")
        grid.addWidget(self.status, 2, 0, 1, 6)
        self.form.status.connect(self._status)
        for key, slot in (
            (QKeySequence.StandardKey.Undo, self.form.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.form.undo_stack.redo),
        ):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def load(self, group_id: str) -> None:
        group = meetings.get_group(self.context.store, group_id)
        self.group_id = group_id
        self.form.load(
            {
                "name": group.name,
                "starts_on": group.starts_on,
                "ends_on": group.ends_on,
                "attendance_rule": group.attendance_rule,
            }
        )
        self.status.setText("")

    def _save(self, values: dict[str, Any]) -> None:
        changes = meetings.update_group(self.context.store, self.group_id, **values)
        self.context.announce(changes, self)
        self.saved.emit(changes)

    def _status(self, text: str) -> None:
        """A problem with what was typed; nothing when it was saved."""
        self.status.setText("" if text == saved_text() else text)
