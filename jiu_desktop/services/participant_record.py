"""The fields of the participant that live in rows of their own since schema 0005.

The details tab still edits the three consent checkboxes and the group as fields of the
participant. ``create_participant`` and ``update_participant`` hand those here: a tick that
changes how things stand becomes a consent record (by this laptop's coach, today), and a
group becomes a membership (from today; for a new participant from their intake date when
that lies before today). Everything else about consent and groups is in
``services/consent.py`` and ``services/memberships.py``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from jiu_desktop.models import Participant
from jiu_desktop.models.consent import CHECKBOX_KINDS
from jiu_desktop.services import consent, memberships

ROUTED = (*CHECKBOX_KINDS, "group_id")


def take_routed(clean: dict[str, Any]) -> dict[str, Any]:
    """Remove the routed fields from ``clean`` (the participant's own fields) and return
    them."""
    return {key: clean.pop(key) for key in ROUTED if key in clean}


def apply_routed(
    session: Session, person: Participant, routed: dict[str, Any], *, new: bool = False
) -> None:
    """Write what ``take_routed`` took as records and memberships."""
    for key, kind in CHECKBOX_KINDS.items():
        if key in routed:
            consent.record_if_changed(session, person, kind, bool(routed[key]))
    if "group_id" not in routed:
        return
    today = date.today()
    group = routed["group_id"]
    if group is None:
        memberships.leave_from(session, person, today)
        return
    start = today
    if new and person.intake_date is not None and person.intake_date < today:
        start = person.intake_date
    memberships.move(session, person, group, start)
