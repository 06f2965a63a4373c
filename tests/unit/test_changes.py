"""What a service says it changed: entity classes and ids, collected at the flush."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from jiu_desktop.db.store import Store
from jiu_desktop.models import (
    Coach,
    Group,
    Participant,
    Referral,
    SessionNote,
    StatusChange,
)
from jiu_desktop.services import erasure, notes, participants, team
from jiu_desktop.services.changes import NOTHING, Changes, written


def test_touches_names_entity_classes() -> None:
    changes = Changes.of(SessionNote, "n-1")
    assert changes.touches(SessionNote, Referral)
    assert not changes.touches(Participant, Referral)
    assert changes and not NOTHING
    assert changes.ids == {"n-1"}


def test_a_union_keeps_every_class_and_id() -> None:
    both = Changes.of(SessionNote, "n-1") | Changes.of(Participant, "p-1", "p-2")
    assert both.entities == {SessionNote, Participant}
    assert both.ids == {"n-1", "p-1", "p-2"}
    assert (NOTHING | both) == both


def test_the_initiator_is_carried_but_is_no_part_of_what_changed() -> None:
    screen, other = object(), object()
    changes = Changes.of(Participant, "p-1")
    made = changes.by(screen)
    assert made.initiator is screen and changes.initiator is None
    assert made == changes and hash(made) == hash(changes)
    assert (made | Changes.of(SessionNote, "n-1").by(screen)).initiator is screen
    assert (NOTHING | made).initiator is screen, "nothing has no maker"
    assert (made | changes.by(other)).initiator is None, "two makers: both redraw"
    assert (made | changes).initiator is None


def test_table_names_from_sync_become_classes_and_unknown_ones_are_left_out() -> None:
    changes = Changes.from_tables({"participant": {"p-1"}, "garden_of_a_newer_version": {"g-1"}})
    assert changes == Changes.of(Participant, "p-1")


def test_written_reports_new_rows(store: Store) -> None:
    person = participants.create_participant(store, first_name="Noor")
    assert person.changes.entities == {Participant, StatusChange}, "the first status too"
    assert person.id in person.changes.ids and len(person.changes.ids) == 2
    note = notes.add_note(store, person.id, text="Intake")
    assert note.changes == Changes.of(SessionNote, note.id)
    assert team.create_group(store, "Voorjaar").changes.touches(Group)
    assert team.create_coach(store, "Sanne").changes.touches(Coach)


def test_written_reports_edits_and_nothing_for_a_save_that_changes_nothing(store: Store) -> None:
    person = participants.create_participant(store, first_name="Noor")
    assert participants.update_participant(store, person.id, remarks="x") == Changes.of(
        Participant, person.id
    )
    assert participants.update_participant(store, person.id, remarks="x") == NOTHING
    status = participants.update_participant(store, person.id, status="intake")
    assert status.entities == {Participant, StatusChange}
    note = notes.add_note(store, person.id, text="Intake")
    assert notes.update_note(store, note.id, text="Intake") == NOTHING
    assert notes.update_note(store, note.id, follow_up_done=True) == Changes.of(
        SessionNote, note.id
    )
    with store.session() as session:
        session.get(Participant, person.id)  # read, not written
        assert written(session) == NOTHING


def test_written_reports_a_soft_delete_with_the_rows_that_went_with_it(store: Store) -> None:
    person = participants.create_participant(store, first_name="Noor")
    note = notes.add_note(store, person.id, text="Intake")
    referral = participants.add_referral(store, person.id, organisation="Schuldhulp")
    changes = participants.delete_participant(store, person.id)
    assert changes.entities == {Participant, SessionNote, Referral, StatusChange}
    assert {person.id, note.id, referral.id} < changes.ids


def test_deleting_a_note_reports_only_the_note(store: Store) -> None:
    person = participants.create_participant(store, first_name="Noor")
    note = notes.add_note(store, person.id, text="Intake")
    assert notes.delete_note(store, note.id) == Changes.of(SessionNote, note.id)


def test_written_reports_removed_rows_and_forgets_a_rollback(store: Store) -> None:
    person = participants.create_participant(store, first_name="Noor")
    note = notes.add_note(store, person.id, note_date=date(2026, 9, 1), text="Intake")
    with store.session() as session:
        session.delete(session.get(SessionNote, note.id))
        assert written(session) == Changes.of(SessionNote, note.id)
        session.rollback()
        assert written(session) == NOTHING
        assert session.scalars(select(SessionNote.id)).all() == [note.id]


def test_an_erasure_names_the_participant_and_what_they_own(store: Store) -> None:
    person = participants.create_participant(store, first_name="Noor")
    changes = erasure.erase(store, person.id)
    assert changes.touches(Participant) and changes.touches(SessionNote)
    assert not changes.touches(Group)
    assert person.id in changes.ids
