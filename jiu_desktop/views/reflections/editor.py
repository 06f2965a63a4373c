"""One reflection: the form's parts as headings, a text field per open question, saved as
it is typed (with undo). A new reflection is stored once something is written in it.

The form's own intro says "Noem geen namen van deelnemers"; a participant's name typed
anyway gets the same calm warning as in a team note. *Delen met het team* asks first, and
names the participants the text mentions. A colleague's shared reflection opens here
read-only.

Only open questions are filled in on this screen (``coach-reflectie`` has no others);
another question type says so. The one form renderer (``views/forms/form_widget.py``,
being built) is meant to take over the fields once it is there.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.services import coach_reflections, team, team_notes
from jiu_desktop.services.coach_reflections import Reflection, TeamReflection
from jiu_desktop.services.form_catalogue import TemplateVersion
from jiu_desktop.services.form_definition import Question
from jiu_desktop.services.form_responses import Value
from jiu_desktop.views.autosave import AutosaveForm, saved_text, text_binding
from jiu_desktop.views.confirm import ask
from jiu_desktop.views.labels import format_date
from jiu_desktop.views.participants.tabs.fields import message_line
from jiu_desktop.views.style import ACCENT, MUTED, mark_primary
from jiu_desktop.views.team_notes.names_warning import NamesWarning

if TYPE_CHECKING:
    from jiu_desktop.views.reflections.page import ReflectionsPage

#: Pixels per line on paper, for a text field's height (within limits).
LINE_PIXELS, MIN_LINES, MAX_LINES = 22, 2, 6


class ReflectionEditor(QWidget):
    def __init__(self, page: ReflectionsPage) -> None:
        super().__init__()
        self.page = page
        self.reflection_id: str | None = None
        self.template: TemplateVersion | None = None
        self.filled_on = date.today()
        self.shared = False
        self.read_only = False
        self.fields: dict[str, QPlainTextEdit] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("reflectionHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(f"font-size: 14pt; font-weight: bold; color: {ACCENT};")
        outer.addWidget(self.heading)
        status = QHBoxLayout()
        self.where = QLabel()
        self.where.setObjectName("reflectionWhere")
        self.where.setWordWrap(True)
        status.addWidget(self.where, 1)
        self.saved = QLabel()
        self.saved.setObjectName("saved")
        status.addWidget(self.saved)
        outer.addLayout(status)
        self.questions_area = QScrollArea()
        self.questions_area.setObjectName("reflectionQuestions")
        self.questions_area.setWidgetResizable(True)
        outer.addWidget(self.questions_area, 1)
        self.names = NamesWarning(
            self._all_text,
            self._names_in,
            self,
            self.tr(
                "You name {names}. A shared reflection goes to the whole team; better write "
                "“a participant”."
            ),
        )
        outer.addWidget(self.names)
        self.message = message_line()
        outer.addWidget(self.message)
        self.form = AutosaveForm(self._save, self)
        self.form.status.connect(self._status)
        outer.addLayout(self._buttons())
        QShortcut(QKeySequence.StandardKey.Undo, self, self.form.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.form.undo_stack.redo)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.finish)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        stack = self.form.undo_stack
        self.undo = QPushButton(self.tr("Undo"))
        self.undo.setObjectName("undoReflection")
        self.undo.setEnabled(False)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.undoTextChanged.connect(self.undo.setToolTip)
        self.undo.clicked.connect(stack.undo)
        row.addWidget(self.undo)
        self.share = QPushButton(self.tr("Share with the team…"))
        self.share.setObjectName("shareReflection")
        self.share.setToolTip(self.tr("For intervision: the whole team can read it"))
        self.share.clicked.connect(self.share_with_team)
        row.addWidget(self.share)
        self.unshare = QPushButton(self.tr("Stop sharing…"))
        self.unshare.setObjectName("unshareReflection")
        self.unshare.clicked.connect(self.stop_sharing)
        self.unshare.setVisible(False)  # one of the two at a time: the page's width is one
        row.addWidget(self.unshare)
        self.delete = QPushButton(self.tr("Delete…"))
        self.delete.setObjectName("deleteReflection")
        self.delete.clicked.connect(self._delete)
        row.addWidget(self.delete)
        close = QPushButton(self.tr("Close (Ctrl+Enter)"))
        close.setObjectName("closeReflection")
        close.setToolTip(self.tr("Everything is saved as you type; this closes the reflection."))
        mark_primary(close)
        close.clicked.connect(self.finish)
        row.addWidget(close)
        return row

    # -- opening ----------------------------------------------------------------------------
    def open_new(self, template: TemplateVersion) -> None:
        """An empty reflection on ``template``, dated today (stored once written in)."""
        self._open(None, template, date.today(), {}, shared=False, read_only=False)

    def open_reflection(self, reflection: Reflection) -> None:
        self._open(
            reflection.id,
            reflection.template,
            reflection.filled_on,
            reflection.answers,
            shared=reflection.shared,
            read_only=False,
        )

    def open_colleagues(self, reflection: TeamReflection) -> None:
        self._open(
            reflection.id,
            reflection.template,
            reflection.filled_on,
            reflection.answers,
            shared=True,
            read_only=True,
        )
        name = reflection.coach_name or self.tr("a colleague")
        self.where.setText(
            self.tr("Shared with the team by {name}. You can read it here.").format(name=name)
        )

    def _open(
        self,
        reflection_id: str | None,
        template: TemplateVersion,
        filled_on: date,
        answers: dict[str, Value],
        *,
        shared: bool,
        read_only: bool,
    ) -> None:
        self.form.flush()
        self.reflection_id, self.template, self.filled_on = reflection_id, template, filled_on
        self.shared, self.read_only = shared, read_only
        self.heading.setText(
            self.tr("{form} · {date}").format(form=template.title, date=format_date(filled_on))
        )
        self._build(template, answers if read_only else None)
        self.form.load({key: answers.get(key, "") for key in self.fields})
        self.message.clear()
        self.saved.clear()
        self._show_sharing()
        self.names.check_now()
        self.page.show_editor(True)
        first = next(iter(self.fields.values()), None)
        if first is not None and not read_only:
            first.setFocus()

    def _build(self, template: TemplateVersion, shown: dict[str, Value] | None) -> None:
        """The form's parts and questions; ``shown``: read-only, only these answers (a
        colleague's reflection shows what was written, not the empty fields)."""
        self.form.bindings.clear()
        self.form.labels.clear()
        self.fields = {}
        body = QWidget()
        column = QVBoxLayout(body)
        definition = template.definition
        if definition.intro and shown is None:
            column.addWidget(self._text(definition.intro, "reflectionIntro", bold=True))
        for section in definition.sections:
            questions = [q for q in section.questions if shown is None or q.key in shown]
            if not questions:
                continue
            column.addSpacing(10)
            title = self._text(section.title, "sectionHeading")
            title.setStyleSheet(f"font-size: 12pt; font-weight: bold; color: {ACCENT};")
            column.addWidget(title)
            if section.intro:
                column.addWidget(self._text(section.intro, "sectionIntro", muted=True))
            for question in questions:
                self._question(column, question, shown is not None)
        if shown is not None and not self.fields:
            column.addWidget(
                self._text(self.tr("Nothing is filled in yet."), "nothing", muted=True)
            )
        column.addStretch(1)
        old = self.questions_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.questions_area.setWidget(body)

    def _question(self, column: QVBoxLayout, question: Question, read_only: bool) -> None:
        label = self._text(question.text, "questionText", bold=True)
        column.addWidget(label)
        if question.help:
            column.addWidget(self._text(question.help, "questionHelp", muted=True))
        if question.type != "open":
            column.addWidget(
                self._text(self.tr("This question is filled in on paper."), "onPaper", muted=True)
            )
            return
        field = QPlainTextEdit()
        field.setObjectName(f"answer-{question.key}")
        field.setTabChangesFocus(True)
        lines = min(max(question.paper_lines, MIN_LINES), MAX_LINES)
        field.setFixedHeight(lines * LINE_PIXELS + 16)
        field.setReadOnly(read_only)
        label.setBuddy(field)
        column.addWidget(field)
        self.fields[question.key] = field
        self.form.bind(question.key, text_binding(field), question.text)
        field.textChanged.connect(self.names.text_edited)

    def _text(self, text: str, name: str, *, bold: bool = False, muted: bool = False) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if bold:
            label.setStyleSheet("font-weight: bold;")
        if muted:
            label.setStyleSheet(f"color: {MUTED};")
        return label

    def _show_sharing(self) -> None:
        stored = self.reflection_id is not None
        self.share.setVisible(not self.read_only and not self.shared)
        self.share.setEnabled(stored)
        if not stored:
            self.share.setToolTip(self.tr("Write something first"))
        self.unshare.setVisible(not self.read_only and self.shared)
        self.delete.setVisible(not self.read_only)
        self.undo.setVisible(not self.read_only)
        if self.read_only:
            return
        if self.shared:
            self.where.setText(
                self.tr("Shared with the team. What you change here goes to the team too.")
            )
        else:
            self.where.setText(self.tr("Only on this laptop, until you share it with the team."))

    # -- saving -----------------------------------------------------------------------------
    def _all_text(self) -> str:
        return "\n".join(field.toPlainText() for field in self.fields.values())

    def _names_in(self, text: str) -> list[str]:
        if not self.page.context.unlocked:
            return []
        return team_notes.names_mentioned(self.page.context.store, text)

    def _save(self, values: dict[str, Any]) -> None:
        if self.read_only or self.template is None:
            return
        store = self.page.context.store
        answers = {key: value if str(value).strip() else None for key, value in values.items()}
        if self.reflection_id is None:
            if not any(answers.values()):
                return  # a reflection exists once something is written in it
            self.reflection_id = coach_reflections.start_reflection(
                store, self.template.id, self.filled_on
            )
            self._show_sharing()
        changes = coach_reflections.set_reflection_answers(store, self.reflection_id, answers)
        self.page.context.announce(changes, self.page)

    def _status(self, text: str) -> None:
        if text == saved_text():
            self.saved.setText(self.tr("✓ Saved") if self.reflection_id else "")
            self.message.clear()
        else:
            self.message.setText(text)

    # -- sharing ----------------------------------------------------------------------------
    def share_with_team(self) -> None:
        self.form.flush()
        if self.reflection_id is None:
            return
        store = self.page.context.store
        text = self.tr(
            "Share this reflection with the team for intervision? Everyone in the team can "
            "read it, and what you change later goes along. You can stop sharing at any time."
        )
        named = team_notes.names_mentioned(store, self._all_text())
        if named:
            text = f"{self.names.sentence(named)}\n\n{text}"
        if not ask(self, self.tr("Share with the team"), text, self.tr("Share")):
            return
        try:
            changes = coach_reflections.share_reflection(
                store, self.reflection_id, team.my_coach_id(store)
            )
        except JiuError as error:
            self.message.setText(str(error))
            return
        self.shared = True
        self._show_sharing()
        self.page.context.announce(changes, self.page)
        self.page.reload()

    def stop_sharing(self) -> None:
        if self.reflection_id is None or not ask(
            self,
            self.tr("Stop sharing"),
            self.tr(
                "Take this reflection back from the team? The team's copy is removed from "
                "every laptop. Yours stays here."
            ),
            self.tr("Stop sharing"),
        ):
            return
        changes = coach_reflections.unshare_reflection(self.page.context.store, self.reflection_id)
        self.shared = False
        self._show_sharing()
        self.page.context.announce(changes, self.page)
        self.page.reload()

    # -- closing ----------------------------------------------------------------------------
    def finish(self) -> None:
        self.form.flush()
        if not self.form.dirty:
            self.discard()
            self.page.reload()

    def discard(self) -> None:
        self.form.timer.stop()
        self.form.dirty.clear()
        self.reflection_id, self.template = None, None
        self.names.clear_names()
        self.page.show_editor(False)

    def _delete(self) -> None:
        if self.reflection_id is None:
            self.discard()
            return
        text = self.tr("Delete this reflection from this laptop?")
        if self.shared:
            text = self.tr(
                "Delete this reflection? It is removed from this laptop, and the team's copy "
                "from every laptop."
            )
        if ask(self, self.tr("Delete reflection"), text, self.tr("Delete")):
            changes = coach_reflections.delete_reflection(
                self.page.context.store, self.reflection_id
            )
            self.discard()
            self.page.context.announce(changes, self.page)
            self.page.reload()
