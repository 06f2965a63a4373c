"""The group on the Gegevens tab: the group of today, the history, and moving on.

A participant can be in more than one group over time. Choosing another group asks from
which day (today, unless the coach types another) and moves them with
``memberships.move_to_group``; choosing none asks for the last day in the group. The
history below the field shows every membership; "Group history…" corrects one.

A participant not stored yet has no memberships: the choice is kept and given to
``create_participant`` with the rest of the form.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.i18n import translate
from jiu_desktop.services import memberships, team
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.autosave import fit_date
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import GroupMembership, format_date
from jiu_desktop.views.participants.tabs.fields import message_line


def history_text(rows: list[GroupMembership], names: dict[str, str], today: date) -> str:
    """ "Voorjaar (03-03-2026 – 30-06-2026) → Najaar (since 01-09-2026)", oldest first."""
    parts = []
    for m in rows:
        name = names.get(m.group_id or "") or translate("groups", "(group removed)")
        start = format_date(m.from_date)
        if m.to_date is not None:
            text = translate("groups", "{group} ({start} – {end})")
            parts.append(text.format(group=name, start=start, end=format_date(m.to_date)))
        elif m.from_date > today:
            text = translate("groups", "{group} (from {start})")
            parts.append(text.format(group=name, start=start))
        else:
            text = translate("groups", "{group} (since {start})")
            parts.append(text.format(group=name, start=start))
    return " → ".join(parts)


class DayDialog(QDialog):
    """Asks for one day (today already filled in) and does ``act`` with it; a problem is
    told in the dialog, which stays open."""

    def __init__(
        self, parent: QWidget, title: str, text: str, action: str, act: Callable[[str], None]
    ) -> None:
        super().__init__(parent)
        self.act = act
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        question = QLabel(text)
        question.setWordWrap(True)
        layout.addWidget(question)
        self.day = QLineEdit(format_date(date.today()))
        self.day.setObjectName("day")
        fit_date(self.day)
        layout.addWidget(self.day)
        self.message = message_line()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("dayOk")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)  # Enter takes the day
        ok.setDefault(True)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.day.selectAll()

    def _accept(self) -> None:
        try:
            self.act(self.day.text().strip())
        except JiuError as error:
            self.message.setText(str(error))
            return
        self.accept()


class GroupField(QWidget):
    def __init__(self, context: AppContext, initiator: QObject) -> None:
        super().__init__()
        self.context = context
        self.initiator = initiator  # the tab: it shows what this saves already
        self.participant_id: str | None = None
        self.pending: str | None = None  # the choice for a participant not stored yet
        self.names: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.combo = QComboBox()
        self.combo.setObjectName("group_id")
        self.combo.activated.connect(self._chosen)
        row.addWidget(self.combo, 1)
        add = QPushButton(self.tr("New…"))
        add.clicked.connect(self._new_group)
        row.addWidget(add)
        layout.addLayout(row)
        self.history = QLabel()
        self.history.setObjectName("hint")  # muted, as the status history above
        self.history.setWordWrap(True)
        layout.addWidget(self.history)
        self.edit_history = QPushButton(self.tr("Group history…"))
        self.edit_history.setObjectName("editGroupHistory")
        self.edit_history.clicked.connect(self.open_history)
        history_row = QHBoxLayout()
        history_row.addWidget(self.edit_history)
        history_row.addStretch(1)
        layout.addLayout(history_row)

    # -- showing ---------------------------------------------------------------------------
    def set_participant(self, participant_id: str | None) -> None:
        self.participant_id = participant_id
        self.pending = None
        self.refresh()

    def refresh(self) -> None:
        """The groups to choose from, the group of today and the history, as stored."""
        if not self.context.unlocked:
            return
        store = self.context.store
        groups = team.list_groups(store)
        self.names = {g.id: g.name for g in groups}
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("(none)"), None)
        for group in groups:
            self.combo.addItem(group.name, group.id)
        rows: list[GroupMembership] = []
        current = self.pending
        if self.participant_id is not None:
            rows = memberships.memberships(store, self.participant_id)
            today = memberships.group_on(store, self.participant_id)
            current = today.id if today is not None else None
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        self.combo.blockSignals(False)
        self.history.setText(history_text(rows, self.names, date.today()))
        self.history.setVisible(bool(rows))
        self.edit_history.setVisible(bool(rows))

    def group_text(self, group_id: str | None) -> str:
        return self.names.get(group_id or "", "")

    # -- choosing --------------------------------------------------------------------------
    def _chosen(self, _index: int) -> None:
        self.choose(self.combo.currentData())

    def choose(self, group_id: str | None) -> None:
        """Put the participant in this group (None: in none), from a day the coach says."""
        if self.participant_id is None:
            self.pending = group_id
            return
        store, pid = self.context.store, self.participant_id
        current = memberships.group_on(store, pid)
        if (current.id if current else None) == group_id:
            return
        if group_id is None:
            if current is None:
                return
            dialog = DayDialog(
                self,
                self.tr("Leave the group"),
                self.tr("The last day in “{group}”:").format(group=current.name),
                self.tr("End membership"),
                lambda day: self._end(day),
            )
        else:
            dialog = DayDialog(
                self,
                self.tr("Move to another group"),
                self.tr("In “{group}” from which day?").format(group=self.group_text(group_id)),
                self.tr("Move"),
                lambda day: self._move(group_id, day),
            )
        dialog.exec()
        dialog.deleteLater()
        self.refresh()  # moved, or the old group back in the field

    def _move(self, group_id: str, day: str) -> None:
        assert self.participant_id is not None
        moved = memberships.move_to_group(self.context.store, self.participant_id, group_id, day)
        self._announce(moved.changes)

    def _end(self, day: str) -> None:
        assert self.participant_id is not None
        store, pid = self.context.store, self.participant_id
        found = memberships.holding(memberships.memberships(store, pid), date.today())
        if found is not None:
            self._announce(memberships.end_membership(store, found.id, day))

    def _announce(self, changes: Changes) -> None:
        self.context.announce(changes, self.initiator)

    def _new_group(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New group"), self.tr("Name of the group"))
        if ok and name.strip():
            group = team.create_group(self.context.store, name)
            self.context.announce(group.changes, self.initiator)
            self.refresh()
            self.choose(group.id)
            self.refresh()

    def open_history(self) -> None:
        if self.participant_id is None:
            return
        from jiu_desktop.views.participants.group_history import GroupHistoryDialog

        dialog = GroupHistoryDialog(self, self.context, self.participant_id, self.names)
        dialog.changed.connect(self._announce)
        dialog.exec()
        dialog.deleteLater()
        self.refresh()
