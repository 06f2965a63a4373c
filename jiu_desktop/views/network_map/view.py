"""The view on the map: zoom, pan, fit, the keyboard, and the wheel on a line.

The wheel thickens or thins the line under the pointer only while the map has the
keyboard focus (it was clicked, or reached with Tab); on a map without focus the wheel
scrolls, as it does over any field that is not being edited (``views/wheel.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from jiu_desktop.views.network_map.legend import Legend
from jiu_desktop.views.network_map.scene import MapScene, PersonItem

ZOOM_STEP = 1.15
MIN_SCALE, MAX_SCALE = 0.5, 20.0  # screen pixels per map millimetre


class MapView(QGraphicsView):
    #: Thicker (+1) or thinner (-1) line for a person (key, step).
    strength_step = Signal(str, int)
    #: Add a person: at this spot (scene mm), or anywhere (None).
    add_requested = Signal(object)
    delete_requested = Signal()

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setObjectName("networkMap")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.legend = Legend(self)
        self._fitted = False
        #: Fit again when the view changes size (full screen, a bigger window) until the
        #: coach zooms by hand.
        self._follow_fit = True

    # -- zoom ------------------------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        self._follow_fit = False
        current = self.transform().m11()
        factor = min(max(current * factor, MIN_SCALE), MAX_SCALE) / current
        self.scale(factor, factor)

    def zoom_level(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        """Passend maken: the whole map in sight above the legend, not larger than about
        paper size."""
        layout = self.map_scene.layout
        if layout is None:
            return
        b = layout.bounds
        viewport = self.viewport().size()
        below = self.legend.sizeHint().height() + 12
        wide = max(viewport.width(), 1) / b.w
        high = max(viewport.height() - below, viewport.height() // 2, 1) / b.h
        scale = min(wide, high, 6.0)
        self.resetTransform()
        self.scale(scale, scale)
        shift = min(below, viewport.height() // 2) / 2 / scale
        self.centerOn(b.cx, b.cy + shift)
        self._fitted = True
        self._follow_fit = True

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._fitted:
            self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.legend.place()
        if self._fitted and self._follow_fit:
            self.fit()

    # -- the pointer -----------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP if steps > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        if self.hasFocus() and steps:
            key = self.map_scene.key_at(self.mapToScene(event.position().toPoint()))
            if key is not None:
                self.strength_step.emit(key, 1 if steps > 0 else -1)
                event.accept()
                return
        super().wheelEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        spot = self.mapToScene(event.position().toPoint())
        if self.map_scene.key_at(spot) is None and not self._on_middle(spot):
            self.add_requested.emit((round(spot.x(), 1), round(spot.y(), 1)))
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def _on_middle(self, spot: QPointF) -> bool:
        layout = self.map_scene.layout
        return layout is not None and (
            layout.middle.x <= spot.x() <= layout.middle.right
            and layout.middle.y <= spot.y() <= layout.middle.bottom
        )

    # -- the keyboard ----------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            backwards = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if self.map_scene.people:
                self.select(self.map_scene.next_key(-1 if backwards else 1))
                return True
        return super().event(event)

    def select(self, key: str | None) -> None:
        self.map_scene.select(key)
        item = self.map_scene.people.get(key or "")
        if isinstance(item, PersonItem):
            self.ensureVisible(item.sceneBoundingRect(), 40, 40)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        selected = self.map_scene.selected_key()
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif ctrl and key == Qt.Key.Key_0:
            self.fit()
        elif not ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) and selected:
            self.strength_step.emit(selected, 1)
        elif not ctrl and key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore) and selected:
            self.strength_step.emit(selected, -1)
        elif key == Qt.Key.Key_Delete and selected:
            self.delete_requested.emit()
        elif key == Qt.Key.Key_Insert:
            self.add_requested.emit(None)
        elif key == Qt.Key.Key_Escape and selected:
            self.map_scene.clearSelection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
