"""Participants (deelnemers): list and search, details, status history, referrals."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models import (
    Coach,
    Group,
    Participant,
    Referral,
    StatusChange,
)
from jiu_desktop.models.base import utc_now
from jiu_desktop.services import memberships, participant_record
from jiu_desktop.services import validation as v
from jiu_desktop.services.cascade import soft_delete
from jiu_desktop.services.changes import Added, Changes, added, written
from jiu_desktop.services.search import matching_ids
from jiu_desktop.sync.changelog import current_stamps

TEXT_FIELDS = ("first_name", "last_name", "address", "referrer", "remarks")
BOOL_FIELDS = ("consent_data_kept", "consent_contact_shared", "consent_photos")
#: Choices that may be left open: '' is their first declared code ("not filled in").
#: ``left_reason`` is for the coaches only; it is kept when the status changes back.
OPEN_CHOICES = ("referral_source", "left_reason")
EDITABLE_FIELDS = (
    *TEXT_FIELDS,
    "phone",
    "email",
    "date_of_birth",
    "intake_date",
    "status",
    *OPEN_CHOICES,
    "group_id",
    "coach_id",
    *BOOL_FIELDS,
)
SORT_KEYS = ("name", "status", "intake_date", "updated")
#: A status put back to the one before within this time, on the laptop that set it, was a
#: slip (a wheel turn, a wrong click): its step is dropped, so it counts nowhere.
STATUS_SLIP = timedelta(seconds=60)


class ParticipantRow(NamedTuple):
    """One line of the participant list (a tuple: cheap to make by the thousand)."""

    id: str
    first_name: str
    last_name: str
    status: str
    group_name: str
    coach_name: str
    intake_date: date | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def list_participants(
    store: Store,
    query: str = "",
    status: str | None = None,
    group_id: str | None = None,
    sort: str = "name",
    coach_id: str | None = None,
    on: date | None = None,
) -> list[ParticipantRow]:
    """Participants not deleted, filtered by search text, status, group and coach.

    The group filter is by membership: who is in the group on ``on`` (default today),
    also someone who left it since or joins it later. The group column is today's."""
    with store.session() as session:
        stmt = (
            select(
                Participant.id,
                Participant.first_name,
                Participant.last_name,
                Participant.status,
                func.coalesce(Group.name, ""),
                func.coalesce(Coach.name, ""),
                type_coerce(Participant.intake_date, String),
            )
            .outerjoin(Group, Group.id == Participant.group_id)
            .outerjoin(Coach, Coach.id == Participant.coach_id)
            .where(Participant.deleted.is_(False))
        )
        matching = matching_ids(query)
        if matching is not None:
            stmt = stmt.where(Participant.id.in_(matching))
        if status:
            stmt = stmt.where(Participant.status == status)
        if group_id:
            stmt = stmt.where(memberships.in_group_filter(group_id, on or date.today()))
        if coach_id:
            stmt = stmt.where(Participant.coach_id == coach_id)
        name_order = (func.lower(Participant.first_name), func.lower(Participant.last_name))
        order = {
            "name": name_order,
            "status": (Participant.status, *name_order),
            "intake_date": (Participant.intake_date.desc(), *name_order),
            "updated": (Participant.updated_at.desc(),),
        }[sort if sort in SORT_KEYS else "name"]
        rows = session.execute(stmt.order_by(*order)).all()
        # Dates come back as ISO text: parsing them here is much faster for long lists.
        return [
            ParticipantRow(*row[:6], date.fromisoformat(row[6]) if row[6] else None) for row in rows
        ]


def count_participants(store: Store, status: str | None = None, coach_id: str | None = None) -> int:
    with store.session() as session:
        stmt = select(func.count()).where(Participant.deleted.is_(False))
        if status:
            stmt = stmt.where(Participant.status == status)
        if coach_id:
            stmt = stmt.where(Participant.coach_id == coach_id)
        return int(session.scalar(stmt.select_from(Participant)) or 0)


def get_participant(store: Store, participant_id: str) -> Participant:
    """The participant, with their consent records (for the ``consent_*`` properties)."""
    with store.session() as session:
        person = _get(session, participant_id)
        _ = person.consent_records  # loaded now, while the session is open
        return person


def _get(session: Session, participant_id: str) -> Participant:
    return v.live_row(
        session, Participant, participant_id, translate("participants", "Participant")
    )


