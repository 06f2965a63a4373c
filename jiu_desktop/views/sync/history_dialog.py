"""The sync history: when, with which target, how much went out and came in, errors."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.services import sync_service
from jiu_desktop.views.context import AppContext


class SyncHistoryDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync history"))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        headers = [
            self.tr("Started"),
            self.tr("Target"),
            self.tr("Sent"),
            self.tr("Received"),
            self.tr("Conflicts"),
            self.tr("Refused"),
            self.tr("Message"),
        ]
        runs = sync_service.history(context.store)
        self.table = QTableWidget(len(runs), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, run in enumerate(runs):
            cells = [
                run.started_at.strftime("%d-%m-%Y %H:%M"),
                run.target,
                str(run.pushed),
                str(run.pulled),
                str(run.conflicts),
                str(run.rejected),
                run.error or (self.tr("OK") if run.finished_at else self.tr("Interrupted")),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 3)
        # The whole message of the chosen round: a missing file or a full target is a
        # sentence or three, too long for a table cell.
        self.message = QPlainTextEdit()
        self.message.setReadOnly(True)
        self.message.setObjectName("sync-history-message")
        layout.addWidget(self.message, 1)
        self.table.currentCellChanged.connect(
            lambda row, _c, _pr, _pc: self.message.setPlainText(
                item.text() if (item := self.table.item(row, len(headers) - 1)) else ""
            )
        )
        if runs:
            self.table.setCurrentCell(0, 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
