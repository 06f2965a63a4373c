"""The dream tin on paper from its tab: the sticker for the outside of the tin (a sheet
layout, where a partly used sheet starts, the first name or not), the step plan to take
home and the dream slip for inside the tin — printed through the system print dialog or
saved as PDF. The sticker never shows the dream.

The printing modules (reportlab) are imported when something is printed, not when the app
starts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.db.store import Store
from jiu_desktop.services.preferences import load_preferences
from jiu_desktop.views.printing import print_with_dialog, save_pdf

#: How each sheet is named in the dialog, in the order offered.
SHEETS = ("round-63.5", "99.1x67.7", "full-page")


def sheet_label(code: str) -> str:
    from jiu_desktop.printing.label_sheets import LAYOUTS

    products = ", ".join(LAYOUTS[code].products)
    names = {
        "round-63.5": QCoreApplication.translate("DreamPaper", "Round, 63.5 mm, 12 on a sheet"),
        "99.1x67.7": QCoreApplication.translate("DreamPaper", "99.1 × 67.7 mm, 8 on a sheet"),
        "full-page": QCoreApplication.translate("DreamPaper", "One large sticker, a whole sheet"),
    }
    return f"{names.get(code, code)} ({products})" if products else names.get(code, code)


class StickerDialog(QDialog):
    """Which sheet, from which position, with the first name or not; then print or save."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sticker for the tin"))
        self.choice = ""  # "print" or "pdf" once answered
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "On the sticker: the fresh resolution and the date it keeps until, never "
                "the dream itself."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.sheet = QComboBox()
        self.sheet.setObjectName("stickerSheet")
        for code in SHEETS:
            self.sheet.addItem(sheet_label(code), code)
        form.addRow(self.tr("Sheet"), self.sheet)
        self.start_at = QSpinBox()
        self.start_at.setObjectName("stickerStartAt")
        self.start_at.setToolTip(self.tr("On a sheet that was used before: the first free sticker"))
        form.addRow(self.tr("Start at sticker"), self.start_at)
        self.first_name = QCheckBox(self.tr("First name on the sticker"))
        self.first_name.setObjectName("stickerFirstName")
        form.addRow("", self.first_name)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        printing = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.AcceptRole)
        printing.setObjectName("stickerPrint")
        printing.clicked.connect(lambda: self._answer("print"))
        saving = buttons.addButton(self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        saving.setObjectName("stickerPdf")
        saving.clicked.connect(lambda: self._answer("pdf"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self._sheet_changed()

    def _sheet_changed(self) -> None:
        from jiu_desktop.printing.label_sheets import LAYOUTS

        sheet = LAYOUTS[self.code]
        self.start_at.setRange(1, sheet.columns * sheet.rows)

    @property
    def code(self) -> str:
        return str(self.sheet.currentData())

    def _answer(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def sticker_pdf(
    store: Store, root: Path, dialog: StickerDialog, participant: str, dream: str
) -> bytes:
    from jiu_desktop.printing.tin_labels import labels_pdf
    from jiu_desktop.services.dream_document import tin_labels

    labels = tin_labels(store, participant, dream, with_name=dialog.first_name.isChecked())
    offset = load_preferences(root).printer_offset
    return labels_pdf(labels, dialog.code, start_at=dialog.start_at.value(), offset=offset)


def plan_pdf(store: Store, dream: str) -> bytes:
    from jiu_desktop.printing.dream_plan import dream_plan_pdf
    from jiu_desktop.services.dream_document import dream_document

    return dream_plan_pdf(dream_document(store, dream))


def slip_pdf(store: Store, dream: str) -> bytes:
    from jiu_desktop.printing.dream_plan import dream_slip_pdf
    from jiu_desktop.services.dream_document import dream_document

    return dream_slip_pdf(dream_document(store, dream))


def deliver(
    parent: QWidget, make: Callable[[], bytes], title: str, file_name: str, *, to_printer: bool
) -> str:
    """Print or save what ``make`` makes: the words for the status bar ("" when the coach
    cancelled). Raises JiuError or OSError with what went wrong."""
    pdf = make()
    if to_printer:
        sent = print_with_dialog(parent, pdf, title)
        return QCoreApplication.translate("DreamPaper", "Sent to the printer.") if sent else ""
    path = save_pdf(parent, pdf, file_name)
    return (
        QCoreApplication.translate("DreamPaper", "Saved: {path}").format(path=path) if path else ""
    )


def file_name(kind: str, first_name: str) -> str:
    today = date.today().strftime("%d-%m-%Y")
    names = {
        "sticker": QCoreApplication.translate("DreamPaper", "dream tin sticker {name} {date}.pdf"),
        "plan": QCoreApplication.translate("DreamPaper", "step plan {name} {date}.pdf"),
        "slip": QCoreApplication.translate("DreamPaper", "dream slip {name} {date}.pdf"),
    }
    return names[kind].format(name=first_name, date=today)
