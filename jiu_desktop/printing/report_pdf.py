"""The funder report on paper (A4 portrait): what a coordinator hands to a fund or the
municipality. Every page carries the team's name, the period, the day it was made and
"page x of y"; with small numbers shown, every page also says "INTERN — niet delen".

Sections follow the report: reach (with the funnel), the participation spiral (with its
chart), attendance, referrals, outflow and results, quotes, and the closing page "Zo is
geteld" with every definition. Tables that run over a page repeat their head.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from jiu_desktop.i18n import translate
from jiu_desktop.printing.fonts import SANS, SANS_BOLD, register_fonts
from jiu_desktop.printing.house_style import ACCENT, FOOTER, INK, MUTED, RULE
from jiu_desktop.printing.report_charts import funnel_chart, spiral_chart
from jiu_desktop.printing.report_parts import breakdown, styles, tiles
from jiu_desktop.services.report_explained import definitions
from jiu_desktop.services.report_labels import count_label
from jiu_desktop.services.report_text import day_text, summary_blocks

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle

    from jiu_desktop.services.report import Report

MARGIN = 18 * mm
HEADER = 17 * mm
WIDTH = A4[0] - 2 * MARGIN
WARNING = HexColor("#b86b25")


def report_pdf(report: Report) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    document = _Paper(buffer, report)
    document.build(report_story(report), canvasmaker=_numbered(report))
    return buffer.getvalue()


def period_text(report: Report) -> str:
    """ "01-01-2027 – 31-12-2027 · Alle groepen" (or the group's name)."""
    group = report.group_name or translate("report", "All groups")
    return f"{day_text(report.period.start)} – {day_text(report.period.end)} · {group}"


def _numbered(report: Report) -> type[Canvas]:
    """A canvas that knows the number of pages when it writes "page x of y"."""

    class Numbered(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.saveState()
                self.setFont(SANS, 8.5)
                self.setFillColor(MUTED)
                text = translate("report", "page {n} of {total}").format(
                    n=self._pageNumber, total=total
                )
                self.drawRightString(A4[0] - MARGIN, A4[1] - MARGIN + 1 * mm, text)
                self.restoreState()
                super().showPage()
            super().save()

    return Numbered


class _Paper(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: io.BytesIO, report: Report) -> None:
        top = MARGIN + HEADER + (7 * mm if report.internal else 0)
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=top,
            bottomMargin=MARGIN + 3 * mm,
            title=translate("report", "Report to funders") + f" · {report.team_name}",
            author="JIU Desktop",
        )
        self.report = report
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
        )  # fmt: skip
        self.addPageTemplates([PageTemplate("report", [frame], onPage=self._decorate)])

    def _decorate(self, canvas: Canvas, _doc: object) -> None:
        width, height = A4
        report = self.report
        canvas.saveState()
        top = height - MARGIN
        canvas.setFillColor(ACCENT)
        canvas.setFont(SANS_BOLD, 11)
        canvas.drawString(MARGIN, top + 1 * mm, report.team_name)
        canvas.setFillColor(INK)
        canvas.setFont(SANS, 9)
        canvas.drawString(MARGIN, top - 4.5 * mm, period_text(report))
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 8.5)
        made = translate("report", "made on {day}").format(day=day_text(report.made_on))
        canvas.drawRightString(width - MARGIN, top - 4.5 * mm, made)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - 8 * mm, width - MARGIN, top - 8 * mm)
        if report.internal:
            canvas.setFillColor(WARNING)
            canvas.rect(MARGIN, top - 16 * mm, width - 2 * MARGIN, 6.5 * mm, stroke=0, fill=1)
            canvas.setFillColor(white)
            canvas.setFont(SANS_BOLD, 10.5)
            canvas.drawCentredString(width / 2, top - 13.9 * mm, report.notice)
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 8)
        canvas.drawString(MARGIN, 10 * mm, FOOTER)
        canvas.restoreState()