def clean_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Validate and normalise editable fields; raise InvalidInput on the first bad one."""
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in EDITABLE_FIELDS:
            raise InvalidInput(
                translate("participants", "Unknown field: {field}").format(field=key)
            )
        if key in TEXT_FIELDS:
            clean[key] = str(value or "").strip() if key != "remarks" else str(value or "")
        elif key in BOOL_FIELDS:
            clean[key] = bool(value)
        elif key == "phone":
            clean[key] = v.check_phone(str(value or ""))
        elif key == "email":
            clean[key] = v.check_email(str(value or ""))
        elif key == "date_of_birth":
            clean[key] = v.check_birth_date(
                v.as_date(value, translate("participants", "Date of birth"))
            )
        elif key == "intake_date":
            clean[key] = v.as_date(value, translate("participants", "Intake date"))
        elif key == "status":
            clean[key] = v.check_choice(
                value, Participant, "status", translate("participants", "Status")
            )
        elif key in OPEN_CHOICES:
            clean[key] = v.check_choice(
                "" if value is None else value, Participant, key, _choice_label(key)
            )
        else:  # group_id, coach_id
            clean[key] = value or None
    return clean


def _choice_label(key: str) -> str:
    if key == "referral_source":
        return translate("participants", "Referred via")
    return translate("participants", "Why stopped")


def new_participant_fields() -> dict[str, Any]:
    """The editable fields of a participant not stored yet, at their defaults (a new form).
    Fields that are no column (the consent checkboxes of earlier versions, routed to
    ``participant_record``) start unset."""
    columns = Participant.__table__.columns
    return {
        name: None
        if name not in columns or columns[name].default is None
        else columns[name].default.arg
        for name in EDITABLE_FIELDS
    }


def create_participant(store: Store, **fields: Any) -> Added[Participant]:
    clean = clean_fields(fields)
    if not (clean.get("first_name") or clean.get("last_name")):
        raise InvalidInput(translate("participants", "A participant needs at least a first name."))
    routed = participant_record.take_routed(clean)
    with store.session() as session:
        participant = Participant(**clean)
        session.add(participant)
        session.flush()
        session.add(
            StatusChange(
                participant_id=participant.id,
                status=participant.status,
                changed_on=date.today(),
            )
        )
        participant_record.apply_routed(session, participant, routed, new=True)
        return added(session, participant)


def update_participant(store: Store, participant_id: str, **fields: Any) -> Changes:
    """Set the given fields; a status change is recorded with today's date."""
    clean = clean_fields(fields)
    routed = participant_record.take_routed(clean)
    with store.session() as session:
        participant = _get(session, participant_id)
        participant_record.apply_routed(session, participant, routed)
        if "first_name" in clean or "last_name" in clean:
            first = clean.get("first_name", participant.first_name)
            last = clean.get("last_name", participant.last_name)
            if not (first or last):
                raise InvalidInput(
                    translate("participants", "A participant needs at least a first name.")
                )
        changed = v.assign_changed(participant, clean)
        if "status" in changed:
            _record_status(session, store.device_id, participant.id, changed["status"])
        return written(session)


def _record_status(session: Session, device_id: str, participant_id: str, status: str) -> None:
    """A new step in the history, unless this puts back a step this laptop just made."""
    steps = list(session.scalars(_steps(participant_id)))
    if len(steps) >= 2 and steps[-2].status == status and _slip(session, device_id, steps[-1]):
        soft_delete(session, steps[-1])
        return
    session.add(StatusChange(participant_id=participant_id, status=status, changed_on=date.today()))


def _slip(session: Session, device_id: str, step: StatusChange) -> bool:
    """Was this step written here, less than :data:`STATUS_SLIP` ago?"""
    age = utc_now() - step.created_at
    if not timedelta(0) <= age <= STATUS_SLIP:
        return False
    stamps = current_stamps(session.connection(), StatusChange.__tablename__, [step.id], ["status"])
    stamp = stamps.get((step.id, "status"))
    return stamp is not None and stamp[1] == device_id


def status_history(store: Store, participant_id: str) -> list[StatusChange]:
    """The live steps, oldest first (a slip that was put back is not among them)."""
    with store.session() as session:
        return list(session.scalars(_steps(participant_id)))


def _steps(participant_id: str) -> Select[StatusChange]:
    return (
        select(StatusChange)
        .where(StatusChange.participant_id == participant_id, StatusChange.deleted.is_(False))
        .order_by(StatusChange.changed_on, StatusChange.created_at)
    )


def delete_participant(store: Store, participant_id: str) -> Changes:
    """Soft delete (a tombstone that can be synced); everything nested under the
    participant (notes, referrals, status history, and so on down) goes with it."""
    with store.session() as session:
        soft_delete(session, _get(session, participant_id))
        return written(session)


# -- referrals ------------------------------------------------------------------------------
def list_referrals(store: Store, participant_id: str) -> list[Referral]:
    with store.session() as session:
        stmt = (
            select(Referral)
            .where(Referral.participant_id == participant_id, Referral.deleted.is_(False))
            .order_by(Referral.referred_on.desc(), Referral.created_at)
        )
        return list(session.scalars(stmt))


def _clean_referral(fields: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "organisation" or key == "note":
            clean[key] = str(value or "").strip()
        elif key == "referred_on":
            clean[key] = v.as_date(value, translate("participants", "Referral date"))
        elif key == "status":
            clean[key] = v.check_choice(
                value, Referral, "status", translate("participants", "Status")
            )
        else:
            raise InvalidInput(
                translate("participants", "Unknown field: {field}").format(field=key)
            )
    return clean


def add_referral(store: Store, participant_id: str, **fields: Any) -> Added[Referral]:
    clean = _clean_referral(fields)
    if not clean.get("organisation"):
        raise InvalidInput(translate("participants", "A referral needs an organisation."))
    with store.session() as session:
        _get(session, participant_id)
        referral = Referral(participant_id=participant_id, **clean)
        session.add(referral)
        return added(session, referral)


def update_referral(store: Store, referral_id: str, **fields: Any) -> Changes:
    clean = _clean_referral(fields)
    with store.session() as session:
        referral = v.live_row(session, Referral, referral_id, translate("participants", "Referral"))
        v.assign_changed(referral, clean)
        return written(session)


def delete_referral(store: Store, referral_id: str) -> Changes:
    with store.session() as session:
        referral = session.get(Referral, referral_id)
        if referral is None:
            raise NotFound(translate("participants", "Referral"), referral_id)
        soft_delete(session, referral)
        return written(session)
