"""The group's papers: the presentielijst of one meeting (A4 portrait, for the table: first
names and tick boxes, no signatures), the course grid for the coordinator's folder (A4
landscape: everyone × every meeting with the letters and the counts; a long roster goes on
over several pages, the names repeated), and the group's contact list. Each takes its
document (``services/attendance_document.py``) and returns PDF bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from jiu_desktop.i18n import translate
from jiu_desktop.printing.fonts import SANS, SANS_BOLD, register_fonts
from jiu_desktop.printing.form_parts import BOX, draw_box
from jiu_desktop.printing.house_style import ACCENT, INK, MUTED, RULE, draw_footer, ruled_table
from jiu_desktop.printing.map_pdf import day

if TYPE_CHECKING:
    from jiu_desktop.services.attendance_document import (
        ContactList,
        CourseGrid,
        MeetingLine,
        PresenceList,
    )

MARGIN = 15 * mm
#: The boxes of the presentielijst, in their order.
TICKED = ("aanwezig", "te_laat", "afgemeld")
#: Rows left empty on the presentielijst for someone not on it yet.
SPARE_ROWS = 3
ROW_HEIGHT = 9 * mm
#: The course grid: a column per meeting at least this wide, so a page holds about 24.
MIN_MEETING_COLUMN = 8.4 * mm
NAME_COLUMN = 34 * mm
COUNT_COLUMN = 22 * mm
CANCELLED = HexColor("#e6ebea")
#: The letters that count as being there (aanwezig, te laat).
PRESENT_LETTERS = ("A", "T")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=SANS, fontSize=10.5, leading=14, textColor=INK)
    return {
        "body": base,
        "muted": ParagraphStyle("muted", parent=base, fontSize=9.5, leading=13, textColor=MUTED),
        "title": ParagraphStyle(
            "title", parent=base, fontName=SANS_BOLD, fontSize=19, leading=24, textColor=ACCENT
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=12.5, leading=17),
        "notice": ParagraphStyle(
            "notice", parent=base, fontName=SANS_BOLD, fontSize=12.5, leading=17,
            textColor=HexColor("#b86b25"), spaceBefore=2 * mm,
        ),
        "head": ParagraphStyle(
            "head", parent=base, fontName=SANS_BOLD, fontSize=9, leading=11.5, textColor=MUTED
        ),
        "head_centre": ParagraphStyle(
            "head_centre", parent=base, fontName=SANS_BOLD, fontSize=7.5, leading=9,
            textColor=MUTED, alignment=1,
        ),
        "day_head": ParagraphStyle(
            "day_head", parent=base, fontSize=7, leading=8.5, textColor=MUTED, alignment=1
        ),
        "name": ParagraphStyle("name", parent=base, fontSize=11.5, leading=15),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12),
    }  # fmt: skip


def _document(buffer: io.BytesIO, title: str, size: tuple[float, float]) -> BaseDocTemplate:
    made = translate("attendance_pdf", "made on {date}").format(date=day(date.today()))

    def decorate(canvas: Canvas, _doc: object) -> None:
        draw_footer(canvas, MARGIN, size[0] - MARGIN, middle=made)

    doc = BaseDocTemplate(
        buffer, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 3 * mm, title=title, author="JIU Desktop",
    )  # fmt: skip
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=decorate)])
    return doc


def _meeting_details(meeting: MeetingLine) -> str:
    led = (
        translate("attendance_pdf", "led by {name}").format(name=meeting.led_by)
        if meeting.led_by
        else ""
    )
    return " · ".join(p for p in (meeting.part, meeting.topic, meeting.place, led) if p)


def _rule() -> Flowable:
    return HRFlowable(
        width="100%", thickness=0.8, color=ACCENT, spaceBefore=2 * mm, spaceAfter=3 * mm
    )


class _Box(Flowable):  # type: ignore[misc]
    """A box to tick by pen, ticked when the mark was recorded."""

    def __init__(self, ticked: bool) -> None:
        super().__init__()
        self.ticked = ticked

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, BOX

    def draw(self) -> None:
        draw_box(self.canv, (self.width - BOX) / 2, 0, round_box=False, ticked=self.ticked)


# -- the presentielijst ------------------------------------------------------------------------
def presence_list_pdf(document: PresenceList) -> bytes:
    """One meeting's presentielijst (one page for a group of up to about twenty)."""
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    meeting = document.meeting
    title = translate("attendance_pdf", "Attendance list")
    doc = _document(buffer, f"{title} {document.group} {day(meeting.held_on)}", A4)
    when = " · ".join(
        p for p in (document.group, f"{meeting.weekday} {day(meeting.held_on)}", meeting.time) if p
    )
    story: list[Flowable] = [
        Paragraph(escape(title), styles["title"]),
        Paragraph(escape(when), styles["subtitle"]),
    ]
    if details := _meeting_details(meeting):
        story.append(Paragraph(escape(details), styles["muted"]))
    if meeting.cancelled:
        story.append(
            Paragraph(
                escape(translate("attendance_pdf", "This meeting does not go ahead.")),
                styles["notice"],
            )
        )
    story += [
        _rule(),
        _presence_table(document, doc.width, styles),
        Spacer(1, 5 * mm),
        Paragraph(
            escape(
                translate(
                    "attendance_pdf",
                    "Absent without notice? Then we reach out (er op af): call, message or "
                    "visit, and tick “reached out” when it is done.",
                )
            ),
            styles["muted"],
        ),
    ]
    doc.build(story)
    return buffer.getvalue()


