"""The "Netwerkkaart" tab: the map of the people around the young person, drawn together.

The scene shows what the service holds; every edit is a command on the tab's undo stack
whose redo calls the service and whose undo calls the inverse (``commands.py``). A drag
writes once, on the drop; thickness steps from the wheel or +/− are shown at once and
written once they pause (``SETTLE_MS``), as one command.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog

from jiu_desktop.db.store import Store
from jiu_desktop.errors import JiuError, NotFound
from jiu_desktop.printing.map_layout import (
    LINE_WIDTHS,
    PersonInput,
    format_position,
    layout_map,
    parse_position,
)
from jiu_desktop.services import network_map, participants
from jiu_desktop.services.changes import Changes
from jiu_desktop.services.map_labels import annotations_in_words, category_label
from jiu_desktop.services.team import my_coach_id
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import ImprovementStep, MapPerson, NetworkMap
from jiu_desktop.views.network_map import commands as c
from jiu_desktop.views.network_map import paper
from jiu_desktop.views.network_map.painter import SECTOR_CATEGORIES, map_image
from jiu_desktop.views.network_map.person_fields import AddPersonDialog
from jiu_desktop.views.network_map.steps import StepDialog
from jiu_desktop.views.network_map.tab_layout import MapTabLayout
from jiu_desktop.views.network_map.together import TogetherMode
from jiu_desktop.views.network_map.versions import CompareDialog, version_text
from jiu_desktop.views.participants.tabs.base import TabHost
from jiu_desktop.views.printing import failure_text, save_pdf

SETTLE_MS = 600
TOGETHER_KEYS = "F11"
STRENGTHS = (min(LINE_WIDTHS), max(LINE_WIDTHS))


class NetworkMapTab(MapTabLayout):
    def __init__(self, context: AppContext, host: TabHost) -> None:
        super().__init__(context, host)
        self.undo_stack = QUndoStack(self)
        self.map_id: str | None = None
        self.versions: list[network_map.MapVersion] = []
        self.persons: dict[str, Any] = {}  # person_key → the stored row
        self.first_name = ""
        self._step_ids: dict[str, str] = {}
        self._rebuilding = False
        self._panel_key: str | None = None
        #: Thickness steps not written yet: person key → (stored, shown).
        self._pending: dict[str, tuple[int, int]] = {}
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.write_strengths)
        self.together = TogetherMode(
            self, keep=[self.view, self.together_button], hide=[self.panel, *self.bar_widgets()]
        )
        self._connect()
        self._shortcuts()

    @property
    def store(self) -> Store:
        return self.context.store

    def _connect(self) -> None:
        self.start_button.clicked.connect(self.start_map)
        self.add_button.clicked.connect(lambda: self.add_person(None))
        self.new_version_button.clicked.connect(self.new_version)
        self.compare_button.clicked.connect(self.compare)
        self.backdrop_button.toggled.connect(self.set_backdrop)
        self.fit_button.clicked.connect(self.view.fit)
        self.together_button.toggled.connect(self.set_together)
        self.image_action.triggered.connect(self.save_image)
        self.print_action.triggered.connect(lambda: self.print_map(for_participant=False))
        self.print_participant_action.triggered.connect(
            lambda: self.print_map(for_participant=True)
        )
        self.pdf_action.triggered.connect(lambda: self.save_map_pdf(for_participant=False))
        self.pdf_participant_action.triggered.connect(
            lambda: self.save_map_pdf(for_participant=True)
        )
        self.version_picker.activated.connect(self._version_chosen)
        self.scene.dropped.connect(self.moved)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.view.strength_step.connect(self.step_strength)
        self.scene.line_dragged.connect(self.step_strength)
        self.view.add_requested.connect(self.add_person)
        self.view.delete_requested.connect(self.delete_selected)
        self.panel.save.connect(self._panel_save)
        self.panel.delete_requested.connect(self.delete_selected)
        self.panel.steps.add_requested.connect(self.add_step)
        self.panel.steps.edit_requested.connect(self.edit_step)
        self.panel.steps.delete_requested.connect(self.delete_step)

    def _shortcuts(self) -> None:
        def on(keys: QKeySequence | str, slot: Callable[[], None]) -> QShortcut:
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            return shortcut

        on(QKeySequence(QKeySequence.StandardKey.Undo), self.undo)
        redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo:
            redo.append(QKeySequence("Ctrl+Shift+Z"))
        for keys in redo:
            on(keys, self.redo)
        on("Ctrl+0", self.view.fit)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.print_action)  # Ctrl+P also while the menu is closed
        on("Insert", lambda: self.add_person(None))
        on(TOGETHER_KEYS, self.together_button.toggle)
        self.leave_together = on("Escape", lambda: self.together_button.setChecked(False))
        self.leave_together.setEnabled(False)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("NetworkMapTab", "&Network map")

    # -- showing ---------------------------------------------------------------------------
    def load(self, participant_id: str) -> None:
        self.discard()
        self.participant_id = participant_id
        person = participants.get_participant(self.store, participant_id)
        self.first_name = person.first_name or "?"
        self.map_id = None
        self.reload()
        self.view.fit()

    def reload(self) -> None:
        """Show the stored map afresh, keeping the version, the selection and the zoom."""
        if self.participant_id is None or not self.context.unlocked:
            return
        self.versions = network_map.list_versions(self.store, self.participant_id)
        ids = [v.map.id for v in self.versions]
        if self.map_id not in ids:
            self.map_id = ids[-1] if ids else None
        self.pages.setCurrentWidget(self.map_page if self.map_id else self.empty_page)
        self._show_versions()
        if self.map_id is None:
            self.persons = {}
            return
        shown = next(v for v in self.versions if v.map.id == self.map_id)
        rows = network_map.persons(self.store, self.map_id)
        self.persons = {p.person_key: p for p in rows}
        self._pending = {k: v for k, v in self._pending.items() if k in self.persons}
        self._rebuilding = True
        try:
            self.backdrop_button.setChecked(shown.map.backdrop)
            self._draw(shown.map.backdrop)
        finally:
            self._rebuilding = False
        self._show_panel()

    def _draw(self, backdrop: bool) -> None:
        inputs = [self._input(p) for p in self.persons.values()]
        layout = layout_map(self.first_name, inputs, backdrop=backdrop)
        tips = (
            {} if self.together.active else {k: self._tooltip(p) for k, p in self.persons.items()}
        )
        self.scene.show_layout(layout, inputs, self.sector_labels(), tips)

    def _input(self, person: Any) -> PersonInput:
        strength = self._pending.get(person.person_key, (0, person.strength))[1]
        return PersonInput(
            key=person.person_key,
            label=person.label,
            category=person.category,
            position=parse_position(person.position),
            strength=strength,
            trust=person.trust,
            annotations=annotations_in_words(person.annotations, person.own_words),
            improve=person.improve,
        )

    def _tooltip(self, person: Any) -> str:
        if not person.coach_note:
            return ""
        return self.tr("Coach's note: {note}").format(note=person.coach_note)

    @staticmethod
    def sector_labels() -> dict[str, str]:
        return {code: category_label(code) for code in SECTOR_CATEGORIES}

    def _show_versions(self) -> None:
        self.version_picker.clear()
        for version in self.versions:
            self.version_picker.addItem(version_text(version), version.map.id)
        index = self.version_picker.findData(self.map_id)
        self.version_picker.setCurrentIndex(index)
        older = 0 <= index < len(self.versions) - 1
        self.older_note.setVisible(older and not self.together.active)
        if older:
            self.older_note.setText(
                self.tr(
                    "You are changing version {number}, not the latest: a correction of that "
                    "version."
                ).format(number=self.versions[index].number)
            )
        self.compare_button.setEnabled(len(self.versions) > 1)

    def _show_panel(self) -> None:
        key = self.scene.selected_key()
        person = self.persons.get(key or "")
        same = key is not None and key == self._panel_key
        self._panel_key = key
        steps = (
            network_map.steps(self.store, person.participant_id, person.person_key)
            if person is not None
            else []
        )
        self.panel.show_person(person, steps, keep_typing=same)

    def _selection_changed(self) -> None:
        if self._rebuilding:
            return
        self.panel.flush()
        self._show_panel()

    def _version_chosen(self, index: int) -> None:
        self.flush()
        self.map_id = self.version_picker.itemData(index)
        self.undo_stack.clear()
        self.reload()
        self.view.fit()

    # -- what the commands ask (commands.MapEditor) ------------------------------------------
    def person_id(self, person_key: str) -> str:
        person = self.persons.get(person_key)
        if person is None:
            raise NotFound(self.tr("Person on the map"), person_key)
        return str(person.id)

    def step_id(self, first_id: str) -> str:
        return self._step_ids.get(first_id, first_id)

    def step_moved(self, first_id: str, new_id: str) -> None:
        self._step_ids[first_id] = new_id

    def write(self, call: Callable[[], Changes]) -> bool:
        try:
            changes = call()
        except JiuError as error:
            self.message.setText(str(error))
            self.reload()
            return False
        self.message.clear()
        self.host.show_saved(self.tr("✓ Saved"))
        self.context.announce(changes, self)
        self.reload()
        return True

    def push(self, command: c.MapCommand) -> None:
        if not isinstance(command, c.StrengthEdit):
            self.write_strengths()
        self.undo_stack.push(command)

    def undo(self) -> None:
        self.flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        self.undo_stack.redo()

    # -- editing ---------------------------------------------------------------------------
    def start_map(self) -> None:
        if self.participant_id is None:
            return
        pid, coach = self.participant_id, my_coach_id(self.store)
        made: list[str] = []

        def start() -> Changes:
            result = network_map.start_map(self.store, pid, coach_id=coach)
            made.append(result.id)
            return result.changes

        self.map_id = None
        if self.write(start):
            self.map_id = made[0]
            self.reload()
            self.view.fit()
            self.view.setFocus()

    def new_version(self) -> None:
        if self.participant_id is None:
            return
        self.flush()
        pid, coach = self.participant_id, my_coach_id(self.store)
        made: list[str] = []

        def copy() -> Changes:
            result = network_map.new_version(self.store, pid, coach_id=coach)
            made.append(result.id)
            return result.changes

        if self.write(copy):
            self.map_id = made[0]
            self.undo_stack.clear()  # the steps so far name the earlier version
            self.reload()
            self.context.status_message.emit(
                self.tr("New version made: a copy of the latest, dated today.")
            )

    def add_person(self, spot: tuple[float, float] | None) -> None:
        if self.map_id is None:
            return
        self.flush()
        dialog = AddPersonDialog(self, coach_note=not self.together.active)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fields = dialog.values()
        if spot is not None:
            fields["position"] = spot
        command = c.AddPerson(self, self.map_id, fields)
        self.push(command)
        if command.key is not None:
            self.view.select(command.key)
        self.view.setFocus()

    def moved(self, key: str, centre: tuple[float, float]) -> None:
        person = self.persons.get(key)
        if person is None:
            return
        new = format_position(centre)
        self.push(c.move_edit(self, key, person.position, new))

    def step_strength(self, key: str, step: int) -> None:
        person = self.persons.get(key)
        if person is None:
            return
        stored, shown = self._pending.get(key, (person.strength, person.strength))
        new = min(max(shown + step, STRENGTHS[0]), STRENGTHS[1])
        self._pending[key] = (stored, new)
        self.scene.set_strength_shown(key, new)
        if key == self._panel_key:
            self.panel.show_strength(new)
        self.settle.start()

    def write_strengths(self) -> None:
        """Write the thickness steps that were only shown so far, one command a person."""
        self.settle.stop()
        pending, self._pending = self._pending, {}
        for key, (stored, shown) in pending.items():
            if stored != shown and key in self.persons:
                self.undo_stack.push(c.StrengthEdit(self, key, stored, shown))

    def _panel_save(self, values: dict[str, Any]) -> None:
        key = self._panel_key
        person = self.persons.get(key or "")
        if key is None or person is None:
            return
        if set(values) == {"strength"}:
            self.write_strengths()
            self.push(c.StrengthEdit(self, key, person.strength, values["strength"]))
            return
        old = {name: getattr(person, name) for name in values}
        if old == values:
            return
        names = [field_name(name) for name in values]
        text = self.tr("Change {field}").format(field=", ".join(names))
        self.push(c.PersonEdit(self, key, old, values, text))

    def delete_selected(self) -> None:
        key = self.scene.selected_key()
        person = self.persons.get(key or "")
        if person is None or self.map_id is None:
            return
        self.panel.flush()
        person = self.persons[person.person_key]
        self.push(c.DeletePerson(self, self.map_id, network_map.person_values(person)))
        self.context.status_message.emit(
            self.tr("“{name}” is off the map; Ctrl+Z puts them back.").format(name=person.label)
        )

    def set_backdrop(self, on: bool) -> None:
        if self._rebuilding or self.map_id is None:
            return
        text = self.tr("Show sectors and rings") if on else self.tr("Hide sectors and rings")
        self.push(c.MapEdit(self, self.map_id, {"backdrop": not on}, {"backdrop": on}, text))

    # -- steps -----------------------------------------------------------------------------
    def add_step(self) -> None:
        key = self._panel_key
        if key is None or key not in self.persons:
            return
        dialog = StepDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.push(c.AddStep(self, key, dialog.clean_values()))

    def _step(self, step_id: str) -> Any | None:
        person = self.persons.get(self._panel_key or "")
        if person is None:
            return None
        found = network_map.steps(self.store, person.participant_id, person.person_key)
        return next((s for s in found if s.id == step_id), None)

    def edit_step(self, step_id: str) -> None:
        step = self._step(step_id)
        if step is None:
            return
        dialog = StepDialog(self, step)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        old, new = c.step_values(step), dialog.clean_values()
        if old != new:
            self.push(c.StepEdit(self, step_id, old, new))

    def delete_step(self, step_id: str) -> None:
        step = self._step(step_id)
        if step is not None and self._panel_key is not None:
            self.push(c.DeleteStep(self, self._panel_key, step_id, c.step_values(step)))

    # -- comparing, looking together, the picture --------------------------------------------
    def compare(self) -> None:
        if self.participant_id is not None and len(self.versions) > 1:
            CompareDialog(self, self.store, self.participant_id, self.versions).exec()

    def set_together(self, on: bool) -> None:
        self.flush()
        if on:
            self.together.enter()
            self.view.setFocus()
        else:
            self.together.leave()
        self.leave_together.setEnabled(on)
        self.reload()  # tooltips with coach notes off, or back on
        self.view.fit()

    def shown_number(self) -> int | None:
        """The number of the version on screen (None: no map yet)."""
        return next((v.number for v in self.versions if v.map.id == self.map_id), None)

    def print_map(self, *, for_participant: bool) -> None:
        number = self.shown_number()
        if number is None or self.participant_id is None:
            return
        self.flush()
        try:
            sent = paper.print_map(
                self, self.store, self.participant_id, number, for_participant=for_participant
            )
        except JiuError as error:
            self.message.setText(failure_text(error))
            return
        if sent:
            self.context.status_message.emit(self.tr("Sent to the printer."))

    def save_map_pdf(self, *, for_participant: bool) -> None:
        number = self.shown_number()
        if number is None or self.participant_id is None:
            return
        self.flush()
        name = paper.suggested_name(self.first_name, number, for_participant=for_participant)
        try:
            pdf = paper.map_pdf_bytes(
                self.store, self.participant_id, number, for_participant=for_participant
            )
            path = save_pdf(self, pdf, name)
        except (OSError, JiuError) as error:
            self.message.setText(failure_text(error))
            return
        if path:
            self.message.clear()
            self.context.status_message.emit(self.tr("Saved: {path}").format(path=path))

    def save_image(self) -> None:
        if self.scene.layout is None:
            return
        suggested = self.tr("network map {name} {date}.png").format(
            name=self.first_name, date=date.today().strftime("%d-%m-%Y")
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as picture"), suggested, self.tr("PNG picture (*.png)")
        )
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if map_image(self.scene.layout, self.sector_labels()).save(path, b"PNG"):
            self.context.status_message.emit(self.tr("Picture saved."))
        else:
            self.message.setText(self.tr("The picture could not be saved there."))

    # -- the page --------------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        if changes.initiator is self or not changes.touches(NetworkMap, MapPerson, ImprovementStep):
            return
        self.reload()

    def focus_first(self) -> None:
        (self.view if self.map_id else self.start_button).setFocus()

    def flush(self) -> None:
        self.panel.flush()
        self.write_strengths()

    def discard(self) -> None:
        self.settle.stop()
        self._pending.clear()
        self.panel.timer.stop()
        self.undo_stack.clear()
        self._step_ids.clear()
        if self.together.active:
            self.together_button.setChecked(False)
        super().discard()


def field_name(name: str) -> str:
    """How the undo menu names a field of a person ("Change name")."""

    return {
        "label": QCoreApplication.translate("NetworkMapTab", "name"),
        "category": QCoreApplication.translate("NetworkMapTab", "who they are"),
        "annotations": QCoreApplication.translate("NetworkMapTab", "brackets"),
        "own_words": QCoreApplication.translate("NetworkMapTab", "own words"),
        "coach_note": QCoreApplication.translate("NetworkMapTab", "coach's note"),
        "trust": QCoreApplication.translate("NetworkMapTab", "trust"),
        "improve": QCoreApplication.translate("NetworkMapTab", "improve"),
    }.get(name, name)
