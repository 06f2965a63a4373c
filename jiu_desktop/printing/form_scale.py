"""A scale from 1 to 5 on paper: five drawn faces to circle, from very sad to laughing,
or five numbered round boxes, each with its word. (DejaVu Sans has ☺ and ☹ but no
neutral face, so the faces are drawn.)
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from jiu_desktop.printing.fonts import SANS, SANS_BOLD
from jiu_desktop.printing.form_parts import BOX, INDENT, PEN, draw_box, lines_of
from jiu_desktop.printing.house_style import INK, MUTED
from jiu_desktop.printing.map_drawing import fill, stroke


def draw_face(canvas: Canvas, cx: float, cy: float, radius: float, mood: int) -> None:
    """A face from very sad (``mood`` -2) through neutral (0) to very happy (2): the
    mouth bends more each step; the saddest has drooping brows, the happiest laughs."""
    stroke(canvas, INK, 1.1)
    fill(canvas, white)
    canvas.circle(cx, cy, radius, stroke=1, fill=1)
    fill(canvas, INK)
    eye_y = cy + 0.22 * radius
    for side in (-1, 1):
        canvas.circle(cx + side * 0.34 * radius, eye_y, 0.09 * radius, 0, 1)
    canvas.setLineCap(1)
    stroke(canvas, INK, 1.3)
    if mood == -2:
        for side in (-1, 1):
            inner, outer = cx + side * 0.16 * radius, cx + side * 0.52 * radius
            canvas.line(inner, eye_y + 0.30 * radius, outer, eye_y + 0.17 * radius)
    half = (0.36 + 0.07 * abs(mood)) * radius
    if mood == 0:
        canvas.line(cx - half, cy - 0.42 * radius, cx + half, cy - 0.42 * radius)
    else:
        bend = (0.13 if abs(mood) == 1 else 0.3) * radius
        ends = cy - 0.3 * radius if mood > 0 else cy - 0.62 * radius
        middle = ends - bend if mood > 0 else ends + bend
        path = canvas.beginPath()
        path.moveTo(cx - half, ends)
        control = ends + (middle - ends) * 4 / 3  # a Bézier through ``middle`` at its half
        path.curveTo(cx - half / 2, control, cx + half / 2, control, cx + half, ends)
        if mood == 2:  # laughing: the mouth open
            path.close()
            canvas.drawPath(path, stroke=1, fill=1)
        else:
            canvas.drawPath(path, stroke=1, fill=0)
    canvas.setLineCap(0)


class Scale(Flowable):  # type: ignore[misc]
    """Five answers from 1 to 5 with their words: drawn faces to circle, or numbered
    boxes to tick. The chosen one is ringed (a face) or ticked (a box), its word in bold."""

    FACE_RADIUS = 7 * mm
    LABEL_SIZE = 10

    def __init__(
        self, labels: Sequence[str], *, faces: bool, chosen: int | None, indent: float = INDENT
    ) -> None:
        super().__init__()
        self.labels, self.faces, self.chosen, self.indent = list(labels), faces, chosen, indent
        self._cell = 30 * mm
        self._wrapped: list[list[str]] = []

    def _mark_height(self) -> float:
        return float(2 * self.FACE_RADIUS + 5 * mm if self.faces else BOX + 6 * mm)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._cell = min(34 * mm, (available_width - self.indent) / 5)
        self._wrapped = [
            lines_of(text, SANS_BOLD, self.LABEL_SIZE, self._cell - 2 * mm) for text in self.labels
        ]
        words = max((len(lines) for lines in self._wrapped), default=1)
        self.height = self._mark_height() + words * self.LABEL_SIZE * 1.25 + 1 * mm
        return available_width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        mark_middle = self.height - self._mark_height() / 2
        for index, lines in enumerate(self._wrapped):
            value = index + 1
            cx = self.indent + (index + 0.5) * self._cell
            chosen = value == self.chosen
            if self.faces:
                draw_face(canvas, cx, mark_middle, self.FACE_RADIUS, index - 2)
                if chosen:
                    stroke(canvas, PEN, 2.2)
                    canvas.circle(cx, mark_middle, self.FACE_RADIUS + 2 * mm, stroke=1, fill=0)
            else:
                fill(canvas, MUTED)
                canvas.setFont(SANS, 9)
                canvas.drawCentredString(cx, mark_middle + BOX / 2 + 1.2 * mm, str(value))
                draw_box(canvas, cx - BOX / 2, mark_middle - BOX / 2, round_box=True, ticked=chosen)
            fill(canvas, PEN if chosen else INK)
            canvas.setFont(SANS_BOLD if chosen else SANS, self.LABEL_SIZE)
            y = self.height - self._mark_height() - self.LABEL_SIZE
            for line in lines:
                canvas.drawCentredString(cx, y, line)
                y -= self.LABEL_SIZE * 1.25
