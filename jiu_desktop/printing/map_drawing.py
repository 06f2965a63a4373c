"""The network map drawn with reportlab, from the one layout (``printing/map_layout.py``):
the map in its own millimetres (y down, as the layout and the screen use them) under one
transform, so boxes, lines and arrowheads are the layout's and nothing is measured twice;
and the legend beside it. ``map_pdf.py`` puts them on the page.

The colours are the QPainter painter's (``views/network_map/painter.py``), which this
module cannot import without Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from jiu_desktop.i18n import translate
from jiu_desktop.printing.fonts import SANS, SANS_BOLD
from jiu_desktop.printing.house_style import ACCENT, INK
from jiu_desktop.printing.map_layout import (
    LINE_COLOUR,
    LINE_WIDTHS,
    PT,
    RING_RADII,
    MapLayout,
    PlacedPerson,
    arrowhead,
)

if TYPE_CHECKING:
    from jiu_desktop.services.map_document import MapDocument

SOFT = HexColor("#e3f0ef")
#: The painter's colours (``views/network_map/painter.py``).
SECTOR_CATEGORIES = ("familie", "vrienden", "school_werk", "hulpverlening")
BOX_FILL, MIDDLE_FILL, MIDDLE_BORDER, MIDDLE_INK = "#ffffff", "#e8f1f1", "#2f6f73", "#143c3e"
BACKDROP, SECTOR_INK, IMPROVE, BOX_INK = "#c9d6d6", "#7f9a9a", "#b8860b", "#1d1d1d"
LEGEND_WIDTH = 58 * mm
#: The map is never drawn larger than on the screen's 1:1 millimetres.
MAX_SCALE = 1.0
#: Draws one legend row from the top it is given.
Draw = Callable[[float], None]
LEGEND_TEXT = ParagraphStyle("legend", fontName=SANS, fontSize=9, leading=12, textColor=INK)


def fill(canvas: Canvas, colour: str | Color) -> None:
    canvas.setFillColor(HexColor(colour) if isinstance(colour, str) else colour)


def stroke(canvas: Canvas, colour: str | Color, width: float) -> None:
    canvas.setStrokeColor(HexColor(colour) if isinstance(colour, str) else colour)
    canvas.setLineWidth(width)


def _text(
    canvas: Canvas,
    text: str,
    x: float,
    baseline: float,
    size_pt: float,
    *,
    bold: bool = False,
    align: str = "centre",
) -> None:
    """Text at map coordinates (mm, y down), upright, ``size_pt`` points at 1:1."""
    font = SANS_BOLD if bold else SANS
    canvas.saveState()
    canvas.translate(x, baseline)
    canvas.scale(1, -1)
    canvas.setFont(font, size_pt * PT)
    draw = {
        "centre": canvas.drawCentredString,
        "left": canvas.drawString,
        "right": canvas.drawRightString,
    }[align]
    draw(0, 0, text)
    canvas.restoreState()


def _centre_baseline(cy: float, size_pt: float, bold: bool = False) -> float:
    """The baseline (y down) that centres a line of text on ``cy``, as Qt's AlignCenter."""
    ascent, descent = getAscentDescent(SANS_BOLD if bold else SANS, size_pt * PT)
    return float(cy + (ascent + descent) / 2)


def _triangle(canvas: Canvas, points: Sequence[tuple[float, float]]) -> None:
    path = canvas.beginPath()
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _backdrop(canvas: Canvas, labels: dict[str, str]) -> None:
    outer = RING_RADII[-1]
    stroke(canvas, BACKDROP, 0.35)
    canvas.setDash([1.4, 0.7])
    for radius in RING_RADII:
        canvas.circle(0, 0, radius, stroke=1, fill=0)
    canvas.line(-outer, 0, outer, 0)
    canvas.line(0, -outer, 0, outer)
    canvas.setDash([])
    fill(canvas, SECTOR_INK)
    ascent, descent = getAscentDescent(SANS_BOLD, 9 * PT)
    for category, (sx, sy) in zip(
        SECTOR_CATEGORIES, ((-1, -1), (1, -1), (1, 1), (-1, 1)), strict=True
    ):
        x = sx * (outer - 2)
        baseline = -(outer - 2) + ascent if sy < 0 else outer - 2 + descent
        align = "right" if sx > 0 else "left"
        _text(canvas, labels.get(category, category), x, baseline, 9, bold=True, align=align)


