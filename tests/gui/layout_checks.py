"""Checks that a dialog fits the common laptop screen and that nothing in it is squeezed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

LAPTOP_WIDTH, LAPTOP_HEIGHT = 1366, 768


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def fits_laptop_screen(widget: QWidget) -> bool:
    hint = widget.sizeHint()
    frame = widget.frameGeometry()
    return (
        hint.width() <= LAPTOP_WIDTH
        and hint.height() <= LAPTOP_HEIGHT
        and frame.width() <= LAPTOP_WIDTH
        and frame.height() <= LAPTOP_HEIGHT
    )


def squeezed(widget: QWidget) -> list[str]:
    """Visible buttons, fields, spin boxes and combo boxes shorter or narrower than they
    need to show their text (what a coach sees as text cut off)."""
    found = []
    for child in widget.findChildren(QWidget):
        if not isinstance(child, QAbstractButton | QLineEdit | QAbstractSpinBox | QComboBox):
            continue
        if not child.isVisibleTo(widget):
            continue
        need = child.minimumSizeHint()
        if child.height() < need.height() or child.width() < need.width():
            name = child.objectName() or type(child).__name__
            found.append(
                f"{name} {child.width()}x{child.height()} < {need.width()}x{need.height()}"
            )
    return found
