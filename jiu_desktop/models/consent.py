"""Consent on record: per kind, every decision the young person made, with its date, the
coach who recorded it and the version of the wording that was read out to them.

Records are only ever added (the history is the point): the current state of a kind is
its latest record (``latest``); no record means not given. The wording lives in
``resources/consent/<version>.json``; ``overgenomen`` marks a record carried over from
the consent checkboxes of an earlier version, whose wording is not known.
"""

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from jiu_desktop.models.base import SyncEntity, derived_id
from jiu_desktop.models.declaration import PARTICIPANT, Synced

CONSENT_KINDS = (
    "gegevens_bewaren",  # keep their data
    "contact_delen",  # share contact details with the group
    "beeldmateriaal",  # photos and videos
    "uitspraken_anoniem",  # quote them anonymously in reports
    "info_uitwisselen",  # exchange information with the referrer or a care worker
)
GIVEN, WITHDRAWN = "gegeven", "ingetrokken"
CONSENT_DECISIONS = (GIVEN, WITHDRAWN)
#: The wording version of a record carried over from an earlier version's checkbox.
CARRIED_OVER = "overgenomen"
#: The participant's consent checkboxes before schema 0005 (and export format 2.1), and
#: the kind each one stood for.
CHECKBOX_KINDS = {
    "consent_data_kept": "gegevens_bewaren",
    "consent_contact_shared": "contact_delen",
    "consent_photos": "beeldmateriaal",
}


def carried_over_id(participant_id: str, kind: str) -> str:
    """The id of the record a ticked checkbox of an earlier version became: the same on
    every laptop that migrates, and for every import of an older file."""
    return derived_id("consent", participant_id, kind, CARRIED_OVER)


class ConsentRecord(SyncEntity):
    __tablename__ = "consent_record"
    sync = Synced(
        owner=PARTICIPANT,
        export="consents",
        choices={"kind": CONSENT_KINDS, "decision": CONSENT_DECISIONS},
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"))
    kind: Mapped[str]
    decision: Mapped[str]
    recorded_on: Mapped[date]
    #: The coach who recorded it (empty: not known, or carried over).
    coach_id: Mapped[str | None] = mapped_column(ForeignKey("coach.id"), default=None)
    #: The version of the wording read out (``v1``, …, or ``overgenomen``).
    wording_version: Mapped[str] = mapped_column(default="")

    __table_args__ = (Index("ix_consent_record_participant_kind", "participant_id", "kind"),)


def _order(record: ConsentRecord) -> tuple[date, datetime, str]:
    return (record.recorded_on, record.created_at, record.id)


def latest(records: Iterable[ConsentRecord], kind: str) -> ConsentRecord | None:
    """The record that says how things stand for ``kind``: the latest by date, then by when
    it was made, then by id (so every laptop picks the same one)."""
    found = [r for r in records if r.kind == kind and not r.deleted]
    return max(found, key=_order) if found else None


def history_order(records: Iterable[ConsentRecord]) -> list[ConsentRecord]:
    """Oldest first, in the order ``latest`` reads them."""
    return sorted(records, key=_order)


def is_given(records: Iterable[ConsentRecord], kind: str) -> bool:
    record = latest(records, kind)
    return record is not None and record.decision == GIVEN
