"""The versions of a map: how one is named in the picker, and comparing two."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.db.store import Store
from jiu_desktop.errors import JiuError
from jiu_desktop.services.map_compare import compare
from jiu_desktop.services.network_map import MapVersion
from jiu_desktop.views.labels import format_date
from jiu_desktop.views.network_map import paper
from jiu_desktop.views.printing import failure_text, print_with_dialog, save_pdf


def version_text(version: MapVersion) -> str:
    """``Versie 2 — 01-12-2026 — Sanne — 12 personen``."""

    parts = [
        QCoreApplication.translate("map_versions", "Version {number}").format(
            number=version.number
        ),
        format_date(version.map.drawn_on),
    ]
    if version.coach:
        parts.append(version.coach)
    count = (
        QCoreApplication.translate("map_versions", "1 person")
        if version.persons == 1
        else QCoreApplication.translate("map_versions", "{n} persons")
    )
    parts.append(count.format(n=version.persons))
    return " — ".join(parts)


class CompareDialog(QDialog):
    """Vergelijken: two versions chosen, the differences one per line."""

    def __init__(
        self, parent: QWidget | None, store: Store, participant_id: str, versions: list[MapVersion]
    ) -> None:
        super().__init__(parent)
        self.store, self.participant_id = store, participant_id
        self.setWindowTitle(self.tr("Compare versions"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.earlier, self.later = QComboBox(), QComboBox()
        self.earlier.setObjectName("compareFrom")
        self.later.setObjectName("compareTo")
        for combo in (self.earlier, self.later):
            for version in versions:
                combo.addItem(version_text(version), version.number)
        self.earlier.setCurrentIndex(max(len(versions) - 2, 0))
        self.later.setCurrentIndex(len(versions) - 1)
        row.addWidget(QLabel(self.tr("From")))
        row.addWidget(self.earlier, 1)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.later, 1)
        layout.addLayout(row)
        self.lines = QListWidget()
        self.lines.setObjectName("differences")
        self.lines.setWordWrap(True)
        self.lines.setMinimumSize(560, 260)
        layout.addWidget(self.lines, 1)
        note = QLabel(self.tr("+ is new on the later version, − is gone since the earlier one."))
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("close")
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setObjectName("printComparison")
        self.print_button.clicked.connect(self.print_comparison)
        self.pdf_button = buttons.addButton(
            self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.setObjectName("saveComparison")
        self.pdf_button.clicked.connect(self.save_comparison)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.earlier.currentIndexChanged.connect(self.refresh)
        self.later.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.lines.clear()
        earlier, later = self.earlier.currentData(), self.later.currentData()
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(earlier != later)
        if earlier == later:
            self.lines.addItem(self.tr("Choose two different versions."))
            return
        try:
            lines = compare(self.store, self.participant_id, earlier, later).lines
        except JiuError as error:
            self.lines.addItem(str(error))
            return
        self.lines.addItems(lines or [self.tr("No differences.")])

    def _pdf(self) -> bytes:
        earlier, later = self.earlier.currentData(), self.later.currentData()
        return paper.comparison_pdf(self.store, self.participant_id, earlier, later)

    def print_comparison(self) -> None:
        try:
            pdf = self._pdf()
        except JiuError as error:
            self.message.setText(str(error))
            return
        if print_with_dialog(self, pdf, self.tr("Network map: comparison")):
            self.message.setText(self.tr("Sent to the printer."))

    def save_comparison(self) -> None:
        earlier, later = self.earlier.currentData(), self.later.currentData()
        name = self.tr("network map comparison {earlier} and {later}.pdf").format(
            earlier=earlier, later=later
        )
        try:
            path = save_pdf(self, self._pdf(), name)
        except (OSError, JiuError) as error:
            self.message.setText(failure_text(error))
            return
        if path:
            self.message.setText(self.tr("Saved: {path}").format(path=path))
