"""The network map on paper: A4 landscape, vector, from the one layout
(``printing/map_layout.py``), with a legend always; a second page with the plans to
improve a connection and lines to write on; and the comparison of two versions.

The map is drawn in its own millimetres (y down, as the layout and the screen use them)
under one transform, so boxes, lines and arrowheads are the layout's and nothing is
measured twice. The colours are the QPainter painter's (``views/network_map/painter.py``),
which this module cannot import without Qt.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from jiu_desktop.i18n import translate
from jiu_desktop.printing.fonts import SANS, SANS_BOLD, register_fonts
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
    from jiu_desktop.services.map_document import ComparisonDocument, MapDocument, Plan

ACCENT = HexColor("#2f6f73")
INK = HexColor("#263238")
MUTED = HexColor("#607d8b")
RULE = HexColor("#b0bec5")
SOFT = HexColor("#e3f0ef")
#: The painter's colours (``views/network_map/painter.py``).
SECTOR_CATEGORIES = ("familie", "vrienden", "school_werk", "hulpverlening")
BOX_FILL, MIDDLE_FILL, MIDDLE_BORDER, MIDDLE_INK = "#ffffff", "#e8f1f1", "#2f6f73", "#143c3e"
BACKDROP, SECTOR_INK, IMPROVE, BOX_INK = "#c9d6d6", "#7f9a9a", "#b8860b", "#1d1d1d"

#: Draws one legend row from the top it is given.
Draw = Callable[[float], None]

MARGIN = 12 * mm
HEADER = 20 * mm
FOOTER = 10 * mm
LEGEND_WIDTH = 58 * mm
#: The map is never drawn larger than on the screen's 1:1 millimetres.
MAX_SCALE = 1.0


def day(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=13.5, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=12),
        "muted": ParagraphStyle("muted", parent=base, fontSize=9, leading=12, textColor=MUTED),
        "title": ParagraphStyle(
            "title", parent=base, fontName=SANS_BOLD, fontSize=15, leading=19, textColor=ACCENT
        ),
        "person": ParagraphStyle(
            "person", parent=base, fontName=SANS_BOLD, fontSize=12, leading=16, spaceBefore=4
        ),
        "cell_head": ParagraphStyle(
            "cell_head", parent=base, fontName=SANS_BOLD, fontSize=9, leading=12, textColor=MUTED
        ),
        "item": ParagraphStyle("item", parent=base, leftIndent=5 * mm, bulletIndent=1 * mm),
        "heading": ParagraphStyle(
            "heading", parent=base, fontName=SANS_BOLD, fontSize=12, leading=16, textColor=ACCENT
        ),
    }


# -- the map ------------------------------------------------------------------------------
def _fill(canvas: Canvas, colour: str | Color) -> None:
    canvas.setFillColor(HexColor(colour) if isinstance(colour, str) else colour)


def _stroke(canvas: Canvas, colour: str | Color, width: float) -> None:
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
    _stroke(canvas, BACKDROP, 0.35)
    canvas.setDash([1.4, 0.7])
    for radius in RING_RADII:
        canvas.circle(0, 0, radius, stroke=1, fill=0)
    canvas.line(-outer, 0, outer, 0)
    canvas.line(0, -outer, 0, outer)
    canvas.setDash([])
    _fill(canvas, SECTOR_INK)
    ascent, descent = getAscentDescent(SANS_BOLD, 9 * PT)
    for category, (sx, sy) in zip(
        SECTOR_CATEGORIES, ((-1, -1), (1, -1), (1, 1), (-1, 1)), strict=True
    ):
        x = sx * (outer - 2)
        baseline = -(outer - 2) + ascent if sy < 0 else outer - 2 + descent
        align = "right" if sx > 0 else "left"
        _text(canvas, labels.get(category, category), x, baseline, 9, bold=True, align=align)


def _line(canvas: Canvas, person: PlacedPerson) -> None:
    _stroke(canvas, LINE_COLOUR, person.line_width)
    canvas.setLineCap(0)
    (x1, y1), (x2, y2) = person.line
    canvas.line(x1, y1, x2, y2)
    _fill(canvas, LINE_COLOUR)
    for triangle in person.arrows:
        _triangle(canvas, triangle)


def _person(canvas: Canvas, person: PlacedPerson) -> None:
    box = person.box
    _stroke(canvas, person.colour, 0.5)
    _fill(canvas, BOX_FILL)
    canvas.roundRect(box.x, box.y, box.w, box.h, 2.0, stroke=1, fill=1)
    _fill(canvas, person.colour)
    canvas.rect(box.x, box.y + 1.0, 1.4, box.h - 2.0, stroke=0, fill=1)
    if person.improve:
        _fill(canvas, IMPROVE)
        canvas.circle(box.right - 1.6, box.y + 1.6, 1.1, stroke=0, fill=1)
    _fill(canvas, BOX_INK)
    _text(canvas, person.text, box.cx, _centre_baseline(box.cy, person.font_size), person.font_size)


def _middle(canvas: Canvas, layout: MapLayout) -> None:
    box = layout.middle
    _stroke(canvas, MIDDLE_BORDER, 0.8)
    _fill(canvas, MIDDLE_FILL)
    canvas.roundRect(box.x, box.y, box.w, box.h, 4.0, stroke=1, fill=1)
    _fill(canvas, MIDDLE_INK)
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
    styles = _styles()
    x, sample = 4 * mm, 16 * mm
    rows: list[tuple[float, Draw]] = []

    def lines(y: float) -> None:
        for n, strength in enumerate((1, 3, 5)):
            _stroke(canvas, LINE_COLOUR, LINE_WIDTHS[strength] * scale * mm)
            canvas.line(x, y - (1.5 + 3.6 * n) * mm, x + sample, y - (1.5 + 3.6 * n) * mm)

    rows.append((10.5 * mm, lines))
    rows.append(
        _legend_row(canvas, translate("map_pdf", "the thicker, the better the relation"), x, styles)
    )
    rows.append((3 * mm, lambda y: None))
    for both, words in (
        (False, translate("map_pdf", "trusts")),
        (True, translate("map_pdf", "mutual trust")),
    ):
        height, text = _legend_row(canvas, words, x + sample + 3 * mm, styles)

        def arrow(y: float, both: bool = both, text: Draw = text) -> None:
            _arrow_sample(canvas, x, y - 2.4 * mm, sample, scale, both)
            text(y)

        rows.append((max(height, 6 * mm), arrow))
    height, text = _legend_row(
        canvas, translate("map_pdf", "wants to improve this connection"), x + 6 * mm, styles
    )

    def dot(y: float, text: Draw = text) -> None:
        _fill(canvas, IMPROVE)
        canvas.circle(x + 2 * mm, y - 2.2 * mm, 1.1 * mm, stroke=0, fill=1)
        text(y)

    rows.append((height + 3 * mm, dot))
    for category in document.legend:
        height, text = _legend_row(canvas, category.label, x + 11 * mm, styles)

        def swatch(y: float, colour: str = category.colour, text: Draw = text) -> None:
            _stroke(canvas, colour, 0.3 * mm)
            _fill(canvas, BOX_FILL)
            canvas.roundRect(x, y - 4.6 * mm, 8 * mm, 4.4 * mm, 1 * mm, stroke=1, fill=1)
            _fill(canvas, colour)
            canvas.rect(x, y - 4.1 * mm, 1.2 * mm, 3.4 * mm, stroke=0, fill=1)
            text(y)

        rows.append((max(height, 5 * mm) + 1.5 * mm, swatch))
    total = 16 * mm + sum(height for height, _draw in rows)
    _fill(canvas, SOFT)
    canvas.roundRect(0, -total, LEGEND_WIDTH, total, 3 * mm, stroke=0, fill=1)
    _fill(canvas, ACCENT)
    canvas.setFont(SANS_BOLD, 11)
    canvas.drawString(x, -7 * mm, translate("map_pdf", "Legend"))
    y = -11 * mm
    for height, draw in rows:
        draw(y)
        y -= height


def _legend_row(
    canvas: Canvas, text: str, x: float, styles: dict[str, ParagraphStyle]
) -> tuple[float, Draw]:
    """The height of ``text`` wrapped in the legend from ``x``, and how to draw it at a top."""
    paragraph = Paragraph(escape(text), styles["small"])
    _w, height = paragraph.wrap(LEGEND_WIDTH - x - 3 * mm, 40 * mm)

    def draw(top: float) -> None:
        paragraph.drawOn(canvas, x, top - height)

    return height + 1 * mm, draw


def _arrow_sample(
    canvas: Canvas, x: float, y: float, length: float, scale: float, both: bool
) -> None:
    width = LINE_WIDTHS[3]
    k = scale * mm
    _stroke(canvas, LINE_COLOUR, width * k)
    canvas.setLineCap(0)
    canvas.line(x, y, x + length, y)
    _fill(canvas, LINE_COLOUR)
    start, tip = (0.0, 0.0), (length / k, 0.0)

    def placed(points: tuple[tuple[float, float], ...]) -> list[tuple[float, float]]:
        return [(x + px * k, y - py * k) for px, py in points]

    _triangle(canvas, placed(arrowhead(start, tip, width)))
    if both:
        _triangle(canvas, placed(arrowhead(tip, start, width)))


# -- the page around it -------------------------------------------------------------------
def _full_name(document: MapDocument) -> str:
    return " ".join(part for part in (document.first_name, document.surname) if part)


def _page_decoration(document: MapDocument) -> Callable[[Canvas, object], None]:
    def decorate(canvas: Canvas, _doc: object) -> None:
        width, height = landscape(A4)
        top = height - MARGIN
        canvas.saveState()
        _fill(canvas, ACCENT)
        canvas.setFont(SANS_BOLD, 17)
        title = translate("map_pdf", "Network map")
        canvas.drawString(MARGIN, top - 6 * mm, title)
        name_x = MARGIN + canvas.stringWidth(title, SANS_BOLD, 17) + 5 * mm
        details = translate("map_pdf", "version {number} · {date}").format(
            number=document.number, date=day(document.drawn_on)
        )
        if document.coach:
            details += " · " + translate("map_pdf", "coach: {name}").format(name=document.coach)
        room = width - MARGIN - canvas.stringWidth(details, SANS, 10.5) - 8 * mm - name_x
        name, size = _fitted(_full_name(document), room)
        _fill(canvas, INK)
        canvas.setFont(SANS_BOLD, size)
        canvas.drawString(name_x, top - 6 * mm, name)
        canvas.setFont(SANS, 10.5)
        canvas.drawRightString(width - MARGIN, top - 5.5 * mm, details)
        which = (
            translate("map_pdf", "Version for the participant")
            if document.for_participant
            else translate("map_pdf", "Coach's version: confidential")
        )
        _fill(canvas, MUTED)
        canvas.setFont(SANS, 9)
        canvas.drawRightString(width - MARGIN, top - 11 * mm, which)
        _stroke(canvas, ACCENT, 0.8)
        canvas.line(MARGIN, top - 14 * mm, width - MARGIN, top - 14 * mm)
        canvas.setFont(SANS, 8)
        canvas.drawString(MARGIN, 7 * mm, "JIU Desktop · Jong in Uitvoering")
        canvas.drawRightString(
            width - MARGIN,
            7 * mm,
            translate("map_pdf", "page {n}").format(n=canvas.getPageNumber()),
        )
        canvas.restoreState()

    return decorate


def _fitted(name: str, room: float) -> tuple[str, float]:
    """The name at 17 pt, smaller down to 11 pt when the header is short of room, and
    shortened with an ellipsis only when even that is too wide."""
    size = 17.0
    while size > 11 and stringWidth(name, SANS_BOLD, size) > room:
        size -= 1
    while len(name) > 1 and stringWidth(name, SANS_BOLD, size) > room:
        name = name[:-2] + "…"
    return name, size


class WritingLines(Flowable):  # type: ignore[misc]
    """Empty lines to write on, under a small heading."""

    def __init__(self, heading: str, lines: int, width: float) -> None:
        super().__init__()
        self.heading, self.lines, self.line_width = heading, lines, width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.line_width = min(self.line_width, available_width)
        return self.line_width, (6 + 8 * self.lines) * mm

    def draw(self) -> None:
        canvas: Canvas = self.canv
        height = (6 + 8 * self.lines) * mm
        _fill(canvas, MUTED)
        canvas.setFont(SANS_BOLD, 9.5)
        canvas.drawString(0, height - 4 * mm, self.heading)
        _stroke(canvas, MUTED, 0.5)
        canvas.setDash([1, 1.5])
        for row in range(self.lines):
            y = height - (6 + 8 * (row + 1)) * mm + 1 * mm
            canvas.line(0, y, self.line_width, y)
        canvas.setDash([])


def _plan_table(plan: Plan | None, width: float, styles: dict[str, ParagraphStyle]) -> Table:
    """The steps (what, with whom, when, how it went), and one or three empty rows to add
    a step on paper."""
    head = [
        Paragraph(escape(text), styles["cell_head"])
        for text in (
            translate("map_pdf", "What"),
            translate("map_pdf", "With whom"),
            translate("map_pdf", "When"),
            translate("map_pdf", "Feedback"),
        )
    ]
    rows: list[list[object]] = [head]
    for step in plan.steps if plan else ():
        told = ""
        if step.outcome != "open":
            told = step.outcome_text + (f" ({day(step.feedback_on)})" if step.feedback_on else "")
            told += f": {step.feedback}" if step.feedback else ""
        rows.append(
            [
                Paragraph(escape(step.what), styles["small"]),
                Paragraph(escape(step.with_whom), styles["small"]),
                Paragraph(day(step.planned_on), styles["small"]),
                Paragraph(escape(told), styles["small"]),
            ]
        )
    blank = 1 if plan and plan.steps else 3
    rows.extend([["", "", "", ""] for _ in range(blank)])
    heights = [None] * (len(rows) - blank) + [10 * mm] * blank
    table = Table(
        rows,
        colWidths=[width * 0.38, width * 0.18, width * 0.12, width * 0.32],
        rowHeights=heights,
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _plans_page(document: MapDocument, width: float) -> list[Flowable]:
    """Every plan; without plans, one empty plan to fill in together (steps 6–9 are
    optional, and a printout is where a coach and a young person often start one)."""
    styles = _styles()
    story: list[Flowable] = [
        Paragraph(escape(translate("map_pdf", "Improve a connection")), styles["title"])
    ]
    story.append(
        Paragraph(
            escape(
                translate(
                    "map_pdf",
                    "Which connection would you like to improve? Write down the steps: what, "
                    "with whom, when. Afterwards: did the plan work, or are there still "
                    "obstacles?",
                )
            ),
            styles["muted"],
        )
    )
    story.append(Spacer(1, 4 * mm))
    how = translate("map_pdf", "How did it go?")
    if not document.plans:
        story.append(
            KeepTogether(
                [
                    WritingLines(translate("map_pdf", "Connection with:"), 1, width * 0.5),
                    _plan_table(None, width, styles),
                    Spacer(1, 2 * mm),
                    WritingLines(how, 3, width),
                ]
            )
        )
    for plan in document.plans:
        story.append(
            KeepTogether(
                [
                    Paragraph(escape(plan.label), styles["person"]),
                    _plan_table(plan, width, styles),
                    Spacer(1, 2 * mm),
                    WritingLines(how, 2, width),
                    Spacer(1, 3 * mm),
                ]
            )
        )
    if document.coach_notes or document.remark:
        story.extend(_coach_part(document, styles))
    return story


def _coach_part(document: MapDocument, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    part: list[Flowable] = [
        Spacer(1, 4 * mm),
        Paragraph(
            escape(translate("map_pdf", "For the coach only: not for the participant")),
            styles["heading"],
        ),
    ]
    if document.remark:
        part.append(Paragraph(escape(document.remark), styles["body"]))
        part.append(Spacer(1, 2 * mm))
    for note in document.coach_notes:
        part.append(
            Paragraph(
                f'<font name="{SANS_BOLD}">{escape(note.label)}</font>: {escape(note.note)}',
                styles["body"],
            )
        )
    return part


def map_pdf(document: MapDocument) -> bytes:
    """The map (page 1) and the plans (page 2, more when they run long) as PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    width, height = landscape(A4)
    doc = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER,
        bottomMargin=MARGIN + 2 * mm,
        title=f"{translate('map_pdf', 'Network map')} {document.first_name}",
        author="JIU Desktop",
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate("map", [frame], onPage=_page_decoration(document))])
    story: list[Flowable] = [MapDrawing(document), PageBreak()]
    story.extend(_plans_page(document, doc.width))
    doc.build(story)
    return buffer.getvalue()


