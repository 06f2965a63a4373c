"""Forms on paper, A4 portrait, from the template: a blank form to fill in with a pen, a
batch (one per participant of a group, with their first name and the date), a filled-in
form with the answers in place, and a participant's series of one template with the growth
chart first. Each takes its document (``services/form_document.py``) and returns PDF bytes.

A form starts on a page of its own, with the title, the name and the date; its pages are
numbered on their own ("page 1", "page 2" of Noor's form in a batch) and a next page
repeats the title, name and date at the top, so loose pages find their way back.
"""

from __future__ import annotations

import io
from datetime import date
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

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
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from jiu_desktop.i18n import translate
from jiu_desktop.printing.fonts import SANS, SANS_BOLD, register_fonts
from jiu_desktop.printing.form_chart import growth_chart, legend, roles_in, summary
from jiu_desktop.printing.form_parts import (
    INDENT,
    Choices,
    DateField,
    Field,
    SignatureLine,
    writing_lines,
    yes_no,
)
from jiu_desktop.printing.form_scale import Scale
from jiu_desktop.printing.house_style import ACCENT, INK, MUTED, draw_footer, ruled_table
from jiu_desktop.printing.map_drawing import fill
from jiu_desktop.printing.map_pdf import day

if TYPE_CHECKING:
    from jiu_desktop.services.form_definition import Question
    from jiu_desktop.services.form_document import BatchDocument, FormDocument, SeriesDocument
    from jiu_desktop.services.form_responses import Value

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=SANS, fontSize=11, leading=15, textColor=INK)
    return {
        "body": base,
        "intro": ParagraphStyle(
            "intro", parent=base, fontSize=10.5, leading=14.5, spaceAfter=2 * mm
        ),
        "muted": ParagraphStyle("muted", parent=base, fontSize=9.5, leading=13, textColor=MUTED),
        "title": ParagraphStyle(
            "title", parent=base, fontName=SANS_BOLD, fontSize=20, leading=25,
            textColor=ACCENT, spaceAfter=2 * mm,
        ),
        "section": ParagraphStyle(
            "section", parent=base, fontName=SANS_BOLD, fontSize=13.5, leading=18,
            textColor=ACCENT, spaceBefore=5 * mm, spaceAfter=1 * mm,
        ),
        "section_intro": ParagraphStyle(
            "section_intro", parent=base, fontSize=10, leading=13.5, textColor=MUTED,
            spaceAfter=1 * mm,
        ),
        "question": ParagraphStyle(
            "question", parent=base, fontName=SANS_BOLD, fontSize=11.5, leading=15.5,
            leftIndent=INDENT, bulletIndent=0, bulletFontName=SANS_BOLD, bulletFontSize=11.5,
            spaceBefore=3.5 * mm, spaceAfter=0.8 * mm,
        ),
        "help": ParagraphStyle(
            "help", parent=base, fontSize=10, leading=13.5, textColor=MUTED, leftIndent=INDENT,
            spaceAfter=1 * mm,
        ),
        "chart_head": ParagraphStyle(
            "chart_head", parent=base, fontName=SANS_BOLD, fontSize=11.5, leading=15.5,
            spaceBefore=4 * mm, spaceAfter=1 * mm,
        ),
        "cell_head": ParagraphStyle(
            "cell_head", parent=base, fontName=SANS_BOLD, fontSize=9, leading=12, textColor=MUTED
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12.5),
    }  # fmt: skip


class Start(Flowable):  # type: ignore[misc]
    """Where a form (or the series' chart page) begins: the page numbers start again, and
    a next page of it carries ``running`` at the top and ``code`` in the footer."""

    def __init__(self, running: str, code: str) -> None:
        super().__init__()
        self.running, self.code = running, code

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class _Paper(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: io.BytesIO, title: str) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + 2 * mm,
            title=title,
            author="JIU Desktop",
        )
        self.unit: Start | None = None
        self.unit_page = 1
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        self.addPageTemplates([PageTemplate("form", [frame], onPageEnd=self._decorate)])

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Start):
            self.unit, self.unit_page = flowable, self.page

    def _decorate(self, canvas: Canvas, _doc: object) -> None:
        width, height = A4
        number = self.page - self.unit_page + 1
        code = self.unit.code if self.unit else ""
        draw_footer(canvas, MARGIN, width - MARGIN, page=number, middle=code)
        if self.unit is not None and number > 1:
            canvas.saveState()
            fill(canvas, MUTED)
            canvas.setFont(SANS, 8.5)
            canvas.drawString(MARGIN, height - MARGIN + 5 * mm, self.unit.running)
            canvas.restoreState()


