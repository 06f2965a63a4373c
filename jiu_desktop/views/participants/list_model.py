"""Item model over the participant list rows the service returns.

While a search is typed, the "Found in" column shows the words around the hit for a
participant found through their text rather than their name. Those words are fetched only
for the rows the view asks for (the ones on screen), together, once the view has painted:
a search that finds thousands of participants costs no more than one that finds twenty.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from jiu_desktop.services.participants import ParticipantRow
from jiu_desktop.services.search import HIT_END, HIT_START, plain
from jiu_desktop.views.labels import format_date, status_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
#: The "Found in" text as rich text, the hit words bold.
HTML_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex
NAME, FOUND, STATUS, GROUP, COACH, INTAKE = range(6)

#: Fetches the snippets of these participant ids for this query (``search.snippets``).
SnippetSource = Callable[[str, Collection[str]], dict[str, str]]


def snippet_html(snippet: str) -> str:
    return html.escape(snippet).replace(HIT_START, "<b>").replace(HIT_END, "</b>")


class ParticipantTableModel(QAbstractTableModel):
    def __init__(
        self, snippet_source: SnippetSource | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.rows: list[ParticipantRow] = []
        self.query = ""
        self._snippet_source = snippet_source
        self._snippets: dict[str, str] = {}
        self._wanted: dict[int, None] = {}
        self._fetch = QTimer(self)
        self._fetch.setSingleShot(True)
        self._fetch.setInterval(0)
        self._fetch.timeout.connect(self.fetch_snippets)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Found in the text"),
            self.tr("Status"),
            self.tr("Group"),
            self.tr("Coach"),
            self.tr("Intake"),
        ]

    def set_rows(self, rows: list[ParticipantRow], query: str = "") -> None:
        self.beginResetModel()
        self.rows = rows
        self.query = query
        self._snippets.clear()
        self._wanted.clear()
        self.endResetModel()

    def snippet(self, row: int) -> str | None:
        """The words around the hit for this row, with hit marks; None until fetched."""
        found = self._snippets.get(self.rows[row].id)
        if found is None and self.query.strip() and self._snippet_source is not None:
            self._wanted[row] = None
            self._fetch.start()
        return found

    def fetch_snippets(self) -> None:
        """The snippets of every row asked for since the last fetch, in one query."""
        self._fetch.stop()
        wanted = [row for row in self._wanted if row < len(self.rows)]
        self._wanted.clear()
        if not wanted or self._snippet_source is None:
            return
        ids = [self.rows[row].id for row in wanted]
        found = self._snippet_source(self.query, ids)
        for pid in ids:
            self._snippets[pid] = found.get(pid, "")
        for row in wanted:
            index = self.index(row, FOUND)
            self.dataChanged.emit(index, index)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if column == FOUND:
            return self._found(index.row(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.full_name,
                "",
                status_label(row.status),
                row.group_name,
                row.coach_name,
                format_date(row.intake_date),
            )[column]
        if role == SORT_ROLE:
            return (
                row.full_name.lower(),
                "",
                row.status,
                row.group_name.lower(),
                row.coach_name.lower(),
                row.intake_date.isoformat() if row.intake_date else "",
            )[column]
        return None

    def _found(self, row: int, role: int) -> Any:
        if role == SORT_ROLE:  # sorting asks every row: never fetch for it
            return plain(self._snippets.get(self.rows[row].id, ""))
        if role not in (Qt.ItemDataRole.DisplayRole, HTML_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        snippet = self.snippet(row) or ""
        return snippet_html(snippet) if role == HTML_ROLE else plain(snippet)
