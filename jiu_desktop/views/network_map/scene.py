"""The map on screen: a QGraphicsScene in map millimetres whose items draw themselves with
the painter's part functions, so the screen shows what the paper shows.

The scene shows a :class:`MapLayout`; it stores nothing. A drag moves the item and its
line on screen only and says where the person was dropped (``dropped``); the tab writes
that once and shows the map afresh.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from jiu_desktop.printing.map_layout import (
    RING_RADII,
    MapLayout,
    PersonInput,
    PlacedPerson,
    layout_map,
)
from jiu_desktop.views.network_map.painter import (
    paint_backdrop,
    paint_line,
    paint_middle,
    paint_person,
    qrect,
)

#: Boxes, the middle and the backdrop are drawn once per zoom and then kept as pictures:
#: a drag repaints only the line that moves. (Fewer calls into Python's paint, too.)
CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache
#: The line reacts to the pointer this far around it (mm), however thin it is drawn.
LINE_HIT_WIDTH = 7.0
#: Dragging on a line up (thicker) or down (thinner): one step per this many pixels.
DRAG_STEP_PX = 14


class BackdropItem(QGraphicsItem):
    def __init__(self, labels: dict[str, str]) -> None:
        super().__init__()
        self.setCacheMode(CACHED)
        self.labels = labels
        self.setZValue(-2)

    def boundingRect(self) -> QRectF:
        r = RING_RADII[-1] + 1
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_backdrop(painter, self.labels)


class MiddleItem(QGraphicsItem):
    def __init__(self, layout: MapLayout) -> None:
        super().__init__()
        self.setCacheMode(CACHED)
        self.layout = layout
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        return qrect(self.layout.middle).adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_middle(painter, self.layout)


class LineItem(QGraphicsItem):
    """The line from the middle to a person; clicking it selects the person, dragging on
    it up or down makes it thicker or thinner ("de lijn aandikken")."""

    def __init__(self, person: PlacedPerson) -> None:
        super().__init__()
        self.setCacheMode(CACHED)
        self.setZValue(-1)
        self.setCursor(Qt.CursorShape.SizeVerCursor)
        self.person = person
        self.owner: PersonItem | None = None
        self._pressed_at: float | None = None  # screen y of the press
        self._steps_sent = 0
        self._shape = QPainterPath()
        self._bounds = QRectF()
        self._measure()

    def _measure(self) -> None:
        (x1, y1), (x2, y2) = self.person.line
        path = QPainterPath(QPointF(x1, y1))
        path.lineTo(QPointF(x2, y2))
        stroker = QPainterPathStroker()
        stroker.setWidth(max(LINE_HIT_WIDTH, self.person.line_width))
        self._shape = stroker.createStroke(path)
        bounds = self._shape.boundingRect()
        for triangle in self.person.arrows:
            for x, y in triangle:
                bounds = bounds.united(QRectF(x - 0.5, y - 0.5, 1, 1))
        self._bounds = bounds

    def set_person(self, person: PlacedPerson) -> None:
        self.prepareGeometryChange()
        self.person = person
        self._measure()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_line(painter, self.person)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.owner is not None and self.scene() is not None:
            self.scene().clearSelection()
            self.owner.setSelected(True)
        self._pressed_at, self._steps_sent = event.screenPos().y(), 0
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if self._pressed_at is None or self.owner is None or not isinstance(scene, MapScene):
            return
        steps = int((self._pressed_at - event.screenPos().y()) / DRAG_STEP_PX)
        if steps != self._steps_sent:
            scene.line_dragged.emit(self.owner.key, steps - self._steps_sent)
            self._steps_sent = steps
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._pressed_at = None
        event.accept()


class PersonItem(QGraphicsItem):
    """A person's box. Dragging it moves it and its line; the drop is told to the scene."""

    def __init__(self, person: PlacedPerson, source: PersonInput, line: LineItem) -> None:
        super().__init__()
        self.person, self.source, self.line = person, source, line
        line.owner = self
        self.setCacheMode(CACHED)
        self.setZValue(1)
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._bounds = qrect(person.box).adjusted(-1, -1, 1, 1)

    @property
    def key(self) -> str:
        return self.person.key

    def centre(self) -> tuple[float, float]:
        """Where the box's middle is now (after a drag), in map mm."""
        return (self.person.box.cx + self.pos().x(), self.person.box.cy + self.pos().y())

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_person(painter, self.person, selected=self.isSelected())

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self._follow()
        return super().itemChange(change, value)

    def _follow(self) -> None:
        """The line follows the box during a drag: the one layout, for this person alone."""
        scene = self.scene()
        name = scene.name if isinstance(scene, MapScene) else ""
        moved = replace(self.source, position=self.centre())
        [placed] = layout_map(name, [moved]).persons
        self.line.set_person(placed)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if not self.pos().isNull() and isinstance(scene, MapScene):
            scene.dropped.emit(self.key, self.centre())


