"""Opens the real main window on a 1366×768 screen (run by test_window_fit.py in its own
process, because the screen is chosen when Qt starts). Prints what it found as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from jiu_desktop.app import make_application
from jiu_desktop.services import participants, profile
from jiu_desktop.views import window_fit
from jiu_desktop.views.main_window import MainWindow
from tests.fast_cli import use_cheap_kdf

PASSPHRASE = "goed geheim 2026"


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def open_window(root: Path) -> dict[str, object]:
    window = MainWindow(root)
    window.show()
    window.on_unlocked(profile.open_profile(root, PASSPHRASE))
    person = participants.create_participant(window.context.store, first_name="Noor")
    window.context.open_participant(person.id)
    QApplication.processEvents()
    bar = window.statusBar()
    bottom = bar.mapToGlobal(QPoint(0, bar.height() - 1)).y()
    found = {
        "frame": rect(window.frameGeometry()),
        "available": rect(window.screen().availableGeometry()),
        "status_bar_bottom": bottom,
        "sync_label_visible": window.sync_label.isVisible(),
    }
    window.close()
    return found


def main() -> None:
    use_cheap_kdf()
    root = Path(sys.argv[1])
    make_application()
    profile.create_profile(root, "Sanne", PASSPHRASE)[0].close()
    first = open_window(root)
    too_tall = MainWindow(root)  # as saved on a big screen
    too_tall.setGeometry(100, 60, 1600, 1000)
    window_fit.remember(too_tall)
    too_tall.deleteLater()
    print(json.dumps({"default": first, "after_a_big_screen": open_window(root)}))


if __name__ == "__main__":
    main()
