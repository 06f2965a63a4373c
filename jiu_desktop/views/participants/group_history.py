""" "Groepsgeschiedenis…": correct the days of a membership, end one, remove a mistake.

Each membership is a line: the group, the first day, the last day (empty while it lasts).
A day is saved when the field is left or Enter is pressed; a problem is told at the top
and the field keeps what was typed until it is corrected.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.db.store import Store
from jiu_desktop.errors import JiuError
from jiu_desktop.i18n import translate
from jiu_desktop.services import memberships
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.autosave import fit_date
from jiu_desktop.views.confirm import ask
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import GroupMembership, format_date
from jiu_desktop.views.participants.tabs.fields import message_line
from jiu_desktop.views.style import set_invalid


class GroupHistoryDialog(QDialog):
    #: A membership was corrected, ended or removed (what was written).
    changed = Signal(object)

    def __init__(
        self, parent: QWidget, context: AppContext, participant_id: str, names: dict[str, str]
    ) -> None:
        super().__init__(parent)
        self.store: Store = context.store
        self.participant_id = participant_id
        self.names = names
        self.setWindowTitle(self.tr("Group history"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Correct a first or last day here. Leave the last day empty while they "
                "are in the group; type one to end the membership."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.message = message_line()
        layout.addWidget(self.message)
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeHistory")
        close.setDefault(True)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        while (item := self.grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for column, text in enumerate(
            (self.tr("Group"), self.tr("First day"), self.tr("Last day"))
        ):
            header = QLabel(text)
            header.setObjectName("hint")
            self.grid.addWidget(header, 0, column)
        rows = memberships.memberships(self.store, self.participant_id)
        for row, membership in enumerate(rows, start=1):
            self._add_row(row, membership)

    def _add_row(self, row: int, membership: GroupMembership) -> None:
        name = self.names.get(membership.group_id or "") or translate("groups", "(group removed)")
        self.grid.addWidget(QLabel(name), row, 0)
        for column, field in ((1, "from_date"), (2, "to_date")):
            edit = QLineEdit(format_date(getattr(membership, field)))
            edit.setObjectName(f"{field}_{row}")
            fit_date(edit)
            edit.editingFinished.connect(
                lambda e=edit, f=field, m=membership.id: self._save(m, f, e)
            )
            self.grid.addWidget(edit, row, column)
        remove = QPushButton(self.tr("Remove…"))
        remove.setObjectName(f"removeMembership_{row}")
        remove.setToolTip(self.tr("For a membership that was a mistake"))
        remove.clicked.connect(lambda _c=False, m=membership.id, n=name: self._remove(m, n))
        self.grid.addWidget(remove, row, 3)

    def _save(self, membership_id: str, field: str, edit: QLineEdit) -> None:
        try:
            changes = memberships.update_membership(
                self.store, membership_id, **{field: edit.text().strip() or None}
            )
        except JiuError as error:
            set_invalid(edit, True)
            self.message.setText(str(error))
            return
        set_invalid(edit, False)
        self.message.clear()
        self._changed(changes)

    def _remove(self, membership_id: str, name: str) -> None:
        if ask(
            self,
            self.tr("Remove membership"),
            self.tr(
                "Remove the membership of “{group}”? Only for a mistake: a group they "
                "really were in stays in the history with its last day."
            ).format(group=name),
            self.tr("Remove"),
        ):
            self._changed(memberships.delete_membership(self.store, membership_id))
            self.fill()

    def _changed(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
