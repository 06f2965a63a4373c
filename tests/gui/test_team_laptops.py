"""The team's laptops in the Settings: this laptop's name, typed and saved with the rest,
shown on the other laptops after a round; the list with when each was last seen, a laptop
taken out of the team, and "Take out of the team…" when the dialog for it is installed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from jiu_desktop.db.store import Store
from jiu_desktop.services import participants, profile, sync_service, team, team_devices
from jiu_desktop.services.team_devices import TeamDevice
from jiu_desktop.views.context import AppContext
from jiu_desktop.views.dialogs import SettingsDialog
from jiu_desktop.views.sync import team_laptops
from jiu_desktop.views.sync.conflict_panel import ConflictPanel
from jiu_desktop.views.sync.team_laptops import REMOVE_MODULE, TeamLaptops, last_seen_text
from tests.conftest import PASSPHRASE
from tests.fast_cli import ROOT, subprocess_env
from tests.gui.conftest import line, type_into

TEAM = "kaars fiets zevende molen"
NOW = datetime(2027, 3, 20, 15, 30).astimezone()  # a Saturday afternoon, this laptop's time


def test_last_seen_is_said_the_way_a_coach_would() -> None:
    assert last_seen_text(NOW.replace(hour=14, minute=5), NOW) == "today at 14:05"
    assert last_seen_text(NOW - timedelta(days=1, hours=12), NOW) == "yesterday"
    assert last_seen_text(NOW - timedelta(days=3), NOW) == "3 days ago"
    assert last_seen_text(NOW - timedelta(days=8), NOW) == "on 12 March"
    assert last_seen_text(NOW.replace(year=2026, month=12, day=1), NOW) == "on 1 December 2026"
    assert last_seen_text(None, NOW) == "not yet"
    in_utc = NOW.replace(hour=9, minute=15).astimezone(UTC)
    assert last_seen_text(in_utc, NOW) == "today at 09:15", "in this laptop's own time"


def two_laptops(tmp_path: Path) -> tuple[Store, Store]:
    shared = tmp_path / "shared"
    shared.mkdir()
    stores = []
    for n, name in enumerate(("a", "b")):
        store, _ = profile.create_profile(tmp_path / name, name.upper(), PASSPHRASE)
        sync_service.setup_sync(
            store, kind="folder", target=str(shared), team_passphrase=TEAM, create=n == 0
        )
        stores.append(store)
    return stores[0], stores[1]


def settings(qtbot: QtBot, store: Store) -> SettingsDialog:
    dialog = SettingsDialog(AppContext(store.paths.root, store))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown(laptops: TeamLaptops) -> list[list[str]]:
    model = laptops.model
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_a_laptop_named_in_the_settings_has_that_name_on_the_other_laptop(
    qtbot: QtBot, tmp_path: Path
) -> None:
    a, b = two_laptops(tmp_path)
    sanne = team.create_coach(a, "Sanne de Vries")
    team.set_my_coach(a, sanne.id)
    dialog = settings(qtbot, a)
    name = line(dialog, "laptopName")
    assert name.text() == "", "empty until typed"
    assert name.placeholderText() == "e.g. Sanne's laptop"
    type_into(name, "Laptop van  Sanne ")
    dialog.findChild(QWidget, "saveSettings").click()  # type: ignore[union-attr]
    assert not dialog.isVisible()
    assert team_devices.team_devices(a)[0].name == "Laptop van Sanne"
    participants.create_participant(a, first_name="Noor")
    for store in (a, b):
        assert sync_service.run_sync(store).report.problems() == []

    other = settings(qtbot, b)
    assert other.laptop_rows is not None and other.laptop_rows.laptops is not None
    rows = shown(other.laptop_rows.laptops)
    b_short = b.device_id[:8]
    assert rows[0][0] == f"Laptop without a name ({b_short})" and rows[0][2] == "this laptop"
    assert rows[1][0] == "Laptop van Sanne" and rows[1][2] == ""
    assert rows[1][1].startswith("today at ")
    assert line(other, "laptopName").placeholderText() == "e.g. The team's laptop", (
        "b's profile knows no coach"
    )
    again = settings(qtbot, a)
    assert line(again, "laptopName").text() == "Laptop van Sanne"
    a.close()
    b.close()


def test_cancel_keeps_the_name_and_no_list_before_sync_is_set_up(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store, _ = profile.create_profile(tmp_path / "alone", "Alone", PASSPHRASE)
    dialog = settings(qtbot, store)
    assert dialog.laptop_rows is not None and dialog.laptop_rows.laptops is None
    assert dialog.findChild(QWidget, "teamLaptops") is None
    type_into(line(dialog, "laptopName"), "Werklaptop")
    dialog.reject()
    assert team_devices.team_devices(store)[0].name == ""
    store.close()


def device(key: str, name: str, days_ago: int, **flags: bool) -> TeamDevice:
    return TeamDevice(key * 32, name, NOW - timedelta(days=days_ago), **flags)


THIS = device("a", "Laptop van Sanne", 0, this_laptop=True)
HENK = device("b", "Henks laptop", 3)
GONE = device("c", "", 40, removed=True)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened, _ = profile.create_profile(tmp_path / "p", "P", PASSPHRASE)
    yield opened
    opened.close()


def stand_in(monkeypatch: pytest.MonkeyPatch, answer: object) -> list[TeamDevice]:
    """The dialog that takes a laptop out of the team is another module (it does the key
    rotation); this one answers as it would and records what it was asked about."""
    asked: list[TeamDevice] = []

    def ask_remove_device(parent: QWidget, context: AppContext, chosen: TeamDevice) -> bool:
        assert isinstance(parent, QWidget) and isinstance(context, AppContext)
        asked.append(chosen)
        return answer(context) if callable(answer) else bool(answer)

    module = types.ModuleType(REMOVE_MODULE)
    module.ask_remove_device = ask_remove_device  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, REMOVE_MODULE, module)
    return asked


def choose(laptops: TeamLaptops, row: int) -> None:
    laptops.table.selectRow(row)


def test_a_laptop_taken_out_of_the_team_is_shown_so_and_not_taken_out_again(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    stand_in(monkeypatch, False)
    laptops = TeamLaptops(AppContext(store.paths.root, store))
    qtbot.addWidget(laptops)
    laptops.model.now = NOW
    laptops.set_devices([THIS, HENK, GONE])
    laptops.show()
    assert shown(laptops) == [
        ["Laptop van Sanne", "today at 15:30", "this laptop"],
        ["Henks laptop", "3 days ago", ""],
        ["Laptop without a name (cccccccc)", "on 8 February", "taken out of the team"],
    ]
    grey = laptops.model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert grey.color() == QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert laptops.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert laptops.remove.isVisible() and not laptops.remove.isEnabled(), "nothing chosen"
    for row, can in ((0, False), (1, True), (2, False)):
        choose(laptops, row)
        assert laptops.remove.isEnabled() is can, row


def test_take_out_of_the_team_asks_about_the_chosen_laptop_and_reads_the_list_again(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def taken_out(context: AppContext) -> bool:  # what the real one changes shows afterwards
        team_devices.name_this_laptop(context.store, "Na het weghalen")
        return True

    asked = stand_in(monkeypatch, taken_out)
    laptops = TeamLaptops(AppContext(store.paths.root, store))
    qtbot.addWidget(laptops)
    laptops.set_devices([THIS, HENK])
    laptops.show()
    choose(laptops, 1)
    QTest.mouseClick(laptops.remove, Qt.MouseButton.LeftButton)
    assert asked == [HENK]
    assert shown(laptops)[0][0] == "Na het weghalen", "the list was read again"
    assert len(shown(laptops)) == 1, "this profile knows no other laptop"


def test_a_no_leaves_the_list_as_it_was(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = stand_in(monkeypatch, False)
    laptops = TeamLaptops(AppContext(store.paths.root, store))
    qtbot.addWidget(laptops)
    laptops.set_devices([THIS, HENK])
    choose(laptops, 1)
    laptops.remove.click()
    assert asked == [HENK] and len(shown(laptops)) == 2


def test_without_the_dialog_for_it_there_is_no_take_out_button(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, REMOVE_MODULE, None)  # as when it is not installed
    assert team_laptops.remover() is None
    laptops = TeamLaptops(AppContext(store.paths.root, store))
    qtbot.addWidget(laptops)
    laptops.show()
    assert not laptops.remove.isVisible()
    assert laptops.model.index(0, 0, QModelIndex()).data() is not None


def test_the_settings_fit_a_1366_by_768_screen_with_a_team_of_six(tmp_path: Path) -> None:
    screens = tmp_path / "screens.json"
    laptop = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "dpr": 1}
    screens.write_text(json.dumps({"windowFrameMargins": True, "screens": [laptop]}))
    env = subprocess_env(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.settings_screen", str(tmp_path / "team")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    for language, seen in found.items():
        x, y, width, height = seen["available"]
        assert (width, height) == (1366, 768), "the test screen is a small laptop's"
        fx, fy, fwidth, fheight = seen["frame"]
        assert fx >= x and fy >= y and fx + fwidth <= width and fy + fheight <= height, language
        assert seen["hint"][0] <= width and seen["hint"][1] <= height, language
        assert seen["squeezed"] == [] and seen["text_cut"] == [], language
        assert seen["rows"] == 6 and seen["list_visible"] and seen["rows_visible"], language
        assert seen["name_column"] >= seen["name_needed"], (language, "a name is cut short")


def test_the_conflict_panel_names_the_other_laptop_as_its_coach_named_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    a, b = two_laptops(tmp_path)
    team_devices.name_this_laptop(b, "<b>Henks</b> laptop")  # typed text, never markup
    person = participants.create_participant(a, first_name="Noor", remarks="begin")
    sync_service.run_sync(a)
    sync_service.run_sync(b)
    participants.update_participant(b, person.id, remarks="versie van B")
    participants.update_participant(a, person.id, remarks="versie van A")
    sync_service.run_sync(b)
    sync_service.run_sync(a)
    panel = ConflictPanel(AppContext(a.paths.root, a))
    qtbot.addWidget(panel)
    panel.set_participant(person.id)
    assert not panel.isHidden(), "a conflict to settle"
    other = panel.findChild(QLabel, "conflict-version-1")
    assert other is not None
    assert f"&lt;b&gt;Henks&lt;/b&gt; laptop ({b.device_id[:8]})" in other.text()
    a.close()
    b.close()
