"""Coach mode: one response on one scrollable page, with its date, who filled it in and
"from paper" above, typed in with the keyboard alone (Tab, digits, j/n, Enter).

Every answer autosaves (``answers.py``) with undo (Ctrl+Z, Ctrl+Shift+Z); "Klaar"
(Ctrl+Enter) marks the response complete, and "Nog niet klaar" opens it again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.services import form_catalogue, form_responses
from jiu_desktop.services.form_responses import FilledForm
from jiu_desktop.views.autosave import (
    AutosaveForm,
    check_binding,
    combo_binding,
    date_binding,
    saved_text,
)
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.forms.answers import PREFIX, answer_fields, bind_answers, save_fields
from jiu_desktop.views.forms.form_widget import FormWidget
from jiu_desktop.views.labels import respondent_label
from jiu_desktop.views.participants.tabs.fields import message_line
from jiu_desktop.views.style import MUTED

UNDO = QKeySequence.StandardKey.Undo


class CoachEditor(QWidget):
    #: Something of the response was stored (the list shows it).
    saved = Signal()

    def __init__(
        self, context: AppContext, initiator: object, show_saved: Callable[[str], None]
    ) -> None:
        super().__init__()
        self.context = context
        #: Whose name the saves are announced under (the tab, which skips its own).
        self.initiator = initiator
        self._show_saved = show_saved
        self.response_id: str | None = None
        self.filled: FilledForm | None = None
        self.body: FormWidget | None = None
        self.form = AutosaveForm(self._save, self)
        self.form.status.connect(self._status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("formTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.state = QLabel()
        self.state.setObjectName("formState")
        top.addWidget(self.state)
        layout.addLayout(top)
        layout.addLayout(self._header())
        self.message = message_line()
        layout.addWidget(self.message)
        self.body_slot = QVBoxLayout()
        layout.addLayout(self.body_slot, 1)
        self.keys_hint = QLabel(
            self.tr("Tab: next question · 1–5: choose · j/n: yes or no · Enter: go on")
        )
        self.keys_hint.setObjectName("hint")
        self.keys_hint.setWordWrap(True)
        layout.addWidget(self.keys_hint)
        redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo:  # twice would make it ambiguous
            redo.append(QKeySequence("Ctrl+Shift+Z"))
        keys = [(k, self.form.undo_stack.undo) for k in QKeySequence.keyBindings(UNDO)]
        keys += [(k, self.form.undo_stack.redo) for k in redo]
        keys += [(QKeySequence(k), self.toggle_complete) for k in ("Ctrl+Return", "Ctrl+Enter")]
        for sequence, slot in keys:
            shortcut = QShortcut(sequence, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.filled_on = QLineEdit()
        self.filled_on.setObjectName("filledOn")
        self.form.bind("filled_on", date_binding(self.filled_on), self.tr("Date"))
        self.respondent = QComboBox()
        self.respondent.setObjectName("respondent")
        self.form.bind("respondent", combo_binding(self.respondent), self.tr("Filled in by"))
        self.from_paper = QCheckBox(self.tr("From paper"))
        self.from_paper.setObjectName("fromPaper")
        self.from_paper.setToolTip(self.tr("Typed in from a form filled in on paper"))
        self.form.bind("from_paper", check_binding(self.from_paper), self.tr("From paper"))
        self.complete_button = QPushButton()
        self.complete_button.setObjectName("formComplete")
        self.complete_button.setToolTip(self.tr("Ctrl+Enter"))
        self.complete_button.clicked.connect(self.toggle_complete)
        date_label = QLabel(self.tr("Date"))
        date_label.setBuddy(self.filled_on)
        by_label = QLabel(self.tr("Filled in by"))
        by_label.setBuddy(self.respondent)
        for widget in (date_label, self.filled_on, by_label, self.respondent, self.from_paper):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.complete_button)
        return row

    # -- showing ---------------------------------------------------------------------------
    def open(self, response_id: str) -> None:
        """Show this response (the previous one's answers are saved first)."""
        self.form.flush()
        filled = form_responses.filled_form(self.context.store, response_id)
        same_version = (
            self.body is not None
            and self.filled is not None
            and self.filled.template.id == filled.template.id
        )
        self.response_id = response_id
        self.filled = filled
        if not same_version:
            self._build(filled)
        self._show(filled)

    def _build(self, filled: FilledForm) -> None:
        """A fresh form for this template version, bound to the autosave."""
        if self.body is not None:
            for name in [n for n in self.form.bindings if n.startswith(PREFIX)]:
                del self.form.bindings[name]
                self.form.labels.pop(name, None)
            self.body.setParent(None)  # type: ignore[call-overload]
            self.body.deleteLater()
        self.body = FormWidget(filled.definition)
        self.body.setObjectName("coachForm")
        self.body.edited.connect(lambda _key: self.message.clear())
        bind_answers(self.form, self.body)
        self.body_slot.addWidget(self.body)
        self.body.show()  # a child added to a widget on screen is not shown by itself

    def _show(self, filled: FilledForm) -> None:
        assert self.body is not None
        response = filled.response
        labels = form_catalogue.catalogue(self.context.store).labels()
        version = labels.get(
            filled.template.id, self.tr("v{version}").format(version=filled.template.version)
        )
        self.title.setText(
            self.tr("{title} ({version})").format(title=filled.definition.title, version=version)
        )
        self.respondent.clear()
        roles = list(filled.definition.respondents)
        if response.respondent not in roles:
            roles.append(response.respondent)  # a correction recorded as it was
        for role in roles:
            self.respondent.addItem(respondent_label(role), role)
        values: dict[str, object] = {
            "filled_on": response.filled_on,
            "respondent": response.respondent,
            "from_paper": response.from_paper,
        }
        values.update(answer_fields(self.body, filled.answers))
        self.form.load(values)
        self.message.clear()
        self._show_state()

    def reload(self) -> None:
        """The stored answers again (they were changed elsewhere); typed ones saved first."""
        if self.response_id is not None:
            self.form.flush()
            self.open(self.response_id)

    def _show_state(self) -> None:
        if self.filled is None or self.body is None:
            return
        complete = self.filled.response.complete
        total = len(self.body.inputs)
        if complete:
            self.state.setText(self.tr("✓ Done"))
        else:
            self.state.setText(
                self.tr("{answered} of {total} answered").format(
                    answered=self.body.answered(), total=total
                )
            )
        self.state.setStyleSheet("" if complete else f"color: {MUTED};")
        self.complete_button.setText(self.tr("Not done yet") if complete else self.tr("Done"))
        self.complete_button.setProperty("primary", not complete)
        self.complete_button.style().unpolish(self.complete_button)
        self.complete_button.style().polish(self.complete_button)

    def focus_first(self) -> None:
        if self.body is not None:
            self.body.focus_first()

    # -- saving ----------------------------------------------------------------------------
    def _save(self, fields: dict[str, object]) -> None:
        if self.response_id is None:
            return
        changes = save_fields(self.context.store, self.response_id, fields)
        if any(not name.startswith(PREFIX) for name in fields):  # the response's own fields
            self.filled = form_responses.filled_form(self.context.store, self.response_id)
        self.context.announce(changes, self.initiator)
        self._show_state()
        self.saved.emit()

    def _status(self, text: str) -> None:
        if text == saved_text():
            self.message.clear()
            self._show_saved(self.tr("✓ Saved"))
        else:
            self.message.setText(text)

    def toggle_complete(self) -> None:
        """Mark the response complete ("Klaar"); a second time opens it again."""
        if self.response_id is None or self.filled is None:
            return
        self.form.flush()
        complete = not self.filled.response.complete
        try:
            changes = form_responses.update_response(
                self.context.store, self.response_id, {"complete": complete}
            )
        except JiuError as error:
            self.message.setText(str(error))
            return
        self.filled = form_responses.filled_form(self.context.store, self.response_id)
        self.context.announce(changes, self.initiator)
        self._show_state()
        self._show_saved(self.tr("✓ Saved"))
        self.saved.emit()

    def flush(self) -> None:
        self.form.flush()

    def discard(self) -> None:
        self.form.timer.stop()
        self.form.dirty.clear()
        self.response_id = None
        self.filled = None
