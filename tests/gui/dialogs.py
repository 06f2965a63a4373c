"""Answering the real dialogs a test opens, and checking they suit a small laptop screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QPushButton,
    QWidget,
)

SMALL_SCREEN = QSize(1366, 768)
W = TypeVar("W", bound=QWidget)

_test_number = [0]
"""Which test is running; a call planned by an earlier test is dropped (see ``later``)."""


def later(delay_ms: int, call: Callable[[], None]) -> None:
    """``QTimer.singleShot`` for tests: dropped once the test that planned it has ended.

    A poll for a dialog that never came would otherwise go on into the next test in the
    same process and answer, or close, that test's dialog.
    """
    planned_in = _test_number[0]

    def run() -> None:
        if _test_number[0] == planned_in:
            call()

    QTimer.singleShot(delay_ms, run)


def end_planned_calls() -> None:
    """Drop every call ``later`` still has waiting (at the end of each GUI test)."""
    _test_number[0] += 1


def on_next_modal(kind: type[W], act: Callable[[W], None], attempts: int = 250) -> list[W]:
    """Run ``act`` on the next modal dialog, of ``kind``, once it is the active window.

    Shortcuts and mnemonics go to the active window only; on a busy machine the dialog
    may take a while to become it, so for the last 50 polls it is activated by hand. A
    dialog of another kind fails the test, and a dialog still open after ``act`` is
    closed, so a failing test fails instead of hanging. The list holds the dialog once
    seen.
    """
    seen: list[W] = []

    def poll(left: int) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or (not modal.isActiveWindow() and left > 50):
            if left:
                later(20, lambda: poll(left - 1))
            return
        try:
            assert isinstance(modal, kind), type(modal).__name__
            seen.append(modal)
            modal.activateWindow()
            act(modal)
        finally:
            if modal.isVisible():
                modal.close()

    later(0, lambda: poll(attempts))
    return seen


@dataclass
class Seen:
    """What a dialog looked like when it was answered."""

    title: str = ""
    text: str = ""
    size_hint: QSize = field(default_factory=QSize)
    size: QSize = field(default_factory=QSize)
    default: str = ""
    buttons: list[str] = field(default_factory=list)


def answer(
    button: str,
    prepare: Callable[[QWidget], None] | None = None,
    attempts: int = 250,
) -> list[Seen]:
    """Click the button named ``button`` in the next modal dialog, after ``prepare``.

    Returns a list that holds what the dialog looked like once it was answered. A dialog
    without that button is rejected, so a failing test fails instead of hanging.
    """
    seen: list[Seen] = []

    def poll(left: int) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            if left:
                later(20, lambda: poll(left - 1))
            return
        if prepare is not None:
            prepare(modal)
        seen.append(describe(modal))
        target = modal.findChild(QAbstractButton, button)
        if target is not None and target.isEnabled():
            target.click()
        elif isinstance(modal, QDialog):
            modal.reject()

    later(0, lambda: poll(attempts))
    return seen


def describe(dialog: QWidget) -> Seen:
    buttons = dialog.findChildren(QPushButton)
    default = next((b.objectName() or b.text() for b in buttons if b.isDefault()), "")
    return Seen(
        title=dialog.windowTitle(),
        text=" ".join(label.text() for label in dialog.findChildren(QLabel)),
        size_hint=dialog.sizeHint(),
        size=dialog.size(),
        default=default,
        buttons=[b.objectName() or b.text() for b in buttons],
    )


def assert_fits_small_screen(seen: Seen, destructive: str = "confirmAction") -> None:
    """Fits a 1366×768 screen, and Enter does not do the destructive thing."""
    for size in (seen.size_hint, seen.size):
        assert size.width() <= SMALL_SCREEN.width(), (seen.title, size)
        assert size.height() <= SMALL_SCREEN.height(), (seen.title, size)
    assert seen.default, f"{seen.title}: no default button"
    assert seen.default != destructive, f"{seen.title}: the destructive button is the default"


def watch(attempts: int = 500) -> list[Seen]:
    """Look at the next modal dialog every 20 ms, without answering, until it closes."""
    seen: list[Seen] = []

    def poll(left: int) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            seen.append(describe(modal))
        elif seen:
            return  # it came and went
        if left:
            later(20, lambda: poll(left - 1))

    later(0, lambda: poll(attempts))
    return seen
