"""First run: the language, a profile name, which coach this is, a passphrase twice with a
strength hint, then the recovery key once (``recovery_page.py``).

The language comes first and applies at once: every page sets its texts in
``retranslate()``, so the rest of the wizard and the recovery sheet are in that language.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from jiu_desktop.db.store import Store
from jiu_desktop.errors import JiuError
from jiu_desktop.i18n import active_language, install_language
from jiu_desktop.services import profile, team
from jiu_desktop.services.preferences import load_preferences, save_preferences
from jiu_desktop.views.confirm import ask
from jiu_desktop.views.recovery_page import RecoveryPage
from jiu_desktop.views.style import strength_text
from jiu_desktop.views.tasks import run_task

log = logging.getLogger(__name__)

#: The languages on offer, each in its own words; Dutch first.
WIZARD_LANGUAGES = (("nl", "Nederlands"), ("en", "English"))
#: QWizard's button texts in its modern style, translated by Qt's own catalogue.
QT_BUTTON_TEXTS = (
    (QWizard.WizardButton.BackButton, "< &Back"),
    (QWizard.WizardButton.NextButton, "&Next >"),
    (QWizard.WizardButton.FinishButton, "&Finish"),
    (QWizard.WizardButton.CancelButton, "Cancel"),
)


class LanguagePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        layout = QVBoxLayout(self)
        self.choices = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        current = active_language()
        for code, name in WIZARD_LANGUAGES:
            button = QRadioButton(name)
            button.setObjectName(f"language_{code}")
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.25)  # the first thing to read: large
            button.setFont(font)
            button.setChecked(code == current)
            self.choices.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
            button.toggled.connect(self._toggled)
        layout.addStretch(1)
        self.retranslate()

    def chosen(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.owner.choose_language(self.chosen())

    def validatePage(self) -> bool:
        """The language kept as it was is the new profile's too."""
        self.owner.choose_language(self.chosen())
        return True

    def retranslate(self) -> None:
        self.setTitle("Taal · Language")  # in both languages: read before one is chosen
        self.setSubTitle(
            self.tr(
                "The language of JIU Desktop and of your recovery sheet. You can change it "
                "later in Settings."
            )
        )


class NamePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.label = QLabel()
        form.addRow(self.label, self.name)
        self.registerField("name*", self.name)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to JIU Desktop"))
        self.setSubTitle(
            self.tr(
                "Your notes about participants stay on this laptop, encrypted. "
                "First give this profile a name, usually your own."
            )
        )
        self.label.setText(self.tr("Name"))


class CoachPage(QWizardPage):
    """Which coach this profile is, so Start and the list can show "my participants"."""

    def __init__(self) -> None:
        super().__init__()
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("coachName")
        self.label = QLabel()
        self.later = QLabel()
        self.later.setObjectName("hint")
        self.later.setWordWrap(True)
        form.addRow(self.label, self.name)
        form.addRow(self.later)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Which coach are you?"))
        self.setSubTitle(
            self.tr(
                "JIU Desktop can show your own participants first. Type your name as a "
                "coach, or leave it empty to skip this."
            )
        )
        self.label.setText(self.tr("Your name as coach"))
        self.later.setText(
            self.tr(
                "Will you join a team that already lists you as a coach? Then leave this "
                "empty: after joining, choose yourself under Profile → Settings → I am."
            )
        )

    def coach_name(self) -> str:
        return self.name.text().strip()


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
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
        self.first_label, self.second_label = QLabel(), QLabel()
        form.addRow(self.first_label, self.first)
        form.addRow("", self.meter)
        form.addRow("", self.strength)
        form.addRow(self.second_label, self.second)
        form.addRow(self.message)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(
            self.tr(
                "A few words you can remember but others cannot guess, at least "
                "{n} characters. You type it each time you open JIU Desktop."
            ).format(n=profile.MIN_PASSPHRASE_LENGTH)
        )
        self.first_label.setText(self.tr("Passphrase"))
        self.second_label.setText(self.tr("Repeat"))
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


def create_profile_as_coach(
    root: Path, name: str, passphrase: str, coach_name: str
) -> tuple[Store, str]:
    """The new profile, and when ``coach_name`` is given, that coach, set as this
    profile's own. Nothing is left behind when a step fails."""
    store, recovery_key = profile.create_profile(root, name, passphrase)
    if not coach_name:
        return store, recovery_key
    try:
        coach = team.create_coach(store, coach_name)
        team.set_my_coach(store, coach.id)
    except BaseException:
        store.close()
        profile.discard_new_profile(root)
        raise
    return store, recovery_key


class FirstRunWizard(QWizard):
    """Creates the profile in ``root``; ``store`` is the open profile once finished."""

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.store: Store | None = None
        self.creating = False
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 460)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.language_page = LanguagePage(self)
        self.name_page = NamePage()
        self.coach_page = CoachPage()
        self.passphrase_page = PassphrasePage()
        self.recovery_page = RecoveryPage(self)
        for page in self.wizard_pages():
            self.addPage(page)
        self.setWindowTitle(self.tr("New JIU Desktop profile"))

    def wizard_pages(
        self,
    ) -> tuple[LanguagePage, NamePage, CoachPage, PassphrasePage, RecoveryPage]:
        return (
            self.language_page,
            self.name_page,
            self.coach_page,
            self.passphrase_page,
            self.recovery_page,
        )

    def choose_language(self, code: str) -> None:
        """Use ``code`` from now on: this wizard at once, the profile from its start."""
        if code != active_language():
            install_language(code)
            self.retranslate()
        try:
            save_preferences(self.root, replace(load_preferences(self.root), language=code))
        except OSError as error:  # the wizard goes on in it; the next start asks again
            log.warning("language not saved: %s", error.strerror)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New JIU Desktop profile"))
        for page in self.wizard_pages():
            page.retranslate()
        for which, text in QT_BUTTON_TEXTS:  # QWizard sets its own only when it is made
            self.setButtonText(which, QCoreApplication.translate("QWizard", text))

    @property
    def profile_name(self) -> str:
        return self.name_page.name.text().strip()

    def create_profile(
        self, on_done: Callable[[str], None], on_error: Callable[[BaseException], None]
    ) -> None:
        if self.store is not None or self.creating:
            return
        root, name, coach = self.root, self.profile_name, self.coach_page.coach_name()
        secret = self.passphrase_page.first.text()
        self.passphrase_page.first.clear()
        self.passphrase_page.second.clear()
        self._set_creating(True)

        def created(result: tuple[Store, str]) -> None:
            self._set_creating(False)
            self.store = result[0]
            on_done(result[1])

        def failed(error: BaseException) -> None:
            self._set_creating(False)
            on_error(error)

        run_task(lambda: create_profile_as_coach(root, name, secret, coach), created, failed)

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
