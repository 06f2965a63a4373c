"""Printing a PDF through Qt: the printed pages are the PDF's pages, with their ink."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from jiu_desktop.printing.recovery_sheet import recovery_sheet_pdf
from jiu_desktop.printing.to_printer import page_image, print_pdf


def dark_share(image: QImage, step: int = 7) -> float:
    dark = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            dark += QColor(image.pixel(x, y)).lightness() < 128
    return dark / total


def test_a_page_renders_with_ink_on_it() -> None:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(recovery_sheet_pdf("Sanne", "ABCD-EFGH-IJKL-MNOP"))
    image = page_image(document, 0, 72)
    assert abs(image.width() - 595) <= 1 and abs(image.height() - 842) <= 1  # A4, 72 dpi
    assert 0.01 < dark_share(image) < 0.5  # text and the band; not blank, not black


def test_printing_paints_every_page_on_the_printer(tmp_path: Path) -> None:
    _app = QApplication.instance() or QApplication([])
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    pages = print_pdf(recovery_sheet_pdf("Sanne", "ABCD-EFGH-IJKL-MNOP"), printer)
    assert pages == 1
    printed = PdfReader(out)
    assert len(printed.pages) == 1
    assert out.stat().st_size > 50_000  # the page went over as a real image
