"""The list of a participant's responses, newest first: the date, the form and its
version, who filled it in, from paper, and done or how many questions are answered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from jiu_desktop.services.form_responses import ResponseSummary
from jiu_desktop.views.labels import format_date, respondent_label

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


class ResponseModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ResponseSummary] = []
        #: A short name per template version id ("v2", "v2 (Sanne)").
        self.versions: dict[str, str] = {}

    def set_rows(self, rows: list[ResponseSummary], versions: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.versions = versions
        self.endResetModel()

    def row_of(self, response_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == response_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.first_line(row)}\n{self.second_line(row)}"
        if role == ID_ROLE:
            return row.id
        return None

    def first_line(self, row: ResponseSummary) -> str:
        version = self.versions.get(row.template_id) or self.tr("v{version}").format(
            version=row.version
        )
        return self.tr("{date}  {title} ({version})").format(
            date=format_date(row.filled_on), title=row.title, version=version
        )

    def second_line(self, row: ResponseSummary) -> str:
        parts = [respondent_label(row.respondent)]
        if row.from_paper:
            parts.append(self.tr("from paper"))
        if row.complete:
            parts.append(self.tr("done"))
        else:
            parts.append(
                self.tr("{answered} of {total} answered").format(
                    answered=row.answered, total=row.questions
                )
            )
        return " · ".join(parts)