class MapScene(QGraphicsScene):
    #: A person was dragged and dropped (person key, (x, y) of the box's middle in mm).
    dropped = Signal(str, object)
    #: Dragging on a person's line: thicker (+n) or thinner (-n) by this many steps.
    line_dragged = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = ""
        self.layout: MapLayout | None = None
        self.people: dict[str, PersonItem] = {}
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)

    def show_layout(
        self,
        layout: MapLayout,
        sources: Sequence[PersonInput],
        sector_labels: dict[str, str],
        tooltips: dict[str, str] | None = None,
    ) -> None:
        """Show ``layout`` (made from ``sources``), keeping the selected person selected."""
        selected = self.selected_key()
        self.clear()
        self.people.clear()
        self.layout = layout
        self.name = layout.middle_text
        if layout.backdrop:
            self.addItem(BackdropItem(sector_labels))
        by_key = {s.key: s for s in sources}
        for person in layout.persons:
            line = LineItem(person)
            item = PersonItem(person, by_key[person.key], line)
            if tooltips and tooltips.get(person.key):
                item.setToolTip(tooltips[person.key])
            self.addItem(line)
            self.addItem(item)
            self.people[person.key] = item
        self.addItem(MiddleItem(layout))
        # room around the map, so the view can place it above the legend and a person
        # can be dragged outward, whatever the zoom
        room = max(layout.bounds.w, layout.bounds.h, 120.0)
        self.setSceneRect(qrect(layout.bounds).adjusted(-room, -room, room, room))
        if selected in self.people:
            self.people[selected].setSelected(True)

    def selected_key(self) -> str | None:
        for item in self.selectedItems():
            if isinstance(item, PersonItem):
                return item.key
        return None

    def select(self, key: str | None) -> None:
        self.clearSelection()
        if key in self.people:
            self.people[key].setSelected(True)

    def key_at(self, point: QPointF) -> str | None:
        """The person whose box or line is under ``point`` (scene mm)."""
        for item in self.items(point):
            if isinstance(item, PersonItem):
                return item.key
            if isinstance(item, LineItem) and item.owner is not None:
                return item.owner.key
        return None

    def set_strength_shown(self, key: str, strength: int) -> None:
        """Show a line at ``strength`` before it is written (a wheel turn, a key)."""
        item = self.people.get(key)
        if item is None:
            return
        item.source = replace(item.source, strength=strength)
        item._follow()

    def next_key(self, step: int) -> str | None:
        """The person after (or before) the selected one, going round the middle."""
        keys = sorted(self.people, key=lambda k: _clockwise(self.people[k]))
        if not keys:
            return None
        current = self.selected_key()
        if current not in keys:
            return keys[0] if step > 0 else keys[-1]
        return keys[(keys.index(current) + step) % len(keys)]


def _clockwise(item: PersonItem) -> float:
    """The angle of the box around the middle, from twelve o'clock, clockwise."""
    x, y = item.centre()
    return (math.atan2(y, x) + math.pi / 2) % (2 * math.pi)
