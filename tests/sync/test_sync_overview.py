"""What the Settings, ``sync-status`` and the history say about snapshots, erasures still on
the target and missing files, read from what the last rounds remembered: two real profiles
syncing through a folder."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from jiu_desktop.db.store import Store
from jiu_desktop.services import erasure, participants, profile, sync_service, team_devices
from jiu_desktop.services.sync_overview import sync_overview
from jiu_desktop.services.sync_rounds import KEEP, RoundFacts, missing_files, round_facts
from tests.conftest import PASSPHRASE

TEAM = "kaars fiets zevende molen"


def two_laptops(tmp_path: Path) -> tuple[Store, Store, Path]:
    shared = tmp_path / "shared"
    shared.mkdir()
    stores = []
    for n, name in enumerate(("a", "b")):
        store, _ = profile.create_profile(tmp_path / name, name.upper(), PASSPHRASE)
        sync_service.setup_sync(
            store, kind="folder", target=str(shared), team_passphrase=TEAM, create=n == 0
        )
        stores.append(store)
    return stores[0], stores[1], shared


def last_run_id(store: Store) -> int:
    return sync_service.history(store, limit=1)[0].id


def test_no_overview_before_sync_is_set_up(tmp_path: Path) -> None:
    store, _ = profile.create_profile(tmp_path / "alone", "Alone", PASSPHRASE)
    assert sync_overview(store) is None
    assert missing_files(store) == {} and round_facts(store) == {}
    store.close()


def test_the_newest_snapshot_is_known_on_both_laptops_with_its_writer(tmp_path: Path) -> None:
    a, b, _ = two_laptops(tmp_path)
    team_devices.name_this_laptop(a, "Laptop van Sanne")
    participants.create_participant(a, first_name="Noor")
    sync_service.run_sync(a)
    sync_service.run_sync(b)
    for store in (a, b):
        overview = sync_overview(store)
        assert overview is not None and overview.snapshot is None, "none written yet"
    before = datetime.now(UTC) - timedelta(seconds=1)
    written = sync_service.run_sync(a, compact=True).report
    assert written.snapshot_written and written.retired == 1
    mine = sync_overview(a)
    assert mine is not None and mine.snapshot is not None
    assert mine.snapshot.this_laptop and mine.snapshot.device == a.device_id
    assert before <= mine.snapshot.written <= datetime.now(UTC)
    assert round_facts(a) == {last_run_id(a): RoundFacts(snapshot_written=True, retired=1)}
    assert sync_overview(b).snapshot is None, "b has not looked since"  # type: ignore[union-attr]
    sync_service.run_sync(b)
    theirs = sync_overview(b)
    assert theirs is not None and theirs.snapshot is not None
    assert not theirs.snapshot.this_laptop and theirs.snapshot.device == a.device_id
    assert theirs.snapshot.name == "Laptop van Sanne"
    assert abs(theirs.snapshot.written - mine.snapshot.written) < timedelta(milliseconds=1)
    assert round_facts(b) == {}, "b only received"
    a.close()
    b.close()


def test_a_laptop_that_joins_from_a_snapshot_has_it_in_its_history(tmp_path: Path) -> None:
    a, b, shared = two_laptops(tmp_path)
    participants.create_participant(a, first_name="Noor")
    sync_service.run_sync(a)
    sync_service.run_sync(b)
    sync_service.run_sync(a, compact=True)
    c, _ = profile.create_profile(tmp_path / "c", "C", PASSPHRASE)
    sync_service.setup_sync(
        c, kind="folder", target=str(shared), team_passphrase=TEAM, create=False
    )
    assert sync_service.run_sync(c).report.snapshot_applied
    assert round_facts(c)[last_run_id(c)] == RoundFacts(snapshot_applied=True)
    assert round_facts(c)[last_run_id(c)].describe() == "Started from a snapshot"
    for store in (a, b, c):
        store.close()


def test_an_erasure_waits_for_the_server_until_every_laptop_has_taken_it(
    tmp_path: Path,
) -> None:
    a, b, _ = two_laptops(tmp_path)
    noor = participants.create_participant(a, first_name="Noor")
    sync_service.run_sync(a)
    sync_service.run_sync(b)
    erasure.erase(a, noor.id)
    erased_at = datetime.now(UTC)
    overview = sync_overview(a)
    assert overview is not None and overview.erasure_gone_by is not None, "not compacted yet"
    days = sync_service.erasure_leaves_server_within_days(a)
    assert days == 31
    expected = erased_at + timedelta(days=days)
    assert abs(overview.erasure_gone_by - expected) < timedelta(minutes=1)
    sync_service.run_sync(a)  # compacts: b has not applied the erasure yet
    assert sync_overview(a).erasure_gone_by is not None  # type: ignore[union-attr]
    sync_service.run_sync(b)
    sync_service.run_sync(a)  # b's card now says it applied everything: retired
    assert sync_overview(a).erasure_gone_by is None  # type: ignore[union-attr]
    a.close()
    b.close()


def test_missing_files_are_counted_per_laptop_until_they_are_back(tmp_path: Path) -> None:
    a, b, shared = two_laptops(tmp_path)
    for first in ("Een", "Twee", "Drie", "Vier"):
        participants.create_participant(a, first_name=first)
        sync_service.run_sync(a)
    folder = shared / "jiu-sync-v1" / "devices" / a.device_id
    (folder / "00000002.bin").unlink()
    (folder / "00000003.bin").unlink()
    sync_service.run_sync(b)
    assert missing_files(b) == {a.device_id: 2}
    listed = {d.device_id: d.missing for d in team_devices.team_devices(b)}
    assert listed == {b.device_id: 0, a.device_id: 2}
    sync_service.run_sync(b, send_only=True)
    assert missing_files(b) == {a.device_id: 2}, "a round that only sent did not look"
    sync_service.run_sync(a)  # writes them again
    sync_service.run_sync(b)
    assert missing_files(b) == {}
    assert all(d.missing == 0 for d in team_devices.team_devices(b))
    a.close()
    b.close()


def test_the_history_keeps_what_its_newest_rounds_did(tmp_path: Path) -> None:
    a, _b, _ = two_laptops(tmp_path)
    from jiu_desktop.services import sync_rounds
    from jiu_desktop.sync.report import SyncReport

    for run_id in range(1, KEEP + 6):
        sync_rounds.record(a, run_id, SyncReport(retired=run_id), looked=False)
    kept = round_facts(a)
    assert sorted(kept) == list(range(6, KEEP + 6))
    assert kept[KEEP + 5].describe() == f"{KEEP + 5} old files cleared away"
    assert RoundFacts(retired=1).describe() == "1 old file cleared away"
    both = RoundFacts(snapshot_written=True, retired=12).describe()
    assert both == "Snapshot written, 12 old files cleared away"
    assert RoundFacts().describe() == "" and not RoundFacts()
    a.close()
    _b.close()
