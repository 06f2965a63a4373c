"""“Afdrukken…” and “Opslaan als pdf…” for every printout: the system print dialog, then
the PDF's pages; or a file the coach chooses, written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from jiu_desktop.errors import JiuError
from jiu_desktop.i18n import translate
from jiu_desktop.vault.atomic import write_atomic


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


def save_pdf(parent: QWidget, pdf: bytes, suggested: str) -> str:
    """Ask where (``suggested``: a file name in the home folder), then write ``pdf`` there
    whole or not at all. The path, "" when the coach cancelled; raises OSError when it
    cannot be written."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("printing", "Save as PDF"),
        str(Path.home() / suggested),
        translate("printing", "PDF (*.pdf)"),
    )
    if not path:
        return ""
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    write_atomic(Path(path), pdf)
    return path


def failure_text(error: BaseException) -> str:
    """What to say when making or saving a printout failed (anything else is re-raised)."""
    if isinstance(error, OSError):
        return translate("printing", "Cannot save there: {reason}").format(
            reason=error.strerror or error
        )
    if isinstance(error, JiuError):
        return str(error)
    raise error
