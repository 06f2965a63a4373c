"""A new response: which form (the newest version of each), the date it is filled in
(today), who fills it in (the form's first respondent), whether it comes from paper and
the group meeting it is for (one held today, when there is one).
The coach then types it in, or hands the laptop to the participant."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from jiu_desktop.services.form_catalogue import TemplateVersion
from jiu_desktop.views.autosave import fit_date
from jiu_desktop.views.labels import Meeting, format_date, respondent_label
from jiu_desktop.views.participants.tabs.fields import message_line
from jiu_desktop.views.style import mark_primary

#: How the new response is filled in: by the coach, here, or by the participant.
BY_COACH, BY_PARTICIPANT = "coach", "participant"


class NewResponseDialog(QDialog):
    def __init__(
        self,
        parent: QWidget,
        templates: tuple[TemplateVersion, ...],
        meetings: tuple[Meeting, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New form"))
        self.setObjectName("newResponse")
        self.templates = templates
        self.choice = BY_COACH
        form = QFormLayout(self)
        self.template = QComboBox()
        self.template.setObjectName("template")
        for found in templates:
            self.template.addItem(found.title, found.id)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.filled_on = QLineEdit(format_date(date.today()))
        self.filled_on.setObjectName("newFilledOn")
        fit_date(self.filled_on)
        self.respondent = QComboBox()
        self.respondent.setObjectName("newRespondent")
        self.from_paper = QCheckBox(self.tr("Filled in on paper; I type it in"))
        self.from_paper.setObjectName("newFromPaper")
        self.from_paper.toggled.connect(self._paper_toggled)
        self.intro = QLabel()
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self.intro.setMinimumWidth(420)
        form.addRow(self.tr("Form"), self.template)
        form.addRow("", self.intro)
        form.addRow(self.tr("Date"), self.filled_on)
        form.addRow(self.tr("Filled in by"), self.respondent)
        form.addRow("", self.from_paper)
        # The group meetings of the last two weeks; one held today is chosen.
        self.meeting = QComboBox(self)
        self.meeting.setObjectName("newMeeting")
        self.meeting.addItem(self.tr("Not for a meeting"), "")
        for held in meetings:
            words = ", ".join(p for p in (held.topic.strip(), held.starts_at) if p)
            self.meeting.addItem(f"{format_date(held.held_on)}  {words}".strip(), held.id)
        today = [i + 1 for i, m in enumerate(meetings) if m.held_on == date.today()]
        self.meeting.setCurrentIndex(today[0] if today else 0)
        self.meeting.setVisible(bool(meetings))
        if meetings:
            form.addRow(self.tr("For the meeting"), self.meeting)
        self.message = message_line()
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.coach_button = QPushButton(self.tr("Type it in"))
        self.coach_button.setObjectName("fillByCoach")
        self.participant_button = QPushButton(self.tr("Hand to the participant"))
        self.participant_button.setObjectName("fillByParticipant")
        self.participant_button.setToolTip(
            self.tr("The window shows only this form until your passphrase is typed")
        )
        buttons.addButton(self.participant_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.coach_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.participant_button.setAutoDefault(False)  # Enter types it in
        mark_primary(self.coach_button)
        self.coach_button.clicked.connect(lambda: self._accept(BY_COACH))
        self.participant_button.clicked.connect(lambda: self._accept(BY_PARTICIPANT))
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._template_chosen()

    def _accept(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def _template_chosen(self) -> None:
        index = self.template.currentIndex()
        chosen = self.templates[index] if 0 <= index < len(self.templates) else None
        self.respondent.clear()
        self.intro.setText(chosen.definition.intro if chosen else "")
        self.intro.setVisible(bool(self.intro.text()))
        if chosen is None:
            return
        for role in chosen.definition.respondents:
            self.respondent.addItem(respondent_label(role), role)

    def _paper_toggled(self, paper: bool) -> None:
        self.participant_button.setEnabled(not paper)

    def values(self) -> dict[str, object]:
        """What ``form_responses.start_response`` takes (besides the participant)."""
        return {
            "template_id": self.template.currentData(),
            "filled_on": self.filled_on.text().strip(),
            "respondent": self.respondent.currentData(),
            "from_paper": self.from_paper.isChecked(),
            "meeting_id": self.meeting.currentData() or None,
        }