def _line(canvas: Canvas, person: PlacedPerson) -> None:
    stroke(canvas, LINE_COLOUR, person.line_width)
    canvas.setLineCap(0)
    (x1, y1), (x2, y2) = person.line
    canvas.line(x1, y1, x2, y2)
    fill(canvas, LINE_COLOUR)
    for triangle in person.arrows:
        _triangle(canvas, triangle)


def _person(canvas: Canvas, person: PlacedPerson) -> None:
    box = person.box
    stroke(canvas, person.colour, 0.5)
    fill(canvas, BOX_FILL)
    canvas.roundRect(box.x, box.y, box.w, box.h, 2.0, stroke=1, fill=1)
    fill(canvas, person.colour)
    canvas.rect(box.x, box.y + 1.0, 1.4, box.h - 2.0, stroke=0, fill=1)
    if person.improve:
        fill(canvas, IMPROVE)
        canvas.circle(box.right - 1.6, box.y + 1.6, 1.1, stroke=0, fill=1)
    fill(canvas, BOX_INK)
    _text(canvas, person.text, box.cx, _centre_baseline(box.cy, person.font_size), person.font_size)


def _middle(canvas: Canvas, layout: MapLayout) -> None:
    box = layout.middle
    stroke(canvas, MIDDLE_BORDER, 0.8)
    fill(canvas, MIDDLE_FILL)
    canvas.roundRect(box.x, box.y, box.w, box.h, 4.0, stroke=1, fill=1)
    fill(canvas, MIDDLE_INK)
    size = layout.middle_font_size
    baseline = _centre_baseline(box.cy, size, bold=True)
    _text(canvas, layout.middle_text, box.cx, baseline, size, bold=True)


def draw_map(canvas: Canvas, layout: MapLayout, labels: dict[str, str]) -> None:
    """The whole map; the canvas already in map millimetres, y down."""
    if layout.backdrop:
        _backdrop(canvas, labels)
    for person in layout.persons:
        _line(canvas, person)
    for person in layout.persons:
        _person(canvas, person)
    _middle(canvas, layout)


def map_scale(layout: MapLayout, width: float, height: float) -> float:
    """Map millimetres to paper millimetres: fit the area, never larger than 1:1."""
    bounds = layout.bounds
    return float(min(width / mm / bounds.w, height / mm / bounds.h, MAX_SCALE))