def _presence_table(
    document: PresenceList, width: float, styles: dict[str, ParagraphStyle]
) -> Flowable:
    heads = (
        translate("attendance_pdf", "Name"),
        translate("attendance_pdf", "present"),
        translate("attendance_pdf", "late"),
        translate("attendance_pdf", "excused"),
        translate("attendance_pdf", "reached out"),
    )
    rows: list[list[object]] = [
        [Paragraph(escape(heads[0]), styles["head"])]
        + [Paragraph(escape(h), styles["head_centre"]) for h in heads[1:]]
    ]
    for row in document.rows:
        boxes: list[object] = [_Box(row.presence == code) for code in TICKED]
        rows.append([Paragraph(escape(row.name), styles["name"]), *boxes, _Box(row.er_op_af)])
    rows += [["", _Box(False), _Box(False), _Box(False), _Box(False)] for _ in range(SPARE_ROWS)]
    box_column = 24 * mm
    widths = [width - 3 * box_column - 32 * mm, box_column, box_column, box_column, 32 * mm]
    return ruled_table(
        rows,
        widths,
        row_heights=[None] + [ROW_HEIGHT] * (len(rows) - 1),
        extra=[
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LINEBEFORE", (4, 0), (4, -1), 0.4, RULE),
        ],
    )


