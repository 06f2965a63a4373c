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
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

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
from jiu_desktop.views.printing import failure_text
from jiu_desktop.views.spiral import paper
from jiu_desktop.views.spiral.chart import ChartRow, Dot, SpiralChart
from jiu_desktop.views.spiral.commands import SpiralEdit
from jiu_desktop.views.spiral.correction_dialog import Correction, CorrectionDialog, Shown
from jiu_desktop.views.spiral.measurement_dialog import MeasurementValues, NewMeasurementDialog
from jiu_desktop.views.spiral.measurement_list import ID_ROLE
from jiu_desktop.views.spiral.side_panel import MeasurementsPanel

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

    def _side_column(self) -> MeasurementsPanel:
        side = self.side = MeasurementsPanel(self.undo_stack, SHORTCUT)
        # Short ways in (the tests use them too).
        self.new_button, self.paper_button = side.new_button, side.paper_button
        self.pdf_action, self.coach_pdf_action = side.pdf_action, side.coach_pdf_action
        self.correct_button, self.delete_button = side.correct_button, side.delete_button
        self.undo_button, self.message = side.undo_button, side.message
        self.domain_title, self.summary = side.domain_title, side.summary
        self.model, self.list = side.model, side.list
        self.new_button.clicked.connect(self.new_measurement)
        side.print_action.triggered.connect(lambda: self.print_paper(True, to_printer=True))
        self.pdf_action.triggered.connect(lambda: self.print_paper(True, to_printer=False))
        side.coach_print_action.triggered.connect(lambda: self.print_paper(False, to_printer=True))
        self.coach_pdf_action.triggered.connect(lambda: self.print_paper(False, to_printer=False))
        self.list.selectionModel().currentChanged.connect(self._list_changed)
        self.list.activated.connect(lambda index: self.correct(str(index.data(ID_ROLE))))
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.list, self._delete_chosen)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.correct_button.clicked.connect(self._correct_chosen)
        self.delete_button.clicked.connect(self._delete_chosen)
        return side

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
        return QCoreApplication.translate("SpiralTab", "Spir&al")

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
        coaches = {c.id: c.name for c in team.list_coaches(self.context.store)}
        label = spiral_domain_label(domain) if domain else ""
        self.side.show_domain(label, shown, self.words, coaches)
        if shown is None or shown.latest is None:
            self._buttons()
            return
        wanted = self.chart.dot_id
        if self.model.row_of(wanted) < 0:  # none of this domain chosen: the latest
            wanted = shown.latest.id
            self.chart.choose_dot(wanted)
        self._select_in_list(wanted)

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
            return _each(ids, lambda i: spiral.restore_assessment(self.context.store, i))

        def remove() -> Changes:
            return _each(ids, lambda i: spiral.delete_assessment(self.context.store, i))

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
        def forward() -> Changes:
            return spiral.correct_assessment(
                self.context.store,
                assessment_id,
                step=corrected.step,
                assessed_on=corrected.assessed_on,
                note=corrected.note,
                together=corrected.together,
                criteria=corrected.criteria,
            )

        def backward() -> Changes:
            old = {key: before.ticks.get(key, False) for key in corrected.criteria}
            store = self.context.store  # the one open now (the laptop may have been locked)
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
            lambda: spiral.delete_assessment(self.context.store, assessment_id),
            lambda: spiral.restore_assessment(self.context.store, assessment_id),
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
