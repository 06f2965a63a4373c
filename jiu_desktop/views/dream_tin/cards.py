"""The tins as cards: life area, date, status and the sticker (the current fresh
resolution and its best-before date). A card never shows the dream itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from jiu_desktop.services.dreams import DreamCard
from jiu_desktop.views.labels import dream_status_label, format_date, life_domain_label
from jiu_desktop.views.style import ACCENT_SOFT, TEXT

DREAM_ROLE = Qt.ItemDataRole.UserRole
#: Cards and steps apart from one another, as the lines of the conversation timeline.
PADDING = 6
LIST_STYLE = (
    "QListWidget::item {{ border-bottom: 1px solid #e0e6e5; padding: 6px; }}"
    "QListWidget::item:selected {{ background: {soft}; color: {text}; }}"
)


class WrappedLines(QStyledItemDelegate):
    """Rows as high as their text wrapped at the width it is drawn in: Qt's own measure
    wraps a little wider than it draws, and cuts the last line of some rows."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        spacing = 2 * self.view.spacing()
        width = self.view.viewport().width() - spacing - 2 * PADDING - 12  # the text margins
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        height = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), flags, text).height()
        return QSize(size.width(), max(size.height(), height + 2 * PADDING + 2))


def card_text(card: DreamCard) -> str:
    dream, step = card.dream, card.current
    head = QCoreApplication.translate("DreamCards", "{area} · since {date} · {status}").format(
        area=life_domain_label(dream.life_domain),
        date=format_date(dream.started_on),
        status=dream_status_label(dream.status),
    )
    if step is None:
        return "\n".join(
            (head, QCoreApplication.translate("DreamCards", "No fresh resolution yet"))
        )
    lines = [head, QCoreApplication.translate("DreamCards", "Fresh resolution: {step}")]
    lines[1] = lines[1].format(step=step.text)
    if step.best_before is not None:
        lines.append(
            QCoreApplication.translate("DreamCards", "Best before {date}").format(
                date=format_date(step.best_before)
            )
        )
    return "\n".join(lines)


class DreamCards(QListWidget):
    """One card per tin, oldest first; choosing one shows it beside the list."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("dreamCards")
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped again when it gets wider
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setMinimumWidth(260)
        self.setStyleSheet(LIST_STYLE.format(soft=ACCENT_SOFT, text=TEXT))
        self.setItemDelegate(WrappedLines(self))

    def show_cards(self, cards: list[DreamCard], select: str | None) -> None:
        self.blockSignals(True)
        self.clear()
        for card in cards:
            item = QListWidgetItem(card_text(card))
            item.setData(DREAM_ROLE, card.dream.id)
            self.addItem(item)
        self.blockSignals(False)
        row = next((r for r, c in enumerate(cards) if c.dream.id == select), 0)
        if cards:
            self.setCurrentRow(row)

    def dream_id(self) -> str | None:
        item = self.currentItem()
        return str(item.data(DREAM_ROLE)) if item is not None else None
