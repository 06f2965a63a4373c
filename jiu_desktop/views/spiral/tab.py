"""The "Spiraal" tab: where the young person stands on the participation spiral, overall
(*Algemeen*, the phase the funders count) and per life domain, and how that went over time.

Left the chart: a row per domain, a column per step, a dot per measurement (the latest
large). Right the measurements of the chosen domain, to correct or delete one, and the
buttons for a new measurement (Ctrl+Shift+M from any tab) and *Mijn spiraal* on paper.
A new measurement, a correction and a delete are undone with Ctrl+Z.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from jiu_desktop.errors import JiuError
from jiu_desktop.services import participants, spiral, team, team_settings
from jiu_desktop.services.changes import NOTHING, Changes
from jiu_desktop.services.spiral import DomainHistory
from jiu_desktop.services.spiral_criteria import StepWords, spiral_words
from jiu_desktop.views.confirm import ask
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import (
    Coach,
    SpiralAssessment,
    SpiralCriterionCheck,
    TeamSettings,
    format_date,
    spiral_domain_label,
)
from jiu_desktop.views.participants.tabs.base import ParticipantTab, TabHost
from jiu_desktop.views.participants.tabs.fields import message_line
from jiu_desktop.views.printing import failure_text
from jiu_desktop.views.spiral import paper
from jiu_desktop.views.spiral.chart import ChartRow, Dot, SpiralChart
from jiu_desktop.views.spiral.commands import SpiralEdit
from jiu_desktop.views.spiral.correction_dialog import Correction, CorrectionDialog, Shown
from jiu_desktop.views.spiral.measurement_dialog import MeasurementValues, NewMeasurementDialog
from jiu_desktop.views.spiral.measurement_list import ID_ROLE, Entry, MeasurementModel
from jiu_desktop.views.style import ACCENT_SOFT, TEXT, mark_primary

SHORTCUT = "Ctrl+Shift+M"
Write = Callable[[], Changes]


class SpiralTab(ParticipantTab):
    SHORTCUTS = ((SHORTCUT, "new_measurement"),)

    def __init__(self, context: AppContext, host: TabHost) -> None:
        super().__init__(context, host)
        self.words = spiral_words()
        self.found: dict[str, DomainHistory] = {}
        self.undo_stack = QUndoStack(self)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._chart_column())
        splitter.addWidget(self._side_column())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 340])
        outer.addWidget(splitter)
        self._keys()

    def _chart_column(self) -> QWidget:
        column_widget = QWidget()
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Participation spiral"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        column.addWidget(title)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        column.addWidget(self.hint)
        self.chart = SpiralChart()
        self.chart.setAccessibleName(self.tr("Participation spiral"))
        self.chart.domain_chosen.connect(self._show_domain)
        self.chart.dot_chosen.connect(self._select_in_list)
        self.chart.correct_requested.connect(self.correct)
        self.chart.delete_requested.connect(self.delete)
        column.addWidget(self.chart, 1)
        return column_widget

    def _side_column(self) -> QWidget:
        side = QWidget()
        side.setMinimumWidth(300)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("New measurement…"))
        self.new_button.setObjectName("newMeasurement")
        self.new_button.setToolTip(SHORTCUT)
        mark_primary(self.new_button)
        self.new_button.clicked.connect(self.new_measurement)
        column.addWidget(self.new_button)
        column.addWidget(self._paper_button())
        self.domain_title = QLabel()
        self.domain_title.setObjectName("spiralDomain")
        self.domain_title.setWordWrap(True)
        self.domain_title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        column.addSpacing(8)
        column.addWidget(self.domain_title)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.model = MeasurementModel(self)
        self.list = QListView()
        self.list.setObjectName("measurements")
        self.list.setStyleSheet(
            f"QListView#measurements {{ background: white; border: 1px solid #d5dedc;"
            f" border-radius: 6px; outline: 0; }}"
            f" QListView#measurements::item {{ border-bottom: 1px solid #e0e6e5;"
            f" padding: 6px 4px; }}"
            f" QListView#measurements::item:selected {{ background: {ACCENT_SOFT};"
            f" color: {TEXT}; }}"
        )
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.selectionModel().currentChanged.connect(self._list_changed)
        self.list.activated.connect(lambda index: self.correct(str(index.data(ID_ROLE))))
        column.addWidget(self.list, 1)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.list, self._delete_chosen)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        row = QHBoxLayout()
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setObjectName("correctMeasurement")
        self.correct_button.clicked.connect(self._correct_chosen)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteMeasurement")
        self.delete_button.clicked.connect(self._delete_chosen)
        row.addWidget(self.correct_button, 1)
        row.addWidget(self.delete_button)
        column.addLayout(row)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoSpiral")
        self.undo_button.setFlat(True)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        # The stack says what changed; it is not asked back (it may be going away).
        self.undo_stack.canUndoChanged.connect(lambda _can: self._undo_shown())
        self.undo_stack.undoTextChanged.connect(lambda _text: self._undo_shown())
        column.addWidget(self.undo_button)
        self.message = message_line()
        column.addWidget(self.message)
        self._undo_shown()
        return side

    def _paper_button(self) -> QToolButton:
        self.paper_button = QToolButton()
        self.paper_button.setText(self.tr("My spiral on paper…"))
        self.paper_button.setObjectName("spiralPaper")
        self.paper_button.setToolTip(
            self.tr("For the young person to keep: where they started and where they are now")
        )
        self.paper_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.paper_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        menu = self.paper_menu = QMenu(self.paper_button)
        self.print_action = menu.addAction(self.tr("Print My spiral…"))
        self.print_action.triggered.connect(lambda: self.print_paper(True, to_printer=True))
        self.pdf_action = menu.addAction(self.tr("Save My spiral as PDF…"))
        self.pdf_action.triggered.connect(lambda: self.print_paper(True, to_printer=False))
        menu.addSeparator()
        self.coach_print_action = menu.addAction(self.tr("Print the coach's version (dates)…"))
        self.coach_print_action.triggered.connect(lambda: self.print_paper(False, to_printer=True))
        self.coach_pdf_action = menu.addAction(self.tr("Save the coach's version as PDF…"))
        self.coach_pdf_action.triggered.connect(lambda: self.print_paper(False, to_printer=False))
        self.paper_button.setMenu(menu)
        return self.paper_button

    def _keys(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo, context=context)
        redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo:
            redo.append(QKeySequence("Ctrl+Shift+Z"))
        for keys in redo:
            QShortcut(keys, self, self.undo_stack.redo, context=context)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SpiralTab", "Sp&iral")

    # -- showing ---------------------------------------------------------------------------
    def load(self, participant_id: str) -> None:
        again = participant_id == self.participant_id
        self.participant_id = participant_id
        if not again:
            self.undo_stack.clear()
            self.chart.dot_id = None
        self.message.clear()
        self.reload()
        if not again:
            self.chart.choose_domain(self.chart.rows[0].domain if self.chart.rows else "")

    def reload(self) -> None:
        if self.participant_id is None or not self.context.unlocked:
            return
        store = self.context.store
        self.found = spiral.history(store, self.participant_id)
        steps = [self.words.step(n) for n in spiral.shown_steps(store, self.participant_id)]
        rows = tuple(
            ChartRow(
                domain,
                spiral_domain_label(domain),
                tuple(Dot(r.id, r.assessed_on, r.step, r.together) for r in shown.rows),
            )
            for domain, shown in self.found.items()
        )
        self.chart.set_data(rows, tuple((s.step, s.label) for s in steps))
        measured = any(shown.rows for shown in self.found.values())
        if measured:
            self.hint.setText(
                self.tr(
                    "A dot per measurement; the latest is large, the first has a ring. "
                    "↑ ↓ choose a life domain, ← → a measurement, Enter corrects it."
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "No measurement yet. Start with “New measurement” ({keys}): together you "
                    "choose the step for each life domain you talk about."
                ).format(keys=SHORTCUT)
            )
        self._show_domain(self.chart.domain() or "")

    def _show_domain(self, domain: str) -> None:
        shown = self.found.get(domain)
        self.domain_title.setText(spiral_domain_label(domain) if domain else "")
        if shown is None or shown.latest is None or shown.first is None:
            self.summary.setText(self.tr("Not measured yet."))
            self.model.set_rows([])
            self._buttons()
            return
        now = self.words.step(shown.latest.step).label
        first = self.words.step(shown.first.step).label
        if len(shown.rows) == 1:
            self.summary.setText(self.tr("Now {now}; measured once.").format(now=now))
        elif shown.first.step == shown.latest.step:
            self.summary.setText(self.tr("Now {now}, as at the first measurement.").format(now=now))
        else:
            self.summary.setText(
                self.tr("Now {now}; started at {first}.").format(now=now, first=first)
            )
        coaches = {c.id: c.name for c in team.list_coaches(self.context.store)}
        self.model.set_rows(
            [
                Entry(
                    r.id,
                    r.assessed_on,
                    self.words.step(r.step).label,
                    r.together,
                    coaches.get(r.coach_id or "", ""),
                    r.note,
                )
                for r in reversed(shown.rows)
            ]
        )
        self._select_in_list(self.chart.dot_id)

    def _select_in_list(self, assessment_id: str | None) -> None:
        row = self.model.row_of(assessment_id)
        if row >= 0:
            index = self.model.index(row)
            if self.list.currentIndex() != index:
                self.list.setCurrentIndex(index)
        else:
            self.list.clearSelection()
            self.list.setCurrentIndex(QModelIndex())
        self._buttons()

    def _list_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        chosen = current.data(ID_ROLE) if current.isValid() else None
        if chosen is not None and chosen != self.chart.dot_id:
            self.chart.choose_dot(str(chosen))
        self._buttons()

    def _chosen(self) -> str | None:
        index = self.list.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def _buttons(self) -> None:
        chosen = self._chosen() is not None
        self.correct_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        measured = any(shown.rows for shown in self.found.values())
        self.paper_button.setEnabled(measured)

    def _undo_shown(self) -> None:
        if not (isValid(self.undo_stack) and isValid(self.undo_button)):
            return  # the tab is being closed
        can = self.undo_stack.canUndo()
        self.undo_button.setEnabled(can)
        self.undo_button.setText(
            self.tr("Undo: {what} (Ctrl+Z)").format(what=self.undo_stack.undoText())
            if can
            else self.tr("Nothing to undo")
        )

    def focus_first(self) -> None:
        self.chart.setFocus()

    # -- a new measurement -----------------------------------------------------------------
    def _team_steps(self) -> tuple[StepWords, ...]:
        numbers: tuple[int, ...] = spiral.FIVE_STEPS
        if team_settings.uses_step_six(self.context.store):
            numbers = (*numbers, spiral.STEP_SIX)
        return tuple(self.words.step(n) for n in numbers)

    def new_measurement(self) -> None:
        """The dialog for a new measurement, the chosen domain's step ready to choose."""
        self.host.show_tab(self)
        if self.participant_id is None:
            return
        previous = {
            domain: (shown.latest.step, shown.latest.assessed_on)
            for domain, shown in self.found.items()
            if shown.latest is not None
        }
        dialog = NewMeasurementDialog(self, self.words, self._team_steps(), previous, self._record)
        dialog.start_at(self.chart.domain() or "")
        dialog.exec()
        dialog.deleteLater()

    def _record(self, values: MeasurementValues) -> None:
        assert self.participant_id is not None
        store = self.context.store
        measured = spiral.record_measurement(
            store,
            self.participant_id,
            values.assessed_on,
            steps=values.steps,
            together=values.together,
            note=values.note,
            criteria=values.criteria,
            coach_id=team.my_coach_id(store),
        )
        ids = measured.ids

        def restore() -> Changes:
            return _each(ids, lambda i: spiral.restore_assessment(store, i))

        def remove() -> Changes:
            return _each(ids, lambda i: spiral.delete_assessment(store, i))

        self._push(self.tr("New measurement"), restore, remove)
        self.chart.dot_id = ids[0]
        self._after(measured.changes)
        self.context.status_message.emit(self.tr("Measurement saved."))

    # -- correcting and deleting ---------------------------------------------------------
    def _correct_chosen(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self.correct(chosen)

    def correct(self, assessment_id: str) -> None:
        store = self.context.store
        try:
            row = spiral.get_assessment(store, assessment_id)
        except JiuError as error:
            self.message.setText(str(error))
            return
        before = Shown(
            spiral_domain_label(row.domain),
            row.assessed_on,
            row.step,
            row.together,
            row.note,
            spiral.criterion_checks(store, assessment_id),
        )
        dialog = CorrectionDialog(
            self,
            self.words,
            self._team_steps(),
            before,
            lambda corrected: self._correct(assessment_id, before, corrected),
        )
        dialog.exec()
        dialog.deleteLater()

    def _correct(self, assessment_id: str, before: Shown, corrected: Correction) -> None:
        store = self.context.store

        def forward() -> Changes:
            return spiral.correct_assessment(
                store,
                assessment_id,
                step=corrected.step,
                assessed_on=corrected.assessed_on,
                note=corrected.note,
                together=corrected.together,
                criteria=corrected.criteria,
            )

        def backward() -> Changes:
            old = {key: before.ticks.get(key, False) for key in corrected.criteria}
            ticks = spiral.correct_assessment(store, assessment_id, criteria=old)
            return ticks | spiral.correct_assessment(
                store,
                assessment_id,
                step=before.step,
                assessed_on=before.assessed_on,
                note=before.note,
                together=before.together,
            )

        changes = forward()
        if not changes:
            return
        self._push(self.tr("Correct measurement"), forward, backward)
        self.chart.dot_id = assessment_id
        self._after(changes)

    def _delete_chosen(self) -> None:
        chosen = self._chosen()
        if chosen is not None:
            self.delete(chosen)

    def delete(self, assessment_id: str) -> None:
        store = self.context.store
        try:
            row = spiral.get_assessment(store, assessment_id)
        except JiuError as error:
            self.message.setText(str(error))
            return
        if not ask(
            self,
            self.tr("Delete measurement"),
            self.tr("Delete the measurement of {domain} of {date} ({step})?").format(
                domain=spiral_domain_label(row.domain),
                date=format_date(row.assessed_on),
                step=self.words.step(row.step).label,
            ),
            self.tr("Delete"),
        ):
            return
        changes = spiral.delete_assessment(store, assessment_id)
        self._push(
            self.tr("Delete measurement"),
            lambda: spiral.delete_assessment(store, assessment_id),
            lambda: spiral.restore_assessment(store, assessment_id),
        )
        self.chart.dot_id = None
        self._after(changes)
        self.context.status_message.emit(self.tr("Measurement deleted. Ctrl+Z brings it back."))

    # -- after every write -------------------------------------------------------------------
    def _push(self, text: str, forward: Write, backward: Write) -> None:
        """One step on the undo stack for what was just saved."""
        self.undo_stack.push(SpiralEdit(text, forward, backward, self._after, self._failed))

    def _after(self, changes: Changes) -> None:
        self.message.clear()
        self.context.announce(changes, self)
        self.host.show_saved(self.tr("✓ Saved"))
        self.reload()

    def _failed(self, text: str) -> None:
        self.message.setText(text)
        self.reload()

    # -- on paper ------------------------------------------------------------------------------
    def print_paper(self, for_participant: bool, *, to_printer: bool) -> None:
        if self.participant_id is None:
            return
        store = self.context.store
        try:
            first_name = participants.get_participant(store, self.participant_id).first_name
            pdf = paper.spiral_pdf(store, self.participant_id, for_participant=for_participant)
            title = self.tr("My spiral") if for_participant else self.tr("Spiral (coach)")
            name = paper.file_name(first_name, for_participant=for_participant)
            said = paper.deliver(self, pdf, title, name, to_printer=to_printer)
        except (OSError, JiuError) as error:
            self.context.status_message.emit(failure_text(error))
            return
        if said:
            self.context.status_message.emit(said)

    # -- the page ------------------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        if changes.initiator is self:
            return
        if changes.touches(SpiralAssessment, SpiralCriterionCheck, TeamSettings, Coach):
            self.reload()

    def discard(self) -> None:
        self.undo_stack.clear()
        self.found = {}
        self.model.set_rows([])
        super().discard()


def _each(ids: tuple[str, ...], write: Callable[[str], Changes]) -> Changes:
    changes = NOTHING
    for ident in ids:
        changes |= write(ident)
    return changes
