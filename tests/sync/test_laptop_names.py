"""Sync messages name a laptop as its coach named it (from its card), with the start of its
id; a laptop without a name is "laptop 3f2a1b9c"."""

from __future__ import annotations

from collections.abc import Callable

from jiu_desktop.services import participants, team_devices
from jiu_desktop.sync.report import Clash, FutureChanges, Gap, SyncReport, laptop_label
from jiu_desktop.sync.transports import bundle_name
from tests.sync.conftest import Replica

SANNE = "3f2a1b9c" + "0" * 24
HENK = "99dd95e8" + "1" * 24


def test_a_named_laptop_is_called_by_its_name_and_an_unnamed_one_by_its_id() -> None:
    names = {SANNE: "Laptop van Sanne"}
    assert laptop_label(SANNE, names) == "Laptop van Sanne (3f2a1b9c)"
    assert laptop_label(HENK, names) == "laptop 99dd95e8"
    assert laptop_label(HENK) == "laptop 99dd95e8"


def test_a_name_from_a_card_cannot_break_the_line() -> None:
    names = {SANNE: "  Laptop\nvan\tSanne  " + "x" * 200, HENK: " \n "}
    label = laptop_label(SANNE, names)
    assert "\n" not in label and "\t" not in label
    assert label.startswith("Laptop van Sanne x") and label.endswith("x (3f2a1b9c)")
    assert len(label) <= 80 + len(" (3f2a1b9c)")
    assert laptop_label(HENK, names) == "laptop 99dd95e8", "a name of spaces is no name"


def test_every_line_of_a_report_about_a_laptop_uses_its_name() -> None:
    report = SyncReport(
        gaps=[Gap(SANNE, (1, 2), 2)],
        future=[FutureChanges(SANNE, 3, 1 << 60)],
        clashes=[Clash(HENK, 2)],
        names={SANNE: "Laptop van Sanne", HENK: "Henks laptop"},
    )
    lines = report.problems()
    assert len(lines) == 3
    assert "Sync files of Laptop van Sanne (3f2a1b9c) are missing" in lines[0]
    assert "3 changes from Laptop van Sanne (3f2a1b9c) are waiting" in lines[1]
    assert "2 changes from Henks laptop (99dd95e8) carry" in lines[2]
    report.names = {}
    assert "Sync files of laptop 3f2a1b9c are missing" in report.problems()[0]


def test_a_round_names_a_missing_laptops_files_by_the_name_on_its_card(
    replicas: Callable[[int], list[Replica]],
) -> None:
    a, b, c = replicas(3)
    team_devices.name_this_laptop(a.store, "Laptop van Sanne")
    for first_name in ("Noor", "Daan"):
        participants.create_participant(a.store, first_name=first_name)
        assert a.sync().problems() == []
    participants.create_participant(b.store, first_name="Henk")
    assert b.sync().problems() == []  # b has applied both of a's bundles, and says so
    device = a.store.device_id
    (a.remote_root / "jiu-sync-v1" / "devices" / device / bundle_name(1)).unlink()
    report = c.sync()
    assert report.names[device] == "Laptop van Sanne"
    (line,) = [g.describe(report.names) for g in report.gaps]
    assert f"Sync files of Laptop van Sanne ({device[:8]}) are missing" in line
    assert line in report.problems()
    assert b.store.device_id not in report.names, "b has no name: its id is used"
