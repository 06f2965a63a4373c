"""The building blocks of the funder report on paper: the number tiles, a breakdown
table (its head repeated on a next page) and the paragraph styles."""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from jiu_desktop.i18n import translate
from jiu_desktop.printing.fonts import SANS, SANS_BOLD
from jiu_desktop.printing.house_style import ACCENT, INK, MUTED, RULE
from jiu_desktop.services.report_text import shown_text

if TYPE_CHECKING:
    from jiu_desktop.services.report_tables import Table as Breakdown

SOFT = HexColor("#e3f0ef")
TILES_PER_ROW = 4
#: A column of numbers, and the most a table's first column takes.
NUMBER_WIDTH = 24 * mm
LABEL_WIDTH = 82 * mm


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=13.5, textColor=INK)
    return {
        "body": base,
        "muted": ParagraphStyle("muted", parent=base, fontSize=8.5, leading=11.5, textColor=MUTED),
        "title": ParagraphStyle(
            "title", parent=base, fontName=SANS_BOLD, fontSize=22, leading=27,
            textColor=ACCENT, spaceAfter=1 * mm,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=11.5, leading=15, textColor=MUTED,
            spaceAfter=4 * mm,
        ),
        "section": ParagraphStyle(
            "section", parent=base, fontName=SANS_BOLD, fontSize=15, leading=19,
            textColor=ACCENT, spaceBefore=7 * mm, spaceAfter=2.5 * mm,
        ),
        "table_title": ParagraphStyle(
            "table_title", parent=base, fontName=SANS_BOLD, fontSize=10.5, leading=14,
            spaceBefore=4 * mm, spaceAfter=1.5 * mm,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5),
        "cell_head": ParagraphStyle(
            "cell_head", parent=base, fontName=SANS_BOLD, fontSize=8.5, leading=11,
            textColor=MUTED, alignment=TA_RIGHT,
        ),
        "number": ParagraphStyle(
            "number", parent=base, fontName=SANS_BOLD, fontSize=19, leading=23, textColor=ACCENT
        ),
        "tile_label": ParagraphStyle(
            "tile_label", parent=base, fontSize=8.5, leading=11, textColor=INK
        ),
        "definition": ParagraphStyle("definition", parent=base, fontSize=9.2, leading=12.2),
        "term": ParagraphStyle(
            "term", parent=base, fontName=SANS_BOLD, fontSize=9.2, leading=12.2, textColor=ACCENT
        ),
        "quote": ParagraphStyle(
            "quote", parent=base, fontSize=11, leading=15.5, leftIndent=6 * mm,
            textColor=INK, spaceBefore=3 * mm,
        ),
        "attribution": ParagraphStyle(
            "attribution", parent=base, fontSize=9, leading=12, leftIndent=6 * mm,
            textColor=MUTED,
        ),
    }  # fmt: skip


def tiles(items: list[tuple[str, str]], width: float, sheet: dict[str, ParagraphStyle]) -> Table:
    """Headline numbers as tiles, four to a row (five when there are five): the number
    big, what it counts below."""
    cells: list[object] = [
        [Paragraph(escape(value), sheet["number"]), Paragraph(escape(label), sheet["tile_label"])]
        for label, value in items
    ]
    across = 5 if len(cells) == 5 else TILES_PER_ROW
    rows: list[list[object]] = [cells[n : n + across] for n in range(0, len(cells), across)]
    if rows and len(rows[-1]) < across:
        rows[-1] = rows[-1] + [""] * (across - len(rows[-1]))
    gap = 2 * mm
    table = Table(rows, colWidths=[width / across] * across)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
    ]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell != "":
                commands.append(("BACKGROUND", (c, r), (c, r), SOFT))
            commands.append(("LINEAFTER", (c, r), (c, r), gap, HexColor("#ffffff")))
        commands.append(("LINEBELOW", (0, r), (-1, r), gap, HexColor("#ffffff")))
    table.setStyle(TableStyle(commands))
    return table


def breakdown(table: Breakdown, width: float, sheet: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The table with its title and note: numbers right-aligned, the totals bold."""
    total_word = translate("report", "Total")
    head: list[object] = [""] + [Paragraph(escape(c), sheet["cell_head"]) for c in table.columns]
    if table.row_totals is not None:
        head.append(Paragraph(escape(total_word), sheet["cell_head"]))
    rows: list[list[object]] = [head]
    for index, label in enumerate(table.rows):
        line: list[object] = [Paragraph(escape(label), sheet["cell"])]
        line += [shown_text(value) for value in table.cells[index]]
        if table.row_totals is not None:
            line.append(shown_text(table.row_totals[index]))
        rows.append(line)
    if table.column_totals is not None:
        last: list[object] = [Paragraph(f"<b>{escape(total_word)}</b>", sheet["cell"])]
        last += [shown_text(value) for value in table.column_totals]
        if table.row_totals is not None:
            last.append(shown_text(table.total))
        rows.append(last)
    numbers = len(head) - 1
    headers = [*table.columns, *([total_word] if table.row_totals is not None else [])]
    number_widths = [_number_width(text) for text in headers]
    label_width = min(LABEL_WIDTH, width - sum(number_widths))
    widths = [label_width, *number_widths]
    if not table.rows:
        rows.append([Paragraph(escape(translate("report", "Nothing to count.")), sheet["cell"])])
    grid = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    grid.setStyle(TableStyle(_table_style(table, len(rows), numbers)))
    parts: list[Flowable] = [Paragraph(escape(table.title), sheet["table_title"]), grid]
    if table.note:
        parts += [Spacer(1, 1 * mm), Paragraph(escape(table.note), sheet["muted"])]
    return [KeepTogether(parts)]


def _number_width(header: str) -> float:
    """A column of numbers, wide enough for the longest word of its header (a header
    wraps between words, never inside one)."""
    words = [float(stringWidth(word, SANS_BOLD, 8.5)) for word in header.split()]
    return float(max(NUMBER_WIDTH, max(words, default=0.0) + 2.5 * mm + 8))


def _table_style(table: Breakdown, height: int, numbers: int) -> list[tuple[object, ...]]:
    commands: list[tuple[object, ...]] = [
        ("FONT", (1, 1), (-1, -1), SANS, 9),
        ("TEXTCOLOR", (1, 1), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (1, 0), (-1, -1), 2.5 * mm),
    ]
    if table.column_totals is not None:
        commands += [
            ("FONT", (1, height - 1), (-1, height - 1), SANS_BOLD, 9),
            ("LINEABOVE", (0, height - 1), (-1, height - 1), 0.8, INK),
        ]
    if table.row_totals is not None:
        commands.append(("FONT", (numbers, 1), (numbers, -1), SANS_BOLD, 9))
    return commands
