"""The map's edits as undo commands: redo is the service call, undo the inverse call.

Commands name a person by ``person_key``, not by row id: undoing a removal puts the person
back as a new row with the same key, and the commands pushed before it still find them.
Steps are named by the id they were first stored with; the editor follows a step that was
put back under a new id (:meth:`MapEditor.step_id`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from jiu_desktop.db.store import Store
from jiu_desktop.services import network_map
from jiu_desktop.services.changes import Changes

#: ``QUndoCommand.id`` of a thickness change, so steps on one person merge.
STRENGTH_ID = 1501


class MapEditor(Protocol):
    """What a command needs of the tab: the store, the map shown, and a way to write."""

    @property
    def store(self) -> Store: ...

    def person_id(self, person_key: str) -> str:
        """The row of ``person_key`` on the map shown (raises NotFound when not there)."""

    def step_id(self, first_id: str) -> str:
        """The row a step lives in now (it was put back under a new id by an undo)."""

    def step_moved(self, first_id: str, new_id: str) -> None: ...

    def write(self, call: Callable[[], Changes]) -> bool:
        """Run ``call``, announce what it changed and show it; False (and a message)
        when the service refused."""


class MapCommand(QUndoCommand):
    def __init__(self, editor: MapEditor, text: str) -> None:
        super().__init__(text)
        self.editor = editor


class PersonEdit(MapCommand):
    """Fields of one person, from ``old`` to ``new``."""

    def __init__(
        self, editor: MapEditor, key: str, old: dict[str, Any], new: dict[str, Any], text: str
    ) -> None:
        super().__init__(editor, text)
        self.key, self.old, self.new = key, old, new

    def _set(self, values: dict[str, Any]) -> None:
        store, key = self.editor.store, self.key
        self.editor.write(
            lambda: network_map.update_person(store, self.editor.person_id(key), **values)
        )

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


class StrengthEdit(PersonEdit):
    """A thicker or thinner line; thickness steps on the same person, one after the
    other, are one command."""

    def __init__(self, editor: MapEditor, key: str, old: int, new: int) -> None:
        super().__init__(
            editor,
            key,
            {"strength": old},
            {"strength": new},
            QCoreApplication.translate("map_commands", "Change line"),
        )

    def id(self) -> int:
        return STRENGTH_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, StrengthEdit) or other.key != self.key:
            return False
        self.new = other.new
        return True


def move_edit(editor: MapEditor, key: str, old: str, new: str) -> PersonEdit:
    return PersonEdit(
        editor,
        key,
        {"position": old},
        {"position": new},
        QCoreApplication.translate("map_commands", "Move person"),
    )


class AddPerson(MapCommand):
    def __init__(self, editor: MapEditor, map_id: str, fields: dict[str, Any]) -> None:
        super().__init__(editor, QCoreApplication.translate("map_commands", "Add person"))
        self.map_id = map_id
        self.fields = dict(fields)
        self.key: str | None = None

    def redo(self) -> None:
        store, fields = self.editor.store, dict(self.fields)
        label = fields.pop("label")
        made: list[tuple[str, str]] = []  # (person_key, position)

        def add() -> Changes:
            result = network_map.add_person(store, self.map_id, label, **fields)
            person = network_map.get_person(store, result.id)
            made.append((person.person_key, person.position))
            return result.changes

        if self.editor.write(add) and made:
            # Again after an undo: the same person, on the spot it got the first time.
            self.key, position = made[0]
            self.fields.update(person_key=self.key, position=position)

    def undo(self) -> None:
        if self.key is None:
            return
        store, key = self.editor.store, self.key
        self.editor.write(lambda: network_map.delete_person(store, self.editor.person_id(key)))


class DeletePerson(MapCommand):
    """Off the map; undo puts them back with the same key and everything they had."""

    def __init__(self, editor: MapEditor, map_id: str, values: dict[str, Any]) -> None:
        super().__init__(editor, QCoreApplication.translate("map_commands", "Delete person"))
        self.map_id, self.values = map_id, values

    def redo(self) -> None:
        store, key = self.editor.store, self.values["person_key"]
        self.editor.write(lambda: network_map.delete_person(store, self.editor.person_id(key)))

    def undo(self) -> None:
        store, values = self.editor.store, dict(self.values)
        label = values.pop("label")
        self.editor.write(
            lambda: network_map.add_person(store, self.map_id, label, **values).changes
        )


class MapEdit(MapCommand):
    """A setting of the version shown: the backdrop, the remark."""

    def __init__(
        self, editor: MapEditor, map_id: str, old: dict[str, Any], new: dict[str, Any], text: str
    ) -> None:
        super().__init__(editor, text)
        self.map_id, self.old, self.new = map_id, old, new

    def redo(self) -> None:
        store, new = self.editor.store, self.new
        self.editor.write(lambda: network_map.update_map(store, self.map_id, **new))

    def undo(self) -> None:
        store, old = self.editor.store, self.old
        self.editor.write(lambda: network_map.update_map(store, self.map_id, **old))


class AddStep(MapCommand):
    """A step to improve the connection with a person (it also marks the person)."""

    def __init__(self, editor: MapEditor, key: str, fields: dict[str, Any]) -> None:
        super().__init__(editor, QCoreApplication.translate("map_commands", "Add step"))
        self.key, self.fields = key, dict(fields)
        self.first_id: str | None = None
        self.was_marked: bool | None = None

    def redo(self) -> None:
        store, fields = self.editor.store, dict(self.fields)
        what = fields.pop("what")

        def add() -> Changes:
            person_id = self.editor.person_id(self.key)
            if self.was_marked is None:
                self.was_marked = network_map.get_person(store, person_id).improve
            result = network_map.add_step(store, person_id, what, **fields)
            if self.first_id is None:
                self.first_id = result.id
            else:
                self.editor.step_moved(self.first_id, result.id)
            return result.changes

        self.editor.write(add)

    def undo(self) -> None:
        if self.first_id is None:
            return
        store, first = self.editor.store, self.first_id

        def remove() -> Changes:
            changes = network_map.delete_step(store, self.editor.step_id(first))
            if self.was_marked is False:
                person_id = self.editor.person_id(self.key)
                changes |= network_map.update_person(store, person_id, improve=False)
            return changes

        self.editor.write(remove)


class StepEdit(MapCommand):
    def __init__(
        self, editor: MapEditor, step_id: str, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        super().__init__(editor, QCoreApplication.translate("map_commands", "Change step"))
        self.first_id, self.old, self.new = step_id, old, new

    def _set(self, values: dict[str, Any]) -> None:
        store, first = self.editor.store, self.first_id
        self.editor.write(
            lambda: network_map.update_step(store, self.editor.step_id(first), **values)
        )

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


class DeleteStep(MapCommand):
    def __init__(self, editor: MapEditor, key: str, step_id: str, values: dict[str, Any]) -> None:
        super().__init__(editor, QCoreApplication.translate("map_commands", "Delete step"))
        self.key, self.first_id, self.values = key, step_id, values

    def redo(self) -> None:
        store, first = self.editor.store, self.first_id
        self.editor.write(lambda: network_map.delete_step(store, self.editor.step_id(first)))

    def undo(self) -> None:
        store, values = self.editor.store, dict(self.values)
        what = values.pop("what")

        def put_back() -> Changes:
            result = network_map.add_step(store, self.editor.person_id(self.key), what, **values)
            self.editor.step_moved(self.first_id, result.id)
            return result.changes

        self.editor.write(put_back)


def step_values(step: Any) -> dict[str, Any]:
    """What ``add_step`` needs to put ``step`` back."""
    return {name: getattr(step, name) for name in network_map.STEP_FIELDS}