def _code(document: FormDocument) -> str:
    return f"{document.definition.slug} · {document.version_label}"


def _running(document: FormDocument) -> str:
    parts = [document.definition.title, document.first_name, day(document.filled_on)]
    return " · ".join(p for p in parts if p)


def _header(document: FormDocument, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    definition = document.definition
    story: list[Flowable] = [
        Start(_running(document), _code(document)),
        Paragraph(escape(definition.title), styles["title"]),
    ]
    if document.meeting:
        story.append(
            Paragraph(
                escape(
                    translate("form_pdf", "Meeting: {meeting}").format(meeting=document.meeting)
                ),
                styles["intro"],
            )
        )
    if definition.intro:
        story.append(Paragraph(escape(definition.intro), styles["intro"]))
    story.append(
        Field(
            [
                (translate("form_pdf", "Name"), document.first_name, 0.6),
                (translate("form_pdf", "Date"), day(document.filled_on), 0.4),
            ]
        )
    )
    if document.respondent_choices:
        story.append(
            Choices(
                document.respondent_choices,
                [document.respondent] if document.respondent else [],
                several=False,
                inline=True,
                lead=translate("form_pdf", "Filled in by:"),
                indent=0,
            )
        )
    story.append(HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=2 * mm))
    return story


def _answer(question: Question, value: Value | None, width: float) -> list[Flowable]:
    """Where the answer goes, with the answer in it when there is one (an open answer
    of many lines: see ``_run_on``)."""
    kind = question.type
    if kind == "scale":
        chosen = value if isinstance(value, int) and not isinstance(value, bool) else None
        return [Scale(question.labels, faces=question.faces, chosen=chosen)]
    if kind == "yesno":
        ticked = [] if not isinstance(value, bool) else ["yes" if value else "no"]
        return [Choices(yes_no(), ticked, several=False, inline=True)]
    if kind in ("choice", "multi"):
        options = [(o.key, o.text) for o in question.options]
        if isinstance(value, str):
            ticked = [value]
        elif isinstance(value, tuple):
            ticked = list(value)
        else:
            ticked = []
        return [Choices(options, ticked, several=kind == "multi")]
    if kind == "open":
        first, _rest = writing_lines(question.paper_lines, _text(value), width)
        return [first]
    if kind == "date":
        return [DateField(value if isinstance(value, date) else None)]
    return [SignatureLine()]


def _text(value: Value | None) -> str:
    return value if isinstance(value, str) else ""


def _run_on(question: Question, value: Value | None, width: float) -> list[Flowable]:
    """The lines of a long open answer that need not stay with the question."""
    if question.type != "open":
        return []
    _first, rest = writing_lines(question.paper_lines, _text(value), width)
    return [] if rest is None else [rest]


def form_story(document: FormDocument) -> list[Flowable]:
    """The flowables of one form: the header, then every section with its questions."""
    register_fonts()
    styles = _styles()
    story = _header(document, styles)
    number = 0
    for section in document.definition.sections:
        # The section's title and intro stay on the page of its first question.
        lead: list[Flowable] = [Paragraph(escape(section.title), styles["section"])]
        if section.intro:
            lead.append(Paragraph(escape(section.intro), styles["section_intro"]))
        for question in section.questions:
            number += 1
            parts: list[Flowable] = [
                *lead,
                Paragraph(escape(question.text), styles["question"], bulletText=f"{number}."),
            ]
            lead = []
            if question.help:
                parts.append(Paragraph(escape(question.help), styles["help"]))
            value = document.answers.get(question.key)
            parts.extend(_answer(question, value, WIDTH))
            story.append(KeepTogether(parts))
            story.extend(_run_on(question, value, WIDTH))
        story.extend(lead)  # a section without questions
    return story


