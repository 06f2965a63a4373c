"""“Afdrukken…” for every printout: the system print dialog, then the PDF's pages."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from jiu_desktop.errors import JiuError
from jiu_desktop.i18n import translate


def new_printer() -> QPrinter:
    """The printer the dialog starts from (tests put a PDF-file printer here)."""
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def print_with_dialog(parent: QWidget, pdf: bytes, title: str) -> bool:
    """Ask for a printer and print ``pdf``; False when the coach cancelled or it failed
    (then a message says why)."""
    printer = new_printer()
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("printing", "Print"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    from jiu_desktop.printing.to_printer import print_pdf  # PDFium: loaded when printing

    try:
        print_pdf(pdf, printer)
    except JiuError as error:
        QMessageBox.warning(parent, title, str(error))
        return False
    return True
