"""The list: search as you type over names and note text, filters, sortable columns.

It shows the coach's own participants or the whole team's (the switch above it, shared
with the Start page). An empty list says why it is empty and what to do next.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from jiu_desktop.services import participants, search, team
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import Coach, Group, Participant, SessionNote, status_choices
from jiu_desktop.views.participants.empty_list import EmptyList
from jiu_desktop.views.participants.list_model import (
    FOUND,
    HTML_ROLE,
    ID_ROLE,
    NAME,
    SORT_ROLE,
    ParticipantTableModel,
)
from jiu_desktop.views.participants.rich_text import RichTextDelegate
from jiu_desktop.views.scope_switch import ScopeSwitch
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
        #: Whose participants the list shows (None: the whole team's), as last loaded.
        self.shown_coach: str | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Participants"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addStretch(1)
        self.scope = ScopeSwitch(context)
        top.addWidget(self.scope)
        top.addSpacing(12)
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

        # Owned by the list, and asking the context, not the list, for the words around a
        # hit: no cycle through Python that the garbage collector would have to break on
        # some other thread, where Qt objects must not be destroyed.
        self.model = ParticipantTableModel(lambda query, ids: snippets(context, query, ids), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._table()
        self.empty = EmptyList()
        self.empty.whole_team.clicked.connect(lambda: context.set_mine_only(False))
        self.empty.clear_filters.clicked.connect(self.clear_filters)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        layout.addWidget(self.body, 1)
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
        context.scope_changed.connect(self.reload)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("participantTable")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setItemDelegateForColumn(FOUND, RichTextDelegate(HTML_ROLE, table))
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(36)
        header = table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FOUND, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(self._open_index)
        table.activated.connect(self._open_index)
        return table

    def focus_search(self) -> None:
        """Where Ctrl+F ends, from any page (the shortcut is the main window's)."""
        self.search.setFocus()
        self.search.selectAll()

    def clear_filters(self) -> None:
        """Every status and every group again (the search text stays)."""
        for combo in (self.status, self.group):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.reload()

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
        store = self.context.store
        self.scope.refresh()  # the profile's coach may have been chosen or removed
        coach = self.shown_coach = self.context.scope_coach_id()
        query = self.search.text()
        rows = participants.list_participants(
            store,
            query=query,
            status=self.status.currentData(),
            group_id=self.group.currentData(),
            coach_id=coach,
        )
        self.model.set_rows(rows, query)
        self._show_found_column(bool(search.tokens(query)))
        in_scope = participants.count_participants(store, coach_id=coach)
        if rows:
            self.body.setCurrentWidget(self.table)
            self.count.setText(self._count_text(len(rows), in_scope))
            self.count.show()
            return
        team_total = in_scope if coach is None else participants.count_participants(store)
        self.empty.explain(
            team_total=team_total,
            mine_only=coach is not None,
            query=query,
            status=self.status.currentText() if self.status.currentIndex() > 0 else "",
            group=self.group.currentText() if self.group.currentIndex() > 0 else "",
        )
        self.body.setCurrentWidget(self.empty)
        self.count.hide()

    def _count_text(self, shown: int, in_scope: int) -> str:
        if shown == in_scope:
            return self.tr("%n participant(s)", "", in_scope)
        return self.tr("{shown} of %n participant(s)", "", in_scope).format(shown=shown)

    def _show_found_column(self, searching: bool) -> None:
        """The words around the hits while searching; otherwise the names take the room."""
        header = self.table.horizontalHeader()
        self.table.setColumnHidden(FOUND, not searching)
        header.setSectionResizeMode(
            NAME,
            QHeaderView.ResizeMode.ResizeToContents
            if searching
            else QHeaderView.ResizeMode.Stretch,
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Group):
            self.reload_groups()
        if changes.touches(Participant, SessionNote, Group, Coach):
            self.reload()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen.emit(str(self.proxy.data(index, ID_ROLE)))


def snippets(context: AppContext, query: str, ids: Collection[str]) -> dict[str, str]:
    """The words around the hits for these participants (none while locked)."""
    return search.snippets(context.store, query, ids) if context.unlocked else {}
