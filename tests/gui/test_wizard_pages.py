"""The first-run wizard: the language first and at once, the coach, printing the sheet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from jiu_desktop.i18n import install_language
from jiu_desktop.services import team
from jiu_desktop.services.preferences import load_preferences
from jiu_desktop.views import printing
from jiu_desktop.views.wizard import FirstRunWizard
from tests.conftest import PASSPHRASE
from tests.gui.conftest import type_into
from tests.gui.dialogs import answer
from tests.gui.layout_checks import fits_laptop_screen, settle, squeezed
from tests.gui.test_wizard_cancel import at_the_recovery_key


@pytest.fixture
def dutch_system() -> Iterator[None]:
    """JIU Desktop started in Dutch; English (what the other tests read) afterwards."""
    install_language("nl")
    yield
    install_language("en")


def next_text(wizard: FirstRunWizard) -> str:
    return wizard.button(QWizard.WizardButton.NextButton).text()


def test_the_language_comes_first_and_changes_the_wizard_at_once(
    qtbot: QtBot, profile_dir: Path, dutch_system: None
) -> None:
    wizard = FirstRunWizard(profile_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.language_page
    assert wizard.currentPage() is page
    assert [b.text() for b in page.findChildren(QRadioButton)] == ["Nederlands", "English"]
    assert page.buttons["nl"].isChecked(), "the language JIU Desktop started in"
    assert wizard.name_page.title() == "Welkom bij JIU Desktop"
    assert next_text(wizard) == "&Volgende >"

    page.buttons["en"].click()
    assert wizard.windowTitle() == "New JIU Desktop profile"
    assert next_text(wizard) == "&Next >", "the wizard's own buttons too"
    assert load_preferences(profile_dir).language == "en", "the new profile starts in it"
    wizard.next()
    assert wizard.currentPage() is wizard.name_page
    assert wizard.currentPage().title() == "Welcome to JIU Desktop"

    wizard.back()
    page.buttons["nl"].click()
    assert load_preferences(profile_dir).language == "nl"
    wizard.next()
    assert wizard.currentPage().title() == "Welkom bij JIU Desktop"
    assert wizard.passphrase_page.title() == "Kies een wachtwoordzin"


def test_the_language_kept_as_it_was_is_saved_too(qtbot: QtBot, profile_dir: Path) -> None:
    wizard = FirstRunWizard(profile_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.language_page.buttons["en"].isChecked()
    wizard.next()
    assert load_preferences(profile_dir).language == "en", "not left on automatic"


def test_without_a_coach_name_the_profile_has_no_coach(qtbot: QtBot, profile_dir: Path) -> None:
    wizard = at_the_recovery_key(qtbot, profile_dir)
    assert wizard.store is not None
    assert team.list_coaches(wizard.store) == []
    assert team.my_coach_id(wizard.store) is None
    answer("confirmAction")
    wizard.reject()


def pdfs(*folders: Path) -> set[Path]:
    return {path for folder in folders for path in folder.rglob("*.pdf")}


def test_print_sends_the_sheet_to_the_printer_without_a_file(
    qtbot: QtBot, profile_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = at_the_recovery_key(qtbot, profile_dir)
    printed = tmp_path / "printer" / "out.pdf"
    printed.parent.mkdir()

    def pdf_printer() -> QPrinter:  # a printer that prints into a file, for the test
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    def name_print_button(dialog: QWidget) -> None:
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        box.button(QDialogButtonBox.StandardButton.Ok).setObjectName("printOk")

    monkeypatch.setattr(printing, "new_printer", pdf_printer)
    before = pdfs(Path.home(), profile_dir)
    seen = answer("printOk", name_print_button)
    wizard.recovery_page.print_sheet.click()
    assert seen, "the system print dialog came up"
    assert len(PdfReader(printed).pages) == 1
    assert printed.stat().st_size > 50_000, "the sheet went over as a real page"
    assert pdfs(Path.home(), profile_dir) == before, "no file of the sheet was written"
    assert "printer" in wizard.recovery_page.saved_note.text()
    answer("confirmAction")
    wizard.reject()


def test_save_as_pdf_writes_the_sheet_where_the_coach_chose(
    qtbot: QtBot, profile_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = at_the_recovery_key(qtbot, profile_dir)
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    wizard.recovery_page.save_pdf.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in wizard.recovery_page.saved_note.text()
    answer("confirmAction")
    wizard.reject()


def header_subtitle(wizard: FirstRunWizard) -> QLabel:
    """The label in the wizard's header that shows the current page's subtitle."""
    page = wizard.currentPage()
    found = [
        label
        for label in wizard.findChildren(QLabel)
        if label.text() == page.subTitle() and not page.isAncestorOf(label)
    ]
    assert len(found) == 1, page.title()
    return found[0]


def assert_page_fits(wizard: FirstRunWizard) -> None:
    settle()
    title = wizard.currentPage().title()
    assert fits_laptop_screen(wizard), title
    assert squeezed(wizard) == [], title
    subtitle = header_subtitle(wizard)
    assert subtitle.height() >= subtitle.heightForWidth(subtitle.width()), (
        f"{title}: the header cuts off the subtitle"
    )


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_wizard_page_fits_a_small_screen(
    qtbot: QtBot, styled: QApplication, profile_dir: Path, language: str
) -> None:
    install_language(language)
    wizard = FirstRunWizard(profile_dir)
    qtbot.addWidget(wizard)
    try:
        wizard.show()
        assert_page_fits(wizard)  # the language
        wizard.next()
        assert_page_fits(wizard)
        type_into(wizard.name_page.name, "Sanne")
        wizard.next()
        assert_page_fits(wizard)  # the coach
        wizard.next()
        assert_page_fits(wizard)
        type_into(wizard.passphrase_page.first, PASSPHRASE)
        type_into(wizard.passphrase_page.second, PASSPHRASE)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.store is not None, timeout=10_000)
        assert wizard.currentPage() is wizard.recovery_page
        assert_page_fits(wizard)
    finally:
        install_language("en")
        if wizard.store is not None:  # closing then asks nothing, also after a failure
            wizard.store.close()
            wizard.store = None
