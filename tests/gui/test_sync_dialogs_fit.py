"""The sync dialogs fit a 1366×768 screen and grow instead of squeezing their fields."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from jiu_desktop.models import SyncRun
from jiu_desktop.models.base import utc_now
from jiu_desktop.views.main_window import MainWindow
from jiu_desktop.views.sync.history_dialog import SyncHistoryDialog
from jiu_desktop.views.sync.setup_dialog import SyncSetupDialog
from tests.gui.conftest import unlock
from tests.gui.layout_checks import fits_laptop_screen, settle, squeezed


def test_setup_dialog_grows_with_its_message(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    dialog = SyncSetupDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert fits_laptop_screen(dialog) and squeezed(dialog) == []
    # What Qt does on a 768-pixel screen: open the dialog at two thirds of its height.
    dialog.resize(dialog.minimumSize())
    assert dialog.height() < dialog.sizeHint().height()
    dialog.create_choice.setChecked(True)
    dialog.team_passphrase.setText("een")
    dialog.team_repeat.setText("twee")
    dialog.connect_button.click()
    settle()
    assert dialog.message.text()
    assert dialog.height() >= dialog.sizeHint().height()  # grew instead of squeezing
    assert squeezed(dialog) == []
    assert fits_laptop_screen(dialog)
    dialog.reject()


def test_history_says_what_to_do_when_empty_and_keeps_the_message_in_sight(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    empty = SyncHistoryDialog(window.context, window)
    qtbot.addWidget(empty)
    empty.show()
    settle()
    assert empty.empty.isVisible() and "Set up" in empty.empty.text()
    empty.reject()

    store = window.context.store
    address = "https://cloud.example.nl/remote.php/dav/files/" + "coach-met-een-lange-naam/" * 4
    with store.session() as session:  # a round that failed, as the engine records it
        session.add(
            SyncRun(
                started_at=utc_now(),
                finished_at=utc_now(),
                target=address,
                error="De map of server is nu niet bereikbaar.\nTweede regel met uitleg.",
            )
        )
    dialog = SyncHistoryDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert not dialog.empty.isVisible()
    assert not dialog.table.horizontalScrollBar().isVisible()
    message = dialog.table.item(0, 6)
    assert message is not None and message.text() == "De map of server is nu niet bereikbaar."
    assert "Tweede regel" in dialog.message.toPlainText()
    assert dialog.table.columnWidth(6) > 200
    assert fits_laptop_screen(dialog)
    dialog.reject()


def test_a_new_team_shows_how_guessable_its_passphrase_is_and_refuses_a_weak_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    unlock(qtbot, window)
    dialog = SyncSetupDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert not dialog.team_strength.isVisible(), "joining: the coordinator chose it"
    dialog.create_choice.setChecked(True)
    assert dialog.team_strength.isVisible()
    shared = tmp_path / "shared"
    shared.mkdir()
    dialog.folder.setText(str(shared))
    for weak in ("aaaaaaaaaa", "Welkom2026!"):
        dialog.team_passphrase.setText(weak)
        assert "whoever has the team file can try to guess it" in dialog.team_strength.text()
        dialog.team_repeat.setText(weak)
        dialog.connect_button.click()
        assert "too easy to guess" in dialog.message.text()
        assert dialog.isVisible() and list(shared.iterdir()) == []
    dialog.team_passphrase.setText("kaars fiets zevende molen")
    assert dialog.team_strength.text() == "Strength: strong"
    dialog.reject()
