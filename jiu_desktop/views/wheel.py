"""The mouse wheel scrolls the page; it changes a value only in the field being edited.

Qt lets a wheel turn change any combo box, spin box, date edit or slider the pointer passes
over, so scrolling down a long form quietly changes a participant's group or status. One
filter on the application covers every screen, also the ones still to come: such a field
takes focus by a click or Tab only (``Qt.StrongFocus``, so the wheel does not give it
focus), and a wheel turn over it without focus scrolls the nearest scroll area around it
instead. Once the coach has clicked into the field, the wheel changes it as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
    QWidget,
)

#: Fields whose value a wheel turn changes (QAbstractSpinBox covers QSpinBox and QDateEdit).
VALUE_FIELDS = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def is_value_field(widget: QObject) -> bool:
    return isinstance(widget, VALUE_FIELDS) and not isinstance(widget, QScrollBar)


class WheelGuard(QObject):
    """Installed once on the application by :func:`install_wheel_guard`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and is_value_field(watched):
            assert isinstance(watched, QWidget)
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel or not is_value_field(watched):
            return False
        assert isinstance(watched, QWidget) and isinstance(event, QWheelEvent)
        if watched.hasFocus():
            return False
        scroll_instead(watched, event)
        event.accept()
        return True


def scroll_instead(widget: QWidget, event: QWheelEvent) -> None:
    """Hand the wheel turn to the scroll areas around ``widget``, nearest first."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            forwarded = QWheelEvent(
                viewport.mapFromGlobal(event.globalPosition()),
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
                event.source(),
                event.pointingDevice(),
            )
            forwarded.setAccepted(False)
            QCoreApplication.sendEvent(viewport, forwarded)
            if forwarded.isAccepted():
                return
        parent = parent.parentWidget()


def install_wheel_guard(app: QCoreApplication) -> WheelGuard:
    """Install the guard on ``app`` (once; a second call returns the first guard)."""
    existing = app.findChild(WheelGuard)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
