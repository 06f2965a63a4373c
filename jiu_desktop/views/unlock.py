"""The unlock screen: passphrase, or the recovery key when it is forgotten.

Key derivation (about half a second) runs off the GUI thread; a wrong passphrase gives a
calm message under the field and touches nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.db.store import Store
from jiu_desktop.errors import JiuError
from jiu_desktop.i18n import translate
from jiu_desktop.services import profile
from jiu_desktop.views.confirm import plain_box
from jiu_desktop.views.style import mark_primary
from jiu_desktop.views.tasks import run_task

CARD_TEXT_WIDTH = 448


class UnlockScreen(QWidget):
    #: The profile is open (argument: the Store).
    unlocked = Signal(object)
    #: The profile was opened with the recovery key and has a new passphrase now.
    passphrase_reset = Signal()

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        vault = profile.load_vault(root)
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("unlockCard")
        card.setFixedWidth(CARD_TEXT_WIDTH + 72)
        card.setStyleSheet("#unlockCard { background: white; border-radius: 12px; }")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(36, 30, 36, 30)  # 72 = left + right
        layout.setSpacing(12)
        title = QLabel(self.tr("JIU Desktop"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.profile_label = QLabel(self.tr("Profile: {name}").format(name=vault.profile_name))
        layout.addWidget(self.profile_label)
        if vault.demo:
            layout.addWidget(self._demo_box())

        self.pages = QStackedWidget()
        self.passphrase_page = self._passphrase_page()
        self.recovery_page = self._recovery_page()
        self.pages.addWidget(self.passphrase_page)
        self.pages.addWidget(self.recovery_page)
        layout.addWidget(self.pages)
        self.message = QLabel()
        self.message.setObjectName("inlineMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        row = QVBoxLayout()
        row.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        row.addWidget(card, alignment=Qt.AlignmentFlag.AlignHCenter)
        outer.addLayout(row)
        outer.addStretch(2)

    def _demo_box(self) -> QFrame:
        """The demo's passphrase on a line of its own, whole, to read or copy."""
        box = QFrame()
        box.setObjectName("demoBox")
        column = QVBoxLayout(box)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(2)
        badge = QLabel(self.tr("DEMO — fictional data. Passphrase:"))
        badge.setWordWrap(True)
        self.demo_passphrase = QLabel(profile.DEMO_PASSPHRASE)
        self.demo_passphrase.setObjectName("demoPassphrase")
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() + 2)
        self.demo_passphrase.setFont(font)
        self.demo_passphrase.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(badge)
        column.addWidget(self.demo_passphrase)
        return box

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Passphrase")))
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.passphrase)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        mark_primary(self.unlock_button)
        self.unlock_button.clicked.connect(self.try_unlock)
        layout.addWidget(self.unlock_button)
        forgot = QPushButton(self.tr("Forgot passphrase?"))
        forgot.setObjectName("forgotButton")
        forgot.setFlat(True)
        forgot.clicked.connect(self.show_recovery)
        layout.addWidget(forgot, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)  # keep the field under its label when the other page is taller
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        explain = QLabel(
            self.tr("Type the recovery key from your recovery sheet and choose a new passphrase.")
        )
        explain.setWordWrap(True)
        explain.setObjectName("recoveryExplanation")
        # The stacked pages do not pass height-for-width on: reserve the wrapped height.
        explain.setMinimumHeight(explain.heightForWidth(CARD_TEXT_WIDTH))
        form.addRow(explain)
        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("recoveryKey")
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_passphrase = QLineEdit()
        self.new_passphrase.setObjectName("newPassphrase")
        self.new_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_passphrase = QLineEdit()
        self.repeat_passphrase.setObjectName("repeatPassphrase")
        self.repeat_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Recovery key"), self.recovery_key)
        form.addRow(self.tr("New passphrase"), self.new_passphrase)
        form.addRow(self.tr("Repeat"), self.repeat_passphrase)
        self.repeat_passphrase.returnPressed.connect(self.try_recover)
        self.recover_button = QPushButton(self.tr("Unlock and set passphrase"))
        self.recover_button.setObjectName("recoverButton")
        mark_primary(self.recover_button)
        self.recover_button.clicked.connect(self.try_recover)
        back = QPushButton(self.tr("Back"))
        back.setFlat(True)
        back.clicked.connect(self.show_passphrase)
        form.addRow(self.recover_button)
        form.addRow(back)
        return page

    def show_passphrase(self) -> None:
        self._show(self.passphrase_page, self.passphrase)

    def show_recovery(self) -> None:
        """The recovery key and a new passphrase ("Forgot passphrase?")."""
        self._show(self.recovery_page, self.recovery_key)

    def _show(self, page: QWidget, field: QLineEdit) -> None:
        self.message.clear()
        self.pages.setCurrentWidget(page)
        field.setFocus()

    def reset(self) -> None:
        """Back to an empty passphrase field (used when the window locks)."""
        self.passphrase.clear()
        self.recovery_key.clear()
        self.new_passphrase.clear()
        self.repeat_passphrase.clear()
        self.show_passphrase()
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        for widget in (self.unlock_button, self.recover_button, self.passphrase):
            widget.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Opening…"))

    def try_unlock(self) -> None:
        secret = self.passphrase.text()
        if not secret:
            self.message.setText(self.tr("Type your passphrase."))
            return
        self._busy(True)
        root = self.root
        run_task(lambda: profile.open_profile(root, secret), self._opened, self._failed)

    def try_recover(self) -> None:
        key, new = self.recovery_key.text(), self.new_passphrase.text()
        if new != self.repeat_passphrase.text():
            self.message.setText(self.tr("The two new passphrases differ."))
            return
        self._busy(True)
        root = self.root
        run_task(
            lambda: profile.open_with_recovery_key(root, key, new), self._recovered, self._failed
        )

    def _recovered(self, store: Store) -> None:
        self._opened(store)
        self.passphrase_reset.emit()

    def _opened(self, store: Store) -> None:
        self.message.clear()
        self.passphrase.clear()
        self.new_passphrase.clear()
        self.repeat_passphrase.clear()
        self.recovery_key.clear()
        self._busy(False)
        self.unlocked.emit(store)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if not isinstance(error, JiuError):
            raise error
        self.message.setText(str(error))
        if self.pages.currentWidget() is self.passphrase_page:
            self.passphrase.clear()
            self.passphrase.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.passphrase.setFocus()


def new_passphrase_box(parent: QWidget | None) -> QMessageBox:
    """What :func:`confirm_new_passphrase` shows (apart, so tests can look at it)."""
    box = plain_box(
        parent,
        QMessageBox.Icon.Information,
        translate("unlock", "New passphrase"),
        translate("unlock", "Your new passphrase is set. Use it from now on to open JIU Desktop."),
    )
    box.setInformativeText(
        translate("unlock", "Your recovery key stays the same: keep the sheet where it was.")
    )
    ok = box.addButton(QMessageBox.StandardButton.Ok)
    ok.setObjectName("newPassphraseOk")
    box.setDefaultButton(ok)
    return box


def confirm_new_passphrase(parent: QWidget | None) -> None:
    """After unlocking with the recovery key: the new passphrase is what opens it now."""
    box = new_passphrase_box(parent)
    box.exec()
    box.deleteLater()