class MapDrawing(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """The map, fitted and centred in the area left of the legend, and the legend."""

    def __init__(self, document: MapDocument) -> None:
        super().__init__()
        self.document = document
        self.size = (0.0, 0.0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.size = (available_width, available_height - 1)
        return self.size

    def draw(self) -> None:
        canvas: Canvas = self.canv
        width, height = self.size
        area_w = width - LEGEND_WIDTH - 6 * mm
        layout = self.document.layout
        scale = map_scale(layout, area_w, height)
        bounds = layout.bounds
        drawn_w, drawn_h = bounds.w * scale * mm, bounds.h * scale * mm
        canvas.saveState()
        canvas.translate((area_w - drawn_w) / 2, (height + drawn_h) / 2)
        canvas.scale(scale * mm, -scale * mm)
        canvas.translate(-bounds.x, -bounds.y)
        draw_map(canvas, layout, self.document.sector_labels)
        canvas.restoreState()
        canvas.saveState()
        canvas.translate(width - LEGEND_WIDTH, height)
        _legend(canvas, self.document, scale)
        canvas.restoreState()


def _legend(canvas: Canvas, document: MapDocument, scale: float) -> None:
    """The legend, top down from (0, 0); the line and arrow samples at the map's scale,
    so they look like the lines on the map."""
    x, sample = 4 * mm, 16 * mm
    rows: list[tuple[float, Draw]] = []

    def lines(y: float) -> None:
        for n, strength in enumerate((1, 3, 5)):
            stroke(canvas, LINE_COLOUR, LINE_WIDTHS[strength] * scale * mm)
            canvas.line(x, y - (1.5 + 3.6 * n) * mm, x + sample, y - (1.5 + 3.6 * n) * mm)

    rows.append((10.5 * mm, lines))
    rows.append(
        _legend_row(canvas, translate("map_pdf", "the thicker, the better the relation"), x)
    )
    rows.append((3 * mm, lambda y: None))
    for both, words in (
        (False, translate("map_pdf", "trusts")),
        (True, translate("map_pdf", "mutual trust")),
    ):
        height, text = _legend_row(canvas, words, x + sample + 3 * mm)

        def arrow(y: float, both: bool = both, text: Draw = text) -> None:
            _arrow_sample(canvas, x, y - 2.4 * mm, sample, scale, both)
            text(y)

        rows.append((max(height, 6 * mm), arrow))
    height, text = _legend_row(
        canvas, translate("map_pdf", "wants to improve this connection"), x + 6 * mm
    )

    def dot(y: float, text: Draw = text) -> None:
        fill(canvas, IMPROVE)
        canvas.circle(x + 2 * mm, y - 2.2 * mm, 1.1 * mm, stroke=0, fill=1)
        text(y)

    rows.append((height + 3 * mm, dot))
    for category in document.legend:
        height, text = _legend_row(canvas, category.label, x + 11 * mm)

        def swatch(y: float, colour: str = category.colour, text: Draw = text) -> None:
            stroke(canvas, colour, 0.3 * mm)
            fill(canvas, BOX_FILL)
            canvas.roundRect(x, y - 4.6 * mm, 8 * mm, 4.4 * mm, 1 * mm, stroke=1, fill=1)
            fill(canvas, colour)
            canvas.rect(x, y - 4.1 * mm, 1.2 * mm, 3.4 * mm, stroke=0, fill=1)
            text(y)

        rows.append((max(height, 5 * mm) + 1.5 * mm, swatch))
    total = 16 * mm + sum(height for height, _draw in rows)
    fill(canvas, SOFT)
    canvas.roundRect(0, -total, LEGEND_WIDTH, total, 3 * mm, stroke=0, fill=1)
    fill(canvas, ACCENT)
    canvas.setFont(SANS_BOLD, 11)
    canvas.drawString(x, -7 * mm, translate("map_pdf", "Legend"))
    y = -11 * mm
    for height, draw in rows:
        draw(y)
        y -= height


def _legend_row(canvas: Canvas, text: str, x: float) -> tuple[float, Draw]:
    """The height of ``text`` wrapped in the legend from ``x``, and how to draw it at a top.
    It wraps between words only: a word too long for the row makes the row's font smaller
    ("hulpverlening/professionals" is never broken in two)."""
    room = LEGEND_WIDTH - x - 3 * mm
    longest = max((stringWidth(word, SANS, 1.0) for word in text.split()), default=0.0)
    size = min(LEGEND_TEXT.fontSize, room / longest) if longest else LEGEND_TEXT.fontSize
    style = ParagraphStyle("legend-row", parent=LEGEND_TEXT, fontSize=size, leading=size * 4 / 3)
    paragraph = Paragraph(escape(text), style)
    _w, height = paragraph.wrap(room, 40 * mm)

    def draw(top: float) -> None:
        paragraph.drawOn(canvas, x, top - height)

    return height + 1 * mm, draw


def _arrow_sample(
    canvas: Canvas, x: float, y: float, length: float, scale: float, both: bool
) -> None:
    width = LINE_WIDTHS[3]
    k = scale * mm
    stroke(canvas, LINE_COLOUR, width * k)
    canvas.setLineCap(0)
    canvas.line(x, y, x + length, y)
    fill(canvas, LINE_COLOUR)
    start, tip = (0.0, 0.0), (length / k, 0.0)

    def placed(points: tuple[tuple[float, float], ...]) -> list[tuple[float, float]]:
        return [(x + px * k, y - py * k) for px, py in points]

    _triangle(canvas, placed(arrowhead(start, tip, width)))
    if both:
        _triangle(canvas, placed(arrowhead(tip, start, width)))
