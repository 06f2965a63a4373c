"""The pieces a form on paper is made of, one flowable per kind of answer: tick boxes and
round boxes, five drawn faces with their words, ruled lines to write on, a date to fill in
and a signature line (the faces are in ``form_scale.py``). ``form_pdf.py`` puts them
together.

Every piece draws its answer in place when it has one, in the pen colour: a tick in the
box, a ring around the face, the text on the lines. Text that needs more lines than the
form gives gets more, and moves on to the next page when the page is full: nothing is cut
off.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from jiu_desktop.i18n import translate
from jiu_desktop.printing.fonts import SANS, SANS_BOLD
from jiu_desktop.printing.house_style import INK, MUTED, RULE
from jiu_desktop.printing.map_drawing import fill, stroke

#: What was filled in (a pen's blue), apart from what was printed.
PEN = HexColor("#1f4e9a")
#: The answers start under the question's text, past its number.
INDENT = 9 * mm
BOX = 5 * mm
ROW = 8.5 * mm
#: The distance between lines to write on: room for handwriting.
LINE_PITCH = 9 * mm
TEXT_SIZE = 11
WRITTEN_SIZE = 11.5
TICK = "✓"


def draw_box(canvas: Canvas, x: float, y: float, *, round_box: bool, ticked: bool) -> None:
    """A tick box (square) or a round box for one choice of several, its lower left at
    (x, y); ticked in the pen colour."""
    stroke(canvas, INK, 0.9)
    fill(canvas, white)
    if round_box:
        canvas.circle(x + BOX / 2, y + BOX / 2, BOX / 2, stroke=1, fill=1)
    else:
        canvas.rect(x, y, BOX, BOX, stroke=1, fill=1)
    if ticked:
        fill(canvas, PEN)
        canvas.setFont(SANS_BOLD, 16)
        canvas.drawCentredString(x + BOX / 2 + 0.5 * mm, y + 0.5 * mm, TICK)


def lines_of(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines of at most ``width`` (a word longer than a line is cut
    between letters; an empty line stays)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            lines.append("")
            continue
        for line in simpleSplit(paragraph, font, size, width):
            while stringWidth(line, font, size) > width and len(line) > 1:
                cut = len(line) - 1
                while cut > 1 and stringWidth(line[:cut], font, size) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
            lines.append(line)
    return lines


class Choices(Flowable):  # type: ignore[misc]
    """Options with a box each: square when several may be ticked, round when one; on
    one row when they fit (``inline``), else in one or two columns."""

    def __init__(
        self,
        options: Sequence[tuple[str, str]],
        chosen: Sequence[str] = (),
        *,
        several: bool,
        inline: bool = False,
        lead: str = "",
        indent: float = INDENT,
    ) -> None:
        super().__init__()
        self.options, self.chosen = list(options), set(chosen)
        self.several, self.inline, self.lead, self.indent = several, inline, lead, indent
        self._cells: list[tuple[float, float, list[str], str]] = []

    def _text_width(self, text: str) -> float:
        return float(stringWidth(text, SANS, TEXT_SIZE))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        room = available_width - self.indent
        lead = self._text_width(self.lead) + 3 * mm if self.lead else 0.0
        widths = [BOX + 2.5 * mm + self._text_width(text) for _key, text in self.options]
        self._cells = []
        if self.inline and lead + sum(widths) + 8 * mm * (len(widths) - 1) <= room:
            x = lead
            for (key, text), width in zip(self.options, widths, strict=True):
                self._cells.append((x, 0.0, [text], key))
                x += width + 8 * mm
            self.height = ROW
            return available_width, self.height
        room -= lead  # the options stand to the right of the lead, one under the other
        columns = 2 if len(self.options) > 3 and max(widths) <= room / 2 - 4 * mm else 1
        column_width = room / columns
        per_column = -(-len(self.options) // columns)
        tops = [0.0] * columns
        for index, (key, text) in enumerate(self.options):
            column = index // per_column
            wrapped = lines_of(text, SANS, TEXT_SIZE, column_width - BOX - 6 * mm)
            self._cells.append((lead + column * column_width, tops[column], wrapped, key))
            tops[column] += ROW + (len(wrapped) - 1) * TEXT_SIZE * 1.3
        self.height = max(tops)
        return available_width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        if self.lead:
            fill(canvas, MUTED)
            canvas.setFont(SANS, TEXT_SIZE)
            canvas.drawString(self.indent, self.height - ROW + 2.6 * mm, self.lead)
        for x, top, lines, key in self._cells:
            left = self.indent + x
            y = self.height - top - ROW + 1.5 * mm
            draw_box(canvas, left, y, round_box=not self.several, ticked=key in self.chosen)
            fill(canvas, INK)
            canvas.setFont(SANS, TEXT_SIZE)
            for number, line in enumerate(lines):
                canvas.drawString(
                    left + BOX + 2.5 * mm, y + 1.1 * mm - number * TEXT_SIZE * 1.3, line
                )


def yes_no() -> list[tuple[str, str]]:
    return [("yes", translate("form_pdf", "Yes")), ("no", translate("form_pdf", "No"))]


class WritingLines(Flowable):  # type: ignore[misc]
    """Ruled lines to write on (at least ``lines``), with ``text`` written on them: as
    many more lines as the text needs, split over pages when it runs long."""

    def __init__(
        self, lines: int, text: str = "", *, indent: float = INDENT, rows: list[str] | None = None
    ) -> None:
        super().__init__()
        self.lines, self.text, self.indent = lines, text, indent
        self._rows = rows

    def _written(self, width: float) -> list[str]:
        if self._rows is None:
            self._rows = (
                lines_of(self.text, SANS, WRITTEN_SIZE, width - 2 * mm) if self.text else []
            )
        return self._rows

    def _count(self, width: float) -> int:
        return max(self.lines, len(self._written(width)))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self._count(available_width - self.indent) * LINE_PITCH + 1 * mm
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        width = available_width - self.indent
        rows = self._written(width)
        fits = int((available_height - 1 * mm) // LINE_PITCH)
        if fits >= self._count(width):
            return [self]
        if fits < 1:
            return []
        head = WritingLines(fits, indent=self.indent, rows=rows[:fits])
        tail = WritingLines(max(0, self.lines - fits), indent=self.indent, rows=rows[fits:])
        return [head, tail]

    def draw(self) -> None:
        canvas: Canvas = self.canv
        rows = self._written(self.width - self.indent)
        stroke(canvas, RULE, 0.6)
        fill(canvas, PEN)
        canvas.setFont(SANS, WRITTEN_SIZE)
        for number in range(self._count(self.width - self.indent)):
            y = self.height - (number + 1) * LINE_PITCH
            canvas.line(self.indent, y, self.width, y)
            if number < len(rows) and rows[number]:
                canvas.drawString(self.indent + 1 * mm, y + 1.7 * mm, rows[number])


#: An answer of up to this many lines stays on the page of its question; a longer one
#: keeps its first few lines there and runs on to the next page.
KEPT_LINES, FIRST_LINES = 12, 4


def writing_lines(
    lines: int, text: str, width: float, *, indent: float = INDENT
) -> tuple[WritingLines, WritingLines | None]:
    """The lines of an open answer as what stays with its question and the rest (None
    when it all stays), for a frame ``width`` wide."""
    rows = lines_of(text, SANS, WRITTEN_SIZE, width - indent - 2 * mm) if text else []
    if max(lines, len(rows)) <= KEPT_LINES:
        return WritingLines(lines, indent=indent, rows=rows), None
    first = WritingLines(FIRST_LINES, indent=indent, rows=rows[:FIRST_LINES])
    rest = WritingLines(max(0, lines - FIRST_LINES), indent=indent, rows=rows[FIRST_LINES:])
    return first, rest


def _underlined(canvas: Canvas, x: float, y: float, width: float, caption: str) -> None:
    stroke(canvas, INK, 0.7)
    canvas.line(x, y, x + width, y)
    if caption:
        fill(canvas, MUTED)
        canvas.setFont(SANS, 8)
        canvas.drawCentredString(x + width / 2, y - 3.3 * mm, caption)


class DateField(Flowable):  # type: ignore[misc]
    """Day, month and year to write on three short lines (or the date written there)."""

    def __init__(self, value: date | None = None, *, indent: float = INDENT) -> None:
        super().__init__()
        self.value, self.indent = value, indent

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.height = 13 * mm
        return available_width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        y = 5 * mm
        parts = (
            (14 * mm, translate("form_pdf", "day"), f"{self.value:%d}" if self.value else ""),
            (14 * mm, translate("form_pdf", "month"), f"{self.value:%m}" if self.value else ""),
            (22 * mm, translate("form_pdf", "year"), f"{self.value:%Y}" if self.value else ""),
        )
        x = self.indent
        captions = []
        for number, (width, caption, written) in enumerate(parts):
            _underlined(canvas, x, y, width, "")
            captions.append((x, width, caption))
            if written:
                fill(canvas, PEN)
                canvas.setFont(SANS, WRITTEN_SIZE + 1)
                canvas.drawCentredString(x + width / 2, y + 1.6 * mm, written)
            x += width
            if number < len(parts) - 1:
                fill(canvas, INK)
                canvas.setFont(SANS, TEXT_SIZE)
                canvas.drawCentredString(x + 2.5 * mm, y + 1.6 * mm, "-")
                x += 5 * mm
        for left, width, caption in captions:  # after the date, so it reads as one
            _underlined(canvas, left, y, width, caption)


class SignatureLine(Flowable):  # type: ignore[misc]
    """A long line to sign on and a short one for the date, with room above to write."""

    def __init__(self, *, indent: float = INDENT) -> None:
        super().__init__()
        self.indent = indent

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, 20 * mm
        return available_width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        room = self.width - self.indent
        y = 5 * mm
        _underlined(canvas, self.indent, y, room * 0.58, translate("form_pdf", "signature"))
        _underlined(
            canvas, self.indent + room * 0.68, y, room * 0.32, translate("form_pdf", "date")
        )


class Field(Flowable):  # type: ignore[misc]
    """The name and the date at the top of a form: a word and a line, with the value
    printed on the line when it is known (a batch fills them in)."""

    SIZE = 13

    def __init__(self, items: Sequence[tuple[str, str, float]]) -> None:
        super().__init__()
        #: (label, value, share of the width)
        self.items = list(items)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, 11 * mm
        return available_width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        x, y = 0.0, 3 * mm
        for label, value, share in self.items:
            room = self.width * share
            canvas.setFont(SANS, TEXT_SIZE)
            fill(canvas, MUTED)
            canvas.drawString(x, y + 1.5 * mm, label)
            start = x + stringWidth(label, SANS, TEXT_SIZE) + 2 * mm
            end = x + room - 6 * mm
            stroke(canvas, INK, 0.7)
            canvas.line(start, y, end, y)
            if value:
                size = float(self.SIZE)
                room_for = end - start - 2 * mm
                while size > 9 and stringWidth(value, SANS_BOLD, size) > room_for:
                    size -= 0.5
                while len(value) > 1 and stringWidth(value, SANS_BOLD, size) > room_for:
                    value = value[:-2] + "…"
                fill(canvas, INK)
                canvas.setFont(SANS_BOLD, size)
                canvas.drawString(start + 1.5 * mm, y + 1.5 * mm, value)
            x += room
