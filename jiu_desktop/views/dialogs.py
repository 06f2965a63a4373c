"""Settings, change passphrase, about."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from jiu_desktop import __version__
from jiu_desktop.errors import JiuError
from jiu_desktop.i18n import translate
from jiu_desktop.services import profile
from jiu_desktop.services.preferences import (
    MAX_AUTOLOCK,
    MIN_AUTOLOCK,
    Preferences,
    load_preferences,
    save_preferences,
)
from jiu_desktop.views.style import strength_text
from jiu_desktop.views.tasks import run_task


class SettingsDialog(QDialog):
    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.setWindowTitle(self.tr("Settings"))
        current = load_preferences(root)
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for label, code in (
            (self.tr("Automatic (system language)"), "auto"),
            ("Nederlands", "nl"),
            ("English", "en"),
        ):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(current.language))
        self.autolock = QSpinBox()
        self.autolock.setObjectName("autolock")
        self.autolock.setRange(MIN_AUTOLOCK, MAX_AUTOLOCK)
        self.autolock.setSuffix(self.tr(" minutes"))
        self.autolock.setValue(current.autolock_minutes)
        form.addRow(self.tr("Language"), self.language)
        note = QLabel(self.tr("A new language is used from the next start."))
        note.setObjectName("hint")
        form.addRow("", note)
        form.addRow(self.tr("Lock after inactivity"), self.autolock)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def preferences(self) -> Preferences:
        return Preferences(
            language=self.language.currentData(), autolock_minutes=self.autolock.value()
        )

    def accept(self) -> None:
        save_preferences(self.root, self.preferences())
        super().accept()


class ChangePassphraseDialog(QDialog):
    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for name, edit in (
            ("oldPassphrase", self.old),
            ("newPassphrase", self.new),
            ("repeatPassphrase", self.repeat),
        ):
            edit.setObjectName(name)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel()
        self.strength.setObjectName("hint")
        self.new.textChanged.connect(self._strength)
        self.message = QLabel()
        self.message.setObjectName("inlineMessage")
        self.message.setWordWrap(True)
        form.addRow(self.tr("Current passphrase"), self.old)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow("", self.strength)
        form.addRow(self.tr("Repeat"), self.repeat)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._change)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._strength()

    def _strength(self) -> None:
        self.strength.setText(strength_text(profile.passphrase_strength(self.new.text())))

    def _change(self) -> None:
        if self.new.text() != self.repeat.text():
            self.message.setText(self.tr("The two new passphrases differ."))
            return
        old, new, root = self.old.text(), self.new.text(), self.root
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Changing…"))
        run_task(
            lambda: profile.change_passphrase(root, old, new), lambda _: self.accept(), self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(str(error) if isinstance(error, JiuError) else self.tr("Failed."))


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        translate("about", "About JIU Desktop"),
        translate(
            "about",
            "<h3>JIU Desktop {version}</h3><p>For volunteer coaches working with the "
            "<i>Jong in Uitvoering</i> method: participants, session notes and follow-ups, "
            "encrypted on this laptop.</p>",
        ).format(version=__version__),
    )
