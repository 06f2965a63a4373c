"""Consent on record: give and withdraw per kind (one call each), the history, how things
stand now, and the one question code that shares or prints something asks: ``allows``.

Records are only ever added; the latest record of a kind says how things stand
(``models/consent.py``), and no record means not given. Every record names the version of
the wording that was read out (``resources/consent/<version>.json``, Dutch, B1), so later
it is clear what the young person said yes or no to.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate
from jiu_desktop.models import Coach, ConsentRecord, LocalState, Participant
from jiu_desktop.models.consent import (
    CARRIED_OVER,
    GIVEN,
    WITHDRAWN,
    history_order,
    is_given,
    latest,
)
from jiu_desktop.models.declaration import choices_of
from jiu_desktop.paths import RESOURCES
from jiu_desktop.services import validation as v
from jiu_desktop.services.changes import Added, added
from jiu_desktop.services.team import MY_COACH_KEY

WORDING = RESOURCES / "consent"
_VERSION = re.compile(r"v(\d+)")


@dataclass(frozen=True)
class Wording:
    """What was read out for one kind, in one version."""

    version: str
    kind: str
    title: str
    text: str


@dataclass(frozen=True)
class ConsentState:
    """How things stand for one kind: given or not, and the record that says so (None:
    never asked)."""

    kind: str
    given: bool
    record: ConsentRecord | None


def consent_kinds() -> tuple[str, ...]:
    """The kinds, in their usual order (the declaration's)."""
    return choices_of(ConsentRecord, "kind")


# -- wording ---------------------------------------------------------------------------------
def wording_versions() -> tuple[str, ...]:
    """The versions of the wording there are, oldest first (``v1``, ``v2``, …, ``v10``)."""
    found = [m for p in WORDING.glob("v*.json") if (m := _VERSION.fullmatch(p.stem))]
    return tuple(m.group(0) for m in sorted(found, key=lambda m: int(m.group(1))))


def current_wording_version() -> str:
    """The version a new record is given by default: the newest."""
    return wording_versions()[-1]


def wording(version: str | None = None) -> dict[str, Wording]:
    """Per kind, the title and the text read out in ``version`` (default: the current
    one). ``overgenomen`` has no text that was read out; it says so."""
    version = version or current_wording_version()
    if version == CARRIED_OVER:
        return {kind: _carried_over(kind) for kind in consent_kinds()}
    if version not in wording_versions():
        raise InvalidInput(
            translate("consent", "There is no consent wording “{version}”.").format(version=version)
        )
    document = _load(version)
    return {
        kind: Wording(version, kind, str(entry["title"]), str(entry["text"]))
        for kind, entry in document["kinds"].items()
    }


def _load(version: str) -> dict[str, dict[str, dict[str, str]]]:
    return _read(WORDING / f"{version}.json")


@cache
def _read(path: Path) -> dict[str, dict[str, dict[str, str]]]:
    loaded: dict[str, dict[str, dict[str, str]]] = json.loads(path.read_text("utf-8"))
    return loaded


def _carried_over(kind: str) -> Wording:
    title = _load(wording_versions()[0])["kinds"][kind]["title"]
    text = translate(
        "consent",
        "Taken over from the consent checkbox of an earlier version of JIU Desktop. What "
        "was read out then is not known.",
    )
    return Wording(CARRIED_OVER, kind, title, text)


# -- recording ----------------------------------------------------------------------------------
def give_consent(
    store: Store,
    participant_id: str,
    kind: str,
    *,
    coach_id: str | None = None,
    on: date | str | None = None,
    wording_version: str | None = None,
) -> Added[ConsentRecord]:
    """Record that the young person gave consent for ``kind`` (today, unless ``on``)."""
    return record_consent(
        store,
        participant_id,
        kind,
        GIVEN,
        coach_id=coach_id,
        on=on,
        wording_version=wording_version,
    )


def withdraw_consent(
    store: Store,
    participant_id: str,
    kind: str,
    *,
    coach_id: str | None = None,
    on: date | str | None = None,
    wording_version: str | None = None,
) -> Added[ConsentRecord]:
    """Record that the young person withdrew (or refused) consent for ``kind``: as easy
    as giving it."""
    return record_consent(
        store,
        participant_id,
        kind,
        WITHDRAWN,
        coach_id=coach_id,
        on=on,
        wording_version=wording_version,
    )


def record_consent(
    store: Store,
    participant_id: str,
    kind: str,
    decision: str,
    *,
    coach_id: str | None = None,
    on: date | str | None = None,
    wording_version: str | None = None,
) -> Added[ConsentRecord]:
    """Add one record: ``decision`` is ``gegeven`` or ``ingetrokken``. The same decision
    twice is recorded twice (a consent renewed after a new wording was read out is worth
    keeping); ``coach_id`` is who recorded it."""
    label = translate("consent", "Consent")
    kind = v.check_choice(kind, ConsentRecord, "kind", label)
    decision = v.check_choice(decision, ConsentRecord, "decision", label)
    day = v.as_date(on, translate("consent", "Date")) or date.today()
    if day > date.today():
        raise InvalidInput(translate("consent", "Consent cannot be recorded for a future date."))
    version = wording_version or current_wording_version()
    if version not in wording_versions():
        wording(version)  # raises: there is no such wording
    with store.session() as session:
        person = v.live_row(
            session, Participant, participant_id, translate("participants", "Participant")
        )
        if coach_id is not None:
            v.live_row(session, Coach, coach_id, translate("team", "Coach"))
        record = add_record(session, person, kind, decision, day, coach_id, version)
        return added(session, record)


def add_record(
    session: Session,
    person: Participant,
    kind: str,
    decision: str,
    day: date,
    coach_id: str | None,
    version: str,
    *,
    record_id: str | None = None,
) -> ConsentRecord:
    """The record, added to ``session`` (for services that record consent as part of a
    larger change)."""
    record = ConsentRecord(
        participant_id=person.id,
        kind=kind,
        decision=decision,
        recorded_on=day,
        coach_id=coach_id,
        wording_version=version,
        deleted=person.deleted,
    )
    if record_id is not None:
        record.id = record_id
    session.add(record)
    return record


def record_if_changed(session: Session, person: Participant, kind: str, given: bool) -> None:
    """A record when ``given`` differs from how things stand (the consent checkboxes of the
    details tab), by this laptop's coach, today, without a wording read out."""
    if is_given(_records(session, person.id), kind) == given:
        return
    state = session.get(LocalState, MY_COACH_KEY)
    coach = session.get(Coach, state.value) if state is not None else None
    coach_id = coach.id if coach is not None and not coach.deleted else None
    decision = GIVEN if given else WITHDRAWN
    add_record(session, person, kind, decision, date.today(), coach_id, "")


# -- reading --------------------------------------------------------------------------------------
def _records(session: Session, participant_id: str) -> list[ConsentRecord]:
    stmt = select(ConsentRecord).where(
        ConsentRecord.participant_id == participant_id, ConsentRecord.deleted.is_(False)
    )
    return list(session.scalars(stmt))


def consent_history(
    store: Store, participant_id: str, kind: str | None = None
) -> list[ConsentRecord]:
    """Every record of the participant (of ``kind`` only, when given), oldest first."""
    with store.session() as session:
        v.live_row(session, Participant, participant_id, translate("participants", "Participant"))
        records = _records(session, participant_id)
    return [r for r in history_order(records) if kind is None or r.kind == kind]


def current_consents(store: Store, participant_id: str) -> dict[str, ConsentState]:
    """How things stand for every kind, in the usual order of the kinds."""
    with store.session() as session:
        v.live_row(session, Participant, participant_id, translate("participants", "Participant"))
        records = _records(session, participant_id)
    states = {}
    for kind in consent_kinds():
        record = latest(records, kind)
        states[kind] = ConsentState(kind, record is not None and record.decision == GIVEN, record)
    return states


def current_consent(store: Store, participant_id: str, kind: str) -> bool:
    """Whether consent for ``kind`` stands now (its latest record says given)."""
    kind = v.check_choice(kind, ConsentRecord, "kind", translate("consent", "Consent"))
    with store.session() as session:
        v.live_row(session, Participant, participant_id, translate("participants", "Participant"))
        return is_given(_records(session, participant_id), kind)


def allows(store: Store, participant_id: str, kind: str) -> bool:
    """The question to ask before sharing or printing something about a participant
    (contact details for the group list, a photo, a quote, information for a care
    worker): True only when their consent for ``kind`` stands now. A participant who is
    deleted or not here allows nothing."""
    return participant_id in allowing(store, kind, [participant_id])


def allowing(store: Store, kind: str, participant_ids: Iterable[str] | None = None) -> set[str]:
    """Of ``participant_ids`` (default: everyone not deleted), those whose consent for
    ``kind`` stands now: e.g. who may be on the group's contact list."""
    kind = v.check_choice(kind, ConsentRecord, "kind", translate("consent", "Consent"))
    wanted = None if participant_ids is None else set(participant_ids)
    with store.session() as session:
        stmt = (
            select(ConsentRecord)
            .join(Participant, Participant.id == ConsentRecord.participant_id)
            .where(
                ConsentRecord.kind == kind,
                ConsentRecord.deleted.is_(False),
                Participant.deleted.is_(False),
            )
        )
        if wanted is not None:
            stmt = stmt.where(ConsentRecord.participant_id.in_(wanted))
        by_person: dict[str, list[ConsentRecord]] = {}
        for record in session.scalars(stmt):
            by_person.setdefault(record.participant_id, []).append(record)
    return {person for person, records in by_person.items() if is_given(records, kind)}


def coach_name(store: Store, coach_id: str | None) -> str:
    """The name of the coach who recorded a record ("" when not known)."""
    if coach_id is None:
        return ""
    with store.session() as session:
        coach = session.get(Coach, coach_id)
        return coach.name if coach is not None else ""
