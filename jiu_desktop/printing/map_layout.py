"""The network map's one layout, in millimetres: boxes, lines, arrowheads, the backdrop and
the legend. Two painters draw it (reportlab for the PDF, QPainter for the screen, PNG and
the system printer), so the paper and the screen show the same map.

Coordinates are millimetres from the middle of the map, x to the right, y down. Text is
measured with the embedded DejaVu font (``printing/fonts.py``), the one both painters
use. A label stays on one line, never hyphenated: the font shrinks to ``MIN_FONT`` first,
then the box widens.

Boxes that overlap (two laptops each added a person on the same free spot) are pushed
apart here, while drawing, in a fixed order: the stored positions are not rewritten.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from jiu_desktop.printing.fonts import SANS, SANS_BOLD, register_fonts

PT = 25.4 / 72  # millimetres per point

#: A person's box: height, the width it starts from and the widest before the font shrinks.
BOX_HEIGHT, BOX_MIN_WIDTH, BOX_MAX_WIDTH = 11.0, 24.0, 46.0
BOX_PADDING = 3.5
FONT, MIN_FONT = 10.0, 7.5
MIDDLE_FONT, MIDDLE_HEIGHT = 13.0, 15.0
#: The line's width in mm per thickness 1–5: thin is a bad relation, thick a good one.
LINE_WIDTHS = {1: 0.35, 2: 0.8, 3: 1.3, 4: 1.9, 5: 2.6}
#: The closeness rings of the backdrop (mm from the middle).
RING_RADII = (42.0, 72.0, 102.0)
#: Where a new person of a category goes first: the angle (degrees, 0 = right, 90 = down).
CATEGORY_ANGLES = {
    "familie": 225.0,
    "vrienden": 315.0,
    "school_werk": 45.0,
    "hulpverlening": 135.0,
    "huisdier": 180.0,
    "online": 0.0,
    "overig": 90.0,
}
#: Calm colours per category (box border and legend), readable in black and white too.
CATEGORY_COLOURS = {
    "familie": "#2f6f73",
    "vrienden": "#b8860b",
    "school_werk": "#4a6fa5",
    "hulpverlening": "#7a5c99",
    "huisdier": "#6b8e23",
    "online": "#c0607a",
    "overig": "#707070",
}
LINE_COLOUR = "#3a3a3a"
#: The gap kept between boxes when pushing them apart.
GAP = 2.0


@dataclass(frozen=True)
class Rect:
    x: float  # left
    y: float  # top
    w: float
    h: float

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def grown(self, by: float) -> Rect:
        return Rect(self.x - by, self.y - by, self.w + 2 * by, self.h + 2 * by)

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def united(self, other: Rect) -> Rect:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)

    @staticmethod
    def around(cx: float, cy: float, w: float, h: float) -> Rect:
        return Rect(cx - w / 2, cy - h / 2, w, h)


Point = tuple[float, float]


@dataclass(frozen=True)
class PersonInput:
    """What the layout needs of a person on the map."""

    key: str  # the row's id (or any key unique on this map)
    label: str
    category: str
    position: Point
    strength: int = 3
    trust: str = "geen"
    annotations: tuple[str, ...] = ()  # already in words ("ruzie", "uit beeld", own words)
    improve: bool = False


@dataclass(frozen=True)
class PlacedPerson:
    key: str
    text: str  # "Neef (ruzie)"
    category: str
    colour: str
    box: Rect
    font_size: float
    line: tuple[Point, Point]  # from the middle box's edge to this box's edge
    line_width: float
    strength: int
    trust: str
    #: Arrowheads as triangles: at the person (trust towards them), at the middle (back).
    arrows: tuple[tuple[Point, Point, Point], ...]
    improve: bool
    moved: bool  # pushed away from its stored position (an overlap)


@dataclass(frozen=True)
class MapLayout:
    middle: Rect
    middle_text: str
    middle_font_size: float
    persons: tuple[PlacedPerson, ...]
    backdrop: bool
    bounds: Rect = field(default=Rect(-60, -40, 120, 80))


def box_text(label: str, annotations: Sequence[str]) -> str:
    """The label with its annotations in brackets, as the handbook writes them."""
    label = " ".join(label.split()) or "?"
    notes = [" ".join(a.split()) for a in annotations if a.strip()]
    return f"{label} ({', '.join(notes)})" if notes else label


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of ``text`` in mm at ``size`` points in the map's font (the PDF's own
    measure, so screen and paper break lines alike; reportlab loads at the first call)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    return float(stringWidth(text, SANS_BOLD if bold else SANS, size)) * PT


def fit_text(
    text: str, *, size: float = FONT, min_width: float = BOX_MIN_WIDTH
) -> tuple[float, float]:
    """The box width (mm) and font size for one line of ``text``: shrink, then widen."""
    inner = BOX_MAX_WIDTH - 2 * BOX_PADDING
    width = text_width(text, size)
    if width > inner:
        size = max(MIN_FONT, size * inner / width)
        width = text_width(text, size)
    return max(min_width, width + 2 * BOX_PADDING), size


def middle_box(name: str) -> tuple[Rect, float]:
    width = text_width(name, MIDDLE_FONT, bold=True) + 4 * BOX_PADDING
    return Rect.around(0, 0, max(34.0, width), MIDDLE_HEIGHT), MIDDLE_FONT


def person_box(text: str, position: Point) -> tuple[Rect, float]:
    width, size = fit_text(text)
    return Rect.around(position[0], position[1], width, BOX_HEIGHT), size


def layout_map(name: str, persons: Iterable[PersonInput], *, backdrop: bool = False) -> MapLayout:
    """Place the middle and every person (in the order given: the earlier keeps its spot
    when two overlap), with their lines and arrowheads."""
    middle, middle_size = middle_box(name)
    taken = [middle.grown(GAP)]
    placed: list[PlacedPerson] = []
    bounds = middle
    for person in persons:
        text = box_text(person.label, person.annotations)
        box, size = person_box(text, person.position)
        free = _free_box(box, taken)
        taken.append(free.grown(GAP))
        strength = min(max(int(person.strength), 1), 5)
        width = LINE_WIDTHS[strength]
        start = _edge_point(middle, (free.cx, free.cy))
        end = _edge_point(free, (middle.cx, middle.cy))
        arrows: list[tuple[Point, Point, Point]] = []
        if person.trust in ("naar_persoon", "wederzijds"):
            arrows.append(arrowhead(start, end, width))
        if person.trust == "wederzijds":
            arrows.append(arrowhead(end, start, width))
        placed.append(
            PlacedPerson(
                key=person.key,
                text=text,
                category=person.category,
                colour=CATEGORY_COLOURS.get(person.category, CATEGORY_COLOURS["overig"]),
                box=free,
                font_size=size,
                line=(start, end),
                line_width=width,
                strength=strength,
                trust=person.trust,
                arrows=tuple(arrows),
                improve=person.improve,
                moved=free != box,
            )
        )
        bounds = bounds.united(free)
    if backdrop:
        radius = RING_RADII[-1]
        bounds = bounds.united(Rect(-radius, -radius, 2 * radius, 2 * radius))
    return MapLayout(middle, name, middle_size, tuple(placed), backdrop, bounds.grown(4.0))


def _free_box(box: Rect, taken: Sequence[Rect]) -> Rect:
    """``box``, or the nearest spot outward from the middle where it overlaps nothing."""
    if not any(box.overlaps(t) for t in taken):
        return box
    angle = math.atan2(box.cy, box.cx) if (box.cx or box.cy) else math.pi / 2
    for step in range(1, 400):
        distance = 3.0 * step
        for turn in (0.0, 0.35, -0.35, 0.7, -0.7):
            a = angle + turn
            moved = Rect.around(
                box.cx + distance * math.cos(a), box.cy + distance * math.sin(a), box.w, box.h
            )
            if not any(moved.overlaps(t) for t in taken):
                return moved
    return box


def _edge_point(box: Rect, towards: Point) -> Point:
    """Where the line from the box's centre towards ``towards`` leaves the box."""
    dx, dy = towards[0] - box.cx, towards[1] - box.cy
    if dx == 0 and dy == 0:
        return (box.cx, box.cy)
    scale = min(
        (box.w / 2) / abs(dx) if dx else math.inf,
        (box.h / 2) / abs(dy) if dy else math.inf,
    )
    return (box.cx + dx * scale, box.cy + dy * scale)