# -- the course grid ---------------------------------------------------------------------------
def course_grid_pdf(document: CourseGrid) -> bytes:
    """The whole course on A4 landscape: a page per run of meetings that fits (about 24),
    every page with all the names; the counts over all meetings on every page."""
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    title = translate("attendance_pdf", "Attendance")
    doc = _document(buffer, f"{title} {document.group}", landscape(A4))
    room = doc.width - NAME_COLUMN - COUNT_COLUMN
    per_page = max(1, int(room // MIN_MEETING_COLUMN))
    story: list[Flowable] = []
    columns = list(range(len(document.meetings)))
    chunks = [columns[at : at + per_page] for at in range(0, len(columns), per_page)]
    for number, chunk in enumerate(chunks):
        if number:
            story.append(PageBreak())
        story += _grid_heading(document, title, styles)
        story.append(_grid_table(document, chunk, room / per_page, styles))
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph(escape(_legend()), styles["muted"]))
    doc.build(story)
    return buffer.getvalue()


def _grid_heading(
    document: CourseGrid, title: str, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    parts = [document.group]
    if document.starts_on or document.ends_on:
        parts.append(f"{day(document.starts_on)} – {day(document.ends_on)}")
    if document.attendance_rule:
        parts.append(
            translate("attendance_pdf", "Agreed: {rule}").format(rule=document.attendance_rule)
        )
    return [
        Paragraph(escape(title), styles["title"]),
        Paragraph(escape(" · ".join(parts)), styles["subtitle"]),
        Spacer(1, 3 * mm),
    ]


def _legend() -> str:
    return translate(
        "attendance_pdf",
        "A present · T late · M excused · X absent without notice · N not applicable · "
        "“·” not in the group that day · grey: does not go ahead. Counted: present and "
        "late of every mark but N; meetings that do not go ahead are left out.",
    )


def _grid_table(
    document: CourseGrid, chunk: Sequence[int], column: float, styles: dict[str, ParagraphStyle]
) -> Flowable:
    meetings = [document.meetings[i] for i in chunk]
    head: list[object] = [Paragraph(escape(translate("attendance_pdf", "Name")), styles["head"])]
    head += [
        Paragraph(f"{escape(m.weekday)}<br/>{m.held_on.day}-{m.held_on.month}", styles["day_head"])
        for m in meetings
    ]
    head.append(Paragraph(escape(translate("attendance_pdf", "Present")), styles["head_centre"]))
    rows: list[list[object]] = [head]
    for line in document.rows:
        count = translate("attendance_pdf", "{present} of {counted}").format(
            present=line.present, counted=line.counted
        )
        marks = [
            "—" if m.cancelled else line.marks[i] for i, m in zip(chunk, meetings, strict=True)
        ]
        rows.append([Paragraph(escape(line.name), styles["cell"]), *marks, count])
    totals: list[object] = [
        Paragraph(escape(translate("attendance_pdf", "Present (A+T)")), styles["head"])
    ]
    for i, m in zip(chunk, meetings, strict=True):
        marked = [line.marks[i] for line in document.rows if line.marks[i] not in ("", "·")]
        there = sum(1 for mark in marked if mark in PRESENT_LETTERS)
        totals.append("" if m.cancelled or not marked else str(there))
    rows.append([*totals, ""])
    extra: list[tuple[object, ...]] = [
        ("FONT", (1, 1), (-1, -1), SANS, 9.5),
        ("TOPPADDING", (0, 1), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
        ("LEFTPADDING", (1, 0), (-2, -1), 0.5),
        ("RIGHTPADDING", (1, 0), (-2, -1), 0.5),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.3, RULE),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
        ("FONT", (1, -1), (-1, -1), SANS_BOLD, 9),
        ("TEXTCOLOR", (1, -1), (-1, -1), MUTED),
    ]
    for at, m in enumerate(meetings, start=1):
        if m.cancelled:
            extra.append(("BACKGROUND", (at, 0), (at, -1), CANCELLED))
    widths = [NAME_COLUMN, *([column] * len(meetings)), COUNT_COLUMN]
    table = ruled_table(rows, widths, extra=extra)
    table.hAlign = "LEFT"
    return table


# -- the contact list --------------------------------------------------------------------------
def contact_list_pdf(document: ContactList) -> bytes:
    """The group's contact list: only who said yes to sharing their details."""
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    title = translate("attendance_pdf", "Contact list")
    doc = _document(buffer, f"{title} {document.group}", A4)
    story: list[Flowable] = [
        Paragraph(escape(title), styles["title"]),
        Paragraph(escape(document.group), styles["subtitle"]),
        Paragraph(
            escape(
                translate(
                    "attendance_pdf",
                    "On this list: only those who said yes to sharing their phone number and "
                    "e-mail with the group.",
                )
            ),
            styles["muted"],
        ),
        _rule(),
    ]
    if document.rows:
        heads = (
            translate("attendance_pdf", "Name"),
            translate("attendance_pdf", "Phone"),
            translate("attendance_pdf", "E-mail"),
        )
        rows: list[list[object]] = [[Paragraph(escape(h), styles["head"]) for h in heads]]
        rows += [
            [Paragraph(escape(text), styles["name"]) for text in (r.name, r.phone, r.email)]
            for r in document.rows
        ]
        story.append(ruled_table(rows, [doc.width * 0.3, doc.width * 0.3, doc.width * 0.4]))
    else:
        story.append(
            Paragraph(
                escape(translate("attendance_pdf", "Nobody in the group has said yes yet.")),
                styles["body"],
            )
        )
    doc.build(story)
    return buffer.getvalue()
