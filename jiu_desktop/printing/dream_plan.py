"""The dream tin on paper, A4 portrait: the step plan of one dream ("Stappenplan": the
dream, its steps with their dates, who helps, how it went, and lines for the next steps),
the to-do list the young person takes home; and the dream slip ("droombriefje") that goes
inside the tin.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.colors import white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from jiu_desktop.i18n import translate
from jiu_desktop.printing.fonts import SANS, SANS_BOLD, register_fonts
from jiu_desktop.printing.house_style import ACCENT, INK, MUTED, RULE, draw_footer, ruled_table
from jiu_desktop.printing.map_drawing import fill, stroke
from jiu_desktop.printing.map_pdf import WritingLines, day
from jiu_desktop.printing.tin_labels import BOTTOM_MOTTO, TOP_MOTTO

if TYPE_CHECKING:
    from jiu_desktop.services.dream_document import DreamDocument, StepLine

MARGIN = 18 * mm
NEXT_STEP_ROWS = 4


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=13.5, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=12),
        "muted": ParagraphStyle("muted", parent=base, fontSize=9, leading=12, textColor=MUTED),
        "motto": ParagraphStyle("motto", parent=base, fontSize=10, textColor=ACCENT),
        "title": ParagraphStyle(
            "title", parent=base, fontName=SANS_BOLD, fontSize=18, leading=23, textColor=ACCENT
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=12,
            leading=16,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=3,
        ),
        "dream": ParagraphStyle("dream", parent=base, fontSize=12, leading=16.5),
        "cell_head": ParagraphStyle(
            "cell_head", parent=base, fontName=SANS_BOLD, fontSize=9, leading=12, textColor=MUTED
        ),
    }


def _page(canvas: Canvas, _doc: object) -> None:
    width, _height = A4
    draw_footer(canvas, MARGIN, width - MARGIN)


def _document(buffer: io.BytesIO, title: str) -> BaseDocTemplate:
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author="JIU Desktop",
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate("plan", [frame], onPage=_page)])
    return doc


def _step_status(step: StepLine) -> str:
    if step.status != "open" and step.taken_on:
        return f"{step.status_text} ({day(step.taken_on)})"
    return step.status_text


def _steps_table(document: DreamDocument, width: float, styles: dict[str, ParagraphStyle]) -> Table:
    """Every step with its date, helper and how it went; under a step its reflection."""
    head = [
        Paragraph(escape(text), styles["cell_head"])
        for text in (
            "",
            translate("dream_plan", "Step"),
            translate("dream_plan", "Best before"),
            translate("dream_plan", "Who helps"),
            translate("dream_plan", "How it went"),
        )
    ]
    rows: list[list[object]] = [head]
    commands: list[tuple[object, ...]] = []
    for number, step in enumerate(document.steps, start=1):
        text_style = styles["body"] if step.current else styles["small"]
        rows.append(
            [
                Paragraph(str(number), styles["small"]),
                Paragraph(escape(step.text), text_style),
                Paragraph(day(step.best_before), styles["small"]),
                Paragraph(escape(step.helper), styles["small"]),
                Paragraph(escape(_step_status(step)), styles["small"]),
            ]
        )
        if step.reflection:
            rows.append(["", Paragraph(escape(f"“{step.reflection}”"), styles["muted"])])
            here = len(rows) - 1
            commands.append(("SPAN", (1, here), (-1, here)))
            commands.append(("LINEBELOW", (0, here - 1), (-1, here - 1), 0.6, white))
    widths = [width * 0.05, width * 0.43, width * 0.15, width * 0.17, width * 0.20]
    return ruled_table(rows, widths, extra=commands)


def _next_steps(width: float, styles: dict[str, ParagraphStyle]) -> Table:
    """Empty rows to write the next steps on: what, by when, with whom."""
    head = [
        Paragraph(escape(text), styles["cell_head"])
        for text in (
            translate("dream_plan", "Next step"),
            translate("dream_plan", "By when"),
            translate("dream_plan", "Who do I need"),
        )
    ]
    blank: list[list[object]] = [["", "", ""] for _ in range(NEXT_STEP_ROWS)]
    rows: list[list[object]] = [head, *blank]
    return ruled_table(
        rows,
        [width * 0.55, width * 0.18, width * 0.27],
        row_heights=[None] + [11 * mm] * NEXT_STEP_ROWS,
        extra=[("LINEBEFORE", (1, 1), (-1, -1), 0.4, RULE)],
    )


def dream_plan_pdf(document: DreamDocument) -> bytes:
    """The step plan of one dream as PDF bytes (one A4 page unless the steps run long)."""
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    title = translate("dream_plan", "Step plan")
    doc = _document(buffer, f"{title} {document.first_name}")
    details = translate("dream_plan", "{area} · since {date} · {status}").format(
        area=document.life_area, date=day(document.started_on), status=document.status_text
    )
    story: list[Flowable] = [
        Paragraph(escape(f"{title} · {document.first_name}"), styles["title"]),
        Paragraph(escape(f"{TOP_MOTTO} · {BOTTOM_MOTTO}"), styles["motto"]),
        Paragraph(escape(details), styles["muted"]),
        Spacer(1, 2 * mm),
        HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceAfter=3 * mm),
        Paragraph(escape(translate("dream_plan", "My dream")), styles["heading"]),
    ]
    if document.dream.strip():
        story.append(Paragraph(escape(document.dream), styles["dream"]))
    else:
        story.append(WritingLines("", 2, doc.width))
    story.append(Paragraph(escape(translate("dream_plan", "My steps")), styles["heading"]))
    if document.steps:
        story.append(_steps_table(document, doc.width, styles))
    else:
        story.append(
            Paragraph(escape(translate("dream_plan", "No step written down yet.")), styles["muted"])
        )
    story.append(
        KeepTogether(
            [
                Paragraph(escape(translate("dream_plan", "What comes next")), styles["heading"]),
                Paragraph(
                    escape(
                        translate(
                            "dream_plan",
                            "A good step is doable, concrete, has a result and is said positively.",
                        )
                    ),
                    styles["muted"],
                ),
                Spacer(1, 2 * mm),
                _next_steps(doc.width, styles),
                Spacer(1, 5 * mm),
                WritingLines(
                    translate("dream_plan", "When I have taken the step, I will celebrate by:"),
                    2,
                    doc.width,
                ),
            ]
        )
    )
    doc.build(story)
    return buffer.getvalue()


# -- the dream slip -------------------------------------------------------------------------
SLIP_WIDTH, SLIP_HEIGHT = 120 * mm, 85 * mm


def dream_slip_pdf(document: DreamDocument) -> bytes:
    """The slip for inside the tin (about A6, with a dashed line to cut along): the first
    name, the dream, the date; lines to write on when the dream is not written down."""
    register_fonts()
    buffer = io.BytesIO()
    width, height = A4
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle(f"{translate('dream_plan', 'Dream slip')} {document.first_name}")
    canvas.setAuthor("JIU Desktop")
    left, top = (width - SLIP_WIDTH) / 2, height - MARGIN
    stroke(canvas, MUTED, 0.5)
    canvas.setDash([3, 3])
    canvas.rect(left, top - SLIP_HEIGHT, SLIP_WIDTH, SLIP_HEIGHT)
    canvas.setDash([])
    pad = 8 * mm
    fill(canvas, ACCENT)
    canvas.setFont(SANS, 9)
    canvas.drawString(left + pad, top - pad - 2 * mm, TOP_MOTTO)
    canvas.drawRightString(left + SLIP_WIDTH - pad, top - pad - 2 * mm, day(document.started_on))
    fill(canvas, INK)
    canvas.setFont(SANS_BOLD, 14)
    heading = translate("dream_plan", "My dream, {name}").format(name=document.first_name)
    canvas.drawString(left + pad, top - pad - 10 * mm, heading)
    inner = SLIP_WIDTH - 2 * pad
    text_top = top - pad - 15 * mm
    if document.dream.strip():
        paragraph = Paragraph(escape(document.dream), _styles()["dream"])
        _w, used = paragraph.wrap(inner, SLIP_HEIGHT - 35 * mm)
        paragraph.drawOn(canvas, left + pad, text_top - used)
    else:
        stroke(canvas, MUTED, 0.5)
        canvas.setDash([1, 1.5])
        for row in range(5):
            y = text_top - (row + 1) * 9 * mm
            canvas.line(left + pad, y, left + pad + inner, y)
        canvas.setDash([])
    fill(canvas, ACCENT)
    canvas.setFont(SANS, 9)
    canvas.drawString(left + pad, top - SLIP_HEIGHT + pad - 2 * mm, BOTTOM_MOTTO)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