def arrowhead(start: Point, tip: Point, line_width: float) -> tuple[Point, Point, Point]:
    """A triangle with its point at ``tip``, on the line from ``start``; it grows with
    the line, so a thick line still shows its arrow. On a short line it takes at most
    two fifths of it, so two arrowheads (trust both ways) never run into one blob."""
    dx, dy = tip[0] - start[0], tip[1] - start[1]
    norm = math.hypot(dx, dy) or 1.0
    length = min(3.2 + 1.3 * line_width, 0.4 * norm)
    half = min(1.6 + 0.9 * line_width, 0.8 * length)
    ux, uy = dx / norm, dy / norm
    base = (tip[0] - ux * length, tip[1] - uy * length)
    return (
        tip,
        (base[0] - uy * half, base[1] + ux * half),
        (base[0] + uy * half, base[1] - ux * half),
    )


def free_spot(category: str, occupied: Iterable[Rect], width: float = BOX_MIN_WIDTH) -> Point:
    """A spot for a new person of ``category``: in its direction, on the nearest ring
    around the middle where the box overlaps nothing."""
    taken = [r.grown(GAP) for r in occupied]
    taken.append(middle_box("")[0].grown(GAP))
    base = math.radians(CATEGORY_ANGLES.get(category, CATEGORY_ANGLES["overig"]))
    for radius, turns in _candidates():
        for turn in turns:
            a = base + turn * math.radians(11.0)
            x, y = radius * math.cos(a), radius * 0.72 * math.sin(a)
            if not any(Rect.around(x, y, width, BOX_HEIGHT).overlaps(t) for t in taken):
                return (round(x, 1), round(y, 1))
    return (round(160.0 * math.cos(base), 1), round(110.0 * math.sin(base), 1))


def _turns(most: int) -> tuple[int, ...]:
    return (0, *(t for n in range(1, most + 1) for t in (n, -n)))


def _candidates() -> Iterable[tuple[float, tuple[int, ...]]]:
    """Rings outward in the category's direction (44° either side), then all round, so
    a crowded category still finds a free spot instead of stacking on one."""
    near, around = _turns(4), _turns(16)
    for ring in range(11):
        yield 50.0 + 18.0 * ring, near
    for ring in range(80):
        yield 50.0 + 18.0 * ring, around


def parse_position(stored: str) -> Point:
    """``"12.5 -30"`` → (12.5, -30.0); anything unreadable is the middle's right side."""
    try:
        x, y = (float(part) for part in stored.split())
    except ValueError:
        return (50.0, 0.0)
    if not (math.isfinite(x) and math.isfinite(y)):
        return (50.0, 0.0)
    return (x, y)


def format_position(point: Point) -> str:
    return f"{round(point[0], 1):g} {round(point[1], 1):g}"
