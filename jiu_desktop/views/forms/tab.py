"""The "Formulieren" tab: a participant's forms, newest first, each opened beside the list
to be typed in (coach mode), or handed to the participant (participant mode, the whole
window); and growth on the scale questions over time.

Ctrl+Shift+F starts a new form from any tab of the page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.errors import InvalidInput, JiuError
from jiu_desktop.services import form_catalogue, form_handover, form_responses, meetings
from jiu_desktop.services.changes import Changes
from jiu_desktop.services.form_catalogue import TemplateVersion
from jiu_desktop.services.team import my_coach_id
from jiu_desktop.services.validation import as_date
from jiu_desktop.views.confirm import ask
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.dream_tin.tab import DreamTinTab
from jiu_desktop.views.forms import paper
from jiu_desktop.views.forms.coach_editor import CoachEditor
from jiu_desktop.views.forms.growth_panel import GrowthPanel
from jiu_desktop.views.forms.new_response import BY_PARTICIPANT, NewResponseDialog
from jiu_desktop.views.forms.response_list import ID_ROLE, ResponseModel
from jiu_desktop.views.labels import FormAnswer, FormResponse, FormTemplate, format_date
from jiu_desktop.views.participants.tabs.base import ParticipantTab, TabHost
from jiu_desktop.views.printing import failure_text
from jiu_desktop.views.style import mark_primary

SHORTCUT = "Ctrl+Shift+F"


class FormsTab(ParticipantTab):
    SHORTCUTS = ((SHORTCUT, "new_form"),)

    def __init__(self, context: AppContext, host: TabHost) -> None:
        super().__init__(context, host)
        self.templates: tuple[TemplateVersion, ...] = ()
        self._labels: dict[str, str] = {}
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._list_column())
        self.side = QStackedWidget()
        self.hint = QLabel()
        self.hint.setObjectName("formsHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side.addWidget(self.hint)
        self.editor = CoachEditor(context, self, host.show_saved)
        self.editor.saved.connect(self._refresh_list)
        self.side.addWidget(self.editor)
        self.growth = GrowthPanel(context)
        self.side.addWidget(self.growth)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 820])
        outer.addWidget(splitter)

    def _list_column(self) -> QWidget:
        column_widget = QWidget()
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Forms"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        column.addWidget(title)
        self.model = ResponseModel(self)
        self.list = QListView()
        self.list.setObjectName("responses")
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSpacing(2)
        self.list.setWordWrap(True)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.clicked.connect(self._clicked)
        self.list.activated.connect(lambda _index: self.editor.focus_first())
        column.addWidget(self.list, 1)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.list, self.delete_selected)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)  # not in an answer field
        self.new_button = QPushButton(self.tr("New form…"))
        self.new_button.setObjectName("newForm")
        self.new_button.setToolTip(SHORTCUT)
        mark_primary(self.new_button)
        self.new_button.clicked.connect(self.new_form)
        column.addWidget(self.new_button)
        row = QHBoxLayout()
        self.participant_button = QPushButton(self.tr("Fill in by participant"))
        self.participant_button.setObjectName("fillInByParticipant")
        self.participant_button.setToolTip(
            self.tr("The window shows only this form until your passphrase is typed")
        )
        self.participant_button.clicked.connect(self.hand_to_participant)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteForm")
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.participant_button, 1)
        row.addWidget(self.delete_button)
        column.addLayout(row)
        self.growth_button = QPushButton(self.tr("Growth"))
        self.growth_button.setObjectName("showGrowth")
        self.growth_button.setToolTip(self.tr("The answers to the scale questions over time"))
        self.growth_button.clicked.connect(self.show_growth)
        column.addWidget(self.growth_button)
        self.dream_button = QPushButton(self.tr("Start a dream tin from it"))
        self.dream_button.setObjectName("formToDreamTin")
        self.dream_button.setToolTip(
            self.tr("The dream, the first step and its date from this form's answers")
        )
        self.dream_button.clicked.connect(self.start_dream_tin)
        column.addWidget(self.dream_button)
        column.addWidget(self._paper_button())
        self.problems = QLabel()
        self.problems.setObjectName("hint")
        self.problems.setWordWrap(True)
        column.addWidget(self.problems)
        return column_widget

    def _paper_button(self) -> QToolButton:
        self.paper_button = QToolButton()
        self.paper_button.setText(self.tr("Paper…"))
        self.paper_button.setObjectName("formsPaper")
        self.paper_button.setToolTip(self.tr("A blank form, this form as filled in, or the series"))
        self.paper_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.paper_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.paper_menu = QMenu(self.paper_button)
        self.blank_action = self.paper_menu.addAction(self.tr("Blank form with the first name…"))
        self.blank_action.triggered.connect(self.print_blank)
        self.paper_menu.addSeparator()
        self.filled_action = self.paper_menu.addAction(self.tr("Print this form…"))
        self.filled_action.triggered.connect(lambda: self.print_filled(to_printer=True))
        self.filled_pdf_action = self.paper_menu.addAction(self.tr("Save this form as PDF…"))
        self.filled_pdf_action.triggered.connect(lambda: self.print_filled(to_printer=False))
        self.paper_menu.addSeparator()
        self.series_action = self.paper_menu.addAction(self.tr("Print the series with growth…"))
        self.series_action.triggered.connect(lambda: self.print_series(to_printer=True))
        self.series_pdf_action = self.paper_menu.addAction(
            self.tr("Save the series with growth as PDF…")
        )
        self.series_pdf_action.triggered.connect(lambda: self.print_series(to_printer=False))
        self.paper_button.setMenu(self.paper_menu)
        return self.paper_button

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("FormsTab", "Form&s")

    # -- showing ---------------------------------------------------------------------------
    def load(self, participant_id: str) -> None:
        """Show this participant's forms. The same participant again (after unlocking)
        keeps the form that was open."""
        self.editor.flush()
        again = self.editor.response_id if participant_id == self.participant_id else None
        self.editor.discard()
        self.participant_id = participant_id
        self.list.clearSelection()
        self.reload()
        if again is not None and self.model.row_of(again) >= 0:
            self.open_response(again)
        elif self.growth.has_growth():
            self.side.setCurrentWidget(self.growth)
        else:
            self.side.setCurrentWidget(self.hint)
        self._buttons()

    def reload(self) -> None:
        """The list, the templates and the growth, as stored; the open form stays open."""
        if self.participant_id is None or not self.context.unlocked:
            return
        store = self.context.store
        found = form_catalogue.catalogue(store)
        self._labels = found.labels()  # the list's version labels, until templates change
        self.templates = tuple(t for t in found.latest() if t.definition.about == "deelnemer")
        self._show_problems(found.problems)
        self._refresh_list()
        rows = self.model.rows
        self.growth.show_for(self.participant_id, found.latest(), rows)
        self.hint.setText(
            self.tr("Open a form from the list, or start a new one (Ctrl+Shift+F).")
            if rows
            else self.tr(
                "No forms yet.\n\nStart one with “New form…”: type in a form filled in on "
                "paper, or hand the laptop to the participant to fill it in here."
            )
        )

    def _refresh_list(self) -> None:
        if self.participant_id is None or not self.context.unlocked:
            return
        store = self.context.store
        current = self.editor.response_id or self._selected_id()
        rows = form_responses.responses_of(store, self.participant_id)
        self.model.set_rows(rows, self._labels)
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.model.index(row))
            self.list.selectionModel().blockSignals(False)
        self._buttons()

    def _show_problems(self, problems: tuple[str, ...]) -> None:
        self.problems.setVisible(bool(problems))
        if problems:
            self.problems.setText(
                self.tr("Not every built-in form could be read; the others work as usual.")
            )
            self.problems.setToolTip("\n".join(problems))

    def _buttons(self) -> None:
        chosen = self._selected_id()
        self.participant_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        for action in (
            self.filled_action,
            self.filled_pdf_action,
            self.series_action,
            self.series_pdf_action,
        ):
            action.setEnabled(chosen is not None)
        row = self.model.row_of(chosen) if chosen else -1
        template = self.model.rows[row].template_id if row >= 0 else None
        hands_over = any(
            t.id == template and t.definition.hands_over is not None for t in self.templates
        ) or (template is not None and self._hands_over(template))
        self.dream_button.setVisible(hands_over)

    def _hands_over(self, template_id: str) -> bool:
        try:
            found = form_catalogue.get_template(self.context.store, template_id)
        except JiuError:
            return False
        return found.definition.hands_over is not None

    def _selected_id(self) -> str | None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.list.selectionModel().isSelected(index):
            return None
        return str(index.data(ID_ROLE))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.open_response(str(current.data(ID_ROLE)))
        self._buttons()

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.side.currentWidget() is not self.editor:
            self.open_response(str(index.data(ID_ROLE)))

    def open_response(self, response_id: str) -> None:
        """Show this response beside the list, to type in (coach mode)."""
        row = self.model.row_of(response_id)
        if row >= 0 and self._selected_id() != response_id:
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.model.index(row))
            self.list.selectionModel().blockSignals(False)
        try:
            self.editor.open(response_id)
        except JiuError as error:
            self.context.status_message.emit(str(error))
            return
        self.side.setCurrentWidget(self.editor)
        self._buttons()

    def show_growth(self) -> None:
        self.editor.flush()
        self.growth.redraw()
        self.side.setCurrentWidget(self.growth)
        self.growth.template.setFocus()

    def focus_first(self) -> None:
        if self.model.rows:
            self.list.setFocus()
        else:
            self.new_button.setFocus()

    # -- new, hand over, delete ------------------------------------------------------------
    def new_form(self) -> None:
        """Choose a form, its date and who fills it in; then type it in or hand it over."""
        self.host.show_tab(self)
        if self.participant_id is None or not self.context.unlocked:
            return
        self.editor.flush()
        recent = meetings.recent_meetings(self.context.store, self.participant_id, date.today())
        dialog = NewResponseDialog(self, self.templates, tuple(recent))
        try:
            while dialog.exec() == QDialog.DialogCode.Accepted:
                try:
                    response_id = self._start(dialog.values())
                except JiuError as error:
                    dialog.message.setText(str(error))
                    continue
                self.reload()
                self.open_response(response_id)
                if dialog.choice == BY_PARTICIPANT:
                    self.hand_to_participant()
                else:
                    self.editor.focus_first()
                return
        finally:
            dialog.deleteLater()

    def _start(self, values: dict[str, object]) -> str:
        assert self.participant_id is not None
        store = self.context.store
        if not values["template_id"]:
            raise InvalidInput(self.tr("Choose a form first."))
        day = as_date(values["filled_on"], self.tr("Date"))
        added = form_responses.start_response(
            store,
            self.participant_id,
            str(values["template_id"]),
            filled_on=day or date.today(),
            respondent=str(values["respondent"] or "") or None,
            from_paper=bool(values["from_paper"]),
            coach_id=my_coach_id(store),
            meeting_id=str(values.get("meeting_id") or "") or None,
        )
        self.context.announce(added.changes, self)
        return added.id

    def hand_to_participant(self) -> None:
        """The whole window becomes this one form, until the coach's passphrase."""
        response_id = self.editor.response_id or self._selected_id()
        if response_id is None:
            self.context.status_message.emit(self.tr("Choose a form from the list first."))
            return
        if self.editor.response_id != response_id:
            self.open_response(response_id)
        self.editor.flush()
        self.context.start_participant_mode(response_id)

    # -- on paper, and on to a dream tin ------------------------------------------------------
    def _deliver(
        self, make: Callable[[], tuple[bytes, str]], title: str, *, to_printer: bool
    ) -> None:
        self.editor.flush()
        try:
            said = paper.deliver(self, make, title, to_printer=to_printer)
        except (OSError, JiuError) as error:
            self.context.status_message.emit(failure_text(error))
            return
        if said:
            self.context.status_message.emit(said)

    def print_blank(self) -> None:
        if self.participant_id is None:
            return
        chosen = self._selected_id()
        row = self.model.row_of(chosen) if chosen else -1
        current = self.model.rows[row].template_id if row >= 0 else None
        store, pid = self.context.store, self.participant_id
        dialog = paper.BlankFormDialog(self, store, current)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.template_id:
            template = dialog.template_id
            self._deliver(
                lambda: paper.blank_pdf(store, template, pid),
                self.tr("Blank form"),
                to_printer=dialog.choice == "print",
            )
        dialog.deleteLater()

    def print_filled(self, *, to_printer: bool) -> None:
        chosen = self._selected_id()
        if chosen is None:
            self.context.status_message.emit(self.tr("Choose a form from the list first."))
            return
        store = self.context.store
        self._deliver(
            lambda: paper.filled_pdf(store, chosen), self.tr("Form"), to_printer=to_printer
        )

    def print_series(self, *, to_printer: bool) -> None:
        chosen = self._selected_id()
        row = self.model.row_of(chosen) if chosen else -1
        if row < 0 or self.participant_id is None:
            self.context.status_message.emit(self.tr("Choose a form from the list first."))
            return
        store, pid, template = (
            self.context.store,
            self.participant_id,
            self.model.rows[row].template_id,
        )
        self._deliver(
            lambda: paper.series_pdf(store, pid, template),
            self.tr("Series with growth"),
            to_printer=to_printer,
        )

    def start_dream_tin(self) -> None:
        """A dream tin from this form's answers; the Droomblik tab then shows it."""
        chosen = self._selected_id()
        if chosen is None:
            return
        self.editor.flush()
        try:
            made = form_handover.start_dream_tin(self.context.store, chosen)
        except JiuError as error:
            self.context.status_message.emit(str(error))
            return
        self.context.announce(made.changes, self)
        tab = self.host.tab(DreamTinTab)
        self.host.show_tab(tab)
        self.context.status_message.emit(self.tr("A dream tin was started from the form."))

    def delete_selected(self) -> None:
        response_id = self._selected_id()
        row = self.model.row_of(response_id) if response_id else -1
        if response_id is None or row < 0:
            return
        shown = self.model.rows[row]
        if not ask(
            self,
            self.tr("Delete form"),
            self.tr("Delete “{title}” of {date}, with its answers?").format(
                title=shown.title, date=format_date(shown.filled_on)
            ),
            self.tr("Delete"),
        ):
            return
        if self.editor.response_id == response_id:
            self.editor.discard()
            self.side.setCurrentWidget(self.hint)
        changes = form_responses.delete_response(self.context.store, response_id)
        self.context.announce(changes, self)
        self.list.clearSelection()
        self.reload()

    # -- the page --------------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        if changes.initiator is self or not changes.touches(FormResponse, FormAnswer, FormTemplate):
            return
        self.editor.flush()
        open_id = self.editor.response_id
        self.reload()
        if open_id is None:
            return
        if self.model.row_of(open_id) < 0:  # deleted elsewhere
            self.editor.discard()
            self.side.setCurrentWidget(self.hint)
        else:
            self.editor.reload()

    def flush(self) -> None:
        self.editor.flush()

    def discard(self) -> None:
        self.editor.discard()
        self.model.set_rows([], {})
        super().discard()
