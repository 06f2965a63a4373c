"""Volgende stappen: one list of what is coming up, for the start page and ``due-steps``:
the open follow-ups of session notes and the dream-tin steps whose best-before date is
near (within ``days``) or past.

Each item says where it comes from (``kind``): ``follow_up`` (a note's follow-up,
``item_id`` the note) or ``dream_step`` (``item_id`` the step). The list is ordered by
date, earliest (the past) first, undated follow-ups last.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from jiu_desktop.db.store import Store
from jiu_desktop.models import Dream, DreamStep, Participant
from jiu_desktop.services import notes

FOLLOW_UP, DREAM_STEP = "follow_up", "dream_step"
#: A step shows from this many days before its best-before date.
DUE_WITHIN_DAYS = 7


@dataclass(frozen=True)
class AgendaItem:
    kind: str
    item_id: str
    participant_id: str
    participant_name: str
    first_name: str
    text: str
    due: date | None


def due_steps(
    store: Store,
    *,
    days: int = DUE_WITHIN_DAYS,
    coach_id: str | None = None,
    today: date | None = None,
) -> list[AgendaItem]:
    """Open steps of active dreams whose best-before date is at most ``days`` away (or
    past), earliest first; with ``coach_id`` only that coach's participants."""
    until = (today or date.today()) + timedelta(days=days)
    with store.session() as session:
        # Columns, not entities: loading every participant would also load their consent
        # records (selectin), three times the cost of the query over 10,000 participants.
        stmt = (
            select(
                DreamStep.id,
                DreamStep.participant_id,
                DreamStep.text,
                DreamStep.best_before,
                Participant.first_name,
                Participant.last_name,
            )
            .join(Dream, Dream.id == DreamStep.dream_id)
            .join(Participant, Participant.id == DreamStep.participant_id)
            .where(
                DreamStep.deleted.is_(False),
                Dream.deleted.is_(False),
                Participant.deleted.is_(False),
                DreamStep.status == "open",
                Dream.status == "actief",
                DreamStep.best_before.is_not(None),
                DreamStep.best_before <= until,
            )
            .order_by(DreamStep.best_before, DreamStep.created_at, DreamStep.id)
        )
        if coach_id:
            stmt = stmt.where(Participant.coach_id == coach_id)
        return [
            AgendaItem(DREAM_STEP, sid, pid, f"{first} {last}".strip(), first, text, due)
            for sid, pid, text, due, first, last in session.execute(stmt)
        ]


def agenda(
    store: Store, *, coach_id: str | None = None, today: date | None = None
) -> list[AgendaItem]:
    """Open follow-ups and due dream-tin steps in one list, by date (undated last)."""
    follow_ups = [
        AgendaItem(
            FOLLOW_UP,
            f.note_id,
            f.participant_id,
            f.participant_name,
            f.participant_name.split(" ")[0],
            f.action,
            f.due,
        )
        for f in notes.open_follow_ups(store, coach_id=coach_id)
    ]
    items = [*follow_ups, *due_steps(store, coach_id=coach_id, today=today)]
    return sorted(items, key=lambda i: (i.due is None, i.due or date.max, i.kind))
