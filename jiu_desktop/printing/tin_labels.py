"""Stickers for the outside of the dream tin (Handboek JIU, Bijlage 5, Werkvorm 2).

Each sticker carries, top to bottom, the handbook's words around the fresh resolution:
"van droom naar doorbraak" · "VERS VOORNEMEN:" · the step · "Houdbaar tot uiterlijk d.d."
and the date · "van wens naar werkelijkheid". Never the dream: that stays in the tin.

The sheets are data (``LAYOUTS``, in ``label_sheets``), measured from the label makers'
templates; a position is counted left to right, top to bottom, from 1. The step text is
wrapped and shrunk (to 7 pt at the least); on a round label every line keeps inside the
circle, as wide as the chord at its height allows. All text is real text, so it can be
found and read back.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate
from jiu_desktop.printing.fonts import SANS, SANS_BOLD, register_fonts
from jiu_desktop.printing.house_style import ACCENT, INK, MUTED
from jiu_desktop.printing.label_sheets import LAYOUTS, LabelLayout

#: The handbook's sticker, verbatim (Dutch on every sticker: it is the work form's own text).
TOP_MOTTO = "van droom naar doorbraak"
RESOLUTION = "VERS VOORNEMEN:"
KEEPS_UNTIL = "Houdbaar tot uiterlijk d.d."
BOTTOM_MOTTO = "van wens naar werkelijkheid"

MIN_STEP_PT = 7.0
LEADING = 1.22
#: The part of a line's size above and below its baseline (DejaVu Sans, with room).
ASCENT, DESCENT = 0.78, 0.24


@dataclass(frozen=True)
class TinLabel:
    """What one sticker says: the step (empty: a line to write it on), the date it keeps
    until (None: a line to write it on), and optionally the first name."""

    step: str
    best_before: date | None
    first_name: str = ""


@dataclass(frozen=True)
class PlacedLine:
    """A line of the sticker, placed: ``baseline`` in mm below the label's top edge,
    centred on the label; ``text`` empty for a line to write on (``width`` mm long)."""

    text: str
    font: str
    size: float
    colour: Color
    baseline: float
    width: float = 0.0


@dataclass(frozen=True)
class _Slot:
    """A line before placing: its font, size, colour and the space it takes (pt)."""

    text: str
    font: str
    size: float
    colour: Color
    space_before: float = 0.0
    is_step: bool = False
    is_rule: bool = False
    may_shorten: bool = False  # the first name: shortened rather than not fitting

    @property
    def height(self) -> float:
        return self.space_before + self.size * LEADING


def layout_for(code: str) -> LabelLayout:
    try:
        return LAYOUTS[code]
    except KeyError:
        raise InvalidInput(
            translate("tin_labels", "Unknown label sheet: {code}").format(code=code)
        ) from None


# -- fitting the text -------------------------------------------------------------------------
def _scale(layout: LabelLayout) -> float:
    """The sizes below are for a round label of 63.5 mm; larger labels get them larger."""
    return max(1.0, min(3.0, min(layout.width * 0.75, layout.height) / 50))


def _padding(layout: LabelLayout) -> float:
    return 4.0 * _scale(layout) if layout.shape != "round" else 5.0


def _room(layout: LabelLayout, top: float, bottom: float) -> float:
    """The width (mm) a line may take between ``top`` and ``bottom`` (mm below the label's
    top edge): the label's width, or on a round one the shortest chord at that height."""
    pad = _padding(layout)
    if layout.shape != "round":
        return layout.width - 2 * pad
    radius = layout.width / 2 - pad
    centre = layout.height / 2
    furthest = max(abs(top - centre), abs(bottom - centre))
    if furthest >= radius:
        return 0.0
    return 2 * math.sqrt(radius * radius - furthest * furthest)


