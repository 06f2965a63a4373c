"""The first-run wizard's last page: the recovery key, shown once, printed or saved."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.printing.recovery_sheet import recovery_sheet_pdf, render_recovery_sheet
from jiu_desktop.views.printing import print_with_dialog

if TYPE_CHECKING:
    from jiu_desktop.views.wizard import FirstRunWizard


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        layout = QVBoxLayout(self)
        self.key = QLabel()
        self.key.setObjectName("recoveryKeyLabel")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(17)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setMinimumHeight(70)
        layout.addWidget(self.key)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        layout.addWidget(self.advice)
        buttons = QHBoxLayout()
        self.print_sheet = QPushButton()
        self.print_sheet.setObjectName("printSheet")
        self.save_pdf = QPushButton()
        self.save_pdf.setObjectName("savePdf")
        self.copy = QPushButton()
        self.copy.setObjectName("copyKey")
        self.print_sheet.clicked.connect(self._print)
        self.save_pdf.clicked.connect(self._save_pdf)
        self.copy.clicked.connect(self._copy)
        for button in self.buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("hint")
        self.saved_note.setWordWrap(True)
        layout.addWidget(self.saved_note)
        self.confirm = QCheckBox()
        self.confirm.setObjectName("confirmSaved")
        self.confirm.toggled.connect(self.completeChanged)
        layout.addWidget(self.confirm)
        self.message = QLabel()
        self.message.setObjectName("inlineMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your recovery key"))
        # Two lines at most: the wizard's header cuts off a third.
        self.setSubTitle(
            self.tr(
                "If you ever forget your passphrase, only this key opens your profile. "
                "It is shown once."
            )
        )
        self.advice.setText(
            self.tr(
                "Print the recovery sheet or save it as PDF, and keep it apart from the "
                "laptop: in a locked drawer or with your coordinator."
            )
        )
        if self.owner.store is None:
            self.key.setText(self.tr("Creating your encrypted profile…"))
        self.print_sheet.setText(self.tr("Print…"))
        self.save_pdf.setText(self.tr("Save as PDF…"))
        self.copy.setText(self.tr("Copy"))
        self.confirm.setText(self.tr("I have stored the recovery key safely"))

    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.print_sheet, self.save_pdf, self.copy)

    def initializePage(self) -> None:
        for widget in (*self.buttons(), self.confirm):
            widget.setEnabled(False)
        self.owner.create_profile(self._created, self._failed)

    def _created(self, recovery_key: str) -> None:
        self.key.setText(recovery_key)
        for widget in (*self.buttons(), self.confirm):
            widget.setEnabled(True)
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.key.setText("")
        self.message.setText(str(error) if isinstance(error, JiuError) else repr(error))

    def _print(self) -> None:
        """The system print dialog; the sheet goes to the printer without a file on disk."""
        pdf = recovery_sheet_pdf(self.owner.profile_name, self.key.text())
        if print_with_dialog(self, pdf, self.tr("Recovery key")):
            self.message.clear()
            self.saved_note.setText(
                self.tr("Sent to the printer. Keep the sheet apart from the laptop.")
            )

    def _save_pdf(self) -> None:
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
        self.message.clear()
        self.saved_note.setText(self.tr("Saved: {path}").format(path=path))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.key.text())
        self.saved_note.setText(self.tr("Copied. Paste it somewhere safe, then clear it."))

    def isComplete(self) -> bool:
        return self.owner.store is not None and self.confirm.isChecked()
