"""The About box: the version, JIU Desktop's licence and the third-party licences, in
the language of the UI."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jiu_desktop import __version__
from jiu_desktop.i18n import install_language
from jiu_desktop.paths import LICENSES_FILE
from jiu_desktop.views.about import AboutDialog


@pytest.fixture
def dutch() -> Iterator[None]:
    install_language("nl")
    yield
    install_language("en")


def about(qtbot: QtBot) -> AboutDialog:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    return dialog


def test_about_shows_the_version_the_licence_and_what_it_is_built_with(qtbot: QtBot) -> None:
    dialog = about(qtbot)
    assert f"JIU Desktop {__version__}" in dialog.header.text()
    assert "EUPL-1.2" in dialog.licence.text()
    listed = dialog.third_party.toPlainText()
    for name in ("PySide6", "shiboken6", "SQLAlchemy", "alembic", "sqlcipher3", "reportlab"):
        assert name in listed, name
    assert "LGPL-3.0-only" in listed
    assert "DejaVu" in listed
    assert LICENSES_FILE in listed, "says where the full texts are"
    assert dialog.third_party.isReadOnly()


def test_about_speaks_dutch_in_the_dutch_ui(qtbot: QtBot, dutch: None) -> None:
    dialog = about(qtbot)
    assert dialog.windowTitle() == "Over JIU Desktop"
    assert "Voor vrijwillige coaches" in dialog.header.text()
    assert dialog.licence.text().startswith("Licentie: EUPL-1.2.")
    assert dialog.third_party.toPlainText().startswith("Gelezen uit de geïnstalleerde pakketten")


def test_an_installed_program_shows_the_licence_file_of_its_bundle(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / LICENSES_FILE).write_text("JIU Desktop is licensed under the EUPL-1.2.\n")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    dialog = about(qtbot)
    assert dialog.third_party.toPlainText() == "JIU Desktop is licensed under the EUPL-1.2.\n"
