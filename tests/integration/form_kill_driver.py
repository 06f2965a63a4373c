"""Runs the real main window in participant mode and types an open answer, one character
at a time (test_form_kill.py kills this process with SIGKILL in the middle of typing).

Prints ``typed <n>`` after each keystroke. Key derivation is cheap, as in the test suite.
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

TEXT = "Ik heb de groep aangekeken en rustig uitgelegd hoe het spel gaat; " * 6
QUESTION = "ging-goed"
INTERVAL_MS = 40


def main() -> None:
    use_cheap_kdf()
    root, response_id, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = make_application()
    window = MainWindow(root)
    window.show()
    window.on_unlocked(profile.open_profile(root, passphrase))
    window.context.start_participant_mode(response_id)
    view = window.participant_mode.view
    assert view is not None
    field = view.body.inputs[QUESTION].field()
    position = {"n": 0}

    def type_one() -> None:
        n = position["n"]
        if n >= len(TEXT):
            return
        QTest.keyClicks(field, TEXT[n])
        position["n"] = n + 1
        print(f"typed {n + 1}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(INTERVAL_MS)
    app.exec()


if __name__ == "__main__":
    main()
