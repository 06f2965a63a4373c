"""The editor's outline: the parts with their questions, in order, and the bar that adds a
question. Moving and deleting act on the chosen row: the buttons, or Ctrl+Up, Ctrl+Down
and Delete in the outline.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.services.form_definition import FormDefinition
from jiu_desktop.views.form_admin.edits import Place
from jiu_desktop.views.form_admin.hints import hints_under, question_place, wording_hints
from jiu_desktop.views.form_admin.kinds import question_type_choices, question_type_label

PLACE_ROLE = Qt.ItemDataRole.UserRole
MOVE_UP, MOVE_DOWN = "Ctrl+Up", "Ctrl+Down"


class OutlineTree(QTreeWidget):
    """Ctrl+Up and Ctrl+Down move the chosen row; Delete deletes it."""

    move_requested = Signal(int)
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class StructurePanel(QWidget):
    chosen = Signal(object)  # Place
    move_requested = Signal(int)
    delete_requested = Signal()
    new_part = Signal()
    add_question = Signal(str, str)  # type, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.tree = OutlineTree()
        self.tree.setObjectName("formStructure")
        self.tree.setHeaderLabels([self.tr("Parts and questions"), self.tr("Type")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setWordWrap(False)
        self.tree.currentItemChanged.connect(lambda *_: self._chosen())
        self.tree.move_requested.connect(self.move_requested)
        self.tree.delete_requested.connect(self.delete_requested)
        column.addWidget(self.tree, 1)
        column.addLayout(self._buttons())
        column.addWidget(self._adder())

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.up = QPushButton(self.tr("↑ Up"))
        self.up.setObjectName("moveUp")
        self.up.setToolTip(MOVE_UP)
        self.up.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down = QPushButton(self.tr("↓ Down"))
        self.down.setObjectName("moveDown")
        self.down.setToolTip(MOVE_DOWN)
        self.down.clicked.connect(lambda: self.move_requested.emit(1))
        self.remove = QPushButton(self.tr("Delete"))
        self.remove.setObjectName("deleteItem")
        self.remove.setToolTip(self.tr("Delete (Del); undo with Ctrl+Z"))
        self.remove.clicked.connect(self.delete_requested)
        self.part = QPushButton(self.tr("New part"))
        self.part.setObjectName("newPart")
        self.part.clicked.connect(self.new_part)
        for button in (self.up, self.down, self.remove):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.part)
        return row

    def _adder(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        caption = QLabel(self.tr("New question, after the chosen one:"))
        top.addWidget(caption, 1)
        self.kind = QComboBox()
        self.kind.setObjectName("newQuestionType")
        for code, label in question_type_choices():
            self.kind.addItem(label, code)
        self.kind.setCurrentIndex(self.kind.findData("open"))
        top.addWidget(self.kind)
        layout.addLayout(top)
        row = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setObjectName("newQuestionText")
        self.text.setPlaceholderText(self.tr("Type the question"))
        self.text.returnPressed.connect(self._add)
        caption.setBuddy(self.text)
        row.addWidget(self.text, 1)
        self.add = QPushButton(self.tr("Add"))
        self.add.setObjectName("addQuestion")
        self.add.clicked.connect(self._add)
        row.addWidget(self.add)
        layout.addLayout(row)
        return box

    def _add(self) -> None:
        text = self.text.text().strip()
        if not text:
            self.text.setFocus()
            return
        self.add_question.emit(self.kind.currentData(), text)
        self.text.clear()

    def _chosen(self) -> None:
        self.chosen.emit(self.current_place())

    def current_place(self) -> Place | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        place: Place = item.data(0, PLACE_ROLE)
        return place

    def show_definition(self, definition: FormDefinition, place: Place | None) -> None:
        """Draw the outline again and choose ``place`` (without saying so: the caller
        shows that place's fields itself)."""
        hints = wording_hints(definition)
        marker = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            number = 0
            chosen: QTreeWidgetItem | None = None
            for s, section in enumerate(definition.sections):
                part = QTreeWidgetItem([section.title])
                part.setData(0, PLACE_ROLE, (s, None))
                font = part.font(0)
                font.setBold(True)
                part.setFont(0, font)
                self.tree.addTopLevelItem(part)
                if not section.questions:
                    part.setText(1, self.tr("empty"))
                    part.setToolTip(0, self.tr("Add a question to this part: it is saved then."))
                if place == (s, None):
                    chosen = part
                for q, question in enumerate(section.questions):
                    number += 1
                    item = QTreeWidgetItem(
                        [f"{number}. {question.text}", question_type_label(question.type)]
                    )
                    item.setData(0, PLACE_ROLE, (s, q))
                    item.setToolTip(0, question.text)
                    found = hints_under(hints, question_place(s, q))
                    if found:
                        item.setIcon(0, marker)
                        item.setToolTip(0, "\n".join(found))
                    part.addChild(item)
                    if place == (s, q):
                        chosen = item
            self.tree.expandAll()
            if chosen is not None:
                self.tree.setCurrentItem(chosen)
        finally:
            self.tree.blockSignals(False)
