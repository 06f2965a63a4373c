"""Talents and what goes well: a list per participant, in plain words and dated.

Successes are also part of the participant's timeline (``successes``): the method says
to reinforce what goes well, and young people like to come and tell theirs.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models import Participant, Talent
from jiu_desktop.services import validation as v
from jiu_desktop.services.cascade import soft_delete
from jiu_desktop.services.changes import Added, Changes, added, written


def clean_talent_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "kind":
            clean[key] = v.check_choice(value, Talent, key, translate("talents", "Kind"))
        elif key == "text":
            clean[key] = str(value or "").strip()
        elif key == "noted_on":
            day = v.as_date(value, translate("talents", "Date"))
            if day is None:
                raise InvalidInput(translate("talents", "A talent or success needs a date."))
            clean[key] = day
        else:
            raise InvalidInput(translate("talents", "Unknown field: {field}").format(field=key))
    return clean


def list_talents(store: Store, participant_id: str, kind: str | None = None) -> list[Talent]:
    """Talents and successes (only ``kind``, when given), newest first."""
    with store.session() as session:
        stmt = select(Talent).where(
            Talent.participant_id == participant_id, Talent.deleted.is_(False)
        )
        if kind is not None:
            kind = v.check_choice(kind, Talent, "kind", translate("talents", "Kind"))
            stmt = stmt.where(Talent.kind == kind)
        stmt = stmt.order_by(Talent.noted_on.desc(), Talent.created_at.desc())
        return list(session.scalars(stmt))


def successes(store: Store, participant_id: str) -> list[Talent]:
    """The participant's successes with their dates (``noted_on``), newest first: for the
    timeline beside the conversation notes."""
    return list_talents(store, participant_id, "succes")


def add_talent(store: Store, participant_id: str, **fields: Any) -> Added[Talent]:
    """A talent or a success (``kind``), its ``text`` and its date (``noted_on``, today
    unless given)."""
    clean = clean_talent_fields({**fields, "noted_on": fields.get("noted_on") or date.today()})
    if not clean.get("text"):
        raise InvalidInput(translate("talents", "Write down the talent or success in a few words."))
    with store.session() as session:
        v.live_row(session, Participant, participant_id, translate("participants", "Participant"))
        talent = Talent(participant_id=participant_id, **clean)
        session.add(talent)
        return added(session, talent)


def update_talent(store: Store, talent_id: str, **fields: Any) -> Changes:
    clean = clean_talent_fields(fields)
    if "text" in clean and not clean["text"]:
        raise InvalidInput(translate("talents", "Write down the talent or success in a few words."))
    with store.session() as session:
        talent = v.live_row(session, Talent, talent_id, translate("talents", "Talent"))
        v.assign_changed(talent, clean)
        return written(session)


def delete_talent(store: Store, talent_id: str) -> Changes:
    with store.session() as session:
        talent = session.get(Talent, talent_id)
        if talent is None:
            raise NotFound(translate("talents", "Talent"), talent_id)
        soft_delete(session, talent)
        return written(session)
