"""The network map on paper: A4 landscape, vector, the map with its legend always
(``map_drawing.py``); a second page with the plans to improve a connection and lines to
write on; and the comparison of two versions, A4 portrait.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
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
)

from jiu_desktop.i18n import translate
from jiu_desktop.printing.fonts import SANS, SANS_BOLD, register_fonts
from jiu_desktop.printing.house_style import ACCENT, INK, MUTED, draw_footer, ruled_table
from jiu_desktop.printing.map_drawing import MapDrawing, fill, stroke

if TYPE_CHECKING:
    from jiu_desktop.services.map_document import ComparisonDocument, MapDocument, Plan


MARGIN = 12 * mm
HEADER = 20 * mm


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


# -- the page around it -------------------------------------------------------------------
def _full_name(document: MapDocument) -> str:
    return " ".join(part for part in (document.first_name, document.surname) if part)


def _page_decoration(document: MapDocument) -> Callable[[Canvas, object], None]:
    def decorate(canvas: Canvas, _doc: object) -> None:
        width, height = landscape(A4)
        top = height - MARGIN
        canvas.saveState()
        fill(canvas, ACCENT)
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
        fill(canvas, INK)
        canvas.setFont(SANS_BOLD, size)
        canvas.drawString(name_x, top - 6 * mm, name)
        canvas.setFont(SANS, 10.5)
        canvas.drawRightString(width - MARGIN, top - 5.5 * mm, details)
        which = (
            translate("map_pdf", "Version for the participant")
            if document.for_participant
            else translate("map_pdf", "Coach's version: confidential")
        )
        fill(canvas, MUTED)
        canvas.setFont(SANS, 9)
        canvas.drawRightString(width - MARGIN, top - 11 * mm, which)
        stroke(canvas, ACCENT, 0.8)
        canvas.line(MARGIN, top - 14 * mm, width - MARGIN, top - 14 * mm)
        canvas.restoreState()
        draw_footer(canvas, MARGIN, width - MARGIN, 7 * mm)

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
        fill(canvas, MUTED)
        canvas.setFont(SANS_BOLD, 9.5)
        canvas.drawString(0, height - 4 * mm, self.heading)
        stroke(canvas, MUTED, 0.5)
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
    widths = [width * 0.38, width * 0.18, width * 0.12, width * 0.32]
    return ruled_table(rows, widths, row_heights=heights)


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
        draw_footer(canvas, MARGIN + 6 * mm, width - MARGIN - 6 * mm)

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
