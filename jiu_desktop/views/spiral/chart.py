"""The spiral on screen: a row per domain (*Algemeen* first), a column per step, and a dot
per measurement, drawn with QPainter (QtCharts is in PySide6-Addons, which the app does not
use). The latest measurement of a row is a large full dot, earlier ones smaller and
lighter, joined in the order they were measured by a thin line; the first has a ring, so
where they began stays visible.

The keyboard reaches everything: Up and Down choose a row, Left and Right a measurement
in it, Enter asks to correct it, Delete to delete it. Every dot has a tooltip with its
date and step.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from jiu_desktop.views.labels import format_date
from jiu_desktop.views.style import ACCENT, ACCENT_SOFT, MUTED, TEXT

LATEST, EARLIER = 8.5, 6.0
#: How near (pixels) the pointer must be to a dot to choose it or see its tooltip.
NEAR = 10.0


@dataclass(frozen=True)
class Dot:
    assessment_id: str
    assessed_on: date
    step: int
    together: bool


@dataclass(frozen=True)
class ChartRow:
    domain: str
    label: str
    #: Oldest first.
    dots: tuple[Dot, ...]


class SpiralChart(QWidget):
    #: A row was chosen (argument: its domain).
    domain_chosen = Signal(str)
    #: A measurement was chosen (argument: its assessment id).
    dot_chosen = Signal(str)
    #: Enter or a double click on a measurement: correct it.
    correct_requested = Signal(str)
    #: Delete on a measurement.
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spiralChart")
        self.rows: tuple[ChartRow, ...] = ()
        self.steps: tuple[tuple[int, str], ...] = ()
        self.row_index = 0
        self.dot_id: str | None = None
        self._placed: list[tuple[QPointF, int, Dot]] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- what is shown ---------------------------------------------------------------------
    def set_data(self, rows: tuple[ChartRow, ...], steps: tuple[tuple[int, str], ...]) -> None:
        """Show these rows over these steps ((number, "1 Overleven")); the chosen row and
        measurement stay chosen while they exist."""
        domain = self.domain()
        self.rows, self.steps = rows, steps
        found = [i for i, row in enumerate(rows) if row.domain == domain]
        self.row_index = found[0] if found else 0
        if self.dot_id is not None and self.dot(self.dot_id) is None:
            self.dot_id = None
        self._describe()
        self.update()

    def domain(self) -> str | None:
        return self.rows[self.row_index].domain if self.rows else None

    def dot(self, assessment_id: str) -> Dot | None:
        for row in self.rows:
            for dot in row.dots:
                if dot.assessment_id == assessment_id:
                    return dot
        return None

    def choose_domain(self, domain: str) -> None:
        for index, row in enumerate(self.rows):
            if row.domain == domain:
                self._choose_row(index)
                return

    def choose_dot(self, assessment_id: str | None) -> None:
        """Mark this measurement (it was chosen in the list beside the chart)."""
        self.dot_id = assessment_id
        for index, row in enumerate(self.rows):
            if any(d.assessment_id == assessment_id for d in row.dots):
                self.row_index = index
        self._describe()
        self.update()

    def _choose_row(self, index: int) -> None:
        if not self.rows:
            return
        index = max(0, min(index, len(self.rows) - 1))
        self.row_index = index
        dots = self.rows[index].dots
        if self.dot_id is None or all(d.assessment_id != self.dot_id for d in dots):
            self.dot_id = dots[-1].assessment_id if dots else None
        self._describe()
        self.update()
        self.domain_chosen.emit(self.rows[index].domain)
        if self.dot_id is not None:
            self.dot_chosen.emit(self.dot_id)

    def _describe(self) -> None:
        """What a screen reader says about the chosen row."""
        if not self.rows:
            self.setAccessibleDescription("")
            return
        row = self.rows[self.row_index]
        names = dict(self.steps)
        if row.dots:
            text = self.tr("{domain}: now {step}, first measured at {first}").format(
                domain=row.label,
                step=names.get(row.dots[-1].step, str(row.dots[-1].step)),
                first=names.get(row.dots[0].step, str(row.dots[0].step)),
            )
        else:
            text = self.tr("{domain}: not measured yet").format(domain=row.label)
        self.setAccessibleDescription(text)

    def sizeHint(self) -> QSize:
        return QSize(760, 470)

    def minimumSizeHint(self) -> QSize:
        return QSize(540, 12 * 26 + 12)

    # -- geometry ----------------------------------------------------------------------------
    def _label_width(self) -> float:
        """Room for the widest label, at most a third of the chart: a longer one wraps."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(r.label) for r in self.rows), default=100)
        return float(min(widest + 28, max(170.0, self.width() * 0.3)))

    def _header_height(self) -> float:
        """Two lines: the step's number, and its name under it."""
        return float(2 * self.fontMetrics().height() + 14)

    def _row_rect(self, index: int) -> QRectF:
        top = self._header_height()
        height = (self.height() - top - 6) / max(1, len(self.rows))
        return QRectF(4, top + index * height, self.width() - 8, height)

    def _column_width(self) -> float:
        return (self.width() - self._label_width() - 12) / max(1, len(self.steps))

    def _column_x(self, step: int) -> float:
        numbers = [n for n, _name in self.steps]
        index = numbers.index(step) if step in numbers else len(numbers) - 1
        return self._label_width() + (index + 0.5) * self._column_width()

    def _spots(self, index: int) -> list[tuple[QPointF, Dot]]:
        """Where each dot of a row goes: in its step's column, several in one column side
        by side in the order they were measured."""
        row = self.rows[index]
        y = self._row_rect(index).center().y()
        spread = self._column_width() * 0.56
        spots = []
        for dot in row.dots:
            same = [d for d in row.dots if d.step == dot.step]
            place = same.index(dot)
            shift = 0.0 if len(same) == 1 else spread * (place / (len(same) - 1) - 0.5)
            spots.append((QPointF(self._column_x(dot.step) + shift, y), dot))
        return spots

    # -- drawing -------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        self._placed = []
        if not self.rows or not self.steps:
            painter.end()
            return
        self._draw_grid(painter)
        for index in range(len(self.rows)):
            self._draw_row(painter, index)
        if self.hasFocus():
            pen = QPen(QColor(ACCENT), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        painter.end()

    def _draw_grid(self, painter: QPainter) -> None:
        header = QRectF(0, 0, self.width(), self._header_height())
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(MUTED))
        width = self._column_width()
        line = self.fontMetrics().height()
        for number, name in self.steps:
            x = self._column_x(number)
            word = name.split(" ", 1)[-1]  # "3 Ondersteunen": the number above the word
            painter.setFont(bold)
            painter.setPen(QColor(TEXT if number == self._latest_step() else MUTED))
            painter.drawText(
                QRectF(x - width / 2, header.top() + 6, width, line),
                Qt.AlignmentFlag.AlignCenter,
                str(number),
            )
            painter.setFont(self._fitting(word, width - 6))
            painter.drawText(
                QRectF(x - width / 2, header.top() + 6 + line, width, line),
                Qt.AlignmentFlag.AlignCenter,
                painter.fontMetrics().elidedText(word, Qt.TextElideMode.ElideRight, int(width) - 4),
            )
        chosen = self._row_rect(self.row_index)
        painter.fillRect(chosen, QColor(ACCENT_SOFT))
        painter.setPen(QPen(QColor("#e3e9e8"), 1))
        for number, _name in self.steps[1:]:
            x = self._column_x(number) - width / 2
            painter.drawLine(QPointF(x, header.bottom()), QPointF(x, self.height() - 6))
        for index in range(1, len(self.rows)):
            y = self._row_rect(index).top()
            pen = QPen(QColor("#b7c4c2" if index == 1 else "#eef2f1"), 1)
            painter.setPen(pen)
            painter.drawLine(QPointF(4, y), QPointF(self.width() - 4, y))

    def _fitting(self, text: str, room: float) -> QFont:
        """The widget's font, a little smaller when ``text`` would not fit (never below 8
        points; then it is cut with "…")."""
        font = QFont(self.font())
        size = font.pointSizeF()
        while size > 8 and QFontMetrics(font).horizontalAdvance(text) > room:
            size -= 0.5
            font.setPointSizeF(size)
        return font

    def _latest_step(self) -> int | None:
        """The chosen row's step now (its column's number is drawn darker)."""
        if not self.rows or not self.rows[self.row_index].dots:
            return None
        return self.rows[self.row_index].dots[-1].step

    def _draw_row(self, painter: QPainter, index: int) -> None:
        row = self.rows[index]
        rect = self._row_rect(index)
        font = QFont(self.font())
        font.setBold(index == 0 or index == self.row_index)
        painter.setFont(font)
        painter.setPen(QColor(TEXT))
        label = QRectF(rect.left() + 8, rect.top(), self._label_width() - 16, rect.height())
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        wrapped = painter.fontMetrics().boundingRect(
            label.toRect(), int(flags | Qt.TextFlag.TextWordWrap), row.label
        )
        if wrapped.height() <= label.height() and wrapped.width() <= label.width():
            painter.drawText(label, flags | Qt.TextFlag.TextWordWrap, row.label)
        else:
            text = painter.fontMetrics().elidedText(
                row.label, Qt.TextElideMode.ElideRight, int(label.width())
            )
            painter.drawText(label, flags, text)
        spots = self._spots(index)
        if len(spots) > 1:
            line = QColor(ACCENT)
            line.setAlpha(90)
            painter.setPen(QPen(line, 1.5))
            for (a, _), (b, _) in itertools.pairwise(spots):
                painter.drawLine(a, b)
        for number, (at, dot) in enumerate(spots):
            self._draw_dot(painter, at, dot, first=number == 0, latest=number == len(spots) - 1)
            self._placed.append((at, index, dot))

    def _draw_dot(
        self, painter: QPainter, at: QPointF, dot: Dot, *, first: bool, latest: bool
    ) -> None:
        colour = QColor(ACCENT)
        if latest:
            painter.setPen(QPen(QColor("white"), 2))
            painter.setBrush(colour)
            painter.drawEllipse(at, LATEST, LATEST)
        else:
            colour.setAlpha(110)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(at, EARLIER, EARLIER)
        if first and not latest:
            painter.setPen(QPen(QColor(ACCENT), 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(at, EARLIER + 3, EARLIER + 3)
        if dot.assessment_id == self.dot_id:
            painter.setPen(QPen(QColor(TEXT), 1.6, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            size = (LATEST if latest else EARLIER) + 5
            painter.drawEllipse(at, size, size)

    # -- the mouse and the keyboard ---------------------------------------------------------
    def dot_at(self, where: QPointF) -> Dot | None:
        best: tuple[float, Dot] | None = None
        for at, _index, dot in self._placed:
            distance = (at - where).manhattanLength()
            if distance <= NEAR * 1.5 and (best is None or distance < best[0]):
                best = (distance, dot)
        return best[1] if best else None

    def row_at(self, y: float) -> int | None:
        for index in range(len(self.rows)):
            rect = self._row_rect(index)
            if rect.top() <= y < rect.bottom():
                return index
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        where = event.position()
        dot = self.dot_at(where)
        if dot is not None:
            self.choose_dot(dot.assessment_id)
            self._choose_row(self.row_index)
            return
        index = self.row_at(where.y())
        if index is not None:
            self.dot_id = None
            self._choose_row(index)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        dot = self.dot_at(event.position())
        if dot is not None:
            self.correct_requested.emit(dot.assessment_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if not self.rows:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End):
            target = {
                Qt.Key.Key_Up: self.row_index - 1,
                Qt.Key.Key_Down: self.row_index + 1,
                Qt.Key.Key_Home: 0,
                Qt.Key.Key_End: len(self.rows) - 1,
            }[Qt.Key(key)]
            self.dot_id = None
            self._choose_row(target)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step_dot(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.dot_id is not None:
            self.correct_requested.emit(self.dot_id)
        elif key == Qt.Key.Key_Delete and self.dot_id is not None:
            self.delete_requested.emit(self.dot_id)
        else:
            super().keyPressEvent(event)

    def _step_dot(self, direction: int) -> None:
        dots = [d.assessment_id for d in self.rows[self.row_index].dots]
        if not dots:
            return
        at = dots.index(self.dot_id) if self.dot_id in dots else len(dots)
        self.dot_id = dots[max(0, min(at + direction, len(dots) - 1))]
        self._describe()
        self.update()
        self.dot_chosen.emit(self.dot_id)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            dot = self.dot_at(QPointF(event.pos()))
            if dot is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.describe(dot), self)
            return True
        return super().event(event)

    def describe(self, dot: Dot) -> str:
        step = dict(self.steps).get(dot.step, str(dot.step))
        if dot.together:
            return self.tr("{date} · {step} · filled in together").format(
                date=format_date(dot.assessed_on), step=step
            )
        return self.tr("{date} · {step}").format(date=format_date(dot.assessed_on), step=step)
