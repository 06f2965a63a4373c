"""First run: profile name, passphrase twice with a strength hint, the recovery key once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from jiu_desktop.db.store import Store
from jiu_desktop.errors import JiuError
from jiu_desktop.services import profile
from jiu_desktop.views.confirm import ask
from jiu_desktop.views.style import strength_text
from jiu_desktop.views.tasks import run_task


class NamePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to JIU Desktop"))
        self.setSubTitle(
            self.tr(
                "Your notes about participants stay on this laptop, encrypted. "
                "First give this profile a name, usually your own."
            )
        )
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        form.addRow(self.tr("Name"), self.name)
        self.registerField("name*", self.name)


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(
            self.tr(
                "A few words you can remember but others cannot guess, at least "
                "{n} characters. You type it each time you open JIU Desktop."
            ).format(n=profile.MIN_PASSPHRASE_LENGTH)
        )
        form = QFormLayout(self)
        self.first = QLineEdit()
        self.first.setObjectName("passphrase1")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("passphrase2")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.strength = QLabel()
        self.strength.setObjectName("hint")
        self.message = QLabel()
        self.message.setObjectName("inlineMessage")
        self.message.setWordWrap(True)
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow("", self.meter)
        form.addRow("", self.strength)
        form.addRow(self.tr("Repeat"), self.second)
        form.addRow(self.message)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self._changed()

    def _changed(self) -> None:
        score = profile.passphrase_strength(self.first.text())
        self.meter.setValue(score)
        self.strength.setText(strength_text(score))
        self.message.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.first.text()) and bool(self.second.text())

    def validatePage(self) -> bool:
        if self.first.text() != self.second.text():
            self.message.setText(self.tr("The two passphrases differ."))
            return False
        try:
            profile.check_passphrase(self.first.text())
        except JiuError as error:
            self.message.setText(str(error))
            return False
        return True


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr(
                "If you ever forget your passphrase, only this key opens your profile. It is "
                "shown once. Print it or save it as PDF, and keep it apart from the laptop."
            )
        )
        layout = QVBoxLayout(self)
        self.key = QLabel(self.tr("Creating your encrypted profile…"))
        self.key.setObjectName("recoveryKeyLabel")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(17)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setMinimumHeight(70)
        layout.addWidget(self.key)
        buttons = QHBoxLayout()
        self.save_pdf = QPushButton(self.tr("Print / save as PDF"))
        self.save_pdf.setObjectName("savePdf")
        self.copy = QPushButton(self.tr("Copy"))
        self.save_pdf.clicked.connect(self._save_pdf)
        self.copy.clicked.connect(self._copy)
        buttons.addWidget(self.save_pdf)
        buttons.addWidget(self.copy)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("hint")
        layout.addWidget(self.saved_note)
        self.confirm = QCheckBox(self.tr("I have stored the recovery key safely"))
        self.confirm.setObjectName("confirmSaved")
        self.confirm.toggled.connect(self.completeChanged)
        layout.addWidget(self.confirm)
        self.message = QLabel()
        self.message.setObjectName("inlineMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def initializePage(self) -> None:
        for widget in (self.save_pdf, self.copy, self.confirm):
            widget.setEnabled(False)
        self.owner.create_profile(self._created, self._failed)

    def _created(self, recovery_key: str) -> None:
        self.key.setText(recovery_key)
        for widget in (self.save_pdf, self.copy, self.confirm):
            widget.setEnabled(True)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.key.setText("")
        self.message.setText(str(error) if isinstance(error, JiuError) else repr(error))

    def _save_pdf(self) -> None:
        from jiu_desktop.printing.recovery_sheet import render_recovery_sheet

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save recovery sheet"),
            str(Path.home() / self.tr("jiu-recovery-key.pdf")),
            self.tr("PDF (*.pdf)"),
        )
        if not path:
            return
        try:
            render_recovery_sheet(Path(path), self.owner.profile_name, self.key.text())
        except OSError as error:
            self.message.setText(
                self.tr("Cannot save there: {reason}").format(reason=error.strerror)
            )
            return
        self.saved_note.setText(
            self.tr("Saved: {path}. It opens now, so you can print it.").format(path=path)
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))  # the system viewer prints it

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.key.text())
        self.saved_note.setText(self.tr("Copied. Paste it somewhere safe, then clear it."))

    def isComplete(self) -> bool:
        return self.owner.store is not None and self.confirm.isChecked()


class FirstRunWizard(QWizard):
    """Creates the profile in ``root``; ``store`` is the open profile once finished."""

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.store: Store | None = None
        self.creating = False
        self.setWindowTitle(self.tr("New JIU Desktop profile"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 460)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.name_page = NamePage()
        self.passphrase_page = PassphrasePage()
        self.recovery_page = RecoveryPage(self)
        for page in (self.name_page, self.passphrase_page, self.recovery_page):
            self.addPage(page)

    @property
    def profile_name(self) -> str:
        return self.name_page.name.text().strip()

    def create_profile(self, on_done: object, on_error: object) -> None:
        if self.store is not None or self.creating:
            return
        root, name = self.root, self.profile_name
        secret = self.passphrase_page.first.text()
        self.passphrase_page.first.clear()
        self.passphrase_page.second.clear()
        self._set_creating(True)

        def created(result: tuple[Store, str]) -> None:
            self._set_creating(False)
            self.store = result[0]
            on_done(result[1])  # type: ignore[operator]

        def failed(error: BaseException) -> None:
            self._set_creating(False)
            on_error(error)  # type: ignore[operator]

        run_task(lambda: profile.create_profile(root, name, secret), created, failed)

    def _set_creating(self, creating: bool) -> None:
        """While the profile is being made (a few seconds), stopping waits for it."""
        self.creating = creating
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not creating)

    def reject(self) -> None:
        """Cancel, Escape and closing the window. Once the profile exists, stopping asks
        first and then removes it: a profile whose recovery key nobody saw is not kept."""
        if self.creating:
            return
        if self.store is not None:
            if not ask(
                self,
                self.tr("Stop?"),
                self.tr(
                    "Stop? Then the profile is not made, and you start again next time. "
                    "This recovery key will not work."
                ),
                self.tr("Stop"),
                keep=self.tr("Go on"),
            ):
                return
            self.store.close()
            self.store = None
            profile.discard_new_profile(self.root)
        super().reject()
