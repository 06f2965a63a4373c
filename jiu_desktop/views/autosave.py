"""Autosave with undo for forms: every edit is saved shortly after typing stops.

A form binds its widgets by field name. Edits mark the field dirty and (re)start a short
timer, but never push a save further than MAX_WAIT_MS after the first unsaved keystroke,
so a kill loses at most about a second of typing. When it fires, each dirty field is
saved on its own, so one invalid field never
holds back the others. An invalid value gets a calm message and a marked field and is not
saved until corrected. Each saved edit is an undoable command on the form's QUndoStack.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)

from jiu_desktop.errors import JiuError
from jiu_desktop.views.labels import format_date
from jiu_desktop.views.style import set_invalid

DEBOUNCE_MS = 600
#: While someone keeps typing, still save at least this often.
MAX_WAIT_MS = 1000
#: What a QLineEdit keeps free left and right of its text, inside its frame (Qt's own).
LINE_EDIT_MARGIN = 2


@dataclass
class Binding:
    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]
    #: The signal that says the coach edited the field; None: the usual one of the
    #: widget's kind (a line edit's ``textEdited``, a combo box's ``activated``, …).
    edited: Any = None


def line_binding(widget: QLineEdit) -> Binding:
    return Binding(widget, widget.text, lambda v: widget.setText(str(v or "")))


def date_placeholder() -> str:
    """How a date is typed, in the coach's language (dd-mm-jjjj in Dutch)."""
    return QCoreApplication.translate("dates", "dd-mm-yyyy")


def fit_date(widget: QLineEdit) -> None:
    """The placeholder and a whole date stay readable, however narrow the form gets."""
    widget.setPlaceholderText(date_placeholder())
    metrics = widget.fontMetrics()
    option = QStyleOptionFrame()
    widget.initStyleOption(option)
    text = max(metrics.horizontalAdvance(t) for t in ("00-00-0000", date_placeholder()))
    wanted = QSize(text + 2 * LINE_EDIT_MARGIN + 1, metrics.height())  # 1: the cursor
    size = widget.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, wanted, widget)
    widget.setMinimumWidth(size.width())


def date_binding(widget: QLineEdit) -> Binding:
    """A date typed as dd-mm-jjjj (or left empty); the service parses and checks it. It is
    set from a stored date, or from the text it held before (undo)."""
    fit_date(widget)
    return Binding(
        widget,
        lambda: widget.text().strip(),
        lambda v: widget.setText(format_date(v) if isinstance(v, date) else str(v or "")),
    )


def text_binding(widget: QPlainTextEdit) -> Binding:
    return Binding(widget, widget.toPlainText, lambda v: widget.setPlainText(str(v or "")))


def check_binding(widget: QCheckBox) -> Binding:
    return Binding(widget, widget.isChecked, lambda v: widget.setChecked(bool(v)))


def combo_binding(widget: QComboBox) -> Binding:
    def select(value: Any) -> None:
        index = widget.findData(value)
        widget.setCurrentIndex(max(index, 0))

    return Binding(widget, widget.currentData, select)


def _signal_of(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QComboBox):
        return widget.activated
    raise TypeError(type(widget).__name__)


def saved_text() -> str:
    """The status of a form whose every edit is saved."""
    return QCoreApplication.translate("AutosaveForm", "Saved")


def undo_text(label: str) -> str:
    """What undoing an edit of the field with this label undoes ("Change Phone").

    A fixed context, not ``self.tr``: PySide's ``tr`` looks a text up under the class of
    the object at run time, which need not be the class lupdate saw it in.
    """
    return QCoreApplication.translate("AutosaveForm", "Change {field}").format(field=label)


class _FieldEdit(QUndoCommand):
    def __init__(self, form: AutosaveForm, name: str, old: Any, new: Any) -> None:
        super().__init__(undo_text(form.labels.get(name, name)))
        self.form, self.name, self.old, self.new = form, name, old, new
        self.first = True

    def redo(self) -> None:
        if self.first:  # already saved when the command was pushed
            self.first = False
            return
        self.form.apply(self.name, self.new)

    def undo(self) -> None:
        self.form.apply(self.name, self.old)


class AutosaveForm(QObject):
    #: Text for a small status label: "Saved", or the problem with a field.
    status = Signal(str)
    #: A field was saved (argument: field name).
    saved = Signal(str)

    def __init__(self, save: Callable[[dict[str, Any]], None], parent: QObject | None = None):
        super().__init__(parent)
        self._save = save
        self.bindings: dict[str, Binding] = {}
        self.labels: dict[str, str] = {}
        self.values: dict[str, Any] = {}
        self.dirty: dict[str, None] = {}
        self.undo_stack = QUndoStack(self)
        self._loading = False
        self._pending_since: float | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.save_now)

    def bind(self, name: str, binding: Binding, label: str = "") -> None:
        self.bindings[name] = binding
        self.labels[name] = label or name
        signal = binding.edited if binding.edited is not None else _signal_of(binding.widget)
        signal.connect(lambda *_: self._edited(name))

    def load(self, values: dict[str, Any]) -> None:
        """Show saved values without saving them back; clears undo history."""
        self.timer.stop()
        self._loading = True
        try:
            for name, binding in self.bindings.items():
                if name in values:
                    binding.set(values[name])
                    set_invalid(binding.widget, False)
            self.values = {name: self.bindings[name].get() for name in self.bindings}
        finally:
            self._loading = False
        self.dirty.clear()
        self.undo_stack.clear()

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self.dirty[name] = None
        now = time.monotonic()
        if self._pending_since is None:
            self._pending_since = now
        waited_ms = (now - self._pending_since) * 1000
        self.timer.start(int(max(0, min(DEBOUNCE_MS, MAX_WAIT_MS - waited_ms))))

    def save_now(self) -> None:
        self.timer.stop()
        self._pending_since = None
        problems: list[str] = []
        for name in list(self.dirty):
            binding = self.bindings[name]
            value = binding.get()
            old = self.values.get(name)
            if value == old:
                self.dirty.pop(name, None)
                set_invalid(binding.widget, False)
                continue
            try:
                self._save({name: value})
            except JiuError as error:
                set_invalid(binding.widget, True)
                problems.append(str(error))
                continue
            self.dirty.pop(name, None)
            set_invalid(binding.widget, False)
            self.values[name] = value
            self.undo_stack.push(_FieldEdit(self, name, old, value))
            self.saved.emit(name)
        self.status.emit(problems[0] if problems else saved_text())

    def apply(self, name: str, value: Any) -> None:
        """Put a value in a field and save it at once (undo/redo). A value that cannot be
        saved (an undo back to an empty name) is told, and the field shows the saved one."""
        binding = self.bindings[name]
        self._show(binding, value)
        try:
            self._save({name: binding.get()})
        except JiuError as error:
            self._show(binding, self.values.get(name))
            self.status.emit(str(error))
            return
        self.values[name] = binding.get()
        self.dirty.pop(name, None)
        set_invalid(binding.widget, False)
        self.saved.emit(name)
        self.status.emit(saved_text())

    def _show(self, binding: Binding, value: Any) -> None:
        self._loading = True
        try:
            binding.set(value)
        finally:
            self._loading = False

    def flush(self) -> None:
        if self.dirty:
            self.save_now()