def report_story(report: Report) -> list[Flowable]:
    sheet = styles()
    story: list[Flowable] = [
        Paragraph(escape(translate("report", "Report to funders")), sheet["title"]),
        Paragraph(escape(f"{report.team_name} · {period_text(report)}"), sheet["subtitle"]),
        Paragraph(
            escape(
                translate(
                    "report",
                    "What the project reached in this period. The report names nobody: small "
                    "numbers in the tables are hidden. How everything was counted is on the "
                    "last page (How we counted).",
                )
            ),
            sheet["body"],
        ),
    ]
    blocks = dict(summary_blocks(report))
    reach_word, attendance_word, referrals_word = list(blocks)
    story += _section(reach_word, sheet)
    story.append(tiles(blocks[reach_word], WIDTH, sheet))
    story.append(
        KeepTogether(
            [
                Paragraph(
                    escape(translate("report", "From registration to completion")),
                    sheet["table_title"],
                ),
                funnel_chart(report, WIDTH),
            ]
        )
    )
    story += breakdown(report.table("registered_by_source"), WIDTH, sheet)
    story += breakdown(report.table("by_group"), WIDTH, sheet)
    story.append(CondPageBreak(90 * mm))
    story += _section(translate("report", "Participation spiral"), sheet)
    story.append(spiral_chart(report, WIDTH))
    story += breakdown(report.table("spiral_movement"), WIDTH, sheet)
    story += breakdown(report.table("spiral_steps"), WIDTH, sheet)
    story.append(CondPageBreak(70 * mm))
    story += _section(attendance_word, sheet)
    story.append(tiles(blocks[attendance_word], WIDTH, sheet))
    story += breakdown(report.table("attendance_bands"), WIDTH, sheet)
    story.append(CondPageBreak(70 * mm))
    story += _section(referrals_word, sheet)
    story.append(tiles(blocks[referrals_word], WIDTH, sheet))
    story += breakdown(report.table("referred_people"), WIDTH, sheet)
    story += breakdown(report.table("referrals_by_status"), WIDTH, sheet)
    story.append(CondPageBreak(70 * mm))
    story += _section(translate("report", "Outflow and results"), sheet)
    outflow = [
        (count_label(key), str(getattr(report.counts, key)))
        for key in ("completed", "completed_with_diploma", "dropped_out", "coaches")
    ]
    story.append(tiles(outflow, WIDTH, sheet))
    story += breakdown(report.table("left_reasons"), WIDTH, sheet)
    story += breakdown(report.table("outcomes"), WIDTH, sheet)
    story += _quotes(report, sheet)
    story += _explained(report, sheet)
    return story


def _section(title: str, sheet: dict[str, ParagraphStyle]) -> list[Flowable]:
    return [Paragraph(escape(title), sheet["section"])]


def _quotes(report: Report, sheet: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(50 * mm)]
    story += _section(translate("report", "Quotes"), sheet)
    if not report.quotes:
        text = translate("report", "No quotes with consent in this period.")
        return [*story, Paragraph(escape(text), sheet["muted"])]
    for quote in report.quotes:
        story.append(
            KeepTogether(
                [
                    Paragraph(f"“{escape(quote.text)}”", sheet["quote"]),
                    Paragraph(f"— {escape(quote.attribution)}", sheet["attribution"]),
                ]
            )
        )
    return story


def _explained(report: Report, sheet: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The closing page: every definition, the term beside its explanation."""
    rows = [
        [Paragraph(escape(term), sheet["term"]), Paragraph(escape(text), sheet["definition"])]
        for term, text in definitions(report.period, report.group_name, report.internal)
    ]
    listing = Table(rows, colWidths=[42 * mm, WIDTH - 42 * mm], hAlign="LEFT")
    listing.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.3 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ]
        )
    )
    return [PageBreak(), *_section(translate("report", "How we counted"), sheet), listing]
