"""Checks that a dialog fits the common laptop screen and that nothing in it is squeezed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)

#: What a QLineEdit keeps free left and right of its text, inside its contents (Qt's own).
LINE_EDIT_MARGIN = 2

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


def text_cut(widget: QWidget) -> list[str]:
    """Visible line edits too narrow for the text or the placeholder they show (what a coach
    sees as a date without its year, or half a hint)."""
    found = []
    for edit in widget.findChildren(QLineEdit):
        if not edit.isVisibleTo(widget):
            continue
        shown = edit.text() or edit.placeholderText()
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
        margins = edit.textMargins()
        width = room.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN
        need = edit.fontMetrics().horizontalAdvance(shown)
        if need > width:
            found.append(f"{edit.objectName() or 'QLineEdit'} “{shown}” {need} > {width}")
    return found
