"""The Settings rows about laptops: this laptop's name, and (once sync is set up) the
team's laptops as this one knows them from their cards, with a way to take one out of the
team.

Taking a laptop out is asked by ``views/sync/remove_device_dialog.ask_remove_device``; the
button is there only when that module is, so either can be installed first. What the list
says about a laptop beyond its name and when it was last seen (removed, files of it
missing) goes in its last column, one short phrase each; below the list, a line about the
team's newest snapshot and an erasure still on the target (views/sync/team_snapshots.py).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, cast

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.i18n import translate
from jiu_desktop.services import sync_service, team_devices
from jiu_desktop.services.meeting_labels import month_name
from jiu_desktop.services.team_devices import TeamDevice
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.sync.team_snapshots import SnapshotNote

Index = QModelIndex | QPersistentModelIndex
#: Asks whether to take ``device`` out of the team and does so; True when it was taken out.
AskRemove = Callable[[QWidget, AppContext, TeamDevice], bool]
REMOVE_MODULE = "jiu_desktop.views.sync.remove_device_dialog"
#: Rows shown before the list scrolls (the Settings must fit a laptop screen).
VISIBLE_ROWS = 6
#: The widest the list asks to be (a longer name is cut short in its middle).
MAX_LIST_WIDTH = 520


def last_seen_text(when: datetime | None, now: datetime | None = None) -> str:
    """When a laptop last synchronised, as a coach would say it: "today at 14:05",
    "yesterday", "3 days ago", "on 12 March" (with the year when it is another one)."""
    if when is None:
        return translate("laptops", "not yet")
    local = when.astimezone()
    today = (now or datetime.now(UTC)).astimezone().date()
    days = (today - local.date()).days
    if days == 0:
        return translate("laptops", "today at {time}").format(time=local.strftime("%H:%M"))
    if days == 1:
        return translate("laptops", "yesterday")
    if 1 < days < 7:
        return translate("laptops", "{count} days ago").format(count=days)
    month = month_name(local.month)
    if local.year == today.year:
        return translate("laptops", "on {day} {month}").format(day=local.day, month=month)
    return translate("laptops", "on {day} {month} {year}").format(
        day=local.day, month=month, year=local.year
    )


def laptop_name(device: TeamDevice) -> str:
    if device.name:
        return device.name
    return translate("laptops", "Laptop without a name ({device})").format(
        device=device.device_id[:8]
    )


def state_text(device: TeamDevice) -> str:
    """What else to know of a laptop, short phrases after each other."""
    phrases = []
    if device.removed:
        phrases.append(translate("laptops", "taken out of the team"))
    elif device.this_laptop:
        phrases.append(translate("laptops", "this laptop"))
    if device.missing == 1:
        phrases.append(translate("laptops", "1 file missing"))
    elif device.missing > 1:
        phrases.append(translate("laptops", "{count} files missing").format(count=device.missing))
    return ", ".join(phrases)


def missing_text(device: TeamDevice) -> str:
    """The missing files in a whole sentence, for the row's tooltip."""
    if not device.missing:
        return ""
    return translate(
        "laptops",
        "Sync files of this laptop are missing from the folder or server ({count}); their"
        " changes arrive once it syncs again.",
    ).format(count=device.missing)


def remover() -> AskRemove | None:
    """The dialog that takes a laptop out of the team, when this version has it."""
    try:
        module = importlib.import_module(REMOVE_MODULE)
    except ModuleNotFoundError as missing:
        if missing.name != REMOVE_MODULE:
            raise  # the module is there but something it needs is not: a real fault
        return None
    return cast(AskRemove, module.ask_remove_device)


