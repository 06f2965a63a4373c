"""The sync history: when, with which target, how much went out and came in, errors, and
a snapshot written or started from, and old files cleared away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.i18n import translate
from jiu_desktop.services import sync_rounds, sync_service
from jiu_desktop.services.sync_rounds import RoundFacts
from jiu_desktop.views.context import AppContext


def message(error: str, finished: bool, facts: RoundFacts | None) -> str:
    """What the round could not do first (the cell shows the first line), then what it did
    besides sending and receiving ("Snapshot written, 12 old files cleared away")."""
    done = facts.describe() if facts else ""
    if error:
        return f"{error}\n{done}" if done else error
    if done:
        return done
    if finished:
        return translate("SyncHistoryDialog", "OK")
    return translate("SyncHistoryDialog", "Interrupted")


class SyncHistoryDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync history"))
        self.setObjectName("syncHistory")
        self.resize(960, 460)
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
        facts = sync_rounds.round_facts(context.store)
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
                message(run.error, run.finished_at is not None, facts.get(run.id)),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text.splitlines()[0] if text else "")
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # A long server address must not push the message out of sight: it is cut short
        # here (the whole address is in its tooltip) and the message takes the rest.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 220)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 3)
        self.empty = QLabel(
            self.tr(
                "No sync rounds yet. Set up sync (Synchronisation → Set up "
                "synchronisation…) and this laptop exchanges its changes with the team; "
                "each round is listed here."
            )
        )
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.setVisible(not runs)
        layout.addWidget(self.empty)
        # The whole message of the chosen round: a missing file or a full target is a
        # sentence or three, too long for a table cell.
        self.message = QPlainTextEdit()
        self.message.setReadOnly(True)
        self.message.setObjectName("sync-history-message")
        self.message.setVisible(bool(runs))
        layout.addWidget(self.message, 1)
        self.table.currentCellChanged.connect(
            lambda row, _c, _pr, _pc: self.message.setPlainText(
                item.toolTip() if (item := self.table.item(row, len(headers) - 1)) else ""
            )
        )
        if runs:
            self.table.setCurrentCell(0, 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
