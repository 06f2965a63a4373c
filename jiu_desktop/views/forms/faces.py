"""The five faces of a scale, drawn as shapes (a font's smileys have no neutral face and
look different on every laptop): 1 a deep frown under worried brows, 2 a frown, 3 a
straight mouth, 4 a smile, 5 a laugh (an open mouth), so that no two look alike, as on
paper."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen


def draw_face(
    painter: QPainter,
    rect: QRectF,
    value: int,
    colour: QColor,
    fill: QColor | None = None,
) -> None:
    """A face for scale value ``value`` (1–5), as large as fits in ``rect``, centred."""
    side = min(rect.width(), rect.height())
    if side <= 0:
        return
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    width = max(1.2, side / 15)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(QBrush(fill) if fill is not None else Qt.BrushStyle.NoBrush)
    half = width / 2
    painter.drawEllipse(box.adjusted(half, half, -half, -half))
    centre = box.center()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    eye = max(1.0, side * 0.065)
    for dx in (-0.17, 0.17):
        painter.drawEllipse(QPointF(centre.x() + dx * side, centre.y() - 0.12 * side), eye, eye)
    value = min(max(value, 1), 5)
    bend = {1: -0.2, 2: -0.09, 3: 0.0, 4: 0.1, 5: 0.2}[value] * side
    base = centre.y() + 0.19 * side
    mouth = QPainterPath(QPointF(centre.x() - 0.22 * side, base - bend / 2))
    mouth.quadTo(
        QPointF(centre.x(), base + bend * 1.5), QPointF(centre.x() + 0.22 * side, base - bend / 2)
    )
    painter.setPen(pen)
    if value == 5:  # laughing: the mouth open, closed along the top
        mouth.closeSubpath()
        painter.setBrush(colour)
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(mouth)
    if value == 1:  # worried brows, high in the middle
        for sign in (-1, 1):
            inner = QPointF(centre.x() + sign * 0.08 * side, centre.y() - 0.27 * side)
            outer = QPointF(centre.x() + sign * 0.27 * side, centre.y() - 0.2 * side)
            painter.drawLine(inner, outer)
    painter.restore()
