"""*Mijn spiraal* on paper, A4 portrait: per domain measured a row of the steps, with where
the young person started (a ring) and where they stand now (a full dot, the way between
them coloured in), and in B1 what the step means; overall, the way to the next step. Calm
colours, no verdicts: something a young person keeps.

The coach's version adds the dates of the measurements and whether each was filled in
together. Neither shows a note or a surname (``services/spiral_document.py`` leaves them
out).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor, white
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
    TableStyle,
)

from jiu_desktop.i18n import translate
from jiu_desktop.printing.fonts import SANS, SANS_BOLD, register_fonts
from jiu_desktop.printing.house_style import ACCENT, INK, MUTED, RULE, draw_footer
from jiu_desktop.printing.map_pdf import day

if TYPE_CHECKING:
    from jiu_desktop.services.spiral_document import DomainLine, SpiralDocument

MARGIN = 18 * mm
#: The overall phase (its code), shown first and large.
OVERALL = "algemeen"
#: The way travelled, between the start and now.
PATH = HexColor("#cfe5e3")
TRACK = HexColor("#dfe6e5")


Styles = dict[str, ParagraphStyle]


def _styles() -> Styles:
    base = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=13.5, textColor=INK)
    return {
        "body": base,
        "muted": ParagraphStyle("muted", parent=base, fontSize=9, leading=12, textColor=MUTED),
        "title": ParagraphStyle(
            "title", parent=base, fontName=SANS_BOLD, fontSize=22, leading=27, textColor=ACCENT
        ),
        "intro": ParagraphStyle("intro", parent=base, fontSize=11, leading=15),
        "heading": ParagraphStyle(
            "heading", parent=base, fontName=SANS_BOLD, fontSize=12.5, leading=16,
            textColor=ACCENT, spaceBefore=3.5 * mm, spaceAfter=1 * mm,
        ),
        "domain": ParagraphStyle(
            "domain", parent=base, fontName=SANS_BOLD, fontSize=10, leading=12
        ),
        "now": ParagraphStyle("now", parent=base, fontSize=9, leading=11.5),
        "prompt": ParagraphStyle(
            "prompt", parent=base, fontSize=9.5, leading=12, leftIndent=6 * mm,
            bulletIndent=0, bulletFontName=SANS_BOLD,
        ),
    }  # fmt: skip


class Track(Flowable):  # type: ignore[misc]
    """One domain's row of steps: the start a ring, now a full dot, the way between them
    coloured in; the step numbers in the circles and, when ``names``, the step names
    under them."""

    def __init__(
        self, steps: list[int], start: int, now: int, names: list[str] | None = None
    ) -> None:
        super().__init__()
        self.steps, self.start, self.now, self.names = steps, start, now, names
        self.radius = (4.2 if names else 2.8) * mm
        self.height = 2 * self.radius + 1.2 * mm + (5 * mm if names else 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def _x(self, step: int) -> float:
        room = self.width / len(self.steps)
        return room * (self.steps.index(step) + 0.5)

    def draw(self) -> None:
        canvas: Canvas = self.canv
        y = self.height - self.radius - 0.6 * mm
        canvas.setStrokeColor(TRACK)
        canvas.setLineWidth(2)
        canvas.line(self._x(self.steps[0]), y, self._x(self.steps[-1]), y)
        low, high = sorted((self.start, self.now))
        canvas.setStrokeColor(PATH)
        canvas.setLineWidth(6 if self.names else 5)
        canvas.line(self._x(low), y, self._x(high), y)
        for step in self.steps:
            self._circle(canvas, step, y)
        for step, name in zip(self.steps, self.names or [], strict=False):
            canvas.setFont(SANS_BOLD if step == self.now else SANS, 9)
            canvas.setFillColor(INK if step == self.now else MUTED)
            canvas.drawCentredString(self._x(step), 1 * mm, name)

    def _circle(self, canvas: Canvas, step: int, y: float) -> None:
        fill: Color = white
        number: Color = MUTED
        edge, width = RULE, 0.8
        low, high = sorted((self.start, self.now))
        if low <= step <= high:
            fill, number, edge = PATH, INK, PATH
        if step == self.start:
            edge, width, number = ACCENT, 2.2, INK
        if step == self.now:
            fill, number, edge, width = ACCENT, white, ACCENT, 1
        canvas.setFillColor(fill)
        canvas.setStrokeColor(edge)
        canvas.setLineWidth(width)
        canvas.circle(self._x(step), y, self.radius, stroke=1, fill=1)
        canvas.setFillColor(number)
        size = 11 if self.names else 9
        canvas.setFont(SANS_BOLD, size)
        canvas.drawCentredString(self._x(step), y - size * 0.36, str(step))


class Legend(Flowable):  # type: ignore[misc]
    def __init__(self, started: str, now: str) -> None:
        super().__init__()
        self.started, self.now = started, now

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, 7 * mm

    def draw(self) -> None:
        canvas: Canvas = self.canv
        y = 3 * mm
        canvas.setLineWidth(2.2)
        canvas.setStrokeColor(ACCENT)
        canvas.setFillColor(white)
        canvas.circle(3 * mm, y, 2.4 * mm, stroke=1, fill=1)
        canvas.setFont(SANS, 9.5)
        canvas.setFillColor(INK)
        canvas.drawString(7.5 * mm, y - 1.2 * mm, self.started)
        x = 12 * mm + canvas.stringWidth(self.started, SANS, 9.5)
        canvas.setFillColor(ACCENT)
        canvas.setLineWidth(1)
        canvas.circle(x, y, 2.4 * mm, stroke=1, fill=1)
        canvas.setFillColor(INK)
        canvas.drawString(x + 4.5 * mm, y - 1.2 * mm, self.now)


def _page(document: SpiralDocument) -> object:
    made = translate("spiral_pdf", "made on {date}").format(date=day(document.made_on))

    def draw(canvas: Canvas, _doc: object) -> None:
        width, _height = A4
        draw_footer(canvas, MARGIN, width - MARGIN, middle=made)

    return draw


def _document(buffer: io.BytesIO, title: str, document: SpiralDocument) -> BaseDocTemplate:
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
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate("spiral", [frame], onPage=_page(document))])
    return doc


def _overall(line: DomainLine, document: SpiralDocument, styles: Styles) -> list[Flowable]:
    """Algemeen, large: the whole row of steps with their names, and in words where they
    stand and where they began."""
    now = translate("spiral_pdf", "You are at step {number}: {step}. {description}").format(
        number=line.now.step, step=line.now.name, description=line.now.description
    )
    parts: list[Flowable] = [
        Paragraph(escape(line.label), styles["heading"]),
        Track([s.step for s in document.steps], line.start.step, line.now.step,
              [s.name for s in document.steps]),
        Spacer(1, 2 * mm),
        Paragraph(escape(now), styles["intro"]),
    ]  # fmt: skip
    if line.start.step != line.now.step:
        began = translate("spiral_pdf", "You began at step {number}: {step}.").format(
            number=line.start.step, step=line.start.name
        )
        parts.append(Paragraph(escape(began), styles["body"]))
    if line.measurements:
        parts.append(Paragraph(escape(_measured_text(line)), styles["muted"]))
    return [KeepTogether(parts)]


def _measured_text(line: DomainLine) -> str:
    """The coach's version: each measurement's date and step, and "together"."""
    parts = []
    for measured in line.measurements:
        text = translate("spiral_pdf", "{date}: step {step}").format(
            date=day(measured.assessed_on), step=measured.step
        )
        if measured.together:
            text += " " + translate("spiral_pdf", "(together)")
        parts.append(text)
    return translate("spiral_pdf", "Measured: {list}").format(list=" · ".join(parts))


def _domains(lines: list[DomainLine], steps: list[int], styles: Styles, width: float) -> Table:
    """Per life domain: its name, its row of steps, and in words now and the start."""
    rows: list[list[object]] = []
    commands: list[tuple[object, ...]] = []
    for line in lines:
        words = translate("spiral_pdf", "now: {step}").format(step=line.now.name)
        if line.start.step != line.now.step:
            words += "<br/>" + escape(
                translate("spiral_pdf", "began: {step}").format(step=line.start.name)
            )
        rows.append(
            [
                Paragraph(escape(line.label), styles["domain"]),
                Track(steps, line.start.step, line.now.step),
                Paragraph(words, styles["now"]),
            ]
        )
        if line.measurements:
            rows.append(["", Paragraph(escape(_measured_text(line)), styles["muted"]), ""])
            here = len(rows) - 1
            commands += [
                ("SPAN", (1, here), (2, here)),
                ("LINEBELOW", (0, here - 1), (-1, here - 1), 0, white),
                ("TOPPADDING", (0, here), (-1, here), 0),
                ("NOSPLIT", (0, here - 1), (-1, here)),  # the dates stay with their row
            ]
    table = Table(rows, colWidths=[width * 0.31, width * 0.45, width * 0.24])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                *commands,
            ]
        )
    )
    return table


def _prompts(document: SpiralDocument, styles: Styles) -> list[Flowable]:
    if document.next_step is None or not document.prompts:
        return []
    heading = translate("spiral_pdf", "On the way to {step}").format(step=document.next_step.label)
    intro = translate(
        "spiral_pdf", "Things to work on and talk about. A tick: you already show it."
    )
    items: list[Flowable] = [
        Paragraph(escape(heading), styles["heading"]),
        Paragraph(escape(intro), styles["muted"]),
        Spacer(1, 1.5 * mm),
    ]
    for prompt in document.prompts:
        mark = "✓" if prompt.met else "○"
        items.append(Paragraph(escape(prompt.text), styles["prompt"], bulletText=mark))
    return [KeepTogether(items)]


def _step_words(document: SpiralDocument, styles: Styles) -> list[Flowable]:
    """What each step means, in B1: the key to the rows above."""
    items: list[Flowable] = [
        Paragraph(escape(translate("spiral_pdf", "What the steps mean")), styles["heading"])
    ]
    for step in document.steps:
        text = f'<font name="{SANS_BOLD}">{escape(step.label)}</font>: {escape(step.description)}'
        items.append(Paragraph(text, styles["prompt"], bulletText=""))
    return [KeepTogether(items)]


def spiral_pdf(document: SpiralDocument) -> bytes:
    """*Mijn spiraal* (or the coach's version) as PDF bytes."""
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    if document.for_participant:
        title = translate("spiral_pdf", "My spiral")
        intro = translate(
            "spiral_pdf",
            "Where you started, and where you stand now. Every step counts, and on every "
            "part of your life you go at your own pace.",
        )
    else:
        title = translate("spiral_pdf", "Spiral")
        intro = translate(
            "spiral_pdf",
            "Coach's version: every measurement with its date, without the notes.",
        )
    doc = _document(buffer, f"{title} {document.first_name}", document)
    steps = [s.step for s in document.steps]
    story: list[Flowable] = [
        Paragraph(escape(f"{title} · {document.first_name}"), styles["title"]),
        Spacer(1, 1 * mm),
        Paragraph(escape(intro), styles["intro"]),
        Spacer(1, 2 * mm),
        Legend(translate("spiral_pdf", "where you started"), translate("spiral_pdf", "now")),
        HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=1 * mm),
    ]
    others = [line for line in document.domains if line.domain != OVERALL]
    for line in document.domains:
        if line.domain == OVERALL:
            story += _overall(line, document, styles)
    story += _prompts(document, styles)
    if others:
        story.append(
            Paragraph(escape(translate("spiral_pdf", "Per life domain")), styles["heading"])
        )
        story.append(_domains(others, steps, styles, doc.width))
    story += _step_words(document, styles)
    doc.build(story)
    return buffer.getvalue()
