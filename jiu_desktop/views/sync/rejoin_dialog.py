"""The coordinator changed the team passphrase (a laptop was removed from the team): the
coach types the new one and this laptop carries on syncing at the same target, with
everything it has (services/sync_service.py ``rejoin_team``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.services import sync_service
from jiu_desktop.sync.team import TeamKeyRotated
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.tasks import run_task


def ask_new_team_passphrase(parent: QWidget | None, context: AppContext) -> bool:
    """True when this laptop took the team's new key (then a round can follow)."""
    return bool(RejoinDialog(context, parent).exec())


class RejoinDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("New team passphrase"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(str(TeamKeyRotated()))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("teamPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New team passphrase"), self.passphrase)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("inlineMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.continue_button = buttons.addButton(
            self.tr("Continue syncing"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.continue_button.setObjectName("continueButton")
        self.continue_button.clicked.connect(self._rejoin)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _rejoin(self) -> None:
        store, passphrase = self.context.store, self.passphrase.text()
        if not passphrase:
            self.passphrase.setFocus()
            return
        self.continue_button.setEnabled(False)
        self.message.setText(self.tr("Checking the team passphrase…"))
        run_task(
            lambda: sync_service.rejoin_team(store, passphrase),
            lambda _config: self.accept(),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.continue_button.setEnabled(True)
        self.message.setText(
            str(error) if isinstance(error, JiuError) else self.tr("Something went wrong.")
        )
        self.passphrase.selectAll()
        self.passphrase.setFocus()
