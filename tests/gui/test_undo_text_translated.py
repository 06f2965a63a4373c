"""The undo text of an edit ("Change Phone") and the date placeholder are translated: at
run time they are looked up under the context a fresh lupdate files them under."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from jiu_desktop.services import participants
from jiu_desktop.views.autosave import date_binding
from jiu_desktop.views.main_window import MainWindow
from tests.gui.conftest import line, type_into, unlock

PACKAGE = Path(__file__).resolve().parents[2] / "jiu_desktop"


def lupdate() -> str:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    return str(tool) if tool.exists() else shutil.which("pyside6-lupdate") or "pyside6-lupdate"


def fresh_messages(folder: Path) -> set[tuple[str, str]]:
    """(context, source) of every text, as lupdate extracts them from the code now."""
    ts = folder / "fresh.ts"
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run([lupdate(), *sources, "-ts", str(ts)], check=True, capture_output=True)
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


class Marked(QTranslator):
    """Answers «text» for exactly the texts lupdate found, under the context it found."""

    def __init__(self, messages: set[tuple[str, str]]) -> None:
        super().__init__()
        self.messages = messages

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"«{source}»" if (context, source) in self.messages else ""


@pytest.fixture
def marked(tmp_path: Path) -> Iterator[Marked]:
    translator = Marked(fresh_messages(tmp_path))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_undo_text_of_an_edit_is_translated(
    qtbot: QtBot, marked: Marked, window: MainWindow
) -> None:
    """``marked`` first: the window is made, and its labels translated, with it in place."""
    unlock(qtbot, window)
    person = participants.create_participant(window.context.store, first_name="Noor")
    window.context.open_participant(person.id)
    details = window.participants_page.page.details
    type_into(line(details, "phone"), "06-12345678")
    details.form.save_now()
    label = details.form.labels["phone"]
    assert label == "«Phone»"
    assert details.form.undo_stack.undoText() == "«Change «Phone»»"


def test_the_date_placeholder_is_translated(qtbot: QtBot, marked: Marked) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    date_binding(edit)
    assert edit.placeholderText() == "«dd-mm-yyyy»"
