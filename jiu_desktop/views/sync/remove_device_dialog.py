"""Removing a laptop from the team (a coach left, a laptop was lost), for the coordinator.

The coordinator confirms by typing the laptop's name and gives the team a new team
passphrase (twice, with the live strength line of the set-up dialog); the removal runs in
the background (services/team_removal.py) and the dialog says what happened. Call
:func:`ask_remove_device` from wherever the team's laptops are listed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import InvalidInput, JiuError
from jiu_desktop.services import team_removal
from jiu_desktop.services.team_devices import TeamDevice
from jiu_desktop.services.team_passphrase import (
    REQUIRED_SCORE,
    check_team_passphrase,
    team_passphrase_score,
)
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.style import strength_text
from jiu_desktop.views.tasks import run_task


def ask_remove_device(parent: QWidget | None, context: AppContext, device: TeamDevice) -> bool:
    """Ask the coordinator to remove ``device`` from the team; True when it was removed."""
    return bool(RemoveDeviceDialog(context, device, parent).exec())


def confirmation_word(device: TeamDevice) -> str:
    """What the coordinator types to confirm: the laptop's name, or the start of its id."""
    return device.name or device.device_id[:8]


class RemoveDeviceDialog(QDialog):
    def __init__(
        self, context: AppContext, device: TeamDevice, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.device = device
        self.removed = False
        self.setWindowTitle(self.tr("Remove a laptop from the team"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        word = confirmation_word(device)
        intro = QLabel(
            self.tr(
                "“{laptop}” will no longer be able to sync with the team; what it sent before"
                " stays. The team gets a new team passphrase: the other laptops ask for it at"
                " their next sync, so tell their coaches."
            ).format(laptop=word)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmName")
        self.confirm.setPlaceholderText(word)
        form.addRow(self.tr("Type “{laptop}” to confirm").format(laptop=word), self.confirm)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("newTeamPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeatTeamPassphrase")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New team passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat"), self.repeat)
        self.strength = QLabel()
        self.strength.setObjectName("teamStrength")
        self.strength.setWordWrap(True)
        form.addRow(self.strength)
        layout.addLayout(form)

        self.message = QLabel()
        self.message.setObjectName("inlineMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setObjectName("closeButton")
        self.remove_button = QPushButton(self.tr("Remove from the team"))
        self.remove_button.setObjectName("removeButton")
        self.remove_button.setAutoDefault(False)  # Enter never removes a laptop
        self.close_button.setDefault(True)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)

        self.close_button.clicked.connect(self._close)
        self.remove_button.clicked.connect(self._remove)
        self.confirm.textChanged.connect(self._update_enabled)
        self.passphrase.textChanged.connect(self._show_strength)
        self._show_strength()
        self._update_enabled()

    def _update_enabled(self) -> None:
        confirmed = self.confirm.text().strip() == confirmation_word(self.device)
        self.remove_button.setEnabled(confirmed and not self.removed)

    def _show_strength(self) -> None:
        score = team_passphrase_score(self.passphrase.text())
        words = strength_text(score)
        if score < REQUIRED_SCORE:
            words += ". " + self.tr(
                "A team needs a strong one: whoever has the team file can try to guess it."
            )
        self.strength.setText(words)

    def _remove(self) -> None:
        passphrase = self.passphrase.text()
        if passphrase != self.repeat.text():
            self.message.setText(self.tr("The two team passphrases differ."))
            return
        try:
            check_team_passphrase(passphrase)
        except InvalidInput as weak:
            self.message.setText(str(weak))
            self.passphrase.setFocus()
            return
        store, device_id = self.context.store, self.device.device_id
        self.remove_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.message.setText(self.tr("Removing the laptop and changing the team passphrase…"))
        run_task(
            lambda: team_removal.remove_device(store, device_id, passphrase),
            self._done,
            self._failed,
        )

    def _done(self, done: team_removal.RemovalDone) -> None:
        self.removed = True
        self.message.setText(team_removal.describe(done))
        for field in (self.confirm, self.passphrase, self.repeat):
            field.setEnabled(False)
        self.remove_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.close_button.setEnabled(True)
        self._update_enabled()
        self.message.setText(
            str(error) if isinstance(error, JiuError) else self.tr("Something went wrong.")
        )

    def _close(self) -> None:
        if self.removed:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:  # Esc and the window's close button
        if self.removed:
            self.accept()
        elif self.close_button.isEnabled():
            super().reject()
