"""*Mijn spiraal* from the tab: the young person's version or the coach's, printed through
the system print dialog or saved as PDF. The printing modules (reportlab) are imported
when something is printed, not when the app starts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from jiu_desktop.db.store import Store
from jiu_desktop.views.printing import print_with_dialog, save_pdf


def spiral_pdf(store: Store, participant_id: str, *, for_participant: bool) -> bytes:
    from jiu_desktop.printing.spiral_pdf import spiral_pdf as render
    from jiu_desktop.services.spiral_document import spiral_document

    return render(spiral_document(store, participant_id, for_participant=for_participant))


def file_name(first_name: str, *, for_participant: bool) -> str:
    today = date.today().strftime("%d-%m-%Y")
    if for_participant:
        text = QCoreApplication.translate("SpiralPaper", "my spiral {name} {date}.pdf")
    else:
        text = QCoreApplication.translate("SpiralPaper", "spiral {name} coach {date}.pdf")
    return text.format(name=first_name, date=today)


def deliver(parent: QWidget, pdf: bytes, title: str, name: str, *, to_printer: bool) -> str:
    """Print or save ``pdf``: the words for the status bar ("" when the coach cancelled).
    Raises OSError when the file cannot be written."""
    if to_printer:
        sent = print_with_dialog(parent, pdf, title)
        return QCoreApplication.translate("SpiralPaper", "Sent to the printer.") if sent else ""
    path = save_pdf(parent, pdf, name)
    if not path:
        return ""
    return QCoreApplication.translate("SpiralPaper", "Saved: {path}").format(path=path)
