"""Stopping the first-run wizard on the recovery-key page asks, then makes no profile."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from jiu_desktop.app import _run
from jiu_desktop.vault.paths import ProfilePaths
from jiu_desktop.views.wizard import FirstRunWizard
from tests.conftest import PASSPHRASE
from tests.gui.conftest import type_into
from tests.gui.dialogs import answer, assert_fits_small_screen


def to_the_recovery_page(qtbot: QtBot, root: Path) -> FirstRunWizard:
    """Language, name and passphrase filled in, no coach name: the profile is being made."""
    wizard = FirstRunWizard(root)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    type_into(wizard.name_page.name, "Sanne")
    wizard.next()
    assert wizard.currentPage() is wizard.coach_page
    wizard.next()
    type_into(wizard.passphrase_page.first, PASSPHRASE)
    type_into(wizard.passphrase_page.second, PASSPHRASE)
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    return wizard


def at_the_recovery_key(qtbot: QtBot, root: Path) -> FirstRunWizard:
    wizard = to_the_recovery_page(qtbot, root)
    qtbot.waitUntil(lambda: wizard.store is not None, timeout=10_000)
    assert ProfilePaths(root).exists()
    return wizard


def stop_by_cancel(wizard: FirstRunWizard) -> None:
    wizard.button(QWizard.WizardButton.CancelButton).click()


def stop_by_escape(wizard: FirstRunWizard) -> None:
    QTest.keyClick(wizard, Qt.Key.Key_Escape)


def stop_by_closing(wizard: FirstRunWizard) -> None:
    wizard.close()


@pytest.mark.parametrize("stop", [stop_by_cancel, stop_by_escape, stop_by_closing])
def test_stopping_at_the_recovery_key_makes_no_profile(
    qtbot: QtBot, profile_dir: Path, stop: object
) -> None:
    wizard = at_the_recovery_key(qtbot, profile_dir)
    seen = answer("confirmAction")
    stop(wizard)  # type: ignore[operator]
    assert seen, "stopping asks first"
    assert_fits_small_screen(seen[0])
    assert seen[0].default == "confirmCancel", "going on is the default"
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=3000)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert wizard.store is None
    paths = ProfilePaths(profile_dir)
    assert not paths.exists()
    assert not paths.database.exists()
    assert not list(profile_dir.glob("data.db*"))


def test_after_stopping_the_next_start_shows_the_wizard_again(
    qtbot: QtBot, profile_dir: Path
) -> None:
    wizard = at_the_recovery_key(qtbot, profile_dir)
    answer("confirmAction")
    stop_by_cancel(wizard)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=3000)

    kinds: list[type] = []
    answer("none", lambda modal: kinds.append(type(modal)))  # no such button: closed again
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert _run(app, profile_dir) == 0
    assert kinds == [FirstRunWizard], "the next start begins with the wizard"
    assert not ProfilePaths(profile_dir).exists()


def test_going_on_keeps_the_profile_and_its_key(qtbot: QtBot, profile_dir: Path) -> None:
    wizard = at_the_recovery_key(qtbot, profile_dir)
    key = wizard.recovery_page.key.text()
    answer("confirmCancel")
    stop_by_closing(wizard)
    assert wizard.isVisible()
    assert wizard.currentPage() is wizard.recovery_page
    assert wizard.recovery_page.key.text() == key
    assert wizard.store is not None and ProfilePaths(profile_dir).exists()
    wizard.recovery_page.confirm.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert ProfilePaths(profile_dir).exists()
    wizard.store.close()


def test_stopping_before_the_profile_exists_asks_nothing(qtbot: QtBot, profile_dir: Path) -> None:
    wizard = FirstRunWizard(profile_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    type_into(wizard.name_page.name, "Sanne")
    stop_by_cancel(wizard)
    assert not wizard.isVisible()
    assert QApplication.activeModalWidget() is None
    assert not ProfilePaths(profile_dir).exists()


def test_cancel_waits_while_the_profile_is_being_made(qtbot: QtBot, profile_dir: Path) -> None:
    wizard = to_the_recovery_page(qtbot, profile_dir)
    assert wizard.creating, "the profile is made in the background"
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.store is not None, timeout=10_000)
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    answer("confirmAction")
    stop_by_cancel(wizard)
    assert not ProfilePaths(profile_dir).exists()
