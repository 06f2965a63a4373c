"""Print a PDF on a printer chosen in Qt's print dialog.

The PDF that reportlab made stays the one source of what is printed: each page is rendered
by PDFium at the printer's resolution (at most 300 dpi, which keeps a page of A4 under
40 MB in memory) and painted onto the QPrinter. Nothing is written to disk, which matters
for sheets such as the recovery key.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from jiu_desktop.errors import JiuError
from jiu_desktop.i18n import translate

MAX_DPI = 300


class PrintFailed(JiuError):
    def __init__(self) -> None:
        super().__init__(translate("printing", "The printer could not be started."))


def page_image(document: pdfium.PdfDocument, index: int, dpi: int) -> QImage:
    """One page as an image of ``dpi`` dots per inch (a copy: PDFium's buffer is freed)."""
    bitmap = document[index].render(
        scale=dpi / 72, force_bitmap_format=pdfium_raw.FPDFBitmap_BGRx, rev_byteorder=True
    )
    image = QImage(
        bytes(bitmap.buffer),
        bitmap.width,
        bitmap.height,
        bitmap.stride,
        QImage.Format.Format_RGBX8888,
    )
    return image.copy()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page of ``pdf`` on ``printer``; returns the number of pages."""
    document = pdfium.PdfDocument(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed()
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for index in range(len(document)):
            if index and not printer.newPage():
                raise PrintFailed()
            image = page_image(document, index, dpi)
            area = QRectF(painter.viewport())
            # Keep the page's proportions inside the printable area, top-centred.
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            target = QRectF(area.x() + (area.width() - width) / 2, area.y(), width, height)
            painter.drawImage(target, image)
        return len(document)
    finally:
        painter.end()
        document.close()
