"""Before the window closes: send the changes still waiting, which the coach can skip.

Sync waits some seconds after a change, so quitting soon after one would leave it on this
laptop without a word. The window asks this dialog to send what waits (sending only;
receiving can wait for the next start). It closes by itself when everything went out;
when the target cannot be reached it says so for a few seconds, and "Skip" or Escape
closes at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.views.sync.controller import SyncController

TEXT_WIDTH = 420


class CloseSyncDialog(QDialog):
    #: How long a failure stays in sight before the window closes anyway.
    failure_shown_ms = 6000

    def __init__(self, sync: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.setWindowTitle(self.tr("Sending changes"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # follows the text
        self.message = QLabel(self.tr("Sending changes…"))
        self.message.setObjectName("closeSyncMessage")
        self.message.setWordWrap(True)
        self.message.setFixedWidth(TEXT_WIDTH)
        layout.addWidget(self.message)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first file
        self.bar.setTextVisible(False)
        layout.addWidget(self.bar)
        buttons = QDialogButtonBox()
        self.skip = QPushButton(self.tr("Skip"))
        self.skip.setObjectName("closeSyncSkip")
        buttons.addButton(self.skip, QDialogButtonBox.ButtonRole.RejectRole)
        self.skip.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._after_running_round = False
        self._finished = False
        self._closer = QTimer(self)
        self._closer.setSingleShot(True)
        self._closer.timeout.connect(self.accept)
        sync.progress.connect(self._progress)
        sync.round_finished.connect(self._round_finished)

    def send(self) -> int:
        """Send what waits, showing this dialog meanwhile; returns when done or skipped."""
        if self.sync.running:
            self._after_running_round = True  # it may have started before the last change
        elif not self.sync.send_waiting():
            return int(QDialog.DialogCode.Accepted)
        return self.exec()

    def _progress(self, phase: str, done: int, total: int) -> None:
        if phase == "push" and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _round_finished(self, problem: str) -> None:
        if not self.isVisible() or self._closer.isActive():
            return
        if self.sync.waiting() == 0:
            self.accept()
        elif self._after_running_round and self.sync.send_waiting():
            self._after_running_round = False
        else:
            self._failed(problem)

    def _failed(self, problem: str) -> None:
        self.message.setText(
            self.tr("Not sent: {problem} The changes go out at the next sync.").format(
                problem=problem or self.tr("the sync target did not answer.")
            )
        )
        self.bar.hide()
        self.skip.setText(self.tr("Close"))
        self._closer.start(self.failure_shown_ms)

    def done(self, result: int) -> None:
        """Skip, Escape, closing, or finished: a round still running stops at its next
        file, so closing the profile does not wait for all of it."""
        self._closer.stop()
        if self.sync.running:
            self.sync.stop_round()
        if not self._finished:
            self._finished = True
            self.sync.progress.disconnect(self._progress)
            self.sync.round_finished.disconnect(self._round_finished)
        super().done(result)
