"""In the app's look, spin boxes and date fields show their up and down arrows, and a click
on an arrow changes the value."""

from __future__ import annotations

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDateEdit,
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

UP, DOWN = QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown
BUTTONS = {"up": UP, "down": DOWN}


def button_rect(box: QAbstractSpinBox, which: QStyle.SubControl) -> QRect:
    option = QStyleOptionSpinBox()
    box.initStyleOption(option)
    return box.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, which, box)


def ink(image: QImage, area: QRect) -> int:
    """Pixels in ``area`` dark enough to be an arrow (the button itself is light)."""
    return sum(
        QColor(image.pixel(x, y)).lightness() < 110
        for x in range(area.left() + 2, area.right() - 1)
        for y in range(area.top() + 1, area.bottom())
    )


def shown(qtbot: QtBot, box: QAbstractSpinBox) -> QWidget:
    """``box`` in a window on screen; keep the window while the box is used."""
    holder = QWidget()
    QVBoxLayout(holder).addWidget(box)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    return holder


def test_a_spin_box_shows_both_arrows_and_they_work(qtbot: QtBot, styled: QApplication) -> None:
    spin = QSpinBox()
    spin.setRange(1, 240)
    spin.setValue(10)
    spin.setSuffix(" minutes")
    _window = shown(qtbot, spin)
    image = spin.grab().toImage()
    for name, which in BUTTONS.items():
        area = button_rect(spin, which)
        assert area.width() >= 20 and area.height() >= 12, (name, area)
        assert spin.rect().contains(area), f"the {name} button is inside the field"
        assert ink(image, area) >= 10, f"no {name} arrow to see"
    QTest.mouseClick(spin, Qt.MouseButton.LeftButton, pos=button_rect(spin, UP).center())
    assert spin.value() == 11
    QTest.mouseClick(spin, Qt.MouseButton.LeftButton, pos=button_rect(spin, DOWN).center())
    QTest.mouseClick(spin, Qt.MouseButton.LeftButton, pos=button_rect(spin, DOWN).center())
    assert spin.value() == 9


def test_at_the_top_the_up_arrow_looks_off(qtbot: QtBot, styled: QApplication) -> None:
    spin = QSpinBox()
    spin.setRange(1, 240)
    spin.setValue(240)
    _window = shown(qtbot, spin)
    image = spin.grab().toImage()
    assert ink(image, button_rect(spin, UP)) == 0, "nothing above 240: a pale arrow"
    assert ink(image, button_rect(spin, DOWN)) >= 10


def test_a_date_field_shows_its_arrows(qtbot: QtBot, styled: QApplication) -> None:
    field = QDateEdit(QDate(2026, 3, 14))
    field.setDisplayFormat("dd-MM-yyyy")
    _window = shown(qtbot, field)
    image = field.grab().toImage()
    for name, which in BUTTONS.items():
        assert ink(image, button_rect(field, which)) >= 10, f"no {name} arrow to see"
    field.setCurrentSection(QDateEdit.Section.DaySection)
    QTest.mouseClick(field, Qt.MouseButton.LeftButton, pos=button_rect(field, UP).center())
    assert field.date() == QDate(2026, 3, 15)