def _slots(label: TinLabel, k: float, step_size: float, step_lines: int) -> list[_Slot]:
    gap = 3.0 * k
    slots = []
    if label.first_name:
        slots.append(_Slot(label.first_name, SANS_BOLD, 7.5 * k, MUTED, may_shorten=True))
    slots.append(_Slot(TOP_MOTTO, SANS, 7.5 * k, ACCENT))
    slots.append(_Slot(RESOLUTION, SANS_BOLD, 9.5 * k, INK, space_before=gap))
    for index in range(step_lines):
        slots.append(
            _Slot(
                "",
                SANS,
                step_size,
                INK,
                space_before=gap / 2 if index == 0 else 0.0,
                is_step=True,
                is_rule=not label.step,
            )
        )
    slots.append(_Slot(KEEPS_UNTIL, SANS, 7.5 * k, INK, space_before=gap))
    when = label.best_before.strftime("%d-%m-%Y") if label.best_before else ""
    slots.append(_Slot(when, SANS_BOLD, 9.5 * k, INK, is_rule=not when))
    slots.append(_Slot(BOTTOM_MOTTO, SANS, 7.5 * k, ACCENT, space_before=gap))
    return slots


def _place(layout: LabelLayout, slots: list[_Slot]) -> list[tuple[_Slot, float, float]] | None:
    """Each slot with its baseline and the width it may take (mm), the block centred on
    the label; None when it does not fit (too tall, or a fixed line too wide)."""
    total = sum(s.height for s in slots) / mm
    usable = layout.height - 2 * _padding(layout)
    if total > usable:
        return None
    y = (layout.height - total) / 2
    placed = []
    for slot in slots:
        y += slot.space_before / mm
        baseline = y + slot.size * (LEADING - 1 + ASCENT) / mm
        room = _room(
            layout, baseline - slot.size * ASCENT / mm, baseline + slot.size * DESCENT / mm
        )
        if room <= 0:
            return None
        if not slot.is_step and stringWidth(slot.text, slot.font, slot.size) / mm > room:
            if not slot.may_shorten:
                return None
            slot = replace(slot, text=_shortened(slot.text, slot.font, slot.size, room))
        placed.append((slot, baseline, room))
        y += slot.size * LEADING / mm
    return placed


def _shortened(text: str, font: str, size: float, width: float) -> str:
    while len(text) > 1 and stringWidth(text + "…", font, size) / mm > width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap(text: str, font: str, size: float, widths: Sequence[float]) -> list[str] | None:
    """``text`` in lines no wider than ``widths`` (mm, one per line), a word too long for
    its line broken where it must; None when it needs more lines than there are."""
    words = text.split()
    lines: list[str] = []
    for width in widths:
        if not words:
            break
        limit = width * mm
        line = ""
        while words:
            candidate = f"{line} {words[0]}" if line else words[0]
            if stringWidth(candidate, font, size) <= limit:
                line, words = candidate, words[1:]
            elif not line:  # one word wider than the whole line: break it
                cut = _longest_prefix(words[0], font, size, limit)
                line, words = words[0][:cut], [words[0][cut:], *words[1:]]
                break
            else:
                break
        lines.append(line)
    return None if words else lines


def _longest_prefix(word: str, font: str, size: float, limit: float) -> int:
    cut = 1
    while cut < len(word) and stringWidth(word[: cut + 1], font, size) <= limit:
        cut += 1
    return cut


def arrange(label: TinLabel, layout: LabelLayout) -> tuple[list[PlacedLine], bool]:
    """The sticker's lines, placed, and whether the whole step fitted (when not, it is
    cut short with an ellipsis at 7 pt)."""
    register_fonts()  # the measuring needs the font, also before any PDF is made
    k = _scale(layout)
    if not label.step.strip():
        placed = _place(layout, _slots(label, k, 10.0 * k, 2))
        if placed is None:
            placed = _place(layout, _slots(label, k, 10.0 * k, 1)) or []
        return _lines(placed, []), True
    size = 11.0 * k
    last_try: list[tuple[_Slot, float, float]] = []
    while size >= MIN_STEP_PT:
        count = 1
        while (placed := _place(layout, _slots(label, k, size, count))) is not None:
            last_try = placed
            widths = [room for slot, _b, room in placed if slot.is_step]
            lines = wrap(label.step, SANS, size, widths)
            if lines is not None:
                return _lines(placed, lines), True
            count += 1
        size -= 0.5
    widths = [room for slot, _b, room in last_try if slot.is_step]
    return _lines(last_try, _cut_short(label.step, MIN_STEP_PT, widths)), False


