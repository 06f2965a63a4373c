"""The network map on paper from the tab: print (the system print dialog), save as PDF,
for the coach or for the participant (no coach notes, no surname), the comparison of two
versions, and a picture (PNG) of the map as it is on screen.

The PDF is made by ``printing/map_pdf.py`` from ``services/map_document.py``; printing
sends that PDF's pages to the printer, so paper and file are the same.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from jiu_desktop.db.store import Store
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
