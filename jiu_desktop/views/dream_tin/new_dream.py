"""A new tin, filled in place: the dream on its slip, the life area (the handbook's five
words as quick picks), the date; "Inblikken" stores it and closes the tin."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.services.dreams import QUICK_PICKS
from jiu_desktop.views.autosave import fit_date
from jiu_desktop.views.labels import format_date, life_domain_choices
from jiu_desktop.views.participants.tabs.fields import ParagraphEdit, message_line
from jiu_desktop.views.style import mark_primary


class NewDreamForm(QWidget):
    """Emits ``submitted`` for "Inblikken" and ``cancelled``; the tab stores the dream."""

    submitted = Signal()
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("newDreamForm")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        title = QLabel(self.tr("New dream tin"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Which wish, dream or goal? Write it on the slip in their own words. It goes "
                "into the tin, and the tin is closed: it shows only when you open it."
            )
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = ParagraphEdit(3)
        self.text.setObjectName("newDreamText")
        self.text.setPlaceholderText(self.tr("The dream, in their words"))
        layout.addWidget(self.text)

        form = QFormLayout()
        picks = QHBoxLayout()
        self.picks = QButtonGroup(self)
        self.domain = QComboBox()
        self.domain.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.domain.setMinimumContentsLength(12)  # a long name wraps the list, not the page
        self.domain.setObjectName("newDreamDomain")
        for code, label in life_domain_choices():
            self.domain.addItem(label, code)
        words = {
            "wonen": self.tr("housing"),
            "werk": self.tr("work"),
            "scholing": self.tr("school"),
            "relatie": self.tr("relationship"),
            "gezondheid": self.tr("health"),
        }
        for word, code in QUICK_PICKS.items():
            button = QPushButton(words[word])
            button.setObjectName(f"pick_{word}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, c=code: self._pick(c))
            self.picks.addButton(button)
            picks.addWidget(button)
        picks.addStretch(1)
        form.addRow(self.tr("About"), picks)
        form.addRow(self.tr("Life area"), self.domain)
        self.domain.activated.connect(self._domain_chosen)
        self.started_on = QLineEdit()
        self.started_on.setObjectName("newDreamDate")
        fit_date(self.started_on)
        form.addRow(self.tr("Date"), self.started_on)
        self.share = QCheckBox(self.tr("May be shared with the group"))
        self.share.setObjectName("newDreamShare")
        form.addRow("", self.share)
        layout.addLayout(form)
        self.message = message_line()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("cancelNewDream")
        cancel.clicked.connect(self.cancelled)
        buttons.addWidget(cancel)
        self.store_button = QPushButton(self.tr("Put it in the tin"))
        self.store_button.setObjectName("storeNewDream")
        mark_primary(self.store_button)
        self.store_button.clicked.connect(self.submitted)
        buttons.addWidget(self.store_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def reset(self) -> None:
        self.text.clear()
        self.picks.setExclusive(False)
        for button in self.picks.buttons():
            button.setChecked(False)
        self.picks.setExclusive(True)
        self.domain.setCurrentIndex(0)
        self.started_on.setText(format_date(date.today()))
        self.share.setChecked(False)
        self.message.clear()

    def _pick(self, code: str) -> None:
        self.domain.setCurrentIndex(max(self.domain.findData(code), 0))

    def _domain_chosen(self) -> None:
        """A life area chosen from the list: a quick pick that says otherwise lets go."""
        chosen = self.domain.currentData()
        self.picks.setExclusive(False)
        for button, code in zip(self.picks.buttons(), QUICK_PICKS.values(), strict=True):
            button.setChecked(button.isChecked() and code == chosen)
        self.picks.setExclusive(True)

    def values(self) -> dict[str, object]:
        return {
            "text": self.text.toPlainText(),
            "life_domain": self.domain.currentData(),
            "started_on": self.started_on.text().strip() or None,
            "share_with_group": self.share.isChecked(),
        }
