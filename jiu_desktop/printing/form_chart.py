"""The growth chart of one scale question (reportlab graphics): the answers from 1 to 5
over time, one line per role. The participant's own answers are a thick solid line with
round dots; a trainer's, a coach's and peers' each have their own colour, dash and marker,
so the lines are told apart in grey print too.

A line joins a role's answers per day (the mean when, say, three peers answered on one
day); every single answer keeps its own marker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from statistics import fmean
from typing import TYPE_CHECKING

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from jiu_desktop.i18n import translate
from jiu_desktop.printing.fonts import SANS
from jiu_desktop.printing.house_style import ACCENT, INK, MUTED, RULE

if TYPE_CHECKING:
    from jiu_desktop.services.form_growth import GrowthLine, GrowthPoint

#: The order the roles are drawn and listed in; the participant's own line on top.
ROLES = ("groepsgenoot", "coach", "trainer", "deelnemer")
LABEL_SIZE = 8.5
#: Markers of one day side by side (in points) where two roles gave the same answer.
SHIFTS = {"trainer": 1.6 * mm, "coach": -1.6 * mm, "groepsgenoot": 3.2 * mm}


@dataclass(frozen=True)
class RoleStyle:
    colour: Color
    width: float
    dash: tuple[float, ...]
    marker: str  # circle, square, diamond, triangle
    hollow: bool


STYLES = {
    "deelnemer": RoleStyle(ACCENT, 2.4, (), "circle", False),
    "trainer": RoleStyle(HexColor("#c0611a"), 1.4, (5, 2.5), "square", False),
    "coach": RoleStyle(HexColor("#5e4b8b"), 1.4, (1.5, 2), "diamond", True),
    "groepsgenoot": RoleStyle(HexColor("#7b6a58"), 1.2, (6, 2, 1.5, 2), "triangle", True),
}


def role_name(role: str) -> str:
    """A role as the legend names it: the participant's own answers are "self"."""
    return {
        "deelnemer": translate("form_chart", "Self"),
        "trainer": translate("form_chart", "Trainer"),
        "coach": translate("form_chart", "Coach"),
        "groepsgenoot": translate("form_chart", "Peers"),
    }.get(role, role)


def roles_in(lines: Sequence[GrowthLine]) -> list[str]:
    """The roles with at least one answer, in the legend's order (self first)."""
    present = {p.respondent for line in lines for p in line.points}
    return [r for r in reversed(ROLES) if r in present] + sorted(present - set(ROLES))


def _style(role: str) -> RoleStyle:
    return STYLES.get(role, RoleStyle(MUTED, 1.0, (2, 2), "circle", True))


def marker(kind: str, x: float, y: float, size: float, style: RoleStyle) -> Group:
    """One answer's marker, centred on (x, y)."""
    colour = white if style.hollow else style.colour
    half = size / 2
    shape: Circle | Rect | Polygon
    if kind == "square":
        shape = Rect(x - half, y - half, size, size)
    elif kind == "diamond":
        shape = Polygon(
            [x, y + half * 1.25, x + half * 1.25, y, x, y - half * 1.25, x - half * 1.25, y]
        )
    elif kind == "triangle":
        shape = Polygon(
            [x, y + half * 1.2, x + half * 1.15, y - half * 0.8, x - half * 1.15, y - half * 0.8]
        )
    else:
        shape = Circle(x, y, half)
    shape.fillColor, shape.strokeColor, shape.strokeWidth = colour, style.colour, 1.1
    return Group(shape)


def legend(roles: Sequence[str], width: float) -> Drawing:
    """A sample line and marker per role, on one row."""
    drawing = Drawing(width, 6 * mm)
    x = 0.0
    for role in roles:
        style = _style(role)
        y = 3 * mm
        sample = Line(x, y, x + 10 * mm, y)
        sample.strokeColor, sample.strokeWidth = style.colour, style.width
        sample.strokeDashArray = list(style.dash) or None
        drawing.add(sample)
        drawing.add(marker(style.marker, x + 5 * mm, y, 2.6 * mm, style))
        name = role_name(role)
        drawing.add(
            String(x + 12 * mm, y - 1.1 * mm, name, fontName=SANS, fontSize=9.5, fillColor=INK)
        )
        x += 12 * mm + stringWidth(name, SANS, 9.5) + 8 * mm
    return drawing


