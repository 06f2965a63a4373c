"""Settings and change passphrase (the About box is in about.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import InvalidInput, JiuError
from jiu_desktop.i18n import active_language, resolve_language
from jiu_desktop.services import profile, team, team_settings
from jiu_desktop.services.preferences import (
    MAX_AUTOLOCK,
    MAX_PRINTER_OFFSET,
    MIN_AUTOLOCK,
    Preferences,
    load_preferences,
    save_preferences,
)
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.style import strength_text
from jiu_desktop.views.sync.team_laptops import LaptopRows
from jiu_desktop.views.tasks import run_task

#: "I am" choices that are no coach (yet): nobody in particular, and a coach to add.
NOBODY, NEW_COACH = "", "+new"


class SettingsDialog(QDialog):
    """Language, auto-lock, which coach this profile is, the team's name and spiral, and
    this laptop's name and the team's laptops (all but the first two when the profile is
    open)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.root = context.root
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        current = load_preferences(self.root)
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        layout.addLayout(columns)
        here = QGroupBox(self.tr("On this laptop"))
        form = self.form = QFormLayout(here)
        columns.addWidget(here, 1)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for label, code in (
            (self.tr("Automatic (system language)"), "auto"),
            ("Nederlands", "nl"),
            ("English", "en"),
        ):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(current.language))
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        self._language_changed()

        self.autolock = QSpinBox()
        self.autolock.setObjectName("autolock")
        self.autolock.setRange(MIN_AUTOLOCK, MAX_AUTOLOCK)
        self.autolock.setSuffix(self.tr(" minutes"))
        self.autolock.setValue(current.autolock_minutes)
        form.addRow(self.tr("Lock after inactivity"), self.autolock)
        form.addRow(self.tr("Stickers on this printer"), self._offset_row(current))

        self.coach = QComboBox()
        self.coach.setObjectName("myCoach")
        self.new_coach = QLineEdit()
        self.new_coach.setObjectName("newCoachName")
        self.my_coach_before: str | None = None
        self.laptop_rows: LaptopRows | None = None
        if context.unlocked:  # the coaches and the team's choices are in the database
            self._coach_rows(form)
            shared = QGroupBox(self.tr("For the whole team"))
            team_form = QFormLayout(shared)
            columns.addWidget(shared, 1)
            self._team_rows(team_form)
            self.laptop_rows = LaptopRows(context, form, team_form)

        self.message = QLabel()
        self.message.setObjectName("inlineMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveSettings")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _offset_row(self, current: Preferences) -> QHBoxLayout:
        """How far this laptop's printer shifts a sticker sheet, to print it back in place."""
        row = QHBoxLayout()
        self.offset_x, self.offset_y = QDoubleSpinBox(), QDoubleSpinBox()
        for box, name, value in (
            (self.offset_x, "printerOffsetX", current.printer_offset_x_mm),
            (self.offset_y, "printerOffsetY", current.printer_offset_y_mm),
        ):
            box.setObjectName(name)
            box.setRange(-MAX_PRINTER_OFFSET, MAX_PRINTER_OFFSET)
            box.setSingleStep(0.5)
            box.setDecimals(1)
            box.setSuffix(self.tr(" mm"))
            box.setValue(value)
        self.offset_x.setToolTip(self.tr("Positive: everything moves to the right"))
        self.offset_y.setToolTip(self.tr("Positive: everything moves down"))
        row.addWidget(QLabel(self.tr("right")))
        row.addWidget(self.offset_x)
        row.addWidget(QLabel(self.tr("down")))
        row.addWidget(self.offset_y)
        row.addStretch(1)
        return row

    def _coach_rows(self, form: QFormLayout) -> None:
        self.new_coach.setPlaceholderText(self.tr("Name of the new coach"))
        note = QLabel(
            self.tr(
                "Your own participants are shown first on Start and in the list. After "
                "joining a team, choose the coach that came with the team."
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        self._fill_coaches()
        form.addRow(self.tr("I am"), self.coach)
        form.addRow("", self.new_coach)
        form.addRow("", note)
        self.coach.currentIndexChanged.connect(self._coach_changed)
        self._coach_changed()

    def _team_rows(self, form: QFormLayout) -> None:
        """What the whole team shares (it travels to every laptop with sync)."""
        chosen = team_settings.team_settings(self.context.store)
        self.team_name = QLineEdit(chosen.name)
        self.team_name.setObjectName("teamName")
        self.team_name.setPlaceholderText(self.tr("e.g. JIU Arnhem-Zuid"))
        form.addRow(self.tr("Team name"), self.team_name)
        self.step_six = QCheckBox(self.tr("Our spiral has step 6, Zelfstandig"))
        self.step_six.setObjectName("spiralStepSix")
        self.step_six.setChecked(chosen.spiral_step_six)
        form.addRow(self.tr("Participation spiral"), self.step_six)
        note = QLabel(
            self.tr(
                "The team name is on the reports. Both are the same for the whole team: "
                "they reach the other laptops with the next synchronisation."
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        form.addRow("", note)

    def _save_team(self) -> None:
        changes = team_settings.save_team_settings(
            self.context.store,
            name=self.team_name.text(),
            spiral_step_six=self.step_six.isChecked(),
        )
        self.context.announce(changes, self)

    def _fill_coaches(self) -> None:
        store = self.context.store
        self.coach.addItem(self.tr("— nobody in particular —"), NOBODY)
        for coach in team.list_coaches(store):
            self.coach.addItem(coach.name, coach.id)
        self.coach.addItem(self.tr("New coach…"), NEW_COACH)
        mine = team.my_coach_id(store)
        self.coach.setCurrentIndex(max(self.coach.findData(mine or NOBODY), 0))
        self.my_coach_before = mine

    def _coach_changed(self) -> None:
        adding = self.coach.currentData() == NEW_COACH
        self.form.setRowVisible(self.new_coach, adding)
        if adding:
            self.new_coach.setFocus()

    def language_changed(self) -> bool:
        """The chosen language differs from the one on screen now."""
        return resolve_language(self.language.currentData()) != active_language()

    def _language_changed(self) -> None:
        """Says plainly when the new language shows: after a restart, not now."""
        if self.language_changed():
            self.language_note.setObjectName("inlineMessage")
            self.language_note.setText(
                self.tr(
                    "The new language is used after a restart: close JIU Desktop and open it again."
                )
            )
        else:
            self.language_note.setObjectName("hint")
            self.language_note.setText(self.tr("A new language is used from the next start."))
        self.language_note.style().unpolish(self.language_note)
        self.language_note.style().polish(self.language_note)

    def preferences(self) -> Preferences:
        return Preferences(
            language=self.language.currentData(),
            autolock_minutes=self.autolock.value(),
            printer_offset_x_mm=self.offset_x.value(),
            printer_offset_y_mm=self.offset_y.value(),
        )

    def accept(self) -> None:
        if self.context.unlocked:
            try:
                self._save_my_coach()
                self._save_team()
                if self.laptop_rows is not None:
                    self.laptop_rows.save()
            except JiuError as error:
                self.message.setText(str(error))
                return
        save_preferences(self.root, self.preferences())
        super().accept()

    def _save_my_coach(self) -> None:
        """The coach chosen (a new one made first); the lists switch to them."""
        store = self.context.store
        chosen = self.coach.currentData()
        if chosen == NEW_COACH:
            name = self.new_coach.text().strip()
            if not name:
                self.new_coach.setFocus()
                raise InvalidInput(self.tr("Type the name of the new coach."))
            added = team.create_coach(store, name)
            self.context.announce(added.changes, self)
            chosen = added.id
            self.coach.insertItem(self.coach.count() - 1, name, chosen)
            self.coach.setCurrentIndex(self.coach.findData(chosen))  # saving again: no twin
        coach_id = chosen or None
        if coach_id != self.my_coach_before:
            team.set_my_coach(store, coach_id)
            self.my_coach_before = coach_id
            self.context.scope_changed.emit()


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
