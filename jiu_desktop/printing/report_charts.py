"""The two charts of the funder report (reportlab graphics): the funnel from registered
to completed, and the movement on the participation spiral per domain.

The funnel draws headline counts, which are shown as they are. The spiral chart draws
what the table shows: a number hidden there ("<3", "•") gets no bar here either, only
its sign, so the chart gives nothing away that the table keeps back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from jiu_desktop.printing.fonts import SANS, SANS_BOLD
from jiu_desktop.printing.house_style import ACCENT, INK, MUTED, RULE
from jiu_desktop.services.report_labels import count_label, domain_label, movement_label
from jiu_desktop.services.report_text import shown_text

if TYPE_CHECKING:
    from jiu_desktop.services.report import Report
    from jiu_desktop.services.report_tables import Shown

FUNNEL = ("registered", "intake", "started", "completed")
#: The funnel's bars, lighter towards the end, so they read as one flow.
FUNNEL_COLOURS = ("#2f6f73", "#3f8488", "#5a9b9e", "#7db3b5")
MOVEMENT_COLOURS = {"rose": ACCENT, "same": HexColor("#9aa9b0"), "lower": HexColor("#c0611a")}
#: The lane heads in a darker shade where the bar's own is too light to read.
HEAD_COLOURS = {"rose": ACCENT, "same": MUTED, "lower": HexColor("#c0611a")}
LABEL_SIZE = 9


def funnel_chart(report: Report, width: float) -> Drawing:
    """One bar per stage (aangemeld → intake → gestart → afgerond), its count beside it."""
    counts = vars(report.counts)
    labels = [count_label(key) for key in FUNNEL]
    left = max(stringWidth(label, SANS, LABEL_SIZE + 0.5) for label in labels) + 4 * mm
    bar_h, gap = 7 * mm, 2.5 * mm
    height = len(FUNNEL) * (bar_h + gap) + 2 * mm
    drawing = Drawing(width, height)
    room = width - left - 14 * mm
    biggest = max((counts[key] for key in FUNNEL), default=0) or 1
    for index, key in enumerate(FUNNEL):
        y = height - (index + 1) * (bar_h + gap)
        drawing.add(
            String(left - 3 * mm, y + bar_h / 2 - 1.2 * mm, labels[index], fontName=SANS,
                   fontSize=LABEL_SIZE + 0.5, fillColor=INK, textAnchor="end")
        )  # fmt: skip
        length = room * counts[key] / biggest
        if length > 0:
            bar = Rect(left, y, max(length, 0.8), bar_h, strokeColor=None)
            bar.fillColor = HexColor(FUNNEL_COLOURS[index])
            drawing.add(bar)
        drawing.add(
            String(left + length + 2 * mm, y + bar_h / 2 - 1.3 * mm, str(counts[key]),
                   fontName=SANS_BOLD, fontSize=LABEL_SIZE + 1, fillColor=INK)
        )  # fmt: skip
    return drawing


def spiral_domains(report: Report) -> list[str]:
    """Overall, and the life domains where anyone was measured in the period."""
    table = report.table("spiral_movement")
    return [
        domain
        for domain in table.row_keys
        if domain == "algemeen" or table.row_total(domain) not in (0, None)
    ]


def spiral_chart(report: Report, width: float) -> Drawing:
    """Per domain a row, and three lanes side by side: rose, same, lower. Each number is
    a bar on one scale; one measurement is in the table."""
    domains = spiral_domains(report)
    labels = [domain_label(d) for d in domains]
    left = max(stringWidth(label, SANS_BOLD, LABEL_SIZE) for label in labels) + 5 * mm
    row_h, head_h, bar_h = 7.5 * mm, 7 * mm, 4.2 * mm
    height = head_h + len(domains) * row_h
    drawing = Drawing(width, height)
    lane = (width - left) / len(MOVEMENT_COLOURS)
    room = lane - 12 * mm
    values = [[getattr(report.spiral[d], m) for m in MOVEMENT_COLOURS] for d in domains]
    biggest = max((v for row in values for v in row if isinstance(v, int)), default=0) or 1
    for n, movement in enumerate(MOVEMENT_COLOURS):
        x = left + n * lane
        drawing.add(
            String(x, height - 4 * mm, movement_label(movement), fontName=SANS_BOLD,
                   fontSize=LABEL_SIZE, fillColor=HEAD_COLOURS.get(movement, MUTED))
        )  # fmt: skip
    for index, domain in enumerate(domains):
        y = height - head_h - (index + 1) * row_h
        rule = Line(0, y + row_h, width, y + row_h)
        rule.strokeColor, rule.strokeWidth = RULE, 0.4 if index else 0.8
        drawing.add(rule)
        font = SANS_BOLD if domain == "algemeen" else SANS
        drawing.add(
            String(0, y + row_h / 2 - 1.1 * mm, labels[index], fontName=font,
                   fontSize=LABEL_SIZE, fillColor=INK)
        )  # fmt: skip
        for n, movement in enumerate(MOVEMENT_COLOURS):
            _bar(drawing, left + n * lane, y + (row_h - bar_h) / 2, bar_h, room,
                 values[index][n], biggest, MOVEMENT_COLOURS[movement])  # fmt: skip
    return drawing


def _bar(
    drawing: Drawing,
    x: float,
    y: float,
    height: float,
    room: float,
    value: Shown,
    biggest: int,
    colour: Color,
) -> None:
    """A bar for a number; for a hidden one only its sign, muted."""
    length = room * value / biggest if isinstance(value, int) else 0.0
    if length > 0:
        bar = Rect(x, y, length, height, strokeColor=None)
        bar.fillColor = colour
        drawing.add(bar)
    drawing.add(
        String(x + length + 1.5 * mm, y + height / 2 - 1.1 * mm, shown_text(value),
               fontName=SANS_BOLD if isinstance(value, int) else SANS, fontSize=LABEL_SIZE,
               fillColor=INK if isinstance(value, int) else MUTED)
    )  # fmt: skip
