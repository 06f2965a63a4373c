"""Snapshots and gaps where a coach sees them: the line below the team's laptops in the
Settings, a laptop's missing files in that list, and a round's snapshot in the sync
history; two real profiles syncing through a folder."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jiu_desktop.db.store import Store
from jiu_desktop.services import erasure, participants, team_devices
from jiu_desktop.services import sync_service as sync
from jiu_desktop.services.sync_overview import NewestSnapshot, SyncOverview
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.sync.history_dialog import SyncHistoryDialog
from jiu_desktop.views.sync.team_snapshots import day_text, moment_text, overview_lines
from tests.gui.test_team_laptops import settings, shown, two_laptops

NOW = datetime(2027, 3, 20, 15, 30).astimezone()  # this laptop's own time
SANNE = "3f2a1b9c" + "0" * 24


def test_a_snapshot_is_said_with_its_moment_and_its_laptop() -> None:
    yesterday = NOW.replace(hour=14, minute=5) - timedelta(days=1)
    theirs = SyncOverview(NewestSnapshot(SANNE, yesterday, "Laptop van Sanne", False), None)
    assert overview_lines(theirs, NOW) == [
        "Latest snapshot: yesterday at 14:05, by Laptop van Sanne; older sync files are"
        " cleared away."
    ]
    unnamed = SyncOverview(NewestSnapshot(SANNE, NOW.replace(hour=9, minute=0), "", False), None)
    assert overview_lines(unnamed, NOW)[0].startswith(
        "Latest snapshot: today at 09:00, by laptop 3f2a1b9c;"
    )
    mine = SyncOverview(NewestSnapshot(SANNE, NOW - timedelta(days=9), "Sanne", True), None)
    assert overview_lines(mine, NOW)[0].startswith("Latest snapshot: on 11 March at 15:30, by this")
    assert overview_lines(SyncOverview(None, None), NOW)[0].startswith("No snapshot yet.")
    assert moment_text(NOW.replace(year=2026), NOW) == "on 20 March 2026 at 15:30"


def test_an_erasure_still_on_the_server_says_its_last_day() -> None:
    waiting = SyncOverview(None, NOW + timedelta(days=31))
    assert overview_lines(waiting, NOW)[1] == (
        "The data of an erased participant may still be in older sync files in the folder or"
        " on the server; it is gone from there by 20 April at the latest."
    )
    assert day_text(NOW.replace(year=2028), NOW) == "20 March 2028"


def snapshot_note(qtbot: QtBot, store: Store) -> str:
    dialog = settings(qtbot, store)
    assert dialog.laptop_rows is not None and dialog.laptop_rows.snapshots is not None
    note = dialog.laptop_rows.snapshots
    assert note.isVisible()
    return note.text()


def test_the_settings_show_the_newest_snapshot_and_an_erasure_on_its_way_out(
    qtbot: QtBot, tmp_path: Path
) -> None:
    a, b = two_laptops(tmp_path)
    team_devices.name_this_laptop(a, "Laptop van Sanne")
    noor = participants.create_participant(a, first_name="Noor")
    for store in (a, b):
        sync.run_sync(store)
    assert snapshot_note(qtbot, b).startswith("No snapshot yet.")
    sync.run_sync(a, compact=True)
    sync.run_sync(b)
    said = snapshot_note(qtbot, b)
    assert said.startswith("Latest snapshot: today at ") and "by Laptop van Sanne;" in said
    assert "erased" not in said
    assert "by this laptop;" in snapshot_note(qtbot, a)
    erasure.erase(a, noor.id)
    sync.run_sync(a)  # b has not taken the erasure yet: its files stay
    assert "it is gone from there by " in snapshot_note(qtbot, a)
    sync.run_sync(b)
    sync.run_sync(a)
    assert "erased" not in snapshot_note(qtbot, a), "gone from the server now"
    a.close()
    b.close()


def listed(qtbot: QtBot, store: Store) -> list[list[str]]:
    dialog = settings(qtbot, store)
    assert dialog.laptop_rows is not None and dialog.laptop_rows.laptops is not None
    return shown(dialog.laptop_rows.laptops)


def test_a_laptop_with_missing_files_says_how_many_in_the_list(
    qtbot: QtBot, tmp_path: Path
) -> None:
    a, b = two_laptops(tmp_path)
    team_devices.name_this_laptop(a, "Laptop van Sanne")
    for first in ("Een", "Twee", "Drie", "Vier"):
        participants.create_participant(a, first_name=first)
        sync.run_sync(a)
    shared = Path(sync.load_config(a).target)  # type: ignore[union-attr]
    folder = shared / "jiu-sync-v1" / "devices" / a.device_id
    (folder / "00000002.bin").unlink()
    sync.run_sync(b)
    rows = listed(qtbot, b)
    assert rows[1][0] == "Laptop van Sanne" and rows[1][2] == "1 file missing"
    assert rows[0][2] == "this laptop"
    for first in ("Vijf", "Zes"):  # a's rounds write its number 2 again
        participants.create_participant(a, first_name=first)
        sync.run_sync(a)
    (folder / "00000002.bin").unlink()
    (folder / "00000005.bin").unlink()
    sync.run_sync(b)
    dialog = settings(qtbot, b)
    laptops = dialog.laptop_rows.laptops  # type: ignore[union-attr]
    assert laptops is not None and shown(laptops)[1][2] == "2 files missing"
    tip = laptops.model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith(
        "missing from the folder or server (2); their changes arrive once it syncs again."
    )
    sync.run_sync(a)
    sync.run_sync(b)
    assert listed(qtbot, b)[1][2] == "", "back again"
    a.close()
    b.close()


def history_messages(qtbot: QtBot, store: Store) -> list[str]:
    dialog = SyncHistoryDialog(AppContext(store.paths.root, store))
    qtbot.addWidget(dialog)
    table = dialog.table
    cells = [table.item(row, table.columnCount() - 1) for row in range(table.rowCount())]
    return [cell.text() if cell else "" for cell in cells]


def test_the_history_says_when_a_round_wrote_a_snapshot_and_cleared_files_away(
    qtbot: QtBot, tmp_path: Path
) -> None:
    a, b = two_laptops(tmp_path)
    participants.create_participant(a, first_name="Noor")
    sync.run_sync(a)
    sync.run_sync(b)
    sync.run_sync(a)  # a's card now says it has seen b
    sync.run_sync(a, compact=True)
    assert history_messages(qtbot, a) == [
        "Snapshot written, 1 old file cleared away",
        "OK",
        "OK",
    ]
    a.close()
    b.close()
