"""The Qt binding keeps Python's reference counts right. PySide6-Essentials 6.12.0 lost a
reference to ``None`` on every call of a method that returns nothing; on Python 3.11,
where ``None`` is counted like any object, the app then aborts ("deallocating None")
after a few thousand calls — while painting, or at exit. A binding that does this fails
here instead of in a coach's session."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
timer = QTimer()
before = sys.getrefcount(None)
for _ in range(200):
    timer.setInterval(5)
print(sys.getrefcount(None) - before)
"""


def test_calls_that_return_nothing_keep_the_count_of_none() -> None:
    # in a child process: a binding with the fault must not abort the test run itself
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert abs(int(done.stdout.strip())) < 20, "each call must give back what it takes"
