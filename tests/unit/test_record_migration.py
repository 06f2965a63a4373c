"""Migration 0005 on a real profile of revision 0004 (``tests/fixtures/profile_0004``, made
with the code of that revision): every ticked consent checkbox and every group survive as
consent records and memberships, in the change log, so they reach the other laptops, and
two laptops that both migrate write the same rows."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from jiu_desktop.db.store import Store
from jiu_desktop.models import (
    ChangeLogEntry,
    ConsentRecord,
    GroupMembership,
    Participant,
    UpgradeStep,
)
from jiu_desktop.services import consent, memberships, notes, participants, profile
from jiu_desktop.sync.engine import sync_round
from jiu_desktop.sync.team import create_team
from jiu_desktop.sync.transports.folder import FolderTransport
from jiu_desktop.vault import migrate
from jiu_desktop.vault.engine import open_engine
from jiu_desktop.vault.paths import ProfilePaths
from tests.fixtures.build_profile_0004 import PASSPHRASE, TARGET

TODAY = date.today()
CARRIED = [
    ("Noor", "gegevens_bewaren"),
    ("Noor", "contact_delen"),
    ("Noor", "beeldmateriaal"),
    ("Ilias", "gegevens_bewaren"),
    ("Sem", "contact_delen"),
    ("Sem", "beeldmateriaal"),
]
#: Who was in which group, and since when the membership counts (first status date, or
#: the intake date for Sem, who has no status history).
GROUPS = {
    "Noor": ("Voorjaar 2026", date(2026, 2, 2)),
    "Ilias": ("Najaar 2026", date(2026, 8, 20)),
    "Sem": ("Voorjaar 2026", date(2026, 2, 20)),
}


def fixture_copy(tmp_path: Path, name: str = "laptop") -> Path:
    root = tmp_path / name
    shutil.copytree(TARGET, root)
    return root


def by_name(store: Store) -> dict[str, str]:
    return {r.first_name: r.id for r in participants.list_participants(store)}


def group_names(store: Store) -> dict[str, str]:
    from jiu_desktop.services import team

    return {g.id: g.name for g in team.list_groups(store)}


def test_the_fixture_is_a_profile_of_revision_0004(tmp_path: Path) -> None:
    root = fixture_copy(tmp_path)
    key = profile.load_vault(root).unlock(PASSPHRASE)
    engine = open_engine(ProfilePaths(root).database, key)
    try:
        assert migrate.current_revision(engine) == "0004"
        columns = {c["name"] for c in inspect(engine).get_columns("participant")}
        assert {"consent_data_kept", "consent_contact_shared", "consent_photos"} <= columns
    finally:
        engine.dispose()


def test_every_consent_and_group_survives_as_records_and_memberships(tmp_path: Path) -> None:
    root = fixture_copy(tmp_path)
    store = profile.open_profile(root, PASSPHRASE)
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        people, names = by_name(store), group_names(store)
        assert set(people) == {"Noor", "Ilias", "Fleur", "Sem"}, "Mo stays deleted"
        found = [
            (name, r.kind)
            for name in ("Noor", "Ilias", "Fleur", "Sem")
            for r in consent.consent_history(store, people[name])
        ]
        assert found == CARRIED
        for name in ("Noor", "Ilias", "Sem"):
            for record in consent.consent_history(store, people[name]):
                assert (record.decision, record.recorded_on, record.wording_version) == (
                    "gegeven",
                    TODAY,
                    "overgenomen",
                )
                assert record.coach_id is None
        assert consent.allows(store, people["Noor"], "beeldmateriaal")
        assert not consent.allows(store, people["Ilias"], "contact_delen"), "unticked: nothing"
        assert consent.current_consents(store, people["Fleur"]) == {
            kind: consent.ConsentState(kind, False, None) for kind in consent.consent_kinds()
        }
        person = participants.get_participant(store, people["Sem"])
        assert (person.consent_data_kept, person.consent_contact_shared, person.consent_photos) == (
            False,
            True,
            True,
        )
        for name, (group, since) in GROUPS.items():
            (membership,) = memberships.memberships(store, people[name])
            assert (names[membership.group_id or ""], membership.from_date) == (group, since)
            assert membership.to_date is None
            assert memberships.group_on(store, people[name]).name == group  # type: ignore[union-attr]
            assert participants.get_participant(store, people[name]).group_id == membership.group_id
        assert memberships.memberships(store, people["Fleur"]) == []
        assert [n.text for n in notes.list_notes(store, people["Noor"])] == ["Eerste training."]
        assert [s.status for s in participants.status_history(store, people["Noor"])] == [
            "aangemeld",
            "intake",
            "actief",
        ]
        with store.session() as session:
            deleted = session.scalars(
                select(Participant).where(Participant.first_name == "Mo")
            ).one()
            own = session.scalars(
                select(ConsentRecord).where(ConsentRecord.participant_id == deleted.id)
            ).all()
            assert [(r.kind, r.deleted) for r in own] == [("gegevens_bewaren", True)]
            assert session.scalar(select(func.count()).select_from(UpgradeStep)) == 0
            logged = session.scalar(
                select(func.count(func.distinct(ChangeLogEntry.row_id))).where(
                    ChangeLogEntry.entity.in_(["consent_record", "group_membership"]),
                    ChangeLogEntry.bundle_seq.is_(None),
                )
            )
        assert logged == len(CARRIED) + 1 + len(GROUPS) + 1, "every row waits to be sent"
        columns = {c["name"] for c in inspect(store.engine).get_columns("participant")}
        assert not {"consent_data_kept", "consent_contact_shared", "consent_photos"} & columns
    finally:
        store.close()
    assert list(ProfilePaths(root).backups.glob("*before-migration.jiubackup")), "backed up first"
    again = profile.open_profile(root, PASSPHRASE)
    try:
        assert len(consent.consent_history(again, by_name(again)["Noor"])) == 3, "written once"
    finally:
        again.close()


def test_steps_left_by_an_interrupted_unlock_are_written_at_the_next(tmp_path: Path) -> None:
    """The migration ran and committed, then the program stopped before the rows were
    written: the steps are still there, and the next unlock writes them."""
    root = fixture_copy(tmp_path)
    key = profile.load_vault(root).unlock(PASSPHRASE)
    engine = open_engine(ProfilePaths(root).database, key)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(UpgradeStep)) == 11  # Mo too
    engine.dispose()
    store = profile.open_profile(root, PASSPHRASE)
    try:
        people = by_name(store)
        assert [r.kind for r in consent.consent_history(store, people["Sem"])] == [
            "contact_delen",
            "beeldmateriaal",
        ]
        assert len(memberships.memberships(store, people["Ilias"])) == 1
    finally:
        store.close()


@pytest.fixture
def shared(tmp_path: Path) -> tuple[FolderTransport, object]:
    folder = tmp_path / "shared"
    folder.mkdir()
    transport = FolderTransport(folder)
    key, document = create_team("kaars fiets zevende molen")
    assert transport.create_team(document)
    return transport, key


def test_the_records_sync_to_a_second_profile(
    tmp_path: Path, shared: tuple[FolderTransport, object]
) -> None:
    transport, key = shared
    migrated = profile.open_profile(fixture_copy(tmp_path), PASSPHRASE)
    other, _ = profile.create_profile(tmp_path / "other", "Ander", "geheim 12345")
    try:
        sync_round(migrated, transport, key)  # type: ignore[arg-type]
        sync_round(other, transport, key)  # type: ignore[arg-type]
        people = by_name(other)
        assert [
            (name, r.kind)
            for name in ("Noor", "Ilias", "Fleur", "Sem")
            for r in consent.consent_history(other, people[name])
        ] == CARRIED
        names = group_names(other)
        for name, (group, since) in GROUPS.items():
            (membership,) = memberships.memberships(other, people[name])
            assert (names[membership.group_id or ""], membership.from_date) == (group, since)
            assert participants.get_participant(other, people[name]).group_id is not None
        assert participants.get_participant(other, people["Noor"]).consent_photos
    finally:
        migrated.close()
        other.close()


def rows(store: Store) -> list[tuple[str, ...]]:
    with store.session() as session:
        consents = session.scalars(select(ConsentRecord)).all()
        groups = session.scalars(select(GroupMembership)).all()
    return sorted(
        [(r.id, r.participant_id, r.kind, r.decision) for r in consents]
        + [(m.id, m.participant_id, str(m.group_id), m.from_date.isoformat()) for m in groups]
    )


def test_two_laptops_that_both_migrate_write_the_same_rows(
    tmp_path: Path, shared: tuple[FolderTransport, object]
) -> None:
    transport, key = shared
    a = profile.open_profile(fixture_copy(tmp_path, "a"), PASSPHRASE)
    b = profile.open_profile(fixture_copy(tmp_path, "b"), PASSPHRASE)
    try:
        assert a.device_id != b.device_id, "each copy goes on as a device of its own"
        made = rows(a)
        assert made == rows(b) and len(made) == len(CARRIED) + 1 + len(GROUPS) + 1
        for store in (a, b, a):
            report = sync_round(store, transport, key)  # type: ignore[arg-type]
            assert report.rejected == []
        assert rows(a) == rows(b) == made, "the same rows, not twice"
        people = by_name(b)
        assert len(consent.consent_history(b, people["Noor"])) == 3
    finally:
        a.close()
        b.close()
