"""The step being worked on (vers voornemen): what, best before, who helps, how it went.

Autosaved with undo (``AutosaveForm``). A new step is stored once its text is typed;
what is chosen before that is kept and stored with it. While typing, the handbook's four
checks stand below the text as gentle prompts, and a hint says when the text is longer
than fits on a sticker. "Stap gezet" marks it taken today and is celebrated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.views.autosave import (
    AutosaveForm,
    Binding,
    combo_binding,
    date_binding,
    saved_text,
    text_binding,
)
from jiu_desktop.views.labels import step_status_choices
from jiu_desktop.views.participants.tabs.fields import ParagraphEdit, message_line
from jiu_desktop.views.style import ACCENT_SOFT, mark_primary

#: The smallest sticker: a step that fits it whole fits every sheet.
ROUND_STICKER = "round-63.5"
#: The field names of the form, as the step service knows them ("helper" is chosen here).
FIELDS = ("text", "best_before", "helper", "status", "taken_on", "reflection")


def helper_binding(combo: QComboBox) -> Binding:
    """Who helps: typed, or a person from the map (the list); saved as the text shown.

    Bound through the combo's line, so typing saves too; choosing from the list is told
    to the form as an edit of that line.
    """
    line = combo.lineEdit()
    assert line is not None
    combo.activated.connect(lambda _index: line.textEdited.emit(line.text()))

    def show(value: object) -> None:
        combo.setEditText(str(value or ""))
        line.setCursorPosition(0)  # the start of a name, when the field is narrow

    return Binding(line, line.text, show)


class Celebration(QFrame):
    """A warm line when a step is taken, with the offer of a next step. Not an error box."""

    next_step = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("celebration")
        self.setStyleSheet(
            f"QFrame#celebration {{ background: {ACCENT_SOFT}; border-radius: 6px; }}"
        )
        column = QVBoxLayout(self)
        self.text = QLabel(self.tr("Step taken! Time to celebrate that."))
        self.text.setObjectName("celebrationText")
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-weight: bold;")
        column.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeCelebration")
        row.addWidget(self.close_button)
        self.next_button = QPushButton(self.tr("Ne&xt step?"))
        self.next_button.setObjectName("nextStep")
        mark_primary(self.next_button)
        self.next_button.clicked.connect(self.next_step)
        row.addWidget(self.next_button)
        column.addLayout(row)
        self.hide()


class StepEditor(QGroupBox):
    """Edits one step; ``save`` stores one field ({name: value}) of the step shown."""

    take_requested = Signal()
    delete_requested = Signal()

    def __init__(self, save: Callable[[dict[str, Any]], None]) -> None:
        super().__init__()
        self.setTitle(self.tr("Fresh resolution"))
        layout = QVBoxLayout(self)
        self.text = ParagraphEdit(3)
        self.text.setObjectName("stepText")
        self.text.setPlaceholderText(self.tr("A first step: small, and theirs"))
        layout.addWidget(self.text)
        self.checks = QLabel(
            self.tr("Feasible? · Concrete? · What is the result? · Said in a positive way?")
        )
        self.checks.setObjectName("hint")
        self.checks.setWordWrap(True)
        layout.addWidget(self.checks)
        self.sticker_hint = message_line()
        self.sticker_hint.setObjectName("stickerHint")
        self.sticker_hint.setMinimumHeight(self.sticker_hint.fontMetrics().lineSpacing())
        layout.addWidget(self.sticker_hint)
        self.text.textChanged.connect(self._text_changed)

        form = QFormLayout()
        self.best_before = QLineEdit()
        self.best_before.setObjectName("stepBestBefore")
        form.addRow(self.tr("Best before"), self.best_before)
        self.helper = QComboBox()
        self.helper.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.helper.setMinimumContentsLength(17)  # "jongerenwerker Samira" whole
        self.helper.setObjectName("stepHelper")
        self.helper.setEditable(True)
        self.helper.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        helper_line = self.helper.lineEdit()
        assert helper_line is not None
        helper_line.setPlaceholderText(self.tr("Someone from their network"))
        # The combo draws the frame; the app's padding for fields would not fit inside it.
        helper_line.setStyleSheet("padding: 0; border: none; background: transparent;")
        form.addRow(self.tr("Who helps"), self.helper)
        self.status = QComboBox()
        self.status.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status.setMinimumContentsLength(12)  # a long name wraps the list, not the page
        self.status.setObjectName("stepStatus")
        for code, label in step_status_choices():
            self.status.addItem(label, code)
        form.addRow(self.tr("Status"), self.status)
        self.taken_on = QLineEdit()
        self.taken_on.setObjectName("stepTakenOn")
        form.addRow(self.tr("Taken on"), self.taken_on)
        self.reflection = ParagraphEdit(2)
        self.reflection.setObjectName("stepReflection")
        self.reflection.setPlaceholderText(self.tr("How it went, in their words"))
        form.addRow(self.tr("How it went"), self.reflection)
        layout.addLayout(form)

        self.form = AutosaveForm(save, self)
        self.form.bind("text", text_binding(self.text), self.tr("Step"))
        self.form.bind("best_before", date_binding(self.best_before), self.tr("Best before"))
        self.form.bind("helper", helper_binding(self.helper), self.tr("Who helps"))
        self.form.bind("status", combo_binding(self.status), self.tr("Status"))
        self.form.bind("taken_on", date_binding(self.taken_on), self.tr("Taken on"))
        self.form.bind("reflection", text_binding(self.reflection), self.tr("How it went"))
        self.message = message_line()
        self.form.status.connect(self._status)
        layout.addWidget(self.message)

        # Taking a step puts the celebration where its buttons were: nothing above moves.
        self.action_row = QWidget()
        buttons = QHBoxLayout(self.action_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.delete_button = QPushButton(self.tr("Delete step…"))
        self.delete_button.setObjectName("deleteStep")
        self.delete_button.clicked.connect(self.delete_requested)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.take_button = QPushButton(self.tr("Step ta&ken"))
        self.take_button.setObjectName("takeStep")
        mark_primary(self.take_button)
        self.take_button.clicked.connect(self.take_requested)
        buttons.addWidget(self.take_button)
        layout.addWidget(self.action_row)
        self.celebration = Celebration()
        self.celebration.close_button.clicked.connect(self.end_celebration)
        layout.addWidget(self.celebration)
        layout.addStretch(1)
        shortcut = QShortcut(QKeySequence.StandardKey.Undo, self, self.form.undo_stack.undo)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        redo = QShortcut(QKeySequence.StandardKey.Redo, self, self.form.undo_stack.redo)
        redo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def set_helpers(self, labels: list[str]) -> None:
        """The persons on the latest network map, to choose from."""
        text = self.helper.currentText()
        self.helper.blockSignals(True)
        self.helper.clear()
        self.helper.addItems(labels)
        self.helper.setEditText(text)
        self.helper.blockSignals(False)

    def show_step(self, values: dict[str, Any], new: bool) -> None:
        """Show a stored step (``values`` by field name) or an empty new one."""
        self.form.load(values)
        self.message.clear()
        self.end_celebration()
        self.take_button.setEnabled(not new and values.get("status") != "gezet")
        self.delete_button.setEnabled(not new)
        self._text_changed()

    def celebrate(self) -> None:
        self.action_row.hide()
        self.celebration.show()
        self.celebration.next_button.setFocus()

    def end_celebration(self) -> None:
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.celebration.isAncestorOf(focus)
        self.celebration.hide()
        self.action_row.show()
        if had_focus:
            self.take_button.setFocus()

    def _status(self, text: str) -> None:
        self.message.setText("" if text == saved_text() else text)

    def _text_changed(self) -> None:
        from jiu_desktop.printing.tin_labels import layout_for, step_fits

        text = self.text.toPlainText().strip()
        # measured on the round sticker as it is printed (7 pt at the smallest)
        too_long = bool(text) and not step_fits(text, layout_for(ROUND_STICKER))
        self.sticker_hint.setText(
            self.tr("Too long for a round sticker: it would be cut short.") if too_long else ""
        )
        self.sticker_hint.setToolTip(
            self.tr("Shorter words fit the round sticker; the larger labels hold more.")
            if too_long
            else ""
        )
