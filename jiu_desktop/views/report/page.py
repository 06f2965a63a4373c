"""The "Verantwoording" page: the report to funders over a period, for all groups or one,
on screen as it will be printed; printed, saved as PDF or saved as CSV.

The report is counted off the GUI thread (over years of a large team it takes a moment)
and counted again when the choice above it changes or the data changes (a sync, an edit
elsewhere). Only the latest answer is shown: a slower one that was overtaken is dropped.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jiu_desktop.errors import JiuError
from jiu_desktop.services import report as report_service
from jiu_desktop.services import team
from jiu_desktop.services.changes import Changes
from jiu_desktop.services.report import Report
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.labels import Group
from jiu_desktop.views.participants.tabs.fields import message_line
from jiu_desktop.views.report import paper
from jiu_desktop.views.report.period import PeriodBar
from jiu_desktop.views.report.sections import ReportTabs
from jiu_desktop.views.style import mark_primary
from jiu_desktop.views.tasks import run_task

PRINT_SHORTCUT = "Ctrl+P"


class ReportPage(QWidget):
    page_name: ClassVar[str] = "report"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: Report | None = None
        #: The number of the latest request; an answer to an older one is dropped.
        self.asked = 0
        self.stale = True
        outer = QVBoxLayout(self)
        outer.addLayout(self._header())
        self.choice = PeriodBar()
        self.choice.changed.connect(self.recount)
        outer.addWidget(self.choice)
        self.message = message_line()
        self.message.setObjectName("reportMessage")
        outer.addWidget(self.message)
        self.tabs = ReportTabs()
        outer.addWidget(self.tabs, 1)
        QShortcut(QKeySequence(PRINT_SHORTCUT), self, self.print_report)
        context.changed.connect(self._on_changed)

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        title = QLabel(self.tr("Accountability"))
        title.setObjectName("pageTitle")
        header.addWidget(title)
        self.status = QLabel()
        self.status.setObjectName("hint")
        header.addWidget(self.status, 1)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("reportPrint")
        self.print_button.setToolTip(PRINT_SHORTCUT)
        self.print_button.clicked.connect(self.print_report)
        mark_primary(self.print_button)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("reportPdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button = QPushButton(self.tr("Save as CSV…"))
        self.csv_button.setObjectName("reportCsv")
        self.csv_button.clicked.connect(self.save_csv)
        for button in (self.print_button, self.pdf_button, self.csv_button):
            button.setEnabled(False)
            header.addWidget(button)
        return header

    def title(self) -> str:
        return self.tr("Accountability")

    # -- counting -----------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.context.unlocked:
            return
        self.choice.set_groups(team.list_groups(self.context.store))
        self.stale = True
        if self.isVisible():
            self.recount()

    def on_shown(self) -> None:
        if self.stale:
            self.reload()

    def flush_pending(self) -> None:
        """Nothing is typed here that needs saving."""

    def recount(self) -> None:
        if not self.context.unlocked:
            return
        try:
            start, end = self.choice.period()
            period = report_service.checked_period(start or "", end or "")
        except JiuError as error:
            self.message.setText(str(error))
            return
        self.message.clear()
        self.stale = False
        self.asked += 1
        asked, store = self.asked, self.context.store
        group, small = self.choice.group_id(), self.choice.show_small()
        self.status.setText(self.tr("Counting…"))
        run_task(
            lambda: report_service.build_report(store, period.start, period.end, group, small),
            lambda found: self._counted(asked, found),
            lambda error: self._failed(asked, error),
        )

    def _counted(self, asked: int, report: Report) -> None:
        if asked != self.asked:
            return  # overtaken by a newer choice
        self.report = report
        self.status.setText(
            self.tr("Counted on {day}.").format(day=report.made_on.strftime("%d-%m-%Y"))
        )
        self.tabs.show_report(report)
        for button in (self.print_button, self.pdf_button, self.csv_button):
            button.setEnabled(True)

    def _failed(self, asked: int, error: BaseException) -> None:
        if asked != self.asked:
            return
        self.status.clear()
        if not isinstance(error, JiuError):
            raise error
        self.message.setText(str(error))

    def _on_changed(self, changes: Changes) -> None:
        """Anything may change a number: count again when the page is in sight, else when
        it is next shown."""
        if not changes or not self.context.unlocked:
            return
        if changes.touches(Group):
            self.choice.set_groups(team.list_groups(self.context.store))
        self.stale = True
        if self.isVisible():
            self.recount()

    # -- paper ----------------------------------------------------------------------------------
    def print_report(self) -> None:
        if self.report is not None:
            paper.deliver(self, self.report, "print")

    def save_pdf(self) -> None:
        if self.report is not None:
            paper.deliver(self, self.report, "pdf")

    def save_csv(self) -> None:
        if self.report is not None:
            paper.deliver(self, self.report, "csv")
