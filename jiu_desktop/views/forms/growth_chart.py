"""Growth on screen: one participant's answers to the scale questions of one form over
time, drawn with QPainter (QtCharts is in PySide6-Addons, which the app does not use).

One colour per question (the legend gives its text), the date across, 1 to 5 up with the
faces and words of the scale beside it, every answer a point. Answers of others than the
participant (a coach, a trainer, a group member) are dashed lines with their own marks,
so they are never taken for the participant's own.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from jiu_desktop.services.form_growth import GrowthLine, GrowthPoint
from jiu_desktop.views.forms.faces import draw_face
from jiu_desktop.views.labels import format_date, respondent_label
from jiu_desktop.views.style import MUTED, TEXT

COLOURS = ("#2f6f73", "#b86b25", "#5b4b8a", "#3f7d20", "#b03a48", "#1f5f9e", "#8a6d00")
#: The participant's own answers first; the others by role, each its own mark.
ROLES = ("deelnemer", "coach", "trainer", "groepsgenoot")
FACE = 18
MARK = 5.0
#: How near (pixels) the pointer must be to a point for its tooltip.
NEAR = 9.0


@dataclass(frozen=True)
class Placed:
    """A point as drawn, for its tooltip."""

    at: QPointF
    line: GrowthLine
    point: GrowthPoint


class GrowthChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: tuple[GrowthLine, ...] = ()
        self.faces = True
        self.empty_text = ""
        self._placed: list[Placed] = []
        self.setObjectName("growthChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_lines(self, lines: tuple[GrowthLine, ...], *, faces: bool, empty_text: str) -> None:
        """Draw these lines; ``empty_text`` when none has a point."""
        self.lines = lines
        self.faces = faces
        self.empty_text = empty_text
        self.update()

    def has_points(self) -> bool:
        return any(line.points for line in self.lines)

    def roles(self) -> list[str]:
        found = {p.respondent for line in self.lines for p in line.points}
        return [r for r in ROLES if r in found] + sorted(found - set(ROLES))

    def sizeHint(self) -> QSize:
        return QSize(720, 380)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, 260)

    # -- layout ----------------------------------------------------------------------------
    def _words(self) -> tuple[str, ...]:
        for line in self.lines:
            if len(line.labels) == 5:
                return line.labels
        return tuple(str(v) for v in range(1, 6))

    def _legend(self, width: float) -> list[list[tuple[str, QColor | None, str | None]]]:
        """Rows of (text, colour of a question, role) entries that fit ``width``."""
        metrics = self.fontMetrics()
        entries: list[tuple[str, QColor | None, str | None]] = [
            (line.question, QColor(COLOURS[i % len(COLOURS)]), None)
            for i, line in enumerate(self.lines)
            if line.points
        ]
        roles = self.roles()
        if len(roles) > 1 or (roles and roles[0] != "deelnemer"):
            entries += [(respondent_label(role), None, role) for role in roles]
        rows: list[list[tuple[str, QColor | None, str | None]]] = [[]]
        used = 0.0
        for entry in entries:
            wanted = 28 + min(metrics.horizontalAdvance(entry[0]), width - 40) + 18
            if rows[-1] and used + wanted > width:
                rows.append([])
                used = 0.0
            rows[-1].append(entry)
            used += wanted
        return [row for row in rows if row]

    # -- drawing ---------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        self._placed = []
        if not self.has_points():
            painter.setPen(QColor(MUTED))
            painter.drawText(
                QRectF(self.rect()).adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()
            return
        metrics = self.fontMetrics()
        line_height = metrics.height() + 6
        legend = self._legend(self.width() - 24)
        words = self._words()
        left = (
            12
            + (FACE + 6 if self.faces else 0)
            + max(metrics.horizontalAdvance(w) for w in words)
            + 12
        )
        plot = QRectF(left, 14, self.width() - left - 24, 0)
        plot.setBottom(self.height() - 14 - len(legend) * line_height - line_height - 10)
        if plot.height() < 60 or plot.width() < 60:
            painter.end()
            return
        self._draw_axis(painter, plot, words)
        days = sorted({p.filled_on for line in self.lines for p in line.points})
        self._draw_dates(painter, plot, days)
        for index, line in enumerate(self.lines):
            self._draw_line(painter, plot, days, index, line)
        self._draw_legend(painter, legend, plot.bottom() + line_height + 12, line_height)
        painter.end()

    def _y(self, plot: QRectF, value: float) -> float:
        return plot.bottom() - (value - 1) / 4 * plot.height()

    def _x(self, plot: QRectF, days: list[date], day: date) -> float:
        first, last = days[0], days[-1]
        inner = plot.adjusted(24, 0, -24, 0)
        if first == last:
            return inner.center().x()
        return inner.left() + (day - first).days / (last - first).days * inner.width()

    def _draw_axis(self, painter: QPainter, plot: QRectF, words: tuple[str, ...]) -> None:
        metrics = self.fontMetrics()
        for value, word in enumerate(words, start=1):
            y = self._y(plot, value)
            painter.setPen(QPen(QColor("#e3e9e8"), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            x = 12.0
            if self.faces:
                draw_face(painter, QRectF(x, y - FACE / 2, FACE, FACE), value, QColor(MUTED))
                x += FACE + 6
            painter.setPen(QColor(TEXT))
            painter.drawText(
                QRectF(x, y - metrics.height() / 2, plot.left() - x - 8, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                word,
            )
        painter.setPen(QPen(QColor("#b7c4c2"), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _draw_dates(self, painter: QPainter, plot: QRectF, days: list[date]) -> None:
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance("00-00-0000") + 14
        room = max(1, int(plot.width() // width))
        step = max(1, -(-len(days) // room))
        shown = days[::step]
        if days[-1] not in shown and len(shown) < room:
            shown.append(days[-1])
        painter.setPen(QColor(MUTED))
        for day in shown:
            x = self._x(plot, days, day)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            painter.drawText(
                QRectF(x - width / 2, plot.bottom() + 6, width, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                format_date(day),
            )

    def _draw_line(
        self, painter: QPainter, plot: QRectF, days: list[date], index: int, line: GrowthLine
    ) -> None:
        colour = QColor(COLOURS[index % len(COLOURS)])
        shift = (index - (len(self.lines) - 1) / 2) * 3  # points of one day side by side
        for role in {p.respondent for p in line.points}:
            points = [p for p in line.points if p.respondent == role]
            spots = [
                QPointF(self._x(plot, days, p.filled_on) + shift, self._y(plot, p.value))
                for p in points
            ]
            pen = QPen(colour, 2.5)
            if role != "deelnemer":
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            # Segment by segment: a wide antialiased polyline is stroked as one path,
            # many times slower.
            painter.drawLines([QLineF(a, b) for a, b in itertools.pairwise(spots)])
            for spot, point in zip(spots, points, strict=True):
                self._mark(painter, spot, colour, role)
                self._placed.append(Placed(spot, line, point))

    def _mark(self, painter: QPainter, at: QPointF, colour: QColor, role: str) -> None:
        """The participant's own answer a round mark; others square, triangle, diamond."""
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(colour)
        shape = ROLES.index(role) if role in ROLES else 3
        r = MARK
        if shape == 0:
            painter.drawEllipse(at, r, r)
            return
        path = QPainterPath()
        if shape == 1:
            path.addRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
        elif shape == 2:
            path.addPolygon(
                QPolygonF(
                    [
                        QPointF(at.x(), at.y() - r - 1),
                        QPointF(at.x() + r + 1, at.y() + r),
                        QPointF(at.x() - r - 1, at.y() + r),
                    ]
                )
            )
            path.closeSubpath()
        else:
            path.addPolygon(
                QPolygonF(
                    [
                        QPointF(at.x(), at.y() - r - 1),
                        QPointF(at.x() + r + 1, at.y()),
                        QPointF(at.x(), at.y() + r + 1),
                        QPointF(at.x() - r - 1, at.y()),
                    ]
                )
            )
            path.closeSubpath()
        painter.drawPath(path)

    def _draw_legend(
        self,
        painter: QPainter,
        rows: list[list[tuple[str, QColor | None, str | None]]],
        top: float,
        line_height: float,
    ) -> None:
        metrics = QFontMetrics(self.font())
        for row_number, row in enumerate(rows):
            x = 12.0
            y = top + row_number * line_height
            for text, colour, role in row:
                centre = QPointF(x + 10, y + line_height / 2)
                if colour is not None:
                    painter.setPen(QPen(colour, 3))
                    painter.drawLine(QPointF(x, centre.y()), QPointF(x + 20, centre.y()))
                    self._mark(painter, centre, colour, "deelnemer")
                elif role is not None:
                    self._mark(painter, centre, QColor(MUTED), role)
                painter.setPen(QColor(TEXT))
                room = self.width() - x - 40
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room))
                rect = QRectF(x + 28, y, metrics.horizontalAdvance(shown) + 2, line_height)
                painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, shown)
                x += 28 + metrics.horizontalAdvance(shown) + 18

    # -- tooltips --------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            near = self.point_at(QPointF(event.pos()))
            if near is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.describe(near), self)
            return True
        return super().event(event)

    def point_at(self, where: QPointF) -> Placed | None:
        best: tuple[float, Placed] | None = None
        for placed in self._placed:
            distance = (placed.at - where).manhattanLength()
            if distance <= NEAR * 1.5 and (best is None or distance < best[0]):
                best = (distance, placed)
        return best[1] if best else None

    def describe(self, placed: Placed) -> str:
        words = placed.line.labels
        value = placed.point.value
        word = words[value - 1] if len(words) == 5 else str(value)
        return self.tr("{date} · {question}: {word} ({value}) · {role}").format(
            date=format_date(placed.point.filled_on),
            question=placed.line.question,
            word=word,
            value=value,
            role=respondent_label(placed.point.respondent),
        )
