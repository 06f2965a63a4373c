"""The tests' dialog polls end with the test that planned them: a poll for a dialog that
never came must not answer, or close, the dialog of the next test in the same process."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from tests.gui.dialogs import answer, end_planned_calls, later, on_next_modal


def test_a_planned_call_runs_within_its_test(qtbot: QtBot) -> None:
    ran: list[str] = []
    later(10, lambda: ran.append("ran"))
    qtbot.waitUntil(lambda: ran == ["ran"])


def test_a_call_planned_by_an_ended_test_is_dropped(qtbot: QtBot) -> None:
    ran: list[str] = []
    later(10, lambda: ran.append("ran"))
    end_planned_calls()  # what the fixture does when a test ends
    qtbot.wait(100)
    assert ran == []


def test_a_poll_left_by_an_ended_test_leaves_the_next_dialog_alone(qtbot: QtBot) -> None:
    answer("noSuchButton")  # an earlier test's poll, for a dialog that never came
    end_planned_calls()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QLineEdit(dialog))
    typed: list[QDialog] = []

    def fill(shown: QDialog) -> None:
        typed.append(shown)
        qtbot.wait(200)  # the old poll, were it still running, would reject it meanwhile
        shown.accept()

    on_next_modal(QDialog, fill)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert typed == [dialog]
