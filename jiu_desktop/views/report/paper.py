"""The report from the page: printed through the system print dialog, saved as PDF, or
saved as CSV for a spreadsheet. The PDF is made off the GUI thread; the dialogs follow on
it. A file is written whole or not at all."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from jiu_desktop.services.report import Report
from jiu_desktop.vault.atomic import write_atomic
from jiu_desktop.views.printing import failure_text, print_with_dialog, save_pdf
from jiu_desktop.views.tasks import run_task

if TYPE_CHECKING:
    from jiu_desktop.views.report.page import ReportPage


def file_name(report: Report, extension: str) -> str:
    """ "verantwoording-2025-01-01-2025-12-31.pdf"."""
    word = QCoreApplication.translate("ReportPaper", "accountability")
    return f"{word}-{report.period.start}-{report.period.end}.{extension}"


def deliver(page: ReportPage, report: Report, how: str) -> None:
    """``how`` is "print", "pdf" or "csv"; what came of it is said in the status bar, what
    went wrong under the choice above the report."""
    if how == "csv":
        _save_csv(page, report)
        return
    from jiu_desktop.printing.report_pdf import report_pdf  # reportlab: loaded when printing

    page.status.setText(QCoreApplication.translate("ReportPaper", "Making the PDF…"))
    run_task(
        lambda: report_pdf(report),
        lambda pdf: _pdf_made(page, report, pdf, how),
        lambda error: _failed(page, error),
    )


def _pdf_made(page: ReportPage, report: Report, pdf: bytes, how: str) -> None:
    page.status.clear()
    title = QCoreApplication.translate("ReportPaper", "Accountability")
    try:
        if how == "print":
            if print_with_dialog(page, pdf, title):
                _say(page, QCoreApplication.translate("ReportPaper", "Sent to the printer."))
            return
        path = save_pdf(page, pdf, file_name(report, "pdf"))
    except OSError as error:
        _failed(page, error)
        return
    if path:
        _say(page, QCoreApplication.translate("ReportPaper", "Saved: {path}").format(path=path))


def _save_csv(page: ReportPage, report: Report) -> None:
    from jiu_desktop.services.report_files import csv_bytes

    path, _ = QFileDialog.getSaveFileName(
        page,
        QCoreApplication.translate("ReportPaper", "Save as CSV"),
        str(Path.home() / file_name(report, "csv")),
        QCoreApplication.translate("ReportPaper", "CSV for a spreadsheet (*.csv)"),
    )
    if not path:
        return
    if not path.lower().endswith(".csv"):
        path += ".csv"
    try:
        write_atomic(Path(path), csv_bytes(report))
    except OSError as error:
        _failed(page, error)
        return
    _say(page, QCoreApplication.translate("ReportPaper", "Saved: {path}").format(path=path))


def _say(page: ReportPage, text: str) -> None:
    page.message.clear()
    page.context.status_message.emit(text)


def _failed(page: ReportPage, error: BaseException) -> None:
    page.status.clear()
    page.message.setText(failure_text(error))
