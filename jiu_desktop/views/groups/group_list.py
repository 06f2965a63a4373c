"""The group list: name, period, participants now and meetings held, a new group, and a
group opened with Enter or a double click."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.db.store import Store
from jiu_desktop.errors import JiuError
from jiu_desktop.services import team
from jiu_desktop.services.changes import NOTHING
from jiu_desktop.services.meetings import GroupSummary
from jiu_desktop.views.autosave import fit_date
from jiu_desktop.views.groups.buttons import action_buttons
from jiu_desktop.views.labels import format_date
from jiu_desktop.views.participants.tabs.fields import message_line
from jiu_desktop.views.style import mark_primary

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
NAME, PERIOD, PARTICIPANTS, HELD = range(4)


def period_text(starts_on: object, ends_on: object) -> str:
    start, end = format_date(starts_on), format_date(ends_on)
    return f"{start} – {end}" if start or end else "—"


class GroupListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[GroupSummary] = []

    def set_rows(self, rows: list[GroupSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Group"),
            self.tr("Period"),
            self.tr("Participants now"),
            self.tr("Meetings held"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (PARTICIPANTS, HELD):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == NAME:
            return row.name
        if column == PERIOD:
            return period_text(row.starts_on, row.ends_on)
        if column == PARTICIPANTS:
            return str(row.participants)
        if not row.meetings:
            return self.tr("no roster yet")
        return self.tr("{held} of {total}").format(held=row.held, total=row.meetings)


class NewGroupDialog(QDialog):
    """A name (and, when known, the period); the roster follows on the group's page."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.group_id = ""
        self.changes = NOTHING
        self.setWindowTitle(self.tr("New group"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("newGroupName")
        self.name.setPlaceholderText(self.tr("for example Voorjaar 2027"))
        room = self.name.fontMetrics().horizontalAdvance(self.name.placeholderText())
        self.name.setMinimumWidth(max(320, room + 40))
        form.addRow(self.tr("Name"), self.name)
        self.starts_on = QLineEdit()
        self.starts_on.setObjectName("newGroupFrom")
        fit_date(self.starts_on)
        form.addRow(self.tr("From"), self.starts_on)
        self.ends_on = QLineEdit()
        self.ends_on.setObjectName("newGroupUntil")
        fit_date(self.ends_on)
        form.addRow(self.tr("Until"), self.ends_on)
        layout.addLayout(form)
        hint = QLabel(self.tr("The period may stay empty: making the roster fills it in."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.message = message_line()
        layout.addWidget(self.message)
        action_buttons(self, layout, self.tr("Make group"), "makeGroup")

    def accept(self) -> None:
        from jiu_desktop.services.validation import as_date

        try:
            made = team.create_group(
                self.store,
                self.name.text(),
                as_date(self.starts_on.text().strip(), self.tr("From")),
                as_date(self.ends_on.text().strip(), self.tr("Until")),
            )
        except JiuError as error:
            self.message.setText(str(error))
            return
        self.group_id, self.changes = made.id, made.changes
        super().accept()


class GroupList(QWidget):
    #: A group was chosen (argument: id).
    chosen = Signal(str)
    #: "New group" was asked for.
    create_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Groups"))
        title.setObjectName("pageTitle")
        top.addWidget(title, 1)
        self.new_button = QPushButton(self.tr("New group"))
        self.new_button.setObjectName("newGroup")
        mark_primary(self.new_button)
        self.new_button.clicked.connect(self.create_requested)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.model = GroupListModel(self)
        self.table = QTableView()
        self.table.setObjectName("groupList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (PERIOD, PARTICIPANTS, HELD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._chosen)  # Enter, or a double click
        self.table.doubleClicked.connect(self._chosen)
        self.empty = QLabel(
            self.tr(
                "No groups yet.\n\nA group is one traject: for instance twelve weeks, two "
                "afternoons a week. Make the first one with “New group”, then its roster "
                "and the attendance follow on its page."
            )
        )
        self.empty.setObjectName("noGroups")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("font-size: 13pt;")
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        layout.addWidget(self.body, 1)

    def show_rows(self, rows: list[GroupSummary], select: str | None = None) -> None:
        self.model.set_rows(rows)
        self.body.setCurrentWidget(self.table if rows else self.empty)
        at = next((n for n, r in enumerate(rows) if r.id == select), 0 if rows else -1)
        if at >= 0:
            self.table.setCurrentIndex(self.model.index(at, NAME))

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(str(index.data(ID_ROLE)))

    def focus_list(self) -> None:
        (self.table if self.model.rows else self.new_button).setFocus()
