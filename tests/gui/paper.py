"""Printouts in GUI tests: a printer that prints into a file, the system print dialog
answered with Print, the save dialog answered with a path, and the text of a PDF."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget

from jiu_desktop.views import printing
from tests.gui.dialogs import Seen, answer


def text_of(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def pages_of(path: Path) -> int:
    document = pdfium.PdfDocument(path.read_bytes())
    try:
        return len(document)
    finally:
        document.close()


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """The next save dialog chooses ``target``."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


def print_into(monkeypatch: pytest.MonkeyPatch, printed: Path) -> list[Seen]:
    """Printing goes into the file ``printed``, and the next print dialog is answered with
    Print; the list holds that dialog once it was answered."""

    def pdf_printer() -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    def name_ok(dialog: QWidget) -> None:
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        box.button(QDialogButtonBox.StandardButton.Ok).setObjectName("printOk")

    monkeypatch.setattr(printing, "new_printer", pdf_printer)
    return answer("printOk", name_ok)
