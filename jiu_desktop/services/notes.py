"""Session notes: the timeline per participant and follow-up actions on the start page."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models import Participant, SessionNote
from jiu_desktop.services import validation as v
from jiu_desktop.services.cascade import soft_delete
from jiu_desktop.services.changes import Added, Changes, added, written

NOTE_FIELDS = ("note_date", "kind", "text", "follow_up", "follow_up_due", "follow_up_done")


@dataclass(frozen=True)
class FollowUp:
    """An open follow-up action, for the start page."""

    note_id: str
    participant_id: str
    participant_name: str
    action: str
    due: date | None


def clean_note_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "note_date":
            day = v.as_date(value, translate("notes", "Date"))
            if day is None:
                raise InvalidInput(translate("notes", "A note needs a date."))
            clean[key] = day
        elif key == "kind":
            clean[key] = v.check_choice(value, SessionNote, "kind", translate("notes", "Kind"))
        elif key in ("text", "follow_up"):
            clean[key] = str(value or "")
        elif key == "follow_up_due":
            clean[key] = v.as_date(value, translate("notes", "Due date"))
        elif key == "follow_up_done":
            clean[key] = bool(value)
        else:
            raise InvalidInput(translate("notes", "Unknown field: {field}").format(field=key))
    return clean


def list_notes(store: Store, participant_id: str) -> list[SessionNote]:
    """Newest first: the timeline."""
    with store.session() as session:
        stmt = (
            select(SessionNote)
            .where(SessionNote.participant_id == participant_id, SessionNote.deleted.is_(False))
            .order_by(SessionNote.note_date.desc(), SessionNote.created_at.desc())
        )
        return list(session.scalars(stmt))


def get_note(store: Store, note_id: str) -> SessionNote:
    with store.session() as session:
        note = v.live_row(session, SessionNote, note_id, translate("notes", "Note"))
        return note


def add_note(store: Store, participant_id: str, **fields: Any) -> Added[SessionNote]:
    clean = clean_note_fields({"note_date": date.today(), **fields})
    with store.session() as session:
        v.live_row(session, Participant, participant_id, translate("participants", "Participant"))
        note = SessionNote(participant_id=participant_id, **clean)
        session.add(note)
        return added(session, note)


def update_note(store: Store, note_id: str, **fields: Any) -> Changes:
    clean = clean_note_fields(fields)
    with store.session() as session:
        note = v.live_row(session, SessionNote, note_id, translate("notes", "Note"))
        v.assign_changed(note, clean)
        return written(session)


def delete_note(store: Store, note_id: str) -> Changes:
    with store.session() as session:
        note = session.get(SessionNote, note_id)
        if note is None:
            raise NotFound(translate("notes", "Note"), note_id)
        soft_delete(session, note)
        return written(session)


def open_follow_ups(store: Store, coach_id: str | None = None) -> list[FollowUp]:
    """Follow-up actions not yet done, earliest due first (undated last); with
    ``coach_id``, only those about that coach's participants."""
    with store.session() as session:
        stmt = (
            select(SessionNote, Participant)
            .join(Participant, Participant.id == SessionNote.participant_id)
            .where(
                SessionNote.deleted.is_(False),
                Participant.deleted.is_(False),
                SessionNote.follow_up_done.is_(False),
                SessionNote.follow_up != "",
            )
            .order_by(SessionNote.follow_up_due.is_(None), SessionNote.follow_up_due)
        )
        if coach_id:
            stmt = stmt.where(Participant.coach_id == coach_id)
        return [
            FollowUp(note.id, person.id, person.full_name, note.follow_up, note.follow_up_due)
            for note, person in session.execute(stmt)
        ]
