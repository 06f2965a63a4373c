"""Start-up and wiring of the GUI; nothing else lives here."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard

from jiu_desktop.errors import ProfileInUse
from jiu_desktop.i18n import install_language
from jiu_desktop.paths import ICONS
from jiu_desktop.services.preferences import load_preferences
from jiu_desktop.vault.lock import ProfileLock
from jiu_desktop.vault.paths import ProfilePaths, default_profile_dir

STARTED = time.perf_counter()


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("JIU Desktop")
    app.setOrganizationName("JIU")
    app.setOrganizationDomain("jiu-desktop.local")
    app.setDesktopFileName("jiu-desktop")  # the menu entry the installers make
    app.setWindowIcon(QIcon(str(ICONS / "jiu-desktop-256.png")))
    from jiu_desktop.views.dialog_fit import install_dialog_fit
    from jiu_desktop.views.style import apply_style
    from jiu_desktop.views.wheel import install_wheel_guard

    apply_style(app)
    install_dialog_fit(app)
    install_wheel_guard(app)
    return app


def run_gui(profile: Path | None, demo: bool) -> int:
    app = make_application()
    if demo:
        from jiu_desktop.demo import ensure_demo_profile

        root = ensure_demo_profile()
    else:
        root = profile or default_profile_dir()
    install_language(load_preferences(root).language)

    lock = ProfileLock(ProfilePaths(root).lock)
    try:
        lock.acquire()
    except ProfileInUse as error:
        from jiu_desktop.views.single_instance import ask_running_instance

        if not ask_running_instance(root):
            QMessageBox.information(None, "JIU Desktop", str(error))
        print(f"jiu-desktop: {error}", file=sys.stderr)
        return 1
    try:
        return _run(app, root)
    finally:
        lock.release()


def _run(app: QApplication, root: Path) -> int:
    from jiu_desktop.views.main_window import MainWindow
    from jiu_desktop.views.single_instance import InstanceServer

    store = None
    if os.environ.get("JIU_BENCH_EXIT") == "first-window":
        app.installEventFilter(_QuitAtFirstWindow(app))
    if not ProfilePaths(root).exists():
        from jiu_desktop.views.wizard import FirstRunWizard

        wizard = FirstRunWizard(root)
        if wizard.exec() != QWizard.DialogCode.Accepted or wizard.store is None:
            return 0
        store = wizard.store
    window = MainWindow(root)
    server = InstanceServer(root, window.bring_to_front, window)
    del server  # owned by the window
    _benchmark_hooks(window)
    window.show()
    if store is not None:
        window.on_unlocked(store)
    return app.exec()


class _QuitAtFirstWindow(QObject):
    """``JIU_BENCH_EXIT=first-window``: the first window that shows (the first-run wizard
    or the unlock screen) says which it is, and the app quits; ``make dist-check`` starts
    the installed program this way."""

    seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not self.seen
        ):
            self.seen = True
            elapsed = time.perf_counter() - STARTED
            print(f"JIU_BENCH first-window {type(watched).__name__} {elapsed:.4f}", flush=True)
            # exit(), not quit(): quit() lets the wizard ask whether to stop
            QTimer.singleShot(0, lambda: QApplication.exit(0))
        return False


def _benchmark_hooks(window: object) -> None:
    """``JIU_BENCH_EXIT`` makes ``make bench`` able to time real start-ups, then quit."""
    mode = os.environ.get("JIU_BENCH_EXIT")
    if not mode:
        return
    from jiu_desktop.views.main_window import MainWindow

    assert isinstance(window, MainWindow)
    if mode == "unlock-screen":

        def ready() -> None:
            print(f"JIU_BENCH unlock-screen {time.perf_counter() - STARTED:.4f}", flush=True)
            QApplication.quit()

        QTimer.singleShot(0, ready)
    elif mode == "main-window":
        from jiu_desktop.services import profile

        vault = profile.load_vault(window.root)
        started = time.perf_counter()
        key = vault.unlock(os.environ["JIU_PASSPHRASE"])
        kdf = time.perf_counter() - started
        opened = time.perf_counter()
        window.on_unlocked(profile.open_with_key(window.root, key))
        window.show_page("participants")
        QApplication.processEvents()
        rows = window.participants_page.list.model.rowCount()
        window_time = time.perf_counter() - opened
        print(
            f"JIU_BENCH main-window kdf={kdf:.4f} window={window_time:.4f} rows={rows}", flush=True
        )
        QTimer.singleShot(0, QApplication.quit)
