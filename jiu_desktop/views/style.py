"""A calm, readable look: large type, soft colours, generous spacing."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from jiu_desktop.paths import ICONS as ICON_FOLDER

ICONS = ICON_FOLDER.as_posix()
ACCENT = "#2f6f73"
ACCENT_SOFT = "#e3f0ef"
WARM = "#b86b25"
TEXT = "#263238"
MUTED = "#607d8b"
BACKGROUND = "#f7f8f6"

STYLESHEET = f"""
QWidget {{ color: {TEXT}; }}
QMainWindow, QDialog, QWizard {{ background: {BACKGROUND}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox {{
    background: white; border: 1px solid #c9d3d1; border-radius: 6px; padding: 6px;
}}
/* A thicker border takes its pixel from the padding: a field keeps its size on focus.
   (Not in a combo box: there it shortens the popup list.) */
QLineEdit:focus, QPlainTextEdit:focus, QAbstractSpinBox:focus {{
    border: 2px solid {ACCENT}; padding: 5px;
}}
QComboBox:focus {{ border: 2px solid {ACCENT}; }}
QLineEdit[invalid="true"], QDateEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{
    border: 2px solid {WARM}; padding: 5px;
}}
/* Spin boxes, date fields and combo boxes: their buttons drawn here, since a styled frame
   leaves the platform style's arrows out. */
QAbstractSpinBox, QComboBox {{ padding-right: 30px; }}
QAbstractSpinBox:focus, QDateEdit[invalid="true"] {{ padding-right: 29px; }}
QAbstractSpinBox > QLineEdit, QAbstractSpinBox > QLineEdit:focus {{
    border: none; padding: 0 0 0 4px; background: transparent;
}}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: padding; width: 26px; background: #eef3f2;
    border-left: 1px solid #c9d3d1;
}}
QAbstractSpinBox::up-button {{
    subcontrol-position: top right; border-top-right-radius: 5px;
    border-bottom: 1px solid #dde4e3;
}}
QAbstractSpinBox::down-button {{
    subcontrol-position: bottom right; border-bottom-right-radius: 5px;
}}
QAbstractSpinBox::up-button:hover, QAbstractSpinBox::down-button:hover {{
    background: {ACCENT_SOFT};
}}
QAbstractSpinBox::up-arrow {{ image: url("{ICONS}/arrow-up.svg"); width: 12px; height: 12px; }}
QAbstractSpinBox::down-arrow {{
    image: url("{ICONS}/arrow-down.svg"); width: 12px; height: 12px;
}}
QAbstractSpinBox::up-arrow:off, QAbstractSpinBox::up-arrow:disabled {{
    image: url("{ICONS}/arrow-up-off.svg");
}}
QAbstractSpinBox::down-arrow:off, QAbstractSpinBox::down-arrow:disabled {{
    image: url("{ICONS}/arrow-down-off.svg");
}}
QDateTimeEdit::drop-down, QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: top right; width: 26px;
    border-left: 1px solid #c9d3d1; background: #eef3f2;
    border-top-right-radius: 5px; border-bottom-right-radius: 5px;
}}
QDateTimeEdit::down-arrow, QComboBox::down-arrow {{
    image: url("{ICONS}/arrow-down.svg"); width: 12px; height: 12px;
}}
QPushButton {{
    background: white; border: 1px solid #b7c4c2; border-radius: 6px; padding: 7px 16px;
}}
QPushButton:hover {{ background: {ACCENT_SOFT}; }}
QPushButton:checked {{ background: {ACCENT_SOFT}; border: 1px solid {ACCENT}; color: {ACCENT}; }}
QPushButton[primary="true"] {{
    background: {ACCENT}; color: white; border: none; font-weight: bold;
}}
QPushButton[primary="true"]:hover {{ background: #255a5d; }}
QPushButton:disabled {{ color: #9aa5a8; background: #eef0ef; }}
QToolButton:disabled, QMenu::item:disabled {{ color: #9aa5a8; }}
QListWidget#navigation {{
    background: {ACCENT}; color: white; border: none; font-size: 13pt; padding-top: 12px;
}}
QListWidget#navigation {{ outline: 0; }}
QListWidget#navigation::item {{ padding: 12px 18px; color: white; }}
QListWidget#timeline::item {{ border-bottom: 1px solid #e0e6e5; padding: 8px 6px; }}
QListWidget#timeline::item:selected {{ background: {ACCENT_SOFT}; }}
QListWidget#navigation::item:selected {{ background: #255a5d; border-left: 4px solid #f2c14e; }}
QListView#responses {{
    background: white; border: 1px solid #d5dedc; border-radius: 6px; outline: 0;
}}
QListView#responses::item {{ border-bottom: 1px solid #e0e6e5; padding: 6px 4px; }}
QListView#responses::item:selected {{ background: {ACCENT_SOFT}; color: {TEXT}; }}
QTableView, QListWidget {{
    background: white; border: 1px solid #d5dedc; border-radius: 6px;
    alternate-background-color: #f3f7f6; selection-background-color: {ACCENT_SOFT};
    selection-color: {TEXT};
}}
QHeaderView::section {{
    background: #eef3f2; border: none; border-bottom: 1px solid #d5dedc; padding: 6px;
    font-weight: bold;
}}
QGroupBox {{
    border: 1px solid #d5dedc; border-radius: 8px; margin-top: 14px; padding: 10px;
    background: white;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; color: {ACCENT};
    font-weight: bold; }}
QLabel#pageTitle {{ font-size: 20pt; font-weight: bold; color: {ACCENT}; }}
QLabel#hint, QLabel#saved {{ color: {MUTED}; }}
QLabel#inlineMessage {{ color: {WARM}; font-weight: bold; }}
QLabel#demoBadge {{
    background: #f2c14e; color: #3b2f00; font-weight: bold; border-radius: 4px;
    padding: 3px 10px;
}}
QFrame#demoBox {{ background: #f2c14e; border-radius: 4px; }}
QFrame#demoBox QLabel {{ color: #3b2f00; font-weight: bold; }}
QTabWidget#participantTabs::pane {{ border: none; border-top: 1px solid #d5dedc; }}
QTabWidget#participantTabs > QTabBar::tab {{
    font-size: 12pt; color: {MUTED}; background: transparent; border: none;
    border-bottom: 3px solid transparent; padding: 8px 22px; margin-right: 4px;
}}
QTabWidget#participantTabs > QTabBar::tab:hover {{ color: {TEXT}; background: {ACCENT_SOFT}; }}
QTabWidget#participantTabs > QTabBar::tab:selected {{
    color: {ACCENT}; border-bottom: 3px solid {ACCENT};
}}
QFrame#conflictPanel {{ background: #fff6e8; border: 1px solid {WARM}; border-radius: 8px; }}
QStatusBar {{ background: #eef3f2; }}
"""


def apply_style(app: QApplication) -> None:
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 11.0))
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)


def mark_primary(button: object) -> None:
    """The one button on a screen that does the expected next thing."""
    from PySide6.QtWidgets import QPushButton

    if isinstance(button, QPushButton):
        button.setProperty("primary", True)
        button.setDefault(True)


def set_invalid(widget: object, invalid: bool) -> None:
    from PySide6.QtWidgets import QWidget

    if isinstance(widget, QWidget) and widget.property("invalid") != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def strength_text(score: int) -> str:
    """The words of the passphrase strength hint (score 0–4)."""
    from PySide6.QtCore import QCoreApplication

    words = [
        QCoreApplication.translate("strength", "too short"),
        QCoreApplication.translate("strength", "weak"),
        QCoreApplication.translate("strength", "reasonable"),
        QCoreApplication.translate("strength", "good"),
        QCoreApplication.translate("strength", "strong"),
    ]
    return QCoreApplication.translate("strength", "Strength: {word}").format(word=words[score])
