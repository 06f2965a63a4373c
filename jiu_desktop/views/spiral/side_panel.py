"""Beside the spiral chart: the buttons for a new measurement and for *Mijn spiraal* on
paper, then the chosen domain with its measurements (newest first) to correct or delete
one, and what Ctrl+Z would undo."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from jiu_desktop.services.spiral import DomainHistory
from jiu_desktop.services.spiral_criteria import SpiralWords
from jiu_desktop.views.participants.tabs.fields import message_line
from jiu_desktop.views.spiral.measurement_list import Entry, MeasurementModel
from jiu_desktop.views.style import ACCENT_SOFT, TEXT, mark_primary

LIST_STYLE = (
    "QListView#measurements { background: white; border: 1px solid #d5dedc;"
    " border-radius: 6px; outline: 0; }"
    " QListView#measurements::item { border-bottom: 1px solid #e0e6e5; padding: 6px 4px; }"
    f" QListView#measurements::item:selected {{ background: {ACCENT_SOFT}; color: {TEXT}; }}"
)


class MeasurementsPanel(QWidget):
    def __init__(self, undo_stack: QUndoStack, shortcut: str) -> None:
        super().__init__()
        self.undo_stack = undo_stack
        self.setMinimumWidth(300)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("New measurement…"))
        self.new_button.setObjectName("newMeasurement")
        self.new_button.setToolTip(shortcut)
        mark_primary(self.new_button)
        column.addWidget(self.new_button)
        column.addWidget(self._paper_button())
        column.addSpacing(8)
        self.domain_title = QLabel()
        self.domain_title.setObjectName("spiralDomain")
        self.domain_title.setWordWrap(True)
        self.domain_title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        column.addWidget(self.domain_title)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)
        self.model = MeasurementModel(self)
        self.list = QListView()
        self.list.setObjectName("measurements")
        self.list.setStyleSheet(LIST_STYLE)
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        column.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setObjectName("correctMeasurement")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteMeasurement")
        row.addWidget(self.correct_button, 1)
        row.addWidget(self.delete_button)
        column.addLayout(row)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undoSpiral")
        self.undo_button.setFlat(True)
        self.undo_button.clicked.connect(undo_stack.undo)
        # The stack says what changed; it is not asked back (it may be going away).
        undo_stack.canUndoChanged.connect(lambda _can: self.show_undo())
        undo_stack.undoTextChanged.connect(lambda _text: self.show_undo())
        column.addWidget(self.undo_button)
        self.message = message_line()
        column.addWidget(self.message)
        self.show_undo()

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
        self.pdf_action = menu.addAction(self.tr("Save My spiral as PDF…"))
        menu.addSeparator()
        self.coach_print_action = menu.addAction(self.tr("Print the coach's version (dates)…"))
        self.coach_pdf_action = menu.addAction(self.tr("Save the coach's version as PDF…"))
        self.paper_button.setMenu(menu)
        return self.paper_button

    def show_undo(self) -> None:
        """What the undo button would undo, or that there is nothing to undo."""
        if not (isValid(self.undo_stack) and isValid(self.undo_button)):
            return  # the tab is being closed
        can = self.undo_stack.canUndo()
        self.undo_button.setEnabled(can)
        self.undo_button.setText(
            self.tr("Undo: {what} (Ctrl+Z)").format(what=self.undo_stack.undoText())
            if can
            else self.tr("Nothing to undo")
        )

    def show_domain(
        self,
        label: str,
        shown: DomainHistory | None,
        words: SpiralWords,
        coaches: dict[str, str],
    ) -> None:
        """The domain's name, where it stands now and where it began, and its
        measurements (``coaches``: their names by id)."""
        self.domain_title.setText(label)
        if shown is None or shown.latest is None or shown.first is None:
            self.summary.setText(self.tr("Not measured yet."))
            self.model.set_rows([])
            return
        now = words.step(shown.latest.step).label
        first = words.step(shown.first.step).label
        if len(shown.rows) == 1:
            self.summary.setText(self.tr("Now {now}; measured once.").format(now=now))
        elif shown.first.step == shown.latest.step:
            self.summary.setText(self.tr("Now {now}, as at the first measurement.").format(now=now))
        else:
            self.summary.setText(
                self.tr("Now {now}; started at {first}.").format(now=now, first=first)
            )
        self.model.set_rows(
            [
                Entry(
                    r.id,
                    r.assessed_on,
                    words.step(r.step).label,
                    r.together,
                    coaches.get(r.coach_id or "", ""),
                    r.note,
                )
                for r in reversed(shown.rows)
            ]
        )
