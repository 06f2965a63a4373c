"""Shows conflict versions and lets the coach settle each one.

The panel shows one participant's conflicts (:meth:`ConflictPanel.set_participant`), or
those of one row that belongs to no participant, such as a team note
(:meth:`ConflictPanel.set_row`).
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.services import conflicts, team_devices
from jiu_desktop.services.changes import Changes
from jiu_desktop.sync.report import laptop_label
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import format_date


class ConflictPanel(QFrame):
    """Hidden when there is nothing to settle."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.participant_id: str | None = None
        #: The one row shown instead of a participant's: (table name, row id).
        self.row: tuple[str, str] | None = None
        #: What the coaches call their laptops, read again with every reload.
        self.names: dict[str, str] = {}
        self.setObjectName("conflictPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.layout_ = QVBoxLayout(self)
        self.hide()
        context.changed.connect(self._on_changed)

    def set_participant(self, participant_id: str | None) -> None:
        self.participant_id = participant_id
        self.row = None
        self.reload()

    def set_row(self, entity: str, row_id: str | None) -> None:
        """Show the conflicts of one row (``entity`` is its table name); None: none."""
        self.participant_id = None
        self.row = (entity, row_id) if row_id else None
        self.reload()

    def _shows_something(self) -> bool:
        return bool(self.participant_id or self.row) and self.context.unlocked

    def _on_changed(self, changes: Changes) -> None:
        if changes.initiator is not self and self._shows_something():
            self.reload()

    def _open(self) -> list[conflicts.OpenConflict]:
        store = self.context.store
        if self.row is None:
            return conflicts.open_conflicts(store, self.participant_id)
        entity, row_id = self.row
        return [
            c for c in conflicts.open_conflicts(store) if (c.entity, c.row_id) == (entity, row_id)
        ]

    def reload(self) -> None:
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        if not self._shows_something():
            self.hide()
            return
        found = self._open()
        self.setVisible(bool(found))
        if not found:
            return
        self.names = team_devices.laptop_names(self.context.store)
        title = QLabel(
            self.tr("Two coaches changed the same text at the same time. Choose what to keep.")
        )
        title.setWordWrap(True)
        self.layout_.addWidget(title)
        for conflict in found:
            self.layout_.addWidget(self._row(conflict))

    def _row(self, conflict: conflicts.OpenConflict) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        field = QLabel(self._about(conflict))
        field.setObjectName("conflict-field")
        field.setStyleSheet("font-weight: bold")
        grid.addWidget(field, 0, 0, 1, 2)
        versions = (
            (
                self.tr("On this laptop"),
                conflict.current_value,
                conflict.current_at,
                conflict.current_device,
            ),
            (
                self.tr("Other version"),
                conflict.other_value,
                conflict.other_at,
                conflict.other_device,
            ),
        )
        for column, (heading, text, when, device) in enumerate(versions):
            written = escape(self._written(when, device))  # a laptop's name is typed text
            title = QLabel(f"{heading}<br><small>{written}</small>")
            title.setObjectName(f"conflict-version-{column}")
            grid.addWidget(title, 1, column)
            view = QPlainTextEdit(text)
            view.setReadOnly(True)
            view.setMaximumHeight(90)
            grid.addWidget(view, 2, column)
            grid.setColumnStretch(column, 1)
        buttons = QHBoxLayout()
        for label, choice in (
            (self.tr("Keep this one"), conflicts.KEEP_CURRENT),
            (self.tr("Keep the other"), conflicts.KEEP_OTHER),
        ):
            button = QPushButton(label)
            button.setObjectName(f"conflict-{choice}")
            button.clicked.connect(
                lambda _=False, c=conflict.id, ch=choice: self._resolve(c, ch, "")
            )
            buttons.addWidget(button)
        merge = QPushButton(self.tr("Merge both…"))
        merge.setObjectName("conflict-merged")
        merge.clicked.connect(lambda _=False, c=conflict: self._merge(c))
        buttons.addWidget(merge)
        grid.addLayout(buttons, 3, 0, 1, 2)
        return box

    def _about(self, conflict: conflicts.OpenConflict) -> str:
        """Which text: the field's label, what tells the row apart (a form answer's
        question), and the row's date when it has one (a note)."""
        label = QCoreApplication.translate("fields", conflict.label or conflict.field)
        if conflict.row_label:
            label = self.tr("{field}: “{row}”").format(field=label, row=conflict.row_label)
        if conflict.row_date is None:
            return label
        return self.tr("{field} of {date}").format(field=label, date=format_date(conflict.row_date))

    def _written(self, when: datetime | None, device: str) -> str:
        laptop = (
            self.tr("this laptop")
            if device == self.context.store.device_id
            else laptop_label(device, self.names)
        )
        if when is None:
            return self.tr("written on {laptop}").format(laptop=laptop)
        return self.tr("written {date} at {time} on {laptop}").format(
            date=format_date(when.date()), time=when.strftime("%H:%M"), laptop=laptop
        )

    def _merge(self, conflict: conflicts.OpenConflict) -> None:
        dialog = QDialog(self)
        dialog.setObjectName("mergeDialog")
        dialog.setWindowTitle(self.tr("Merge"))
        dialog.resize(720, 460)
        layout = QVBoxLayout(dialog)
        intro = QLabel(
            self.tr(
                "{about}: both versions are below, this laptop's first. Make one text of "
                "them; Save keeps it on every laptop."
            ).format(about=self._about(conflict))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        editor = QPlainTextEdit(f"{conflict.current_value}\n\n{conflict.other_value}")
        editor.setObjectName("mergeEditor")
        layout.addWidget(editor, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._resolve(conflict.id, conflicts.KEEP_MERGED, editor.toPlainText())

    def _resolve(self, conflict_id: str, choice: str, merged: str) -> None:
        changes = conflicts.resolve(self.context.store, conflict_id, choice, merged)
        self.context.announce(changes, self)
        self.reload()
