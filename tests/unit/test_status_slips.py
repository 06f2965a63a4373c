"""A status set by mistake and put back at once leaves no step in the history."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from jiu_desktop.db.store import Store
from jiu_desktop.models import ChangeLogEntry, StatusChange
from jiu_desktop.models.base import utc_now
from jiu_desktop.services import participants


def steps(store: Store, participant_id: str) -> list[str]:
    return [s.status for s in participants.status_history(store, participant_id)]


def test_a_status_put_back_within_the_minute_leaves_no_step(store: Store) -> None:
    person = participants.create_participant(store, first_name="Noor", status="actief")
    participants.update_participant(store, person.id, status="afgehaakt")
    assert steps(store, person.id) == ["actief", "afgehaakt"]
    participants.update_participant(store, person.id, status="actief")
    assert steps(store, person.id) == ["actief"]
    assert participants.get_participant(store, person.id).status == "actief"
    with store.session() as session:
        slip = session.scalars(select(StatusChange).where(StatusChange.status == "afgehaakt")).one()
        assert slip.deleted, "a tombstone, so the other laptops drop it too"
        logged = session.scalars(
            select(ChangeLogEntry.field).where(ChangeLogEntry.row_id == slip.id)
        ).all()
        assert "deleted" in logged


def test_a_status_put_back_later_is_a_step_of_its_own(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = participants.create_participant(store, first_name="Noor", status="actief")
    participants.update_participant(store, person.id, status="afgehaakt")
    later = utc_now() + participants.STATUS_SLIP + timedelta(seconds=1)
    monkeypatch.setattr(participants, "utc_now", lambda: later)
    participants.update_participant(store, person.id, status="actief")
    assert steps(store, person.id) == ["actief", "afgehaakt", "actief"]


def test_a_quick_change_to_another_status_is_kept(store: Store) -> None:
    person = participants.create_participant(store, first_name="Noor")
    participants.update_participant(store, person.id, status="intake")
    participants.update_participant(store, person.id, status="actief")
    assert steps(store, person.id) == ["aangemeld", "intake", "actief"]


def test_the_first_step_is_never_a_slip(store: Store) -> None:
    person = participants.create_participant(store, first_name="Noor", status="intake")
    participants.update_participant(store, person.id, status="aangemeld")
    assert steps(store, person.id) == ["intake", "aangemeld"]
