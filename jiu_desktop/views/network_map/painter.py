"""The network map drawn with QPainter, from the one layout (``printing/map_layout.py``):
for the screen (the scene's items call the part functions), a PNG and the system printer
(``paint_map``). The PDF draws the same layout with reportlab.

All functions take the painter in map millimetres (the caller sets the transform), so a
line of 1.3 mm is 1.3 units wide here and 1.3 mm on paper.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from jiu_desktop.paths import FONTS
from jiu_desktop.printing.map_layout import (
    LINE_COLOUR,
    PT,
    RING_RADII,
    MapLayout,
    PlacedPerson,
    Rect,
)

#: The sectors of the backdrop, in the order of the quadrants from top left, clockwise.
SECTOR_CATEGORIES = ("familie", "vrienden", "school_werk", "hulpverlening")
BOX_FILL = "#ffffff"
MIDDLE_FILL = "#e8f1f1"
BACKDROP = "#c9d6d6"
IMPROVE = "#b8860b"


@cache
def map_font_family(bold: bool = False) -> str:
    """DejaVu Sans from the resources (the PDF's font), loaded once into Qt."""
    name = "DejaVuSans-Bold" if bold else "DejaVuSans"
    ident = QFontDatabase.addApplicationFont(str(FONTS / f"{name}.ttf"))
    families = QFontDatabase.applicationFontFamilies(ident) if ident >= 0 else []
    return families[0] if families else "DejaVu Sans"


def map_font(painter: QPainter, size_pt: float, bold: bool = False) -> QFont:
    """The font at ``size_pt`` points on paper, for a painter whose unit is a millimetre.

    Qt turns points into device pixels with the device's resolution and then applies the
    painter's transform as well; so the size is given in the points that make
    ``size_pt * PT`` millimetres *before* the transform, at this device's resolution.
    """
    dpi = painter.device().logicalDpiY() if painter.device() is not None else 96
    font = QFont(map_font_family(bold))
    font.setPointSizeF(max(size_pt * PT * 72.0 / max(dpi, 1), 0.01))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


#: Text is laid out this many times larger and drawn scaled down: at the tiny sizes a
#: painter in millimetres asks for, Qt rounds each glyph's advance up, and a label came
#: out about 12% wider than the layout measured it.
TEXT_SCALE = 16.0


def draw_text(
    painter: QPainter,
    rect: QRectF,
    size_pt: float,
    text: str,
    *,
    bold: bool = False,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
) -> None:
    """``text`` in ``rect`` (map mm) at ``size_pt`` points on paper, as wide as measured."""
    painter.save()
    painter.scale(1 / TEXT_SCALE, 1 / TEXT_SCALE)
    painter.setFont(map_font(painter, size_pt * TEXT_SCALE, bold=bold))
    big = QRectF(
        rect.x() * TEXT_SCALE,
        rect.y() * TEXT_SCALE,
        rect.width() * TEXT_SCALE,
        rect.height() * TEXT_SCALE,
    )
    painter.drawText(big, int(align), text)
    painter.restore()


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def paint_backdrop(painter: QPainter, labels: dict[str, str]) -> None:
    """Three closeness rings and four sectors, light, with the sector names."""
    pen = QPen(QColor(BACKDROP), 0.35, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for radius in RING_RADII:
        painter.drawEllipse(QPointF(0, 0), radius, radius)
    outer = RING_RADII[-1]
    painter.drawLine(QPointF(-outer, 0), QPointF(outer, 0))
    painter.drawLine(QPointF(0, -outer), QPointF(0, outer))
    painter.setPen(QColor("#7f9a9a"))
    spots = ((-1, -1), (1, -1), (1, 1), (-1, 1))
    for category, (sx, sy) in zip(SECTOR_CATEGORIES, spots, strict=True):
        text = labels.get(category, category)
        area = QRectF(0 if sx > 0 else -outer, 0 if sy > 0 else -outer, outer, outer)
        align = (Qt.AlignmentFlag.AlignRight if sx > 0 else Qt.AlignmentFlag.AlignLeft) | (
            Qt.AlignmentFlag.AlignBottom if sy > 0 else Qt.AlignmentFlag.AlignTop
        )
        draw_text(painter, area.adjusted(2, 2, -2, -2), 9, text, bold=True, align=align)


def paint_line(painter: QPainter, person: PlacedPerson) -> None:
    """The line from the middle to the person, with its arrowheads."""
    colour = QColor(LINE_COLOUR)
    pen = QPen(colour, person.line_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    (x1, y1), (x2, y2) = person.line
    painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    for triangle in person.arrows:
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in triangle]))


def paint_person(painter: QPainter, person: PlacedPerson, *, selected: bool = False) -> None:
    """The person's box: a rounded rectangle in the category's colour, the text on one line."""
    box = qrect(person.box)
    path = QPainterPath()
    path.addRoundedRect(box, 2.0, 2.0)
    border = QColor(person.colour)
    painter.setPen(QPen(border, 0.9 if selected else 0.5))
    painter.setBrush(QBrush(QColor("#fff7e0" if selected else BOX_FILL)))
    painter.drawPath(path)
    painter.setBrush(QBrush(border))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRect(QRectF(box.x(), box.y() + 1.0, 1.4, box.height() - 2.0))  # category mark
    if person.improve:
        painter.setBrush(QBrush(QColor(IMPROVE)))
        painter.drawEllipse(QPointF(box.right() - 1.6, box.top() + 1.6), 1.1, 1.1)
    painter.setPen(QColor("#1d1d1d"))
    draw_text(painter, box, person.font_size, person.text)


def paint_middle(painter: QPainter, layout: MapLayout) -> None:
    box = qrect(layout.middle)
    painter.setPen(QPen(QColor("#2f6f73"), 0.8))
    painter.setBrush(QBrush(QColor(MIDDLE_FILL)))
    painter.drawRoundedRect(box, 4.0, 4.0)
    painter.setPen(QColor("#143c3e"))
    draw_text(painter, box, layout.middle_font_size, layout.middle_text, bold=True)


def paint_map(painter: QPainter, layout: MapLayout, sector_labels: dict[str, str]) -> None:
    """The whole map (backdrop, lines, boxes, middle), the painter already in map mm."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    if layout.backdrop:
        paint_backdrop(painter, sector_labels)
    for person in layout.persons:
        paint_line(painter, person)
    for person in layout.persons:
        paint_person(painter, person)
    paint_middle(painter, layout)


def map_image(
    layout: MapLayout, sector_labels: dict[str, str], *, dots_per_mm: float = 8.0
) -> QImage:
    """The map as an image (about 200 dpi), white behind, its bounds plus a margin."""
    bounds = layout.bounds
    width, height = round(bounds.w * dots_per_mm), round(bounds.h * dots_per_mm)
    image = QImage(max(width, 1), max(height, 1), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    image.setDotsPerMeterX(round(dots_per_mm * 1000))
    image.setDotsPerMeterY(round(dots_per_mm * 1000))
    painter = QPainter(image)
    painter.scale(dots_per_mm, dots_per_mm)
    painter.translate(-bounds.x, -bounds.y)
    paint_map(painter, layout, sector_labels)
    painter.end()
    return image
