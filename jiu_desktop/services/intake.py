"""The kennismaking (intake) and the care workers around the young person.

Short, and in the young person's own words: the method says do not question them. The
intake is made by its first save (``save_intake``) with an id derived from the
participant's, so two coaches who start it offline fill in one intake.

Choice sets (how to reach them, the subjects someone coaches on) come in and go out as
tuples of codes (``chosen`` reads a stored one); the codes are the declaration's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models import LIFE_DOMAINS, CareContact, Intake, Participant
from jiu_desktop.models.declaration import split_codes
from jiu_desktop.models.intake import intake_id
from jiu_desktop.services import validation as v
from jiu_desktop.services.cascade import soft_delete
from jiu_desktop.services.changes import Added, Changes, added, written

INTAKE_TEXT = ("days_now", "verbinder_name", "verbinder_reach", "parent_who")
INTAKE_BOOLS = (
    "has_computer",
    "has_email",
    "social_services_permission_needed",
    "social_services_permission_given",
    "parent_contact",
    "parent_contact_allowed",
)
INTAKE_SETS = ("reach_by", "coach_subjects")
CARE_TEXT = ("organisation", "first_name", "reach")


def chosen(stored: str) -> tuple[str, ...]:
    """The codes of a stored choice set (``intake.reach_by``), in declared order."""
    return split_codes(stored)


@dataclass(frozen=True)
class SharedSubject:
    """A subject more than one person works on: the coach (``coach``) and/or care workers
    (``care_contact_ids``). For the screen: agree who does what."""

    subject: str
    coach: bool
    care_contact_ids: tuple[str, ...]


def _person(session: Session, participant_id: str) -> Participant:
    return v.live_row(
        session, Participant, participant_id, translate("participants", "Participant")
    )


def _unknown(key: str) -> InvalidInput:
    return InvalidInput(translate("intake", "Unknown field: {field}").format(field=key))


def clean_intake_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key in INTAKE_TEXT:
            clean[key] = str(value or "")
        elif key in INTAKE_BOOLS:
            clean[key] = bool(value)
        elif key == "income":
            clean[key] = v.check_choice(value, Intake, key, translate("intake", "Income"))
        elif key == "reach_by":
            label = translate("intake", "How to reach them")
            clean[key] = v.check_choice_set(value, Intake, key, label)
        elif key == "coach_subjects":
            label = translate("intake", "What the coach works on")
            clean[key] = v.check_choice_set(value, Intake, key, label)
        else:
            raise _unknown(key)
    return clean


# -- the intake ---------------------------------------------------------------------------------
def get_intake(store: Store, participant_id: str) -> Intake | None:
    """The participant's intake, or None when it was not started."""
    with store.session() as session:
        _person(session, participant_id)
        stmt = (
            select(Intake)
            .where(Intake.participant_id == participant_id, Intake.deleted.is_(False))
            .order_by(Intake.id != intake_id(participant_id), Intake.created_at)
        )
        return session.scalars(stmt).first()


def save_intake(store: Store, participant_id: str, **fields: Any) -> Changes:
    """Set the given fields of the intake, starting it when there is none yet."""
    clean = clean_intake_fields(fields)
    with store.session() as session:
        _person(session, participant_id)
        ident = intake_id(participant_id)
        intake = session.get(Intake, ident)
        if intake is None:
            session.add(Intake(id=ident, participant_id=participant_id, **clean))
        else:
            if intake.deleted:
                intake.deleted = False
            v.assign_changed(intake, clean)
        return written(session)


# -- care workers -------------------------------------------------------------------------------
def clean_care_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key in CARE_TEXT:
            clean[key] = str(value or "").strip()
        elif key == "subjects":
            label = translate("intake", "Subjects")
            clean[key] = v.check_choice_set(value, CareContact, key, label)
        else:
            raise _unknown(key)
    return clean


def list_care_contacts(store: Store, participant_id: str) -> list[CareContact]:
    """The care workers involved, in the order they were added."""
    with store.session() as session:
        stmt = (
            select(CareContact)
            .where(CareContact.participant_id == participant_id, CareContact.deleted.is_(False))
            .order_by(CareContact.created_at, CareContact.id)
        )
        return list(session.scalars(stmt))


def add_care_contact(store: Store, participant_id: str, **fields: Any) -> Added[CareContact]:
    clean = clean_care_fields(fields)
    if not (clean.get("organisation") or clean.get("first_name")):
        raise InvalidInput(
            translate("intake", "A care worker needs an organisation or a first name.")
        )
    with store.session() as session:
        _person(session, participant_id)
        contact = CareContact(participant_id=participant_id, **clean)
        session.add(contact)
        return added(session, contact)


def update_care_contact(store: Store, contact_id: str, **fields: Any) -> Changes:
    clean = clean_care_fields(fields)
    with store.session() as session:
        contact = v.live_row(session, CareContact, contact_id, translate("intake", "Care worker"))
        v.assign_changed(contact, clean)
        return written(session)


def delete_care_contact(store: Store, contact_id: str) -> Changes:
    with store.session() as session:
        contact = session.get(CareContact, contact_id)
        if contact is None:
            raise NotFound(translate("intake", "Care worker"), contact_id)
        soft_delete(session, contact)
        return written(session)


def shared_subjects(store: Store, participant_id: str) -> list[SharedSubject]:
    """The subjects that more than one person works on (the coach, per the intake, and
    the care workers), in the declared order of subjects."""
    intake = get_intake(store, participant_id)
    contacts = list_care_contacts(store, participant_id)
    coach = set(chosen(intake.coach_subjects)) if intake is not None else set()
    found: list[SharedSubject] = []
    subjects = {code for c in contacts for code in chosen(c.subjects)} | coach
    for subject in sorted(subjects, key=_subject_order):
        others = tuple(c.id for c in contacts if subject in chosen(c.subjects))
        if len(others) + (subject in coach) > 1:
            found.append(SharedSubject(subject, subject in coach, others))
    return found


def _subject_order(code: str) -> tuple[int, str]:
    return (LIFE_DOMAINS.index(code) if code in LIFE_DOMAINS else len(LIFE_DOMAINS), code)
