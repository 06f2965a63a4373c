"""The "Talenten" tab: talents and what goes well, in the young person's own words.

The method looks for what goes well and builds on it. A line is added from the keyboard
(Ctrl+Shift+T from any tab, type, Enter), changed where it is shown, and undone with
Ctrl+Z. Successes show in the conversation timeline too, at their date.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.services import talents
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.autosave import fit_date
from jiu_desktop.views.confirm import ask
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import Talent, format_date, talent_kind_choices
from jiu_desktop.views.participants.tabs.base import ParticipantTab, TabHost
from jiu_desktop.views.participants.tabs.fields import message_line
from jiu_desktop.views.participants.tabs.talent_list import (
    COLUMNS,
    TalentDelegate,
    TalentEdit,
    TalentModel,
)
from jiu_desktop.views.style import mark_primary

SHORTCUT = "Ctrl+Shift+T"


class TalentsTab(ParticipantTab):
    def __init__(self, context: AppContext, host: TabHost) -> None:
        super().__init__(context, host)
        self.undo_stack = QUndoStack(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)
        title = QLabel(self.tr("Talents and what goes well"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        outer.addWidget(title)
        outer.addLayout(self._adder())
        self.message = message_line()
        outer.addWidget(self.message)

        self.model = TalentModel(self._save_cell, self)
        self.table = QTableView()
        self.table.setObjectName("talents")
        self.table.setModel(self.model)
        self.delegate = TalentDelegate(self.table)
        self.delegate.closeEditor.connect(self._cell_closed)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self._editor_height())
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (QHeaderView.ResizeMode.ResizeToContents,) * 2 + (QHeaderView.ResizeMode.Stretch,)
        ):
            header.setSectionResizeMode(column, mode)
        self.empty = QLabel(
            self.tr(
                "Nothing written down yet.\n\nLook for what goes well, and write it down in "
                "their own words: a talent (“kan goed uitleggen”) or a success, however "
                "small (“eerste keer op tijd bij de training”). Type it above and press "
                "Enter.\n\nNaming what goes well, and coming back to it, helps them see "
                "what they can do."
            )
        )
        self.empty.setObjectName("noTalents")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_or_none = QStackedWidget()
        self.list_or_none.addWidget(self.table)
        self.list_or_none.addWidget(self.empty)
        outer.addWidget(self.list_or_none, 1)

        bottom = QHBoxLayout()
        self.help = QLabel(self.tr("Double-click or F2 to change a line; Ctrl+Z undoes a change."))
        self.help.setObjectName("hint")
        self.help.setWordWrap(True)
        bottom.addWidget(self.help, 1)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteTalent")
        self.delete_button.clicked.connect(self.delete_selected)
        bottom.addWidget(self.delete_button)
        outer.addLayout(bottom)

        QShortcut(QKeySequence.StandardKey.Undo, self.table, self.undo_stack.undo)
        redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo:  # twice would make it ambiguous
            redo.append(QKeySequence("Ctrl+Shift+Z"))
        for keys in redo:
            QShortcut(keys, self.table, self.undo_stack.redo)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)

    def _adder(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("talentKind")
        for code, label in talent_kind_choices():
            self.kind.addItem(label, code)
        self.text = QLineEdit()
        self.text.setObjectName("talentText")
        self.text.setPlaceholderText(self.tr("In their words, e.g. “kan goed uitleggen”"))
        self.text.returnPressed.connect(self.add)
        self.noted_on = QLineEdit()
        self.noted_on.setObjectName("talentDate")
        fit_date(self.noted_on)
        self.noted_on.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add (Enter)"))
        self.add_button.setObjectName("addTalent")
        self.add_button.setToolTip(SHORTCUT)
        mark_primary(self.add_button)
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.kind)
        row.addWidget(self.text, 1)
        row.addWidget(self.noted_on)
        row.addWidget(self.add_button)
        return row

    def _editor_height(self) -> int:
        """Rows as high as the fields that edit them, so an open cell shows its text whole."""
        heights = []
        for probe in (QLineEdit(), QComboBox()):  # never shown, gone at the end
            probe.ensurePolished()
            heights += [probe.sizeHint().height(), probe.minimumSizeHint().height()]
        return max(heights) + (1 if self.table.showGrid() else 0)  # the grid line

    SHORTCUTS = ((SHORTCUT, "start_adding"),)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TalentsTab", "&Talents")

    # -- showing ---------------------------------------------------------------------------
    def load(self, participant_id: str) -> None:
        self.participant_id = participant_id
        self.undo_stack.clear()
        self.text.clear()
        self.noted_on.setText(format_date(date.today()))
        self.message.clear()
        self.reload()

    def reload(self, select: str | None = None) -> None:
        if self.participant_id is None or not self.context.unlocked:
            return
        current = select or self._selected_id()
        self.model.set_rows(talents.list_talents(self.context.store, self.participant_id))
        shown = bool(self.model.rows)
        self.list_or_none.setCurrentWidget(self.table if shown else self.empty)
        self.help.setVisible(shown)
        self.delete_button.setVisible(shown)
        if current is not None:
            self.select(current)

    def select(self, talent_id: str) -> None:
        """Show this talent selected (a success was clicked in the timeline)."""
        row = self.model.row_of(talent_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self.table.setFocus()

    def _selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def focus_first(self) -> None:
        self.text.setFocus()

    # -- adding, changing, deleting --------------------------------------------------------
    def start_adding(self) -> None:
        self.host.show_tab(self)
        if self.participant_id is not None:
            self.text.setFocus()

    def add(self) -> None:
        if self.participant_id is None:
            return
        try:
            added = talents.add_talent(
                self.context.store,
                self.participant_id,
                kind=self.kind.currentData(),
                text=self.text.text(),
                noted_on=self.noted_on.text().strip() or None,
            )
        except JiuError as error:
            self.message.setText(str(error))
            return
        self.message.clear()
        self.text.clear()
        self.context.announce(added.changes, self)
        self.reload(select=added.id)
        self.text.setFocus()  # the next one

    def _save_cell(self, talent_id: str, field: str, value: Any) -> None:
        old = getattr(self.model.rows[self.model.row_of(talent_id)], field)
        if not self._store(talent_id, field, value):
            return
        label = self.model.headers()[COLUMNS.index(field)]
        new = getattr(self.model.rows[self.model.row_of(talent_id)], field)
        self.undo_stack.push(TalentEdit(self._store, label, talent_id, field, old, new))

    def _store(self, talent_id: str, field: str, value: Any) -> bool:
        """Save one field (an edit, an undo, a redo) and show what is stored."""
        try:
            changes = talents.update_talent(self.context.store, talent_id, **{field: value})
        except JiuError as error:
            self.message.setText(str(error))
            return False
        self.message.clear()
        stored = talents.clean_talent_fields({field: value})[field]
        self.model.show_value(talent_id, field, stored)
        self.host.show_saved(self.tr("✓ Saved"))
        self.context.announce(changes, self)
        return True

    def _cell_closed(self) -> None:
        """The next edit of a cell is a step of its own."""
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(top, TalentEdit):
            top.open = False

    def delete_selected(self) -> None:
        talent_id = self._selected_id()
        if talent_id is None:
            return
        text = self.model.rows[self.model.row_of(talent_id)].text
        if not ask(
            self,
            self.tr("Delete line"),
            self.tr("Delete “{text}”?").format(text=text),
            self.tr("Delete"),
        ):
            return
        changes = talents.delete_talent(self.context.store, talent_id)
        self.undo_stack.clear()  # the steps may name the line that is gone
        self.context.announce(changes, self)
        self.reload()

    # -- the page --------------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        if changes.initiator is not self and changes.touches(Talent):
            self.delegate.commit()
            self.reload()

    def flush(self) -> None:
        self.delegate.commit()

    def discard(self) -> None:
        self.delegate.timer.stop()
        self.undo_stack.clear()
        super().discard()
