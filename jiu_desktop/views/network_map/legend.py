"""The legend in the map's lower left corner, always shown: what a thick line, an arrow,
a double arrow and the colours mean. It lets the pointer through to the map."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from jiu_desktop.printing.map_layout import CATEGORY_COLOURS, LINE_COLOUR, LINE_WIDTHS, arrowhead
from jiu_desktop.services.map_labels import category_label

MARGIN = 8
SAMPLE = 34  # the width of a sample line, pixels
PX_PER_MM = 2.4  # sample lines a little thicker than the map's at a middle zoom


class Legend(QWidget):
    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view)
        self.view = view
        self.setObjectName("mapLegend")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        self.rows = [
            self.tr("the thicker, the better the relation"),
            self.tr("trusts them (goes to them with questions)"),
            self.tr("trust both ways"),
        ]

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 3

    def _category_width(self) -> int:
        return max(
            self.fontMetrics().horizontalAdvance(category_label(c)) for c in CATEGORY_COLOURS
        )

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        text = max(metrics.horizontalAdvance(r) for r in self.rows)
        width = max(SAMPLE + 8 + text, 2 * (14 + self._category_width()) + 8) + 2 * MARGIN
        categories = (len(CATEGORY_COLOURS) + 1) // 2
        return QSize(width, (len(self.rows) + categories) * self._row_height() + 2 * MARGIN)

    def place(self) -> None:
        """In the lower left corner of the view's viewport."""
        self.resize(self.sizeHint())
        viewport = self.view.viewport().geometry()
        self.move(viewport.left() + 6, viewport.bottom() - self.height() - 6)
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#c9d6d6")))
        painter.setBrush(QBrush(QColor(255, 255, 255, 225)))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        row = self._row_height()
        text_x = MARGIN + SAMPLE + 8
        y = MARGIN
        line = QColor(LINE_COLOUR)
        # Thin to thick: three short lines, growing.
        for i, strength in enumerate((1, 3, 5)):
            x = MARGIN + i * (SAMPLE // 3)
            painter.setPen(
                QPen(
                    line,
                    LINE_WIDTHS[strength] * PX_PER_MM,
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.FlatCap,
                )
            )
            painter.drawLine(QPointF(x + 1, y + row / 2), QPointF(x + SAMPLE // 3 - 2, y + row / 2))
        self._text(painter, text_x, y, self.rows[0])
        for index, both in ((1, False), (2, True)):
            y += row
            self._arrow(painter, MARGIN, y + row / 2, both)
            self._text(painter, text_x, y, self.rows[index])
        y += row
        half = (self.width() - 2 * MARGIN) // 2
        for n, (code, colour) in enumerate(CATEGORY_COLOURS.items()):
            x = MARGIN + (n % 2) * half
            top = y + (n // 2) * row
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(colour)))
            painter.drawRoundedRect(QRectF(x, top + row / 2 - 4, 10, 8), 2, 2)
            self._text(painter, x + 14, top, category_label(code))
        painter.end()

    def _text(self, painter: QPainter, x: float, y: float, text: str) -> None:
        painter.setPen(QColor("#1d1d1d"))
        painter.drawText(
            QRectF(x, y, self.width() - x - MARGIN, self._row_height()),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            text,
        )

    def _arrow(self, painter: QPainter, x: float, y: float, both: bool) -> None:
        colour = QColor(LINE_COLOUR)
        width = LINE_WIDTHS[3] * PX_PER_MM * 0.6
        start, end = (x + 1, y), (x + SAMPLE - 1, y)
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(*start), QPointF(*end))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        tips = [arrowhead(start, end, 1.0)] + ([arrowhead(end, start, 1.0)] if both else [])
        for triangle in tips:
            painter.drawPolygon(QPolygonF([QPointF(px, py) for px, py in triangle]))