class TeamLaptopsModel(QAbstractTableModel):
    """One row per laptop: its name, when it was last seen, and what else to know of it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.devices: list[TeamDevice] = []
        self.now: datetime | None = None  # a fixed "now" for tests; None: the clock

    def set_devices(self, devices: list[TeamDevice]) -> None:
        self.beginResetModel()
        self.devices = list(devices)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.devices)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Laptop"), self.tr("Last seen"), "")[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        device = self.devices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return laptop_name(device)
            if column == 1:
                return last_seen_text(device.last_seen, self.now)
            return state_text(device)
        if role == Qt.ItemDataRole.ToolTipRole:  # a long name is cut short in the list
            lines = [laptop_name(device), device.device_id, missing_text(device)]
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.ForegroundRole and device.removed:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None


class TeamLaptops(QWidget):
    """The team's laptops, and "Take out of the team…" for the one chosen."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("teamLaptops")
        self.model = TeamLaptopsModel(self)
        self.table = QTableView()
        self.table.setObjectName("teamLaptopsList")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.ask_remove = remover()
        self.remove = QPushButton(self.tr("Take out of the team…"))
        self.remove.setObjectName("removeLaptop")
        self.remove.setVisible(self.ask_remove is not None)
        self.remove.clicked.connect(self._remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove)
        layout.addLayout(row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.refresh()

    def refresh(self) -> None:
        self.set_devices(team_devices.team_devices(self.context.store))

    def set_devices(self, devices: list[TeamDevice]) -> None:
        self.model.set_devices(devices)
        self._size_to_rows(len(devices))
        self._enable()

    def _size_to_rows(self, count: int) -> None:
        """As tall as its rows (up to VISIBLE_ROWS, then it scrolls) and as wide as its
        longest name, so no name is cut short where there is room on the screen."""
        rows = min(max(count, 2), VISIBLE_ROWS)
        frame = 2 * self.table.frameWidth()
        header = self.table.horizontalHeader()
        height = header.sizeHint().height()
        height += rows * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + frame)
        self.table.resizeColumnsToContents()
        width = sum(header.sectionSize(c) for c in range(self.model.columnCount())) + frame
        if count > VISIBLE_ROWS:
            width += self.table.verticalScrollBar().sizeHint().width()
        self.table.setMinimumWidth(min(width, MAX_LIST_WIDTH))

    def chosen(self) -> TeamDevice | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.devices[rows[0].row()] if rows else None

    def _enable(self) -> None:
        device = self.chosen()
        self.remove.setEnabled(device is not None and not device.this_laptop and not device.removed)

    def _remove(self) -> None:
        device = self.chosen()
        if self.ask_remove is None or device is None:
            return
        if self.ask_remove(self, self.context, device):
            self.refresh()


class LaptopRows(QObject):
    """This laptop's name (saved with the Settings) and the team's laptops."""

    def __init__(self, context: AppContext, own: QFormLayout, team: QFormLayout) -> None:
        """The name goes in ``own`` (the rows about this laptop), the list in ``team``."""
        super().__init__(own)
        self.context = context
        store = context.store
        this = team_devices.team_devices(store)[0]
        self.name_before = this.name
        self.name = QLineEdit(this.name)
        self.name.setObjectName("laptopName")
        self.name.setMaxLength(80)
        coach = team_devices.name_suggestion(store)
        self.name.setPlaceholderText(
            self.tr("e.g. {name}'s laptop").format(name=coach)
            if coach
            else self.tr("e.g. The team's laptop")
        )
        own.addRow(self.tr("Name of this laptop"), self.name)
        note = QLabel(
            self.tr("The other laptops of the team show this name in their list and messages.")
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        own.addRow("", note)
        self.laptops: TeamLaptops | None = None
        self.snapshots: SnapshotNote | None = None
        if sync_service.load_config(store) is not None:
            self.laptops = TeamLaptops(context)
            team.addRow(QLabel(self.tr("Laptops of the team")))
            team.addRow(self.laptops)  # the whole width: names are long
            self.snapshots = SnapshotNote(context)
            team.addRow(self.snapshots)

    def save(self) -> None:
        typed = " ".join(self.name.text().split())
        if typed != self.name_before:
            team_devices.name_this_laptop(self.context.store, typed)
            self.name_before = typed
            if self.laptops is not None:
                self.laptops.refresh()
