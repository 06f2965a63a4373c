"""Intake, care workers, talents, consent records, group history and team notes travel
between laptops: they converge, concurrent edits of their texts become labelled conflicts
(and of their choices do not), rows made offline for the same thing become one row, and
an erasure takes all of a participant's rows from every laptop."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from jiu_desktop.models import (
    CareContact,
    ConsentRecord,
    GroupMembership,
    Intake,
    Talent,
)
from jiu_desktop.services import (
    conflicts,
    consent,
    erasure,
    intake,
    memberships,
    participants,
    talents,
    team,
    team_notes,
)
from jiu_desktop.sync.received import log_entry
from tests.sync.conftest import Replica

Make = Callable[[int], list[Replica]]
FOLDER = pytest.mark.parametrize("remote", ["folder"], indirect=True)
TODAY = date.today()


def sync_all(replicas: list[Replica], rounds: int = 2) -> None:
    for _ in range(rounds):
        for replica in replicas:
            assert replica.sync().rejected == []


def everything(replica: Replica) -> dict[str, str]:
    """A participant with a row of every new kind, and a team note."""
    store = replica.store
    noor = participants.create_participant(store, first_name="Noor", last_name="Bakker").id
    group = team.create_group(store, "Najaar 2026").id
    intake.save_intake(store, noor, days_now="Helpt in de snackbar", reach_by=["appen"])
    contact = intake.add_care_contact(store, noor, organisation="Wijkteam", subjects=["wonen"])
    talent = talents.add_talent(store, noor, kind="succes", text="Op tijd bij de training")
    consent.give_consent(store, noor, "beeldmateriaal", on=TODAY - timedelta(days=3))
    consent.withdraw_consent(store, noor, "beeldmateriaal")
    memberships.move_to_group(store, noor, group, TODAY - timedelta(days=10))
    note = team_notes.add_team_note(store, kind="intervisie", text="Over er op af gaan")
    return {
        "noor": noor,
        "group": group,
        "contact": contact.id,
        "talent": talent.id,
        "note": note.id,
    }


def test_every_new_kind_syncs_and_converges(replicas: Make) -> None:
    a, b = replicas(2)
    made = everything(a)
    sync_all([a, b])
    noor = made["noor"]
    found = intake.get_intake(b.store, noor)
    assert found is not None and found.days_now == "Helpt in de snackbar"
    assert [c.organisation for c in intake.list_care_contacts(b.store, noor)] == ["Wijkteam"]
    assert [s.text for s in talents.successes(b.store, noor)] == ["Op tijd bij de training"]
    assert [r.decision for r in consent.consent_history(b.store, noor)] == [
        "gegeven",
        "ingetrokken",
    ]
    assert not consent.allows(b.store, noor, "beeldmateriaal")
    assert memberships.group_on(b.store, noor).id == made["group"]  # type: ignore[union-attr]
    assert participants.get_participant(b.store, noor).group_id == made["group"]
    assert [n.text for n in team_notes.list_team_notes(b.store)] == ["Over er op af gaan"]
    assert a.snapshot() == b.snapshot()


@FOLDER
def test_concurrent_edits_of_texts_are_labelled_conflicts_and_of_choices_not(
    replicas: Make,
) -> None:
    a, b = replicas(2)
    made = everything(a)
    sync_all([a, b])
    noor = made["noor"]
    for replica, who in ((a, "A"), (b, "B")):
        store = replica.store
        intake.save_intake(
            store, noor, days_now=f"Versie {who}", income="werk" if who == "A" else "geen"
        )
        intake.update_care_contact(
            store,
            made["contact"],
            organisation=f"Team {who}",
            subjects=[f"{'inkomen' if who == 'A' else 'werk'}"],
        )
        talents.update_talent(
            store, made["talent"], text=f"Succes {who}", kind="talent" if who == "A" else "succes"
        )
        team_notes.update_team_note(
            store, made["note"], text=f"Notitie {who}", kind="planning" if who == "A" else "anders"
        )
    sync_all([a, b])
    found = sorted((c.entity, c.field, c.label) for c in conflicts.open_conflicts(a.store))
    assert found == [
        ("care_contact", "organisation", "Care worker: organisation"),
        ("intake", "days_now", "Intake: what they do with their days"),
        ("talent", "text", "Talent or success"),
        ("team_note", "text", "Team note"),
    ]
    assert conflicts.open_conflicts(b.store) == conflicts.open_conflicts(a.store)
    assert [c.entity for c in conflicts.open_conflicts(a.store, noor)] == [
        "intake",
        "care_contact",
        "talent",
    ], "a team note's conflict belongs to no participant"
    assert a.snapshot() == b.snapshot()


@FOLDER
def test_an_intake_started_offline_on_two_laptops_is_one_intake(replicas: Make) -> None:
    a, b = replicas(2)
    noor = participants.create_participant(a.store, first_name="Noor").id
    sync_all([a, b])
    intake.save_intake(a.store, noor, days_now="Slaapt veel", income="uitkering")
    intake.save_intake(b.store, noor, verbinder_name="Karim", reach_by=["langsgaan"])
    sync_all([a, b])
    for replica in (a, b):
        with replica.store.session() as session:
            assert session.scalar(select(func.count()).select_from(Intake)) == 1
        found = intake.get_intake(replica.store, noor)
        assert found is not None
        assert (found.days_now, found.income, found.verbinder_name, found.reach_by) == (
            "Slaapt veel",
            "uitkering",
            "Karim",
            "langsgaan",
        ), "each laptop's fields, none written over by the other's defaults"
    assert conflicts.open_conflicts(a.store) == []
    assert a.snapshot() == b.snapshot()


@FOLDER
def test_the_same_move_on_two_laptops_is_one_membership_and_an_end_stays(
    replicas: Make,
) -> None:
    a, b = replicas(2)
    noor = participants.create_participant(a.store, first_name="Noor").id
    group = team.create_group(a.store, "Voorjaar 2027").id
    sync_all([a, b])
    start = TODAY - timedelta(days=20)
    made = memberships.move_to_group(a.store, noor, group, start)
    sync_all([a, b])
    memberships.end_membership(a.store, made.id, TODAY - timedelta(days=2))
    memberships.move_to_group(b.store, noor, group, start)  # b has it already: nothing new
    sync_all([a, b])
    for replica in (a, b):
        found = memberships.memberships(replica.store, noor)
        assert [(m.id, m.to_date) for m in found] == [(made.id, TODAY - timedelta(days=2))]
    c_made = memberships.move_to_group(b.store, noor, group, TODAY)
    memberships.move_to_group(a.store, noor, group, TODAY)  # the same move, offline
    sync_all([a, b])
    for replica in (a, b):
        assert [m.id for m in memberships.memberships(replica.store, noor)] == [made.id, c_made.id]
        assert participants.get_participant(replica.store, noor).group_id == group
    assert a.snapshot() == b.snapshot()


@FOLDER
def test_consent_decisions_on_two_laptops_add_up_to_one_history(replicas: Make) -> None:
    a, b = replicas(2)
    noor = participants.create_participant(a.store, first_name="Noor").id
    sync_all([a, b])
    consent.give_consent(a.store, noor, "contact_delen", on=TODAY - timedelta(days=1))
    consent.withdraw_consent(b.store, noor, "contact_delen", on=TODAY)
    sync_all([a, b])
    for replica in (a, b):
        history = consent.consent_history(replica.store, noor)
        assert [r.decision for r in history] == ["gegeven", "ingetrokken"]
        assert not consent.allows(replica.store, noor, "contact_delen")
    assert conflicts.open_conflicts(a.store) == []


@FOLDER
def test_an_erasure_takes_every_new_kind_from_every_laptop(replicas: Make) -> None:
    a, b = replicas(2)
    made = everything(a)
    sync_all([a, b])
    erasure.erase(b.store, made["noor"])
    sync_all([a, b])
    for replica in (a, b):
        with replica.store.session() as session:
            for kind in (Intake, CareContact, Talent, ConsentRecord, GroupMembership):
                left = session.scalar(select(func.count()).select_from(kind))
                assert left == 0, (replica.name, kind.__tablename__)
            history = session.scalar(
                select(func.count())
                .select_from(log_entry)
                .where(log_entry.c.participant_id == made["noor"])
            )
        assert history == 0
        assert [n.id for n in team_notes.list_team_notes(replica.store)] == [made["note"]], (
            "team notes are the team's"
        )
    assert a.snapshot() == b.snapshot()