def step_fits(text: str, layout: LabelLayout) -> bool:
    """Whether ``text`` fits this sticker whole (at 7 pt or larger): for a hint while
    typing the step."""
    return arrange(TinLabel(text, date.today(), ""), layout)[1]


def _cut_short(text: str, size: float, widths: Sequence[float]) -> list[str]:
    words = text.split()
    while words:
        words = words[:-1]
        lines = wrap(" ".join(words) + " …", SANS, size, widths)
        if lines is not None:
            return lines
    return ["…"]


def _lines(placed: list[tuple[_Slot, float, float]], step: list[str]) -> list[PlacedLine]:
    result = []
    step_index = 0
    for slot, baseline, room in placed:
        text = slot.text
        if slot.is_step and not slot.is_rule:
            if step_index >= len(step):
                continue
            text, step_index = step[step_index], step_index + 1
        rule = room * 0.8 if slot.is_rule else 0.0
        result.append(PlacedLine(text, slot.font, slot.size, slot.colour, baseline, rule))
    return result


# -- drawing ----------------------------------------------------------------------------------
def labels_pdf(
    labels: Sequence[TinLabel],
    layout: LabelLayout | str,
    start_at: int = 1,
    offset: tuple[float, float] = (0.0, 0.0),
) -> bytes:
    """The stickers as PDF, from position ``start_at`` of the first sheet (the positions
    before it are left alone: a partly used sheet), everything moved by ``offset`` (mm,
    right and down) for a printer that shifts."""
    sheet = layout_for(layout) if isinstance(layout, str) else layout
    if not labels:
        raise InvalidInput(translate("tin_labels", "There are no stickers to print."))
    if not 1 <= start_at <= sheet.per_page:
        raise InvalidInput(
            translate("tin_labels", "Start at a position from 1 to {count}.").format(
                count=sheet.per_page
            )
        )
    register_fonts()
    buffer = io.BytesIO()
    width, height = sheet.page[0] * mm, sheet.page[1] * mm
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1)
    canvas.setTitle(translate("tin_labels", "Dream tin stickers"))
    canvas.setAuthor("JIU Desktop")
    for index, label in enumerate(labels):
        position = start_at + index
        if index and (position - 1) % sheet.per_page == 0:
            canvas.showPage()
        left, top, _w, _h = sheet.cell(position)
        _draw_label(canvas, sheet, label, (left + offset[0]) * mm, height - (top + offset[1]) * mm)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_label(canvas: Canvas, sheet: LabelLayout, label: TinLabel, x: float, top: float) -> None:
    """One sticker with its top-left corner at (``x``, ``top``) in points."""
    canvas.saveState()
    inset = 1.8 * mm * _scale(sheet)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.6 * _scale(sheet))
    w, h = sheet.width * mm, sheet.height * mm
    if sheet.shape == "round":
        canvas.circle(x + w / 2, top - h / 2, w / 2 - inset)
    else:
        canvas.roundRect(x + inset, top - h + inset, w - 2 * inset, h - 2 * inset, 3 * mm)
    centre = x + w / 2
    for line in arrange(label, sheet)[0]:
        baseline = top - line.baseline * mm
        if line.width:
            canvas.setStrokeColor(MUTED)
            canvas.setLineWidth(0.5)
            canvas.setDash([1, 1.5])
            half = line.width * mm / 2
            canvas.line(centre - half, baseline, centre + half, baseline)
            canvas.setDash([])
            continue
        canvas.setFillColor(line.colour)
        canvas.setFont(line.font, line.size)
        canvas.drawCentredString(centre, baseline, line.text)
    canvas.restoreState()
