"""Forms on paper from the screens: a blank form (with the participant's first name and
today, or without), the form as it was filled in, a participant's series with the growth
chart, and a batch for a group (one form per member, each with the first name and the
date). Printed through the system print dialog or saved as PDF.

The printing modules (reportlab) are imported when something is printed, not when the app
starts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

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
from jiu_desktop.services import form_catalogue, meetings, team
from jiu_desktop.services.form_document import meeting_words
from jiu_desktop.views.labels import format_date, weekday_short
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


def meeting_pdf(store: Store, template_id: str, meeting_id: str) -> tuple[bytes, str]:
    from jiu_desktop.printing.form_pdf import batch_pdf as render
    from jiu_desktop.services.form_document import meeting_batch

    document = meeting_batch(store, template_id, meeting_id)
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
    """One blank form for every participant in a group, each with their first name: for a
    meeting of the group (dated on its day and naming it), or for a day of the coach's
    choosing. The meeting of today, or else the next one, is chosen when there is one."""

    # The meetings offered: from two weeks back to four weeks ahead (and the one asked for).
    BEFORE, AHEAD = timedelta(days=14), timedelta(days=28)

    def __init__(
        self,
        parent: QWidget,
        store: Store,
        *,
        group_id: str | None = None,
        meeting_id: str | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.today = store, today or date.today()
        self.setWindowTitle(self.tr("Forms for a group"))
        hint = QLabel(
            self.tr(
                "One form for everyone in the group, each with their first name and the "
                "date: that of the meeting, or a day you choose."
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
        if group_id is not None:
            self.group.setCurrentIndex(max(self.group.findData(group_id), 0))
        self.form.addRow(self.tr("Group"), self.group)
        self.meeting = QComboBox()
        self.meeting.setObjectName("paperMeeting")
        self.form.addRow(self.tr("Meeting"), self.meeting)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("paperDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.form.addRow(self.tr("Date"), self.day)
        self._days: dict[str, date] = {}
        self._fill_meetings(meeting_id)
        self.group.currentIndexChanged.connect(lambda _index: self._fill_meetings(None))
        self.meeting.currentIndexChanged.connect(self._meeting_chosen)
        if self.group.count() == 0:
            self.message.setText(self.tr("There are no groups yet."))

    def _fill_meetings(self, chosen: str | None) -> None:
        """The group's meetings around today, not cancelled; "no meeting" first."""
        self.meeting.blockSignals(True)
        self.meeting.clear()
        self.meeting.addItem(self.tr("No meeting: the date below"), "")
        self._days = {}
        rows = meetings.meetings_of(self.store, self.group_id) if self.group_id else []
        first, last = self.today - self.BEFORE, self.today + self.AHEAD
        for held in rows:
            if held.id != chosen and (held.cancelled or not first <= held.held_on <= last):
                continue
            words = meeting_words(held)
            day = f"{weekday_short(held.held_on)} {format_date(held.held_on)}"
            self.meeting.addItem(f"{day}  {words}".strip(), held.id)
            self._days[held.id] = held.held_on
        coming = [i for i in range(1, self.meeting.count()) if self._day_at(i) >= self.today]
        wanted = self.meeting.findData(chosen) if chosen else -1
        self.meeting.setCurrentIndex(wanted if wanted > 0 else (coming[0] if coming else 0))
        self.meeting.setEnabled(self.meeting.count() > 1)
        self.meeting.blockSignals(False)
        self._meeting_chosen()

    def _day_at(self, index: int) -> date:
        return self._days[str(self.meeting.itemData(index))]

    def _meeting_chosen(self, *_args: object) -> None:
        """A meeting decides the date; without one the coach picks it."""
        held = self._days.get(self.meeting_id)
        if held is not None:
            self.day.setDate(QDate(held.year, held.month, held.day))
        self.day.setEnabled(held is None)

    @property
    def template_id(self) -> str:
        return str(self.template.currentData() or "")

    @property
    def group_id(self) -> str:
        return str(self.group.currentData() or "")

    @property
    def meeting_id(self) -> str:
        return str(self.meeting.currentData() or "")

    @property
    def on(self) -> date:
        chosen = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def make(self) -> tuple[bytes, str]:
        """The batch as chosen: for the meeting, or for the group on the day."""
        if self.meeting_id:
            return meeting_pdf(self.store, self.template_id, self.meeting_id)
        return batch_pdf(self.store, self.template_id, self.group_id, self.on)


def print_group_forms(
    parent: QWidget,
    store: Store,
    *,
    group_id: str | None = None,
    meeting_id: str | None = None,
) -> str:
    """Ask what to print for a group and deliver it; the dialog stays open with what went
    wrong until it works or the coach cancels. The words for the status bar ("" when none)."""
    from jiu_desktop.errors import JiuError
    from jiu_desktop.views.printing import failure_text

    dialog = GroupBatchDialog(parent, store, group_id=group_id, meeting_id=meeting_id)
    said = ""
    try:
        while dialog.exec() == QDialog.DialogCode.Accepted:
            title = QCoreApplication.translate("GroupBatchDialog", "Forms for a group")
            try:
                said = deliver(parent, dialog.make, title, to_printer=dialog.choice == "print")
            except (OSError, JiuError) as error:
                dialog.message.setText(failure_text(error))
                continue
            break
    finally:
        dialog.deleteLater()
    return said
