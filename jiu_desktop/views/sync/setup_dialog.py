"""Settings → Synchronisatie: choose a shared folder or a WebDAV server, create or join."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import InsecureAddress, InvalidInput, JiuError
from jiu_desktop.services import sync_service
from jiu_desktop.services.team_passphrase import (
    REQUIRED_SCORE,
    check_team_passphrase,
    team_passphrase_score,
)
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.style import strength_text
from jiu_desktop.views.tasks import run_task


class SyncSetupDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Synchronisation"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr(
                "Coaches of one team exchange their changes through a shared folder or a "
                "WebDAV server (such as Nextcloud). Everything is encrypted on this laptop "
                "first: the folder or server cannot read it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.current = QLabel()
        self.current.setWordWrap(True)
        layout.addWidget(self.current)

        where = QGroupBox(self.tr("Where"))
        form = QFormLayout(where)
        self.folder_choice = QRadioButton(self.tr("Shared folder"))
        self.server_choice = QRadioButton(self.tr("Server (WebDAV)"))
        self.folder_choice.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.folder_choice)
        kinds.addButton(self.server_choice)
        self.folder = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder)
        folder_row.addWidget(browse)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://cloud.example.nl/remote.php/dav/files/coach/jiu")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.folder_choice)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.server_choice)
        form.addRow(self.tr("Address"), self.url)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("App password"), self.password)
        layout.addWidget(where)

        team = QGroupBox(self.tr("Team"))
        team_form = QFormLayout(team)
        self.join_choice = QRadioButton(self.tr("Join the team (passphrase from the coordinator)"))
        self.create_choice = QRadioButton(self.tr("Create a new team"))
        self.join_choice.setChecked(True)
        roles = QButtonGroup(self)
        roles.addButton(self.join_choice)
        roles.addButton(self.create_choice)
        self.team_passphrase = QLineEdit()
        self.team_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.team_repeat = QLineEdit()
        self.team_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        team_form.addRow(self.join_choice)
        team_form.addRow(self.create_choice)
        team_form.addRow(self.tr("Team passphrase"), self.team_passphrase)
        team_form.addRow(self.tr("Repeat (new team)"), self.team_repeat)
        self.team_strength = QLabel()
        self.team_strength.setObjectName("teamStrength")
        self.team_strength.setWordWrap(True)
        team_form.addRow(self.team_strength)
        self.team_passphrase.textChanged.connect(self._show_strength)
        layout.addWidget(team)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("inlineMessage")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(
            self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.turn_off = buttons.addButton(
            self.tr("Stop syncing"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.connect_button.clicked.connect(self._connect)
        self.turn_off.clicked.connect(self._forget)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        for widget in (
            self.folder_choice,
            self.server_choice,
            self.join_choice,
            self.create_choice,
        ):
            widget.toggled.connect(self._update_enabled)
        self._show_current()
        self._update_enabled()

    def _show_current(self) -> None:
        config = sync_service.load_config(self.context.store)
        self.turn_off.setEnabled(config is not None)
        if config is None:
            self.current.setText(self.tr("This laptop does not sync yet."))
            return
        self.current.setText(self.tr("Now syncing with: {target}").format(target=config.target))
        if config.kind == sync_service.WEBDAV:
            self.server_choice.setChecked(True)
            self.url.setText(config.target)
            self.user.setText(config.user)
        else:
            self.folder.setText(config.target)

    def _update_enabled(self) -> None:
        folder = self.folder_choice.isChecked()
        self.folder.setEnabled(folder)
        for widget in (self.url, self.user, self.password):
            widget.setEnabled(not folder)
        self.team_repeat.setEnabled(self.create_choice.isChecked())
        self._show_strength()

    def _show_strength(self) -> None:
        """For a new team: how guessable its passphrase is, as it is typed."""
        creating = self.create_choice.isChecked()
        self.team_strength.setVisible(creating)
        if not creating:
            return
        text = self.team_passphrase.text()
        score = team_passphrase_score(text)
        words = strength_text(score)
        if score < REQUIRED_SCORE:
            words += ". " + self.tr(
                "A new team needs a strong one: whoever has the team file can try to guess it."
            )
        self.team_strength.setText(words)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the shared folder"))
        if chosen:
            self.folder.setText(chosen)

    def _connect(self) -> None:
        creating = self.create_choice.isChecked()
        passphrase = self.team_passphrase.text()
        if creating and passphrase != self.team_repeat.text():
            self.message.setText(self.tr("The two team passphrases differ."))
            return
        if creating:
            try:
                check_team_passphrase(passphrase)
            except InvalidInput as weak:
                self.message.setText(str(weak))
                self.team_passphrase.setFocus()
                return
        folder = self.folder_choice.isChecked()
        kind = sync_service.FOLDER if folder else sync_service.WEBDAV
        target = self.folder.text().strip() if folder else self.url.text().strip()
        if not target:
            self.message.setText(self.tr("Choose a folder or fill in the server address."))
            return
        allow_plain_http = self._plain_http_accepted(kind, target)
        if allow_plain_http is None:
            return
        store = self.context.store
        user, password = self.user.text().strip(), self.password.text()
        self.connect_button.setEnabled(False)
        self.message.setText(self.tr("Connecting…"))
        run_task(
            lambda: sync_service.setup_sync(
                store,
                kind=kind,
                target=target,
                team_passphrase=passphrase,
                create=creating,
                user=user,
                password=password,
                allow_plain_http=allow_plain_http,
            ),
            lambda _config: self.accept(),
            self._failed,
        )

    def _plain_http_accepted(self, kind: str, target: str) -> bool | None:
        """For a plain http:// server address, ask first: True when the coach accepts it,
        None when they do not (then nothing changes), False when there was nothing to ask."""
        try:
            sync_service.check_address(kind, target, allow_plain_http=False)
        except InsecureAddress as warning:
            answer = QMessageBox.question(
                self,
                self.tr("Unencrypted connection"),
                self.tr("{warning} Set up sync with this address anyway?").format(warning=warning),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            return True if answer == QMessageBox.StandardButton.Yes else None
        return False

    def _failed(self, error: BaseException) -> None:
        self.connect_button.setEnabled(True)
        self.message.setText(str(error) if isinstance(error, JiuError) else self.tr("Failed."))

    def _forget(self) -> None:
        sync_service.forget_sync(self.context.store)
        self.accept()