# -- the comparison -----------------------------------------------------------------------
def compare_pdf(document: ComparisonDocument) -> bytes:
    """Two versions compared, A4 portrait: new, changed, no longer on the map."""
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    name = " ".join(p for p in (document.first_name, document.surname) if p)

    def decorate(canvas: Canvas, _doc: object) -> None:
        width, _height = A4
        canvas.saveState()
        _fill(canvas, MUTED)
        canvas.setFont(SANS, 8)
        canvas.drawString(MARGIN + 6 * mm, 10 * mm, "JIU Desktop · Jong in Uitvoering")
        canvas.drawRightString(
            width - MARGIN - 6 * mm,
            10 * mm,
            translate("map_pdf", "page {n}").format(n=canvas.getPageNumber()),
        )
        canvas.restoreState()

    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN + 6 * mm,
        rightMargin=MARGIN + 6 * mm,
        topMargin=MARGIN + 4 * mm,
        bottomMargin=MARGIN + 8 * mm,
        title=f"{translate('map_pdf', 'Network map')} {document.first_name}",
        author="JIU Desktop",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate("compare", [frame], onPage=decorate)])
    story: list[Flowable] = [
        Paragraph(escape(f"{translate('map_pdf', 'Network map')} · {name}"), styles["title"]),
        Paragraph(
            escape(
                translate(
                    "map_pdf", "What changed from version {a} ({a_date}) to version {b} ({b_date})"
                ).format(
                    a=document.from_number,
                    a_date=day(document.from_date),
                    b=document.to_number,
                    b_date=day(document.to_date),
                )
            ),
            styles["body"],
        ),
        Spacer(1, 3 * mm),
        HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceAfter=8 * mm),
    ]
    groups = (
        (translate("map_pdf", "New on the map"), document.new),
        (translate("map_pdf", "Changed"), document.changed),
        (translate("map_pdf", "No longer on the map"), document.gone),
    )
    for (title, lines), bullet in zip(groups, ("+", "•", "–"), strict=True):
        story.append(Paragraph(escape(f"{title} ({len(lines)})"), styles["heading"]))
        for line in lines:
            text = line[2:] if line[:2] in ("+ ", "- ") else line
            story.append(Paragraph(escape(text), styles["item"], bulletText=bullet))
        if not lines:
            story.append(Paragraph(escape(translate("map_pdf", "nobody")), styles["muted"]))
        story.append(Spacer(1, 5 * mm))
    doc.build(story)
    return buffer.getvalue()
