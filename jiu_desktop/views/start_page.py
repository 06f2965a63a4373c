"""The start page: a greeting, a few numbers, the groups that start tomorrow, and the next
steps (``services/agenda.py``): the follow-up actions still open, and dream-tin steps
whose best-before date is near.

A follow-up is ticked done here; a dream-tin step is not (it is a step to talk about):
opening it goes to the participant's Droomblik tab, at that step.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.services import agenda, meetings, notes, participants
from jiu_desktop.services.agenda import DREAM_STEP, FOLLOW_UP, AgendaItem
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import (
    Dream,
    DreamStep,
    Group,
    Meeting,
    Participant,
    SessionNote,
    format_date,
)
from jiu_desktop.views.participants.page import ParticipantPage
from jiu_desktop.views.participants.tab_registry import DreamTinTab
from jiu_desktop.views.scope_switch import ScopeSwitch
from jiu_desktop.views.style import WARM, mark_primary


class StartPage(QWidget):
    page_name: ClassVar[str] = "start"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        #: The rows of the list: follow-ups and due dream-tin steps, by date.
        self.items: list[AgendaItem] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.greeting = QLabel()
        self.greeting.setObjectName("pageTitle")
        top.addWidget(self.greeting, 1)
        self.scope = ScopeSwitch(context)
        top.addWidget(self.scope)
        top.addSpacing(12)
        new = QPushButton(self.tr("New participant"))
        new.setObjectName("startNewParticipant")
        mark_primary(new)
        new.clicked.connect(context.request_new_participant)
        top.addWidget(new)
        layout.addLayout(top)
        self.numbers = QLabel()
        self.numbers.setObjectName("hint")
        self.numbers.setStyleSheet("font-size: 13pt;")
        layout.addWidget(self.numbers)
        self.starting = QLabel()
        self.starting.setObjectName("startingTomorrow")
        self.starting.setWordWrap(True)
        self.starting.setStyleSheet("font-size: 13pt; font-weight: bold; margin-top: 8px;")
        layout.addWidget(self.starting)
        heading = QLabel(self.tr("Next steps to take"))
        heading.setStyleSheet("font-size: 14pt; font-weight: bold; margin-top: 12px;")
        layout.addWidget(heading)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("followUps")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Done"), self.tr("Due"), self.tr("Participant"), self.tr("Action")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(self._open_row)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table, self._open_current)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.itemChanged.connect(self._ticked)
        # The table takes the room; when it is hidden the stretch below keeps the page
        # together at the top instead of spreading its lines over the window.
        layout.addWidget(self.table, 100)
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.ticked = QWidget()
        self.ticked.setObjectName("tickedBar")
        bar = QHBoxLayout(self.ticked)
        bar.setContentsMargins(0, 0, 0, 0)
        self.ticked_text = QLabel()
        self.ticked_text.setWordWrap(True)
        bar.addWidget(self.ticked_text, 1)
        self.undo_tick = QPushButton(self.tr("Undo"))
        self.undo_tick.setObjectName("undoTick")
        self.undo_tick.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_tick.clicked.connect(self._undo_tick)
        bar.addWidget(self.undo_tick)
        self.ticked.hide()
        layout.addWidget(self.ticked)
        layout.addStretch(1)
        self._last_ticked: AgendaItem | None = None
        context.changed.connect(self._on_changed)
        context.scope_changed.connect(self.reload)

    def title(self) -> str:
        return self.tr("Start")

    def on_shown(self) -> None:
        self.reload()  # the greeting follows the time of day

    def reload(self) -> None:
        if not self.context.unlocked:
            return
        store = self.context.store
        hour = datetime.now().hour
        greeting = (
            self.tr("Good morning")
            if hour < 12
            else self.tr("Good afternoon")
            if hour < 18
            else self.tr("Good evening")
        )
        self.greeting.setText(greeting)
        self.scope.refresh()
        coach = self.context.scope_coach_id()
        active = participants.count_participants(store, status="actief", coach_id=coach)
        total = participants.count_participants(store, coach_id=coach)
        self.items = agenda.agenda(store, coach_id=coach)
        self.numbers.setText(
            " · ".join(
                (
                    self.tr("%n active participant(s)", "", active),
                    self.tr("%n in total", "", total),
                    self.tr("%n open action(s)", "", len(self.follow_ups)),
                )
            )
        )
        self._show_starting()
        # Shown before it is filled: filled while hidden, 400 rows took a second (measured).
        self.table.setVisible(bool(self.items))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.items))
        today = date.today()
        for row, item in enumerate(self.items):
            check = QTableWidgetItem()
            if item.kind == FOLLOW_UP:
                check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                check.setCheckState(Qt.CheckState.Unchecked)
            else:
                check.setFlags(Qt.ItemFlag.ItemIsEnabled)
                check.setToolTip(self.tr("A step to talk about: open it on the Dream tin tab"))
            self.table.setItem(row, 0, check)
            due = QTableWidgetItem(format_date(item.due) or "—")
            if item.due and item.due < today:
                due.setForeground(QColor(WARM))
                due.setToolTip(self.tr("Past the due date"))
            self.table.setItem(row, 1, due)
            self.table.setItem(row, 2, QTableWidgetItem(item.participant_name))
            action = QTableWidgetItem(self._action_text(item))
            action.setToolTip(action.text())
            self.table.setItem(row, 3, action)
        self.table.blockSignals(False)
        team_total = total if coach is None else participants.count_participants(store)
        self.empty.setText(self._empty_text(total, team_total, coach))
        self.empty.setVisible(not self.items)

    def _show_starting(self) -> None:
        """The day before a group's first meeting: the handbook's reminder to remind."""
        tomorrow = date.today() + timedelta(days=1)
        lines = [
            self.tr("{group} starts tomorrow — send the participants a reminder").format(
                group=group.name
            )
            for group in meetings.groups_starting_on(self.context.store, tomorrow)
        ]
        self.starting.setText("\n".join(lines))
        self.starting.setVisible(bool(lines))

    @property
    def follow_ups(self) -> list[AgendaItem]:
        """The rows that are a note's follow-up action."""
        return [item for item in self.items if item.kind == FOLLOW_UP]

    def _action_text(self, item: AgendaItem) -> str:
        if item.kind != DREAM_STEP:
            return item.text
        day = item.due.strftime("%d-%m") if item.due else ""
        return self.tr("Best before {date} — talk it over? “{step}”").format(
            step=item.text, date=day
        )

    def _empty_text(self, total: int, team_total: int, coach: str | None) -> str:
        """What to do next when there is nothing to follow up."""
        if total == 0 and team_total > 0 and coach is not None:
            return self.tr(
                "None of your participants yet. Make one with “New participant” (Ctrl+N), "
                "or look at the whole team."
            )
        if total == 0:
            return self.tr(
                "No participants yet. Start with “New participant” (Ctrl+N). Working in a "
                "team? Set up sync (Ctrl+S) and the team's participants arrive here."
            )
        return self.tr(
            "No open follow-up actions. A follow-up written in a conversation note "
            "appears here until it is done."
        )

    def _open_current(self) -> None:
        self._open_row(self.table.currentRow(), 0)

    def _open_row(self, row: int, _column: int) -> None:
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        self.context.open_participant(item.participant_id)
        if item.kind == DREAM_STEP:
            page = self.window().findChild(ParticipantPage)
            if page is not None:
                tab = page.tab(DreamTinTab)
                page.show_tab(tab)
                tab.select_step(item.item_id)

    def _ticked(self, cell: QTableWidgetItem) -> None:
        row = cell.row()
        if cell.column() == 0 and cell.checkState() == Qt.CheckState.Checked:
            follow_up = self.items[row]
            if follow_up.kind != FOLLOW_UP:
                return
            changes = notes.update_note(self.context.store, follow_up.item_id, follow_up_done=True)
            self._last_ticked = follow_up
            self.ticked_text.setText(
                self.tr("Done: “{action}” ({name}).").format(
                    action=follow_up.text, name=follow_up.participant_name
                )
            )
            self.ticked.show()
            self.context.announce(changes)  # made here too: the ticked row leaves the list

    def _undo_tick(self) -> None:
        follow_up, self._last_ticked = self._last_ticked, None
        self.ticked.hide()
        if follow_up is not None and self.context.unlocked:
            changes = notes.update_note(self.context.store, follow_up.item_id, follow_up_done=False)
            self.context.announce(changes)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(SessionNote, Participant, Dream, DreamStep, Group, Meeting):
            self.reload()

    def flush_pending(self) -> None:
        """Nothing is typed here; every tick is saved at once."""
