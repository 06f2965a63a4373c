"""A throwaway nested pair of entities, declared here only, goes the whole way.

Run in its own process by ``tests/unit/test_adding_an_entity.py`` (the classes would
otherwise join the models of every other test). With no change to the program's code,
the pair is captured with its owner, syncs between two laptops over a folder and WebDAV,
shows a labelled conflict on its text field and none on its choice field, is deleted with
its parent, arrives after an upgrade that created its tables, vanishes with its history on
every laptop when the participant is erased, and is exported nested in its parent and
imported from there on another laptop. Its ``search`` fields feed the participant search
(the triggers follow the declarations at unlock) until the row is deleted or erased.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import ForeignKey, func, select
from sqlalchemy.orm import Mapped, mapped_column

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidImport
from jiu_desktop.models import SyncEntity
from jiu_desktop.models.base import Base
from jiu_desktop.models.declaration import PARTICIPANT, Synced, check_declarations
from jiu_desktop.services import conflicts, erasure, exchange, participants, profile
from jiu_desktop.services.cascade import soft_delete
from jiu_desktop.services.exchange_older import FIELDS_2_5, V1_SECTIONS
from jiu_desktop.services.exchange_schema import schema
from jiu_desktop.sync.engine import sync_round
from jiu_desktop.sync.merge import materialise_after_upgrade
from jiu_desktop.sync.received import log_entry
from jiu_desktop.sync.team import TeamKey, create_team, join_team
from jiu_desktop.sync.transports import Transport
from jiu_desktop.sync.transports.folder import FolderTransport
from jiu_desktop.sync.transports.webdav import WebDavTransport
from tests.sync.webdav_server import PASSWORD, USER, WebDavServer


class Garden(SyncEntity):
    __tablename__ = "zz_garden"
    sync = Synced(
        owner=PARTICIPANT, export="gardens", text={"name": "Garden name"}, search=("name",)
    )
    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"))
    name: Mapped[str] = mapped_column(default="")


class Plant(SyncEntity):
    __tablename__ = "zz_plant"
    sync = Synced(
        owner=PARTICIPANT,
        export="plants",
        parent="garden_id",
        text={"note": "Plant note"},
        search=("note",),
    )
    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"))
    garden_id: Mapped[str] = mapped_column(ForeignKey("zz_garden.id"))
    kind: Mapped[str] = mapped_column(default="tomaat")  # a choice, not free text
    note: Mapped[str] = mapped_column(default="")


TABLES = [Garden.__table__, Plant.__table__]
PASS = "geheim 12345"


def laptop(root: Path, name: str, *, tables: bool = True) -> Store:
    store, _ = profile.create_profile(root / name, name, PASS)
    if not tables:
        return store
    Base.metadata.create_all(store.engine, tables=TABLES)  # what its migration would do
    return unlocked_again(store)


def unlocked_again(store: Store) -> Store:
    """Closed and unlocked, as after the upgrade that brought the tables."""
    root, key = store.root, store.data_key
    store.close()
    return profile.open_with_key(root, key)


def searched(store: Store, query: str) -> list[str]:
    return [row.id for row in participants.list_participants(store, query=query)]


@pytest.fixture(params=["folder", "webdav"])
def remote(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Transport]:
    if request.param == "folder":
        (tmp_path / "shared").mkdir()
        yield FolderTransport(tmp_path / "shared")
        return
    server = WebDavServer(tmp_path / "dav")
    yield WebDavTransport(server.url, USER, PASSWORD, timeout=5)
    server.stop()


@pytest.fixture
def team(remote: Transport) -> TeamKey:
    made, document = create_team("team geheim 123")
    assert remote.create_team(document)
    stored = remote.read_team()
    assert stored is not None
    assert join_team(stored, "team geheim 123") == made
    return made


def plant_for(store: Store, first_name: str) -> tuple[str, str, str]:
    person = participants.create_participant(store, first_name=first_name)
    with store.session() as session:
        garden = Garden(participant_id=person.id, name="Volkstuin")
        session.add(garden)
        session.flush()
        plant = Plant(participant_id=person.id, garden_id=garden.id, note="Eerste zaadjes")
        session.add(plant)
        session.flush()
        return person.id, garden.id, plant.id


def test_the_pair_is_declared_correctly() -> None:
    assert check_declarations() == []


def test_text_in_the_nested_row_is_found_until_it_is_deleted_or_erased(tmp_path: Path) -> None:
    store = laptop(tmp_path, "a")
    person, garden, plant = plant_for(store, "Noor")
    other = participants.create_participant(store, first_name="Ilias").id
    assert searched(store, "zaadj") == [person]
    assert searched(store, "noor eerste volkst") == [person], "words from every level"
    with store.session() as session:
        row = session.get(Plant, plant)
        assert row is not None
        row.note, row.participant_id = "Tomaten oogsten", other
    assert searched(store, "zaadjes") == [] and searched(store, "oogst") == [other]
    with store.session() as session:
        row = session.get(Plant, plant)
        assert row is not None
        row.participant_id = person
        soft_delete(session, row)
    assert searched(store, "oogst") == [] and searched(store, "volkstuin") == [person]
    with store.session() as session:
        soft_delete(session, session.get(Garden, garden))  # type: ignore[arg-type]
    assert searched(store, "volkstuin") == [] and searched(store, "noor") == [person]

    _person, _garden, _plant = plant_for(store, "Sami")
    assert searched(store, "zaadjes") == [_person]
    erasure.erase(store, _person)
    assert searched(store, "zaadjes") == [] and searched(store, "sami") == []
    store.close()


def test_captured_with_its_owner_however_deep(tmp_path: Path) -> None:
    store = laptop(tmp_path, "a")
    person, _garden, _plant = plant_for(store, "Noor")
    with store.session() as session:
        owners = set(
            session.scalars(
                select(log_entry.c.participant_id).where(log_entry.c.entity == "zz_plant")
            )
        )
    assert owners == {person}
    store.close()


def test_syncs_conflicts_cascades_and_is_erased_everywhere(
    tmp_path: Path, remote: Transport, team: TeamKey
) -> None:
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    person, garden, plant = plant_for(a, "Noor")
    sync_round(a, remote, team)
    sync_round(b, remote, team)
    with b.session() as session:
        assert session.get(Plant, plant).note == "Eerste zaadjes"  # type: ignore[union-attr]
    assert searched(b, "zaadjes") == [person], "what arrives by sync is found"

    for store, note, kind in ((a, "Water geven", "komkommer"), (b, "Snoeien", "paprika")):
        with store.session() as session:
            row = session.get(Plant, plant)
            assert row is not None
            row.note, row.kind = note, kind
    for store in (a, b, a):
        sync_round(store, remote, team)
    found = [(c.field, c.label) for c in conflicts.open_conflicts(a, person)]
    assert found == [("note", "Plant note")], "a labelled conflict on text, none on a choice"
    assert conflicts.open_conflicts(b, person) == conflicts.open_conflicts(a, person)

    with a.session() as session:
        row = session.get(Garden, garden)
        assert row is not None
        assert soft_delete(session, row) == 2, "the plant goes with its garden"
    sync_round(a, remote, team)
    sync_round(b, remote, team)
    with b.session() as session:
        assert session.get(Plant, plant).deleted  # type: ignore[union-attr]

    erasure.erase(a, person)  # children before parents: no foreign-key failure
    sync_round(a, remote, team)
    sync_round(b, remote, team)
    for store in (a, b):
        with store.session() as session:
            assert session.get(Plant, plant) is None and session.get(Garden, garden) is None
            left = session.scalar(
                select(func.count())
                .select_from(log_entry)
                .where(log_entry.c.entity.in_(["zz_garden", "zz_plant"]))
            )
        assert left == 0, "no history of the erased person is left"
        store.close()


def test_rows_that_arrived_before_the_upgrade_appear_after_it(
    tmp_path: Path, remote: Transport, team: TeamKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jiu_desktop.sync import merge

    a = laptop(tmp_path, "a")
    b = laptop(tmp_path, "b", tables=False)  # an older version: it keeps what it cannot show
    person, garden, plant = plant_for(a, "Noor")
    sync_round(a, remote, team)
    known = merge.entity
    with monkeypatch.context() as older:  # b's version does not know the pair yet
        older.setattr(merge, "entity", lambda n: None if n.startswith("zz_") else known(n))
        report = sync_round(b, remote, team)
    assert report.rejected == [] and report.pulled > 0
    before = profile.schema_columns(b.engine)
    Base.metadata.create_all(b.engine, tables=TABLES)  # b is upgraded
    with b.engine.begin() as conn:
        assert materialise_after_upgrade(conn, before) == 2
    with b.session() as session:
        assert session.get(Garden, garden) is not None
        assert session.get(Plant, plant) is not None
    b = unlocked_again(b)
    assert searched(b, "zaadjes volkstuin") == [person], "indexed once the search follows"
    a.close()
    b.close()


def without_time(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "exported_at"}


def test_exported_nested_and_imported_on_another_laptop(tmp_path: Path) -> None:
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    person, garden, plant = plant_for(a, "Noor")
    out = tmp_path / "noor.json"
    exchange.write_export(a, out, person)
    document = json.loads(out.read_text("utf-8"))
    assert document["version"] == 2
    (entry,) = document["participants"]
    (garden_entry,) = entry["gardens"]
    assert garden_entry == {
        "id": garden,
        "name": "Volkstuin",
        "created_at": garden_entry["created_at"],
        "plants": [
            {
                "id": plant,
                "kind": "tomaat",
                "note": "Eerste zaadjes",
                "created_at": garden_entry["plants"][0]["created_at"],
            }
        ],
    }, "participant_id and garden_id are implied by the nesting"

    summary = exchange.import_file(b, out)
    assert summary.created == {"participants": 1, "status_history": 1, "gardens": 1, "plants": 1}
    with b.session() as session:
        found = session.get(Plant, plant)
        assert found is not None
        assert (found.participant_id, found.garden_id, found.note) == (
            person,
            garden,
            "Eerste zaadjes",
        )
        assert session.get(Garden, garden).participant_id == person  # type: ignore[union-attr]
    assert without_time(exchange.export_data(b, person)) == without_time(document)
    assert exchange.import_file(b, out).unchanged == summary.created
    a.close()
    b.close()


def test_a_nested_import_is_checked_at_its_place_however_deep(tmp_path: Path) -> None:
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    noor, _garden, plant = plant_for(a, "Noor")
    plant_for(a, "Ilias")
    document = exchange.export_data(a)
    document["participants"].sort(key=lambda p: p["id"] != noor)
    exchange.import_document(b, document)

    def refused(changed: dict[str, Any]) -> InvalidImport:
        with pytest.raises(InvalidImport) as error:
            exchange.import_document(b, changed)
        return error.value

    bad = copy.deepcopy(document)
    bad["participants"][0]["gardens"][0]["plants"][0]["note"] = 7
    assert refused(bad).where == "participants[0].gardens[0].plants[0].note"
    moved = copy.deepcopy(document)
    taken = moved["participants"][0]["gardens"][0]["plants"].pop()
    moved["participants"][1]["gardens"][0]["plants"].append(taken)
    error = refused(moved)
    assert error.where == "participants[1].gardens[0].plants[1].id"
    assert "another participant" in error.problem
    newer = set(schema().sections) - V1_SECTIONS - {"gardens", "plants"}  # 2.1's own lists
    older = {key: value for key, value in document.items() if key not in newer}
    added = {*newer, *FIELDS_2_5["participants"]}  # lists and fields version 1 did not have
    older["participants"] = [
        {key: value for key, value in person.items() if key not in added}
        for person in document["participants"]
    ]
    older["groups"] = [
        {key: value for key, value in group.items() if key not in FIELDS_2_5["groups"]}
        for group in document["groups"]
    ]
    assert refused({**older, "version": 1}).where == "participants[0].gardens", (
        "version 1 had no gardens"
    )
    with b.session() as session:
        row = session.get(Plant, plant)
        assert row is not None and row.participant_id == noor and row.note == "Eerste zaadjes"

    second = {"id": "second-garden", "name": "Balkon", "plants": [taken]}
    document["participants"][0]["gardens"][0]["plants"] = []
    document["participants"][0]["gardens"].append(second)
    summary = exchange.import_document(b, document)
    assert summary.created == {"gardens": 1} and summary.updated == {"plants": 1}
    with b.session() as session:
        row = session.get(Plant, plant)
        assert row is not None and row.garden_id == "second-garden", "moved within Noor's data"
    a.close()
    b.close()
