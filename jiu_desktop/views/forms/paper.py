"""Forms on paper from the screens: a blank form (with the participant's first name and
today, or without), the form as it was filled in, a participant's series with the growth
chart, and a batch for a group (one form per member, each with the first name and the
date). Printed through the system print dialog or saved as PDF.

The printing modules (reportlab) are imported when something is printed, not when the app
starts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jiu_desktop.db.store import Store
from jiu_desktop.services import form_catalogue, team
from jiu_desktop.views.participants.tabs.fields import message_line
from jiu_desktop.views.printing import print_with_dialog, save_pdf


def blank_pdf(store: Store, template_id: str, participant_id: str | None) -> tuple[bytes, str]:
    from jiu_desktop.printing.form_pdf import blank_pdf as render
    from jiu_desktop.services.form_document import blank_document

    document = blank_document(store, template_id, participant_id=participant_id)
    return render(document), document.file_name


def filled_pdf(store: Store, response_id: str) -> tuple[bytes, str]:
    from jiu_desktop.printing.form_pdf import filled_pdf as render
    from jiu_desktop.services.form_document import filled_document

    document = filled_document(store, response_id)
    return render(document), document.file_name


def series_pdf(store: Store, participant_id: str, template_id: str) -> tuple[bytes, str]:
    from jiu_desktop.printing.form_pdf import series_pdf as render
    from jiu_desktop.services.form_document import series_document

    document = series_document(store, participant_id, template_id)
    return render(document), document.file_name


def batch_pdf(store: Store, template_id: str, group_id: str, on: date) -> tuple[bytes, str]:
    from jiu_desktop.printing.form_pdf import batch_pdf as render
    from jiu_desktop.services.form_document import group_batch

    document = group_batch(store, template_id, group_id, on)
    return render(document), document.file_name


def deliver(
    parent: QWidget, make: Callable[[], tuple[bytes, str]], title: str, *, to_printer: bool
) -> str:
    """Print or save what ``make`` makes: the words for the status bar ("" when the coach
    cancelled). Raises JiuError or OSError with what went wrong (before any dialog)."""
    pdf, file_name = make()
    if to_printer:
        sent = print_with_dialog(parent, pdf, title)
        return QCoreApplication.translate("FormPaper", "Sent to the printer.") if sent else ""
    path = save_pdf(parent, pdf, file_name)
    return (
        QCoreApplication.translate("FormPaper", "Saved: {path}").format(path=path) if path else ""
    )


class PaperChoice(QDialog):
    """Print or save: the dialog's two ways out (``choice`` is "print" or "pdf")."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.choice = ""
        self.body = QVBoxLayout(self)
        self.form = QFormLayout()
        self.body.addLayout(self.form)
        self.message = message_line()
        self.body.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # translate(): a subclass's dialog runs this too, under the words of this class
        print_text = QCoreApplication.translate("PaperChoice", "Print…")
        printing = buttons.addButton(print_text, QDialogButtonBox.ButtonRole.AcceptRole)
        printing.setObjectName("paperPrint")
        printing.clicked.connect(lambda: self._answer("print"))
        save_text = QCoreApplication.translate("PaperChoice", "Save as PDF…")
        saving = buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
        saving.setObjectName("paperPdf")
        saving.clicked.connect(lambda: self._answer("pdf"))
        buttons.rejected.connect(self.reject)
        self.body.addWidget(buttons)

    def _answer(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def _template_box(store: Store, chosen: str | None) -> QComboBox:
    box = QComboBox()
    box.setObjectName("paperTemplate")
    for version in form_catalogue.catalogue(store).latest():
        if version.definition.about == "deelnemer":
            box.addItem(version.title, version.id)
    if chosen is not None:
        index = box.findData(chosen)
        box.setCurrentIndex(max(index, 0))
    return box


class BlankFormDialog(PaperChoice):
    """Which form to print blank, for this participant (first name and today on it)."""

    def __init__(self, parent: QWidget, store: Store, chosen: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Blank form"))
        self.template = _template_box(store, chosen)
        self.form.addRow(self.tr("Form"), self.template)
        hint = QLabel(self.tr("With the first name and today's date, to fill in with a pen."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.body.insertWidget(0, hint)

    @property
    def template_id(self) -> str:
        return str(self.template.currentData() or "")


class GroupBatchDialog(PaperChoice):
    """One blank form for every participant in a group on a day, each with their first
    name and that date."""

    def __init__(self, parent: QWidget, store: Store) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Forms for a group"))
        hint = QLabel(
            self.tr(
                "One form for everyone in the group on that day, each with their first name "
                "and the date."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.body.insertWidget(0, hint)
        self.template = _template_box(store, "evaluatie-bijeenkomst@1")
        self.form.addRow(self.tr("Form"), self.template)
        self.group = QComboBox()
        self.group.setObjectName("paperGroup")
        for group in team.list_groups(store):
            self.group.addItem(group.name, group.id)
        self.form.addRow(self.tr("Group"), self.group)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("paperDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.form.addRow(self.tr("Date"), self.day)
        if self.group.count() == 0:
            self.message.setText(self.tr("There are no groups yet."))

    @property
    def template_id(self) -> str:
        return str(self.template.currentData() or "")

    @property
    def group_id(self) -> str:
        return str(self.group.currentData() or "")

    @property
    def on(self) -> date:
        chosen = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())
