"""Forms on paper: a batch of 30 blank forms, each with a first name and the date, as one
PDF (the observation form, two pages with faces each; target < 2 s)."""

from __future__ import annotations

import statistics
from datetime import date

from bench.common import median_time

NAMES = ("Noor", "Sem", "Aylin", "Daan", "Fatima", "Luuk", "Mila", "Yusuf", "Sanne", "Jesse")


def batch_30(slug: str = "lsr-observatie-reflectie", repeat: int = 5) -> dict[str, float]:
    import pypdfium2 as pdfium

    from jiu_desktop.printing.form_pdf import batch_pdf
    from jiu_desktop.services.form_builtin import builtin_templates
    from jiu_desktop.services.form_document import BatchDocument, FormDocument

    definition = next(d for d in builtin_templates().templates if d.slug == slug)
    day = date.today()
    forms = tuple(
        FormDocument(definition, "v1", f"{NAMES[n % len(NAMES)]} {n + 1}", day) for n in range(30)
    )
    batch = BatchDocument("Najaar 2026", day, forms)
    sizes: list[int] = []
    batch_pdf(batch)  # fonts registered
    median = median_time(lambda: sizes.append(len(batch_pdf(batch))), repeat)
    document = pdfium.PdfDocument(batch_pdf(batch))
    pages = len(document)
    document.close()
    return {
        "median_s": median,
        "forms": 30.0,
        "pages": float(pages),
        "pdf_kib": statistics.median(sizes) / 1024,
    }
