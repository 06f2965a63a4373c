"""The network map on paper from the tab: print (the system print dialog), save as PDF,
for the coach or for the participant (no coach notes, no surname), the comparison of two
versions, and a picture (PNG) of the map as it is on screen.

The PDF is made by ``printing/map_pdf.py`` from ``services/map_document.py``; printing
sends that PDF's pages to the printer, so paper and file are the same.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from jiu_desktop.db.store import Store
from jiu_desktop.errors import JiuError
from jiu_desktop.vault.atomic import write_atomic
from jiu_desktop.views.printing import print_with_dialog


def map_pdf_bytes(
    store: Store, participant_id: str, number: int, *, for_participant: bool
) -> bytes:
    from jiu_desktop.printing.map_pdf import map_pdf  # reportlab: loaded when printing
    from jiu_desktop.services.map_document import map_document

    return map_pdf(map_document(store, participant_id, number, for_participant=for_participant))


def print_map(
    parent: QWidget, store: Store, participant_id: str, number: int, *, for_participant: bool
) -> bool:
    """The system print dialog, then the map and its plans page."""
    pdf = map_pdf_bytes(store, participant_id, number, for_participant=for_participant)
    title = (
        QCoreApplication.translate("MapPaper", "Network map")
        if not for_participant
        else QCoreApplication.translate("MapPaper", "Network map (participant)")
    )
    return print_with_dialog(parent, pdf, title)


def save_pdf(parent: QWidget, pdf: bytes, suggested: str) -> str:
    """Ask where, then write ``pdf`` there whole (or not at all). The path, "" when the
    coach cancelled; raises OSError when it cannot be written."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MapPaper", "Save as PDF"),
        str(Path.home() / suggested),
        QCoreApplication.translate("MapPaper", "PDF (*.pdf)"),
    )
    if not path:
        return ""
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    write_atomic(Path(path), pdf)
    return path


def suggested_name(first_name: str, number: int, *, for_participant: bool) -> str:
    today = date.today().strftime("%d-%m-%Y")
    if for_participant:
        text = QCoreApplication.translate(
            "MapPaper", "network map {name} version {number} for {name} {date}.pdf"
        )
    else:
        text = QCoreApplication.translate(
            "MapPaper", "network map {name} version {number} {date}.pdf"
        )
    return text.format(name=first_name, number=number, date=today)


def comparison_pdf(store: Store, participant_id: str, earlier: int, later: int) -> bytes:
    from jiu_desktop.printing.map_pdf import compare_pdf
    from jiu_desktop.services.map_document import compare_document

    return compare_pdf(compare_document(store, participant_id, earlier, later))


def failure_text(error: BaseException) -> str:
    if isinstance(error, OSError):
        return QCoreApplication.translate("MapPaper", "Cannot save there: {reason}").format(
            reason=error.strerror or error
        )
    if isinstance(error, JiuError):
        return str(error)
    raise error
