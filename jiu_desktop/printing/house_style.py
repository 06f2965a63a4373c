"""What every printout shares: the colours, the footer line and the ruled table, so the
network map, the dream tin's papers and what comes next look like one programme's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

from jiu_desktop.i18n import translate
from jiu_desktop.printing.fonts import SANS

ACCENT = HexColor("#2f6f73")
INK = HexColor("#263238")
MUTED = HexColor("#607d8b")
RULE = HexColor("#b0bec5")
FOOTER = "JIU Desktop · Jong in Uitvoering"


def draw_footer(
    canvas: Canvas,
    left: float,
    right: float,
    y: float = 10 * mm,
    *,
    page: int | None = None,
    middle: str = "",
) -> None:
    """ "JIU Desktop · Jong in Uitvoering" on the left, "pagina n" on the right (``page``:
    the number within one document of several, such as one form of a batch), and
    ``middle`` between them."""
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setFont(SANS, 8)
    canvas.drawString(left, y, FOOTER)
    number = canvas.getPageNumber() if page is None else page
    canvas.drawRightString(right, y, translate("house_style", "page {n}").format(n=number))
    if middle:
        canvas.drawCentredString((left + right) / 2, y, middle)
    canvas.restoreState()


def ruled_table(
    rows: list[list[Any]],
    col_widths: Sequence[float],
    *,
    row_heights: Sequence[float | None] | None = None,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table with its head ruled in the accent and a thin rule under every row; it
    repeats its head on a next page."""
    table = Table(rows, colWidths=list(col_widths), rowHeights=row_heights, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                *extra,
            ]
        )
    )
    return table
