"""Ctrl+S before synchronisation is set up: say what it would do, and offer to set it up.

Coaches press Ctrl+S out of habit to save. Their work is saved already; the shortcut
sends it to the team, which needs a shared folder or server first.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from jiu_desktop.i18n import translate
from jiu_desktop.views.confirm import plain_box


def offer_box(parent: QWidget | None) -> QMessageBox:
    """The question :func:`offer_setup` asks (apart, so tests can look at it)."""
    box = plain_box(
        parent,
        QMessageBox.Icon.Information,
        translate("sync_offer", "Synchronisation"),
        translate(
            "sync_offer",
            "Your work is saved on this laptop by itself. Ctrl+S also sends it to your "
            "team, but synchronisation is not set up yet. Set it up now?",
        ),
    )
    set_up = box.addButton(translate("sync_offer", "Set up…"), QMessageBox.ButtonRole.AcceptRole)
    set_up.setObjectName("offerSetUp")
    later = box.addButton(translate("sync_offer", "Not now"), QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("offerLater")
    box.setDefaultButton(set_up)
    box.setEscapeButton(later)
    return box


def offer_setup(parent: QWidget | None) -> bool:
    """True when the coach wants to set up synchronisation now."""
    box = offer_box(parent)
    box.exec()
    chosen = box.clickedButton() is box.findChild(QWidget, "offerSetUp")
    box.deleteLater()
    return chosen