def _day_labels(days: Sequence[date]) -> list[date]:
    """At most eight dates under the chart: the first, the last and some between."""
    if len(days) <= 8:
        return list(days)
    step = (len(days) - 1) / 7
    return sorted({days[round(n * step)] for n in range(8)})


def growth_chart(line: GrowthLine, width: float, height: float = 52 * mm) -> Drawing:
    """The answers to one scale question over time: the five words up the left side,
    the dates along the bottom."""
    drawing = Drawing(width, height)
    words = [(line.labels[n - 1] if len(line.labels) >= n else str(n)) for n in range(1, 6)]
    left = max(stringWidth(w, SANS, LABEL_SIZE) for w in words) + 3 * mm
    bottom, top, right = 8 * mm, 3 * mm, 4 * mm
    plot_w, plot_h = width - left - right, height - bottom - top

    def y_of(value: float) -> float:
        return float(bottom + (value - 1) / 4 * plot_h)

    for value, word in enumerate(words, start=1):
        grid = Line(left, y_of(value), left + plot_w, y_of(value))
        grid.strokeColor, grid.strokeWidth = RULE, 0.5
        drawing.add(grid)
        drawing.add(
            String(left - 2 * mm, y_of(value) - 1.1 * mm, word, fontName=SANS,
                   fontSize=LABEL_SIZE, fillColor=MUTED, textAnchor="end")
        )  # fmt: skip
    days = sorted({p.filled_on for p in line.points})
    if not days:
        drawing.add(
            String(left + plot_w / 2, bottom + plot_h / 2 - 1.5 * mm,
                   translate("form_chart", "Not answered yet"), fontName=SANS, fontSize=10,
                   fillColor=MUTED, textAnchor="middle")
        )  # fmt: skip
        return drawing
    first, last = days[0].toordinal(), days[-1].toordinal()
    pad = 5 * mm

    def x_of(day: date) -> float:
        if first == last:
            return float(left + plot_w / 2)
        return float(left + pad + (day.toordinal() - first) / (last - first) * (plot_w - 2 * pad))

    long_range = days[0].year != days[-1].year
    for day in _day_labels(days):
        text = day.strftime("%d-%m-%y" if long_range else "%d-%m")
        drawing.add(
            String(x_of(day), bottom - 5 * mm, text, fontName=SANS, fontSize=LABEL_SIZE,
                   fillColor=MUTED, textAnchor="middle")
        )  # fmt: skip
        tick = Line(x_of(day), bottom - 1.2 * mm, x_of(day), bottom)
        tick.strokeColor, tick.strokeWidth = MUTED, 0.5
        drawing.add(tick)
    roles = [*ROLES, *sorted({p.respondent for p in line.points} - set(ROLES))]
    by_role = {r: [p for p in line.points if p.respondent == r] for r in roles}
    for role in roles:  # the lines, the participant's own on top ...
        if by_role[role]:
            _role_line(drawing, by_role[role], _style(role), x_of, y_of, SHIFTS.get(role, 0.0))
    for role in reversed(roles):  # ... then the markers, the small ones over the big dots
        style, shift = _style(role), SHIFTS.get(role, 0.0)
        size = 3.2 * mm if role == "deelnemer" else 2.6 * mm
        for point in by_role[role]:
            x = x_of(point.filled_on) + shift
            drawing.add(marker(style.marker, x, y_of(point.value), size, style))
    return drawing


def _role_line(
    drawing: Drawing,
    points: list[GrowthPoint],
    style: RoleStyle,
    x_of: Callable[[date], float],
    y_of: Callable[[float], float],
    shift: float,
) -> None:
    by_day: dict[date, list[int]] = {}
    for point in points:
        by_day.setdefault(point.filled_on, []).append(point.value)
    path = [c for day in sorted(by_day) for c in (x_of(day) + shift, y_of(fmean(by_day[day])))]
    if len(path) >= 4:
        joined = PolyLine(path, strokeColor=style.colour, strokeWidth=style.width)
        joined.strokeDashArray = list(style.dash) or None
        joined.strokeLineJoin = 1
        drawing.add(joined)


def summary(line: GrowthLine) -> str:
    """Per role, from the first answer to the latest: "Self: from 2 to 4 (6 times)"."""
    parts = []
    for role in roles_in([line]):
        values = [p.value for p in line.points if p.respondent == role]
        parts.append(
            translate("form_chart", "{role}: from {first} to {last} ({count}×)").format(
                role=role_name(role), first=values[0], last=values[-1], count=len(values)
            )
        )
    return " · ".join(parts)
