"""Rows a migration asked for, written through the ORM at the unlock after it.

A migration that turns data into rows of synced entities does not write them itself: it
leaves what they need in ``upgrade_step`` (a local table), and ``run_pending`` writes them
here, in one session with change capture, so they sync like any edit, and removes the
steps in the same transaction (a crash in between leaves them for the next unlock). Their
ids are derived from what they stand for, so two laptops that both migrate write the same
rows, and a row that came in by sync before this laptop migrated is not made twice.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jiu_desktop.db.store import Store
from jiu_desktop.models import (
    ConsentRecord,
    Group,
    GroupMembership,
    Participant,
    StatusChange,
    UpgradeStep,
)
from jiu_desktop.models.consent import CARRIED_OVER, GIVEN, carried_over_id
from jiu_desktop.models.membership import membership_id
from jiu_desktop.services import consent, memberships
from jiu_desktop.services.changes import NOTHING, Changes, written

log = logging.getLogger(__name__)

Step = Callable[[Session, dict[str, Any]], None]


def _consent(session: Session, payload: dict[str, Any]) -> None:
    """0005: a ticked consent checkbox becomes a record *given*, dated at the migration,
    wording ``overgenomen``, coach unknown."""
    person = session.get(Participant, payload["participant_id"])
    ident = carried_over_id(payload["participant_id"], payload["kind"])
    if person is None or session.get(ConsentRecord, ident) is not None:
        return  # erased since, or made by a laptop that migrated first
    day = date.fromisoformat(payload["on"])
    consent.add_record(
        session, person, payload["kind"], GIVEN, day, None, CARRIED_OVER, record_id=ident
    )


def first_known_day(session: Session, person: Participant) -> date:
    """Since when a participant is known to be in the trajectory: their first status
    date, else the intake date, else the day they were entered."""
    first = session.scalar(
        select(func.min(StatusChange.changed_on)).where(
            StatusChange.participant_id == person.id, StatusChange.deleted.is_(False)
        )
    )
    if first is not None:
        return first
    return person.intake_date or person.created_at.date()


def _membership(session: Session, payload: dict[str, Any]) -> None:
    """0005: a participant's group becomes one membership, open, from the first day they
    are known in the trajectory (today at the latest: they are in the group now)."""
    person = session.get(Participant, payload["participant_id"])
    group_id = payload["group_id"]
    ident = membership_id(payload["participant_id"], group_id, CARRIED_OVER)
    if person is None or session.get(Group, group_id) is None:
        return
    if session.get(GroupMembership, ident) is None:
        session.add(
            GroupMembership(
                id=ident,
                participant_id=person.id,
                group_id=group_id,
                from_date=min(first_known_day(session, person), date.today()),
                deleted=person.deleted,
            )
        )
    if not person.deleted:
        memberships.sync_current(session, person)


STEPS: dict[str, Step] = {"0005_consent": _consent, "0005_membership": _membership}


def run_pending(store: Store) -> Changes:
    """Write what the migrations left; NOTHING when there is nothing (the usual case: one
    small query)."""
    with store.session() as session:
        steps = list(session.scalars(select(UpgradeStep).order_by(UpgradeStep.id)))
        if not steps:
            return NOTHING
        for step in steps:
            handler = STEPS.get(step.step)
            if handler is None:
                log.warning("unknown upgrade step %s left in place", step.id)
                continue
            handler(session, json.loads(step.payload))
            session.delete(step)
        log.info("upgrade steps written: %d", len(steps))
        return written(session)
