"""The group's papers from its page: the presentielijst of a meeting, the forms for a
meeting, the course grid and the contact list, each printed through the system print
dialog or saved as PDF.

The printing modules (reportlab) are imported when something is printed, not when the app
starts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from jiu_desktop.db.store import Store
from jiu_desktop.errors import JiuError
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.dream_tin.paper import deliver
from jiu_desktop.views.labels import format_date, weekday_short
from jiu_desktop.views.printing import failure_text

#: Makes the PDF and says its title and file name.
Paper = Callable[[], tuple[bytes, str, str]]


def presence_list(store: Store, meeting_id: str) -> tuple[bytes, str, str]:
    from jiu_desktop.printing.attendance_pdf import presence_list_pdf
    from jiu_desktop.services.attendance_document import presence_list as document

    made = document(store, meeting_id)
    title = QCoreApplication.translate("GroupPaper", "Attendance list")
    name = QCoreApplication.translate("GroupPaper", "attendance list {group} {date}.pdf").format(
        group=made.group, date=format_date(made.meeting.held_on)
    )
    return presence_list_pdf(made), title, name


def course_grid(store: Store, group_id: str) -> tuple[bytes, str, str]:
    from jiu_desktop.printing.attendance_pdf import course_grid_pdf
    from jiu_desktop.services.attendance_document import course_grid as document

    made = document(store, group_id)
    title = QCoreApplication.translate("GroupPaper", "Course grid")
    name = QCoreApplication.translate("GroupPaper", "attendance {group} {date}.pdf").format(
        group=made.group, date=format_date(date.today())
    )
    return course_grid_pdf(made), title, name


def contact_list(store: Store, group_id: str) -> tuple[bytes, str, str]:
    from jiu_desktop.printing.attendance_pdf import contact_list_pdf
    from jiu_desktop.services.attendance_document import contact_list as document

    made = document(store, group_id)
    title = QCoreApplication.translate("GroupPaper", "Contact list")
    name = QCoreApplication.translate("GroupPaper", "contact list {group} {date}.pdf").format(
        group=made.group, date=format_date(made.made_on)
    )
    return contact_list_pdf(made), title, name


def hand_over(parent: QWidget, context: AppContext, make: Paper, *, to_printer: bool) -> None:
    """Print or save; what happened (or went wrong) in the status bar."""
    try:
        pdf, title, name = make()
        said = deliver(parent, lambda: pdf, title, name, to_printer=to_printer)
    except (OSError, JiuError) as error:
        context.status_message.emit(failure_text(error))
        return
    if said:
        context.status_message.emit(said)


class PaperMenu(QMenu):
    """The group page's "Print" menu. The presentielijst is of the meeting chosen on the
    page (``meeting``: the one selected, or the one of today or next)."""

    def __init__(
        self,
        parent: QWidget,
        context: AppContext,
        group_id: Callable[[], str],
        meeting: Callable[[], tuple[str, date] | None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("groupPaperMenu")
        self.page, self.context, self.group_id, self.meeting = parent, context, group_id, meeting
        self.list_print = self.addAction("")
        self.list_print.triggered.connect(lambda: self._list(to_printer=True))
        self.list_pdf = self.addAction("")
        self.list_pdf.triggered.connect(lambda: self._list(to_printer=False))
        self.forms = self.addAction("")
        self.forms.setObjectName("meetingForms")
        self.forms.triggered.connect(self._forms)
        self.addSeparator()
        grid_print = self.addAction(self.tr("Print the course grid…"))
        grid_print.triggered.connect(lambda: self._group(course_grid, to_printer=True))
        grid_pdf = self.addAction(self.tr("Save the course grid as PDF…"))
        grid_pdf.triggered.connect(lambda: self._group(course_grid, to_printer=False))
        self.addSeparator()
        contacts_print = self.addAction(self.tr("Print the contact list…"))
        contacts_print.triggered.connect(lambda: self._group(contact_list, to_printer=True))
        contacts_pdf = self.addAction(self.tr("Save the contact list as PDF…"))
        contacts_pdf.triggered.connect(lambda: self._group(contact_list, to_printer=False))
        self.aboutToShow.connect(self.refresh)

    def refresh(self) -> None:
        """The presentielijst's entries name the meeting they print."""
        chosen = self.meeting()
        when = f"{weekday_short(chosen[1])} {format_date(chosen[1])}" if chosen else ""
        self.list_print.setText(self.tr("Print the attendance list of {day}…").format(day=when))
        self.list_pdf.setText(self.tr("Save the attendance list of {day} as PDF…").format(day=when))
        self.list_print.setEnabled(chosen is not None)
        self.list_pdf.setEnabled(chosen is not None)
        self.forms.setText(self.tr("Forms for the meeting of {day}…").format(day=when))
        self.forms.setEnabled(chosen is not None)

    def _list(self, *, to_printer: bool) -> None:
        chosen = self.meeting()
        if chosen is not None:
            store, meeting_id = self.context.store, chosen[0]
            hand_over(
                self.page,
                self.context,
                lambda: presence_list(store, meeting_id),
                to_printer=to_printer,
            )

    def _forms(self) -> None:
        """A blank form for every member, for the chosen meeting (the dialog asks which)."""
        from jiu_desktop.views.forms.paper import print_group_forms

        chosen = self.meeting()
        said = print_group_forms(
            self.page,
            self.context.store,
            group_id=self.group_id(),
            meeting_id=chosen[0] if chosen else None,
        )
        if said:
            self.context.status_message.emit(said)

    def _group(
        self, make: Callable[[Store, str], tuple[bytes, str, str]], *, to_printer: bool
    ) -> None:
        store, group = self.context.store, self.group_id()
        hand_over(self.page, self.context, lambda: make(store, group), to_printer=to_printer)
