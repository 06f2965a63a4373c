"""One tin: the dream inside (hidden until "Blik openen"), its life area, date, status and
sharing (autosaved, with undo), and its steps, oldest first, the current one marked.

The dream's text is put into its field only while the tin is open; closing the tin saves
what was typed, empties the field and forgets its undo steps.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.services.dreams import DreamCard
from jiu_desktop.views.autosave import (
    AutosaveForm,
    check_binding,
    combo_binding,
    date_binding,
    saved_text,
    text_binding,
)
from jiu_desktop.views.dream_tin.cards import LIST_STYLE, WrappedLines
from jiu_desktop.views.labels import (
    dream_status_choices,
    format_date,
    life_domain_choices,
    step_status_label,
)
from jiu_desktop.views.participants.tabs.fields import ParagraphEdit, message_line
from jiu_desktop.views.style import ACCENT, ACCENT_SOFT, TEXT

STEP_ROLE = Qt.ItemDataRole.UserRole


class TinPanel(QWidget):
    """``save`` stores one field ({name: value}) of the dream shown."""

    #: A step was chosen in the list (argument: its id).
    step_chosen = Signal(str)
    new_step_requested = Signal()

    def __init__(self, save: Callable[[dict[str, Any]], None]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("tinHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(self.heading)

        self.tin = QGroupBox(self.tr("In the tin"))
        tin = QVBoxLayout(self.tin)
        self.lid = QStackedWidget()
        closed = QWidget()
        closed_row = QHBoxLayout(closed)
        closed_row.setContentsMargins(0, 0, 0, 0)
        closed_text = QLabel(self.tr("The dream is in the tin."))
        closed_text.setObjectName("hint")
        closed_text.setWordWrap(True)
        closed_row.addWidget(closed_text, 1)
        self.open_button = QPushButton(self.tr("&Open the tin"))
        self.open_button.setObjectName("openTin")
        self.open_button.clicked.connect(self.open_tin)
        closed_row.addWidget(self.open_button)
        self.lid.addWidget(closed)
        opened = QWidget()
        opened_layout = QVBoxLayout(opened)
        opened_layout.setContentsMargins(0, 0, 0, 0)
        self.dream_text = ParagraphEdit(3)
        self.dream_text.setObjectName("dreamText")
        opened_layout.addWidget(self.dream_text)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        self.close_button = QPushButton(self.tr("C&lose the tin"))
        self.close_button.setObjectName("closeTin")
        self.close_button.clicked.connect(self.close_tin)
        close_row.addWidget(self.close_button)
        opened_layout.addLayout(close_row)
        self.lid.addWidget(opened)
        self._show_lid(0)
        tin.addWidget(self.lid)
        layout.addWidget(self.tin)

        fields = QFormLayout()
        self.domain = QComboBox()
        self.domain.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.domain.setMinimumContentsLength(12)  # a long name wraps the list, not the page
        self.domain.setObjectName("dreamDomain")
        for code, label in life_domain_choices():
            self.domain.addItem(label, code)
        fields.addRow(self.tr("Life area"), self.domain)
        self.started_on = QLineEdit()
        self.started_on.setObjectName("dreamStartedOn")
        fields.addRow(self.tr("Since"), self.started_on)
        self.status = QComboBox()
        self.status.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status.setMinimumContentsLength(12)  # a long name wraps the list, not the page
        self.status.setObjectName("dreamStatus")
        for code, label in dream_status_choices():
            self.status.addItem(label, code)
        fields.addRow(self.tr("Dream"), self.status)
        self.share = QCheckBox(self.tr("May be shared with the group"))
        self.share.setObjectName("dreamShare")
        fields.addRow("", self.share)
        layout.addLayout(fields)

        self.form = AutosaveForm(save, self)
        self.form.bind("text", text_binding(self.dream_text), self.tr("Dream"))
        self.form.bind("life_domain", combo_binding(self.domain), self.tr("Life area"))
        self.form.bind("started_on", date_binding(self.started_on), self.tr("Since"))
        self.form.bind("status", combo_binding(self.status), self.tr("Status"))
        self.form.bind("share_with_group", check_binding(self.share), self.tr("Sharing"))
        self.message = message_line()
        self.form.status.connect(lambda t: self.message.setText("" if t == saved_text() else t))
        layout.addWidget(self.message)

        steps_head = QHBoxLayout()
        steps_title = QLabel(self.tr("Steps"))
        steps_title.setStyleSheet("font-weight: bold;")
        steps_head.addWidget(steps_title, 1)
        self.new_step_button = QPushButton(self.tr("Ne&w step"))
        self.new_step_button.setObjectName("newStep")
        self.new_step_button.clicked.connect(self.new_step_requested)
        steps_head.addWidget(self.new_step_button)
        layout.addLayout(steps_head)
        self.steps = QListWidget()
        self.steps.setObjectName("dreamSteps")
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setResizeMode(QListView.ResizeMode.Adjust)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.setStyleSheet(LIST_STYLE.format(soft=ACCENT_SOFT, text=TEXT))
        self.steps.setItemDelegate(WrappedLines(self.steps))
        self.steps.currentItemChanged.connect(self._step_changed)
        layout.addWidget(self.steps, 1)
        self.values: dict[str, Any] = {}
        for key, slot in (
            (QKeySequence.StandardKey.Undo, self.form.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.form.undo_stack.redo),
        ):
            shortcut = QShortcut(key, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- the tin -----------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.lid.currentIndex() == 1

    def open_tin(self) -> None:
        self.form.flush()
        self.form.load(self.values)
        self._show_lid(1)
        self.dream_text.moveCursor(QTextCursor.MoveOperation.End)
        self.dream_text.setFocus()

    def close_tin(self) -> None:
        """Save what was typed, and hide the dream again (also from the field)."""
        was_open = self.is_open
        self.form.flush()
        self.form.load({**self.values, "text": ""})
        self._show_lid(0)
        if was_open and self.isVisible():
            self.open_button.setFocus()

    def _show_lid(self, index: int) -> None:
        """Closed, the tin takes one line; the steps below get the room."""
        for number in range(self.lid.count()):
            page = self.lid.widget(number)
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.lid.setCurrentIndex(index)
        self.lid.updateGeometry()

    # -- showing a dream ---------------------------------------------------------------------
    def show_card(self, card: DreamCard, same_dream: bool) -> None:
        """Show the tin closed, unless it is this dream's and open (a save elsewhere)."""
        dream = card.dream
        self.values = {
            "text": dream.text,
            "life_domain": dream.life_domain,
            "started_on": dream.started_on,
            "status": dream.status,
            "share_with_group": dream.share_with_group,
        }
        self.heading.setText(self.domain.itemText(max(self.domain.findData(dream.life_domain), 0)))
        if not (same_dream and self.form.dirty):
            if same_dream and self.is_open:
                self.form.load(self.values)
            else:
                self.form.load({**self.values, "text": ""})
                self._show_lid(0)
        self.message.clear()

    def remember(self, name: str, value: Any) -> None:
        """A field was saved: what the tin shows when it is opened again."""
        self.values[name] = value
        if name == "life_domain":
            self.heading.setText(self.domain.currentText())

    def show_steps(self, card: DreamCard, select: str | None) -> None:
        self.steps.blockSignals(True)
        self.steps.clear()
        current = card.current.id if card.current is not None else None
        for step in card.steps:
            lines = [step.text]
            details = [step_status_label(step.status)]
            if step.best_before is not None:
                details.append(
                    self.tr("best before {date}").format(date=format_date(step.best_before))
                )
            if step.taken_on is not None:
                details.append(self.tr("taken {date}").format(date=format_date(step.taken_on)))
            lines.append(" · ".join(details))
            item = QListWidgetItem("\n".join(lines))
            item.setData(STEP_ROLE, step.id)
            if step.id == current:
                font = QFont(self.steps.font())
                font.setBold(True)
                item.setFont(font)
                item.setForeground(QColor(ACCENT))
                item.setToolTip(self.tr("The current step"))
            self.steps.addItem(item)
            if step.id == select:
                self.steps.setCurrentItem(item)
        self.steps.blockSignals(False)

    def _step_changed(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.step_chosen.emit(str(item.data(STEP_ROLE)))
