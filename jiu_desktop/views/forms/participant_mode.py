"""Participant mode: the whole window is one form, for the participant to fill in.

Large type, large targets, one section at a time (``FormWidget``'s participant
presentation); no menu, no navigation, no other participant's data. Leaving it, by "Klaar"
on the last section or "Terug naar de coach", asks for the coach's passphrase, checked
for real against the profile (``profile.verify_passphrase``, off the GUI thread): a wrong
one keeps the form on screen with a calm word. Ctrl+L locks the app as usual.

Answers autosave as the participant gives them (``answers.py``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import JiuError, WrongPassphrase
from jiu_desktop.services import form_responses, profile
from jiu_desktop.views.autosave import AutosaveForm, saved_text
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.forms.answers import answer_fields, bind_answers, save_fields
from jiu_desktop.views.forms.form_widget import (
    PARTICIPANT_SCALE,
    FormWidget,
    hand_on_font,
    scaled,
)
from jiu_desktop.views.style import ACCENT, MUTED, WARM, mark_primary
from jiu_desktop.views.tasks import run_task

#: The text width of the card that asks for the passphrase.
CARD_WIDTH = 620


def say(label: QLabel, text: str) -> None:
    """Show ``text``, wrapped, whole: a stacked page does not pass height-for-width on,
    so the label keeps the height its text needs."""
    label.setText(text)
    label.setMinimumHeight(label.heightForWidth(CARD_WIDTH) if text else 0)


class ParticipantMode(QWidget):
    #: The coach's passphrase was given: the coach has the laptop again.
    left = Signal()

    def __init__(self, context: AppContext, root: Path, response_id: str) -> None:
        super().__init__()
        self.setObjectName("participantMode")
        self.context = context
        self.root = root
        self.response_id = response_id
        self.checking = False
        #: False once the window has left participant mode (a check may still answer).
        self.active = True
        filled = form_responses.filled_form(context.store, response_id)
        self.setFont(scaled(QApplication.font(), PARTICIPANT_SCALE))
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 20)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        title = QLabel(filled.definition.title)
        title.setObjectName("participantFormTitle")
        title.setFont(scaled(self.font(), 1.3, bold=True))
        title.setStyleSheet(f"color: {ACCENT};")
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        heading.addWidget(title)
        if filled.first_name:
            about = QLabel(self.tr("For {name}").format(name=filled.first_name))
            about.setStyleSheet(f"color: {MUTED};")
            about.setTextFormat(Qt.TextFormat.PlainText)
            heading.addWidget(about)
        top.addLayout(heading, 1)
        corner = QVBoxLayout()
        self.back_button = QPushButton(self.tr("Back to the coach"))
        self.back_button.setObjectName("backToCoach")
        self.back_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.back_button.clicked.connect(lambda: self.hand_back(done=False))
        corner.addWidget(self.back_button)
        self.status = QLabel()
        self.status.setObjectName("participantSaved")
        self.status.setStyleSheet(f"color: {MUTED};")
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight)
        corner.addWidget(self.status)
        top.addLayout(corner)
        outer.addLayout(top)

        self.pages = QStackedWidget()
        self.body = FormWidget(filled.definition, participant=True)
        self.body.setObjectName("participantForm")
        self.body.finished.connect(lambda: self.hand_back(done=True))
        self.pages.addWidget(self.body)
        self.handover = self._handover_page()
        self.pages.addWidget(self.handover)
        outer.addWidget(self.pages, 1)

        hand_on_font(self)
        self.form = AutosaveForm(self._save, self)
        self.form.status.connect(self._status)
        bind_answers(self.form, self.body)
        self.form.load(answer_fields(self.body, filled.answers))

    def _handover_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(1)
        card = QFrame()
        card.setObjectName("handoverCard")
        card.setStyleSheet("#handoverCard { background: white; border-radius: 12px; }")
        card.setFixedWidth(CARD_WIDTH + 72)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 28, 36, 28)  # 72 = left + right
        inner.setSpacing(14)
        self.handover_text = QLabel()
        self.handover_text.setObjectName("handoverText")
        self.handover_text.setWordWrap(True)
        self.handover_text.setFont(scaled(self.font(), 1.15, bold=True))
        inner.addWidget(self.handover_text)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("coachPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.check_passphrase)
        ask = QLabel(self.tr("Coach: type your passphrase"))
        ask.setBuddy(self.passphrase)
        inner.addWidget(ask)
        inner.addWidget(self.passphrase)
        self.message = QLabel()
        self.message.setObjectName("handoverMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {WARM}; font-weight: bold;")
        inner.addWidget(self.message)
        row = QHBoxLayout()
        self.go_on_button = QPushButton(self.tr("Go on filling in"))
        self.go_on_button.setObjectName("goOnFilling")
        self.go_on_button.clicked.connect(self.go_on)
        self.unlock_button = QPushButton(self.tr("Back to the coach"))
        self.unlock_button.setObjectName("coachUnlock")
        mark_primary(self.unlock_button)
        self.unlock_button.clicked.connect(self.check_passphrase)
        row.addWidget(self.go_on_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        inner.addLayout(row)
        column.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return page

    def showEvent(self, event: QShowEvent) -> None:
        hand_on_font(self)
        super().showEvent(event)

    def focus_first(self) -> None:
        self.body.focus_first()

    # -- saving ----------------------------------------------------------------------------
    def _save(self, fields: dict[str, object]) -> None:
        changes = save_fields(self.context.store, self.response_id, fields)
        self.context.announce(changes, self)

    def _status(self, text: str) -> None:
        saved = text == saved_text()
        self.status.setText(self.tr("✓ Saved") if saved else text)
        self.status.setStyleSheet(f"color: {MUTED};" if saved else f"color: {WARM};")
        self.status.setWordWrap(not saved)

    def flush(self) -> None:
        self.form.flush()

    # -- handing back ----------------------------------------------------------------------
    def hand_back(self, *, done: bool) -> None:
        """After "Klaar" (``done``: the response is complete) or "Terug naar de coach":
        the answers are saved, and only the coach's passphrase leaves the form."""
        self.form.flush()
        if done:
            try:
                changes = form_responses.update_response(
                    self.context.store, self.response_id, {"complete": True}
                )
            except JiuError as error:
                self.status.setText(str(error))
                return
            self.context.announce(changes, self)
            say(self.handover_text, self.tr("Done, thank you! Give the laptop back to your coach."))
        else:
            say(self.handover_text, self.tr("Give the laptop back to your coach."))
        say(self.message, "")
        self.passphrase.clear()
        self.back_button.hide()
        self.pages.setCurrentWidget(self.handover)
        self.passphrase.setFocus()

    def go_on(self) -> None:
        self.passphrase.clear()
        say(self.message, "")
        self.back_button.show()
        self.pages.setCurrentWidget(self.body)
        self.body.focus_first()

    def check_passphrase(self) -> None:
        secret = self.passphrase.text()
        if self.checking:
            return
        if not secret:
            say(self.message, self.tr("Type the passphrase first."))
            return
        self.checking = True
        self.unlock_button.setEnabled(False)
        say(self.message, self.tr("Checking…"))
        root = self.root
        run_task(lambda: profile.verify_passphrase(root, secret), self._right, self._wrong)

    def _right(self, _result: object) -> None:
        if not self.active:
            return
        self.checking = False
        self.unlock_button.setEnabled(True)
        self.passphrase.clear()
        self.left.emit()

    def _wrong(self, error: BaseException) -> None:
        if not self.active:
            return
        self.checking = False
        self.unlock_button.setEnabled(True)
        self.passphrase.clear()
        self.passphrase.setFocus()
        if not isinstance(error, WrongPassphrase):
            say(self.message, str(error) if isinstance(error, JiuError) else "")
            if not isinstance(error, JiuError):
                raise error
            return
        say(
            self.message,
            self.tr("That is not the passphrase. The form stays open; ask your coach."),
        )
