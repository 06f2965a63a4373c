"""Runs the real main window on a profile and types a note, one character at a time.

Used by test_kill.py, which kills this process with SIGKILL in the middle of typing.
Prints ``typed <n>`` after each keystroke and ``saved <n>`` when an autosave finished.
Key derivation is cheap here, as in the test suite (``tests.fast_cli``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from jiu_desktop.app import make_application
from jiu_desktop.services import profile
from jiu_desktop.views.main_window import MainWindow
from tests.fast_cli import use_cheap_kdf

TEXT = "Vandaag samen gekeken naar een stageplek in de zorg; " * 10
INTERVAL_MS = 40


def main() -> None:
    use_cheap_kdf()
    root, participant_id, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = make_application()
    window = MainWindow(root)
    window.show()
    window.on_unlocked(profile.open_profile(root, passphrase))
    window.context.open_participant(participant_id)
    page = window.participants_page.page
    page.notes.new_note()
    editor = page.notes.editor
    editor.form.saved.connect(
        lambda _name: print(f"saved {len(editor.text.toPlainText())}", flush=True)
    )
    position = {"n": 0}

    def type_one() -> None:
        n = position["n"]
        if n >= len(TEXT):
            return
        QTest.keyClicks(editor.text, TEXT[n])
        position["n"] = n + 1
        print(f"typed {n + 1}", flush=True)
        # A participant field edit is pending too, from time to time.
        if n % 50 == 10:
            field = page.form.bindings["referrer"].widget
            QTest.keyClicks(field, "x")

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(INTERVAL_MS)
    app.exec()


if __name__ == "__main__":
    main()