def _build(title: str, story: list[Flowable]) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    _Paper(buffer, title).build(story)
    return buffer.getvalue()


def _title(document: FormDocument) -> str:
    return " · ".join(p for p in (document.definition.title, document.first_name) if p)


def blank_pdf(document: FormDocument) -> bytes:
    """A blank form to fill in with a pen (the name and date printed when known)."""
    return _build(_title(document), form_story(document))


def filled_pdf(document: FormDocument) -> bytes:
    """A filled-in form: the answers in place (ticked, ringed, written on the lines)."""
    return _build(_title(document), form_story(document))


def _joined(stories: list[list[Flowable]]) -> list[Flowable]:
    story: list[Flowable] = []
    for part in stories:
        if story:
            story.append(PageBreak())
        story.extend(part)
    return story


def batch_pdf(batch: BatchDocument) -> bytes:
    """One blank form per participant, each starting on a page of its own."""
    title = f"{batch.title} · {batch.group} · {day(batch.on)}"
    return _build(title, _joined([form_story(form) for form in batch.forms]))


def _growth_page(series: SeriesDocument, width: float) -> list[Flowable]:
    register_fonts()
    styles = _styles()
    story: list[Flowable] = [
        Start(f"{series.title} · {series.first_name}", translate("form_pdf", "growth")),
        Paragraph(
            escape(translate("form_pdf", "Growth: {name}").format(name=series.first_name)),
            styles["title"],
        ),
        Paragraph(escape(series.title), styles["intro"]),
    ]
    dates = [f.filled_on for f in series.forms if f.filled_on]
    if dates:
        story.append(
            Paragraph(
                escape(
                    translate("form_pdf", "Forms: {count} (from {first} to {last}).").format(
                        count=len(series.forms), first=day(min(dates)), last=day(max(dates))
                    )
                ),
                styles["muted"],
            )
        )
    roles = roles_in(series.growth)
    if roles:
        story += [Spacer(1, 3 * mm), legend(roles, width)]
    for line in series.growth:
        parts: list[Flowable] = [
            Paragraph(escape(line.question), styles["chart_head"]),
            growth_chart(line, width),
        ]
        said = summary(line)
        if said:
            parts.append(Paragraph(escape(said), styles["muted"]))
        story.append(KeepTogether(parts))
    story.append(Spacer(1, 5 * mm))
    story.append(_overview(series, width, styles))
    return story


def _overview(series: SeriesDocument, width: float, styles: dict[str, ParagraphStyle]) -> Flowable:
    """The forms that follow: date, version, filled in by, questions answered."""
    head = [
        Paragraph(escape(text), styles["cell_head"])
        for text in (
            translate("form_pdf", "Date"),
            translate("form_pdf", "Version"),
            translate("form_pdf", "Filled in by"),
            translate("form_pdf", "Answered"),
        )
    ]
    rows: list[list[object]] = [head]
    for form in series.forms:
        answerable = [q for q in form.definition.questions() if q.type != "signature"]
        rows.append(
            [
                Paragraph(day(form.filled_on), styles["cell"]),
                Paragraph(escape(form.version_label), styles["cell"]),
                Paragraph(escape(form.respondent_text), styles["cell"]),
                Paragraph(f"{len(form.answers)} / {len(answerable)}", styles["cell"]),
            ]
        )
    return ruled_table(rows, [width * 0.25, width * 0.25, width * 0.3, width * 0.2])


def series_pdf(series: SeriesDocument) -> bytes:
    """The growth chart of the scale questions (when the template has any), then every
    response as a filled-in form, oldest first."""
    stories = [form_story(form) for form in series.forms]
    if series.growth:
        stories.insert(0, _growth_page(series, WIDTH))
    title = translate("form_pdf", "{form} · {name} · series").format(
        form=series.title, name=series.first_name
    )
    return _build(title, _joined(stories))
