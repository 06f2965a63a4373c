"""The list: search as you type over names and note text, filters, sortable columns."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.services import participants, team
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import Coach, Group, Participant, SessionNote, status_choices
from jiu_desktop.views.participants.list_model import ID_ROLE, SORT_ROLE, ParticipantTableModel
from jiu_desktop.views.style import mark_primary

SEARCH_DEBOUNCE_MS = 150


class ParticipantListView(QWidget):
    #: A participant was chosen (argument: id).
    chosen = Signal(str)
    #: "New participant" was asked for.
    create_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Participants"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("New participant"))
        self.new_button.setObjectName("newParticipant")
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        mark_primary(self.new_button)
        self.new_button.clicked.connect(self.create_requested)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search names and notes… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.search, 3)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("All statuses"), None)
        for code, label in status_choices():
            self.status.addItem(label, code)
        filters.addWidget(self.status, 1)
        self.group = QComboBox()
        self.group.setObjectName("groupFilter")
        filters.addWidget(self.group, 1)
        layout.addLayout(filters)

        self.model = ParticipantTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("participantTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("hint")
        layout.addWidget(self.count)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.status.currentIndexChanged.connect(self.reload)
        self.group.currentIndexChanged.connect(self.reload)
        context.changed.connect(self._on_changed)

    def focus_search(self) -> None:
        """Where Ctrl+F ends, from any page (the shortcut is the main window's)."""
        self.search.setFocus()
        self.search.selectAll()

    def reload_groups(self) -> None:
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("All groups"), None)
        for group in team.list_groups(self.context.store):
            self.group.addItem(group.name, group.id)
        index = self.group.findData(current)
        self.group.setCurrentIndex(max(index, 0))
        self.group.blockSignals(False)

    def reload(self) -> None:
        if not self.context.unlocked:
            return
        self._debounce.stop()
        rows = participants.list_participants(
            self.context.store,
            query=self.search.text(),
            status=self.status.currentData(),
            group_id=self.group.currentData(),
        )
        self.model.set_rows(rows)
        total = participants.count_participants(self.context.store)
        if len(rows) == total:
            self.count.setText(self.tr("{count} participants").format(count=total))
        else:
            self.count.setText(
                self.tr("{shown} of {total} participants").format(shown=len(rows), total=total)
            )

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Group):
            self.reload_groups()
        if changes.touches(Participant, SessionNote, Group, Coach):
            self.reload()

    def _open_index(self, index: object) -> None:
        from PySide6.QtCore import QModelIndex

        if isinstance(index, QModelIndex) and index.isValid():
            self.chosen.emit(str(self.proxy.data(index, ID_ROLE)))
