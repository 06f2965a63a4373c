"""The tins as cards: life area, date, status and the sticker (the current fresh
resolution and its best-before date). A card never shows the dream itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from jiu_desktop.services.dreams import DreamCard
from jiu_desktop.views.labels import dream_status_label, format_date, life_domain_label

DREAM_ROLE = Qt.ItemDataRole.UserRole


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
        self.setSpacing(3)

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
