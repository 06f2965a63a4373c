"""Consent on record, on the "Gegevens" tab: per kind how things stand, giving (after the
wording of the current version is read out), withdrawing (as easy: one click and a
confirmation) and the history of decisions.

Every decision is a record through ``services/consent.py``, by this profile's coach.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.services import consent, team
from jiu_desktop.services.changes import Changes
from jiu_desktop.services.consent import ConsentState, Wording
from jiu_desktop.views.confirm import TEXT_WIDTH, ask
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import (
    CONSENT_GIVEN,
    CONSENT_WITHDRAWN,
    ConsentRecord,
    consent_decision_label,
    format_date,
)


class WordingDialog(QDialog):
    """The text to read out, and the answer: "They said yes" or "They said no" records it
    (``decision``); Cancel records nothing."""

    def __init__(self, parent: QWidget, wording: Wording) -> None:
        super().__init__(parent)
        self.setWindowTitle(wording.title)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Read this out. Saying no is fine, and so is changing your mind."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.text = QLabel(wording.text)
        self.text.setObjectName("consentWording")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setMinimumWidth(TEXT_WIDTH)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        self.decision: str | None = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        given = buttons.addButton(self.tr("They said yes"), QDialogButtonBox.ButtonRole.AcceptRole)
        given.setObjectName("consentGiven")
        given.clicked.connect(lambda: self._answer(CONSENT_GIVEN))
        refused = buttons.addButton(self.tr("They said no"), QDialogButtonBox.ButtonRole.ActionRole)
        refused.setObjectName("consentRefused")
        refused.clicked.connect(lambda: self._answer(CONSENT_WITHDRAWN))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _answer(self, decision: str) -> None:
        self.decision = decision
        self.accept()


class ConsentRow(QWidget):
    """One kind: its title, how it stands, the two actions and the history."""

    def __init__(self, section: ConsentSection, kind: str, title: str) -> None:
        super().__init__()
        self.section, self.kind = section, kind
        self.setObjectName(f"consent:{kind}")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        self.title_text = title
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        grid.addWidget(self.title, 0, 0, 1, 2)
        self.state = QLabel()
        self.state.setObjectName("consentState")
        self.state.setWordWrap(True)
        grid.addWidget(self.state, 1, 0, 1, 2)
        buttons = QHBoxLayout()
        self.give = QPushButton(self.tr("Record…"))
        self.give.setToolTip(self.tr("Record consent…"))
        self.give.setObjectName("giveConsent")
        self.give.clicked.connect(lambda: section.give(kind))
        self.withdraw = QPushButton(self.tr("Withdraw…"))
        self.withdraw.setObjectName("withdrawConsent")
        self.withdraw.clicked.connect(lambda: section.withdraw(kind))
        self.toggle = QPushButton(self.tr("History"))
        self.toggle.setObjectName("consentHistoryToggle")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show_history)
        for button in (self.give, self.withdraw, self.toggle):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 2, 0, 1, 2)
        self.history = QLabel()
        self.history.setObjectName("consentHistory")
        self.history.setWordWrap(True)
        self.history.setVisible(False)
        grid.addWidget(self.history, 3, 0, 1, 2)

    def _show_history(self, shown: bool) -> None:
        self.history.setVisible(shown)

    def show_state(self, state: ConsentState, history: list[str], ever_given: bool) -> None:
        record = state.record
        if record is None:
            text = self.tr("Not asked yet")
        elif state.given:
            text = self.tr("Given since {date}").format(date=format_date(record.recorded_on))
        elif ever_given:
            text = self.tr("Withdrawn on {date}").format(date=format_date(record.recorded_on))
        else:
            text = self.tr("Said no on {date}").format(date=format_date(record.recorded_on))
        self.state.setText(text)
        self.withdraw.setEnabled(state.given)
        self.toggle.setEnabled(bool(history))
        if not history:
            self.toggle.setChecked(False)
        self.history.setText("\n".join(history))


class ConsentSection(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Consent"))
        self.setObjectName("consentSection")
        self.context = context
        self.participant_id: str | None = None
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Ask each one apart: yes to one is not yes to another."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.rows: dict[str, ConsentRow] = {}
        for kind, wording in consent.wording().items():
            row = ConsentRow(self, kind, wording.title)
            self.rows[kind] = row
            layout.addWidget(row)

    def set_participant(self, participant_id: str | None) -> None:
        """Show this participant's consent; None (not stored yet) shows it disabled."""
        self.participant_id = participant_id
        self.setEnabled(participant_id is not None)
        self.reload()

    def reload(self) -> None:
        pid, store = self.participant_id, self.context.store
        states = consent.current_consents(store, pid) if pid else {}
        records = consent.consent_history(store, pid) if pid else []
        coaches: dict[str | None, str] = {}
        for kind, row in self.rows.items():
            lines, ever_given = [], False
            for record in records:
                if record.kind != kind:
                    continue
                if record.coach_id not in coaches:
                    coaches[record.coach_id] = consent.coach_name(store, record.coach_id)
                lines.append(self._history_line(record, coaches[record.coach_id], ever_given))
                ever_given = ever_given or record.decision == CONSENT_GIVEN
            state = states.get(kind, ConsentState(kind, False, None))
            row.show_state(state, lines, ever_given)

    def _history_line(self, record: ConsentRecord, coach: str, given_before: bool) -> str:
        version = record.wording_version
        if version == "overgenomen":
            read = self.tr("taken over from an earlier version")
        elif version:
            read = self.tr("wording {version}").format(version=version)
        else:
            read = self.tr("no wording read out")
        if record.decision == CONSENT_GIVEN or given_before:
            decision = consent_decision_label(record.decision)
        else:
            decision = self.tr("Said no")
        parts = [format_date(record.recorded_on), decision]
        parts += [coach] if coach else []
        return " · ".join([*parts, read])

    def give(self, kind: str) -> None:
        if self.participant_id is None:
            return
        wording = consent.wording()[kind]
        dialog = WordingDialog(self, wording)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        decision = dialog.decision
        dialog.deleteLater()
        if not accepted or decision is None or self.participant_id is None:
            return
        store = self.context.store
        added = consent.record_consent(
            store,
            self.participant_id,
            kind,
            decision,
            coach_id=team.my_coach_id(store),
            wording_version=wording.version,
        )
        self.context.announce(added.changes, self)
        self.reload()

    def withdraw(self, kind: str) -> None:
        if self.participant_id is None:
            return
        title = self.rows[kind].title_text
        if not ask(
            self,
            self.tr("Withdraw consent"),
            self.tr("Withdraw the consent for “{title}” as of today?").format(title=title),
            self.tr("Withdraw"),
        ):
            return
        store = self.context.store
        added = consent.withdraw_consent(
            store, self.participant_id, kind, coach_id=team.my_coach_id(store)
        )
        self.context.announce(added.changes, self)
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        """Decisions recorded elsewhere (another laptop): show them."""
        if self.participant_id and changes.initiator is not self and changes.touches(ConsentRecord):
            self.reload()
