"""The participant (deelnemer) and what hangs directly off them: status history, referrals.

``group_id`` is a copy of the group they are in today (``models/membership.py``);
consent is on record (``models/consent.py``).
"""

from datetime import date

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column, relationship

from jiu_desktop.models.base import SyncEntity
from jiu_desktop.models.consent import ConsentRecord, is_given
from jiu_desktop.models.declaration import PARTICIPANT, QT_TRANSLATE_NOOP, Synced

#: Trajectory statuses in their usual order (codes; labels are translated in the views).
PARTICIPANT_STATUSES = ("aangemeld", "intake", "actief", "afgehaakt", "afgerond", "nazorg")
REFERRAL_STATUSES = ("voorgesteld", "aangemeld", "loopt", "afgerond", "gestopt")
#: Who sent them to the project ('' until filled in); ``referrer`` names the person or
#: organisation in free text.
REFERRAL_SOURCES = (
    "",
    "sociale_dienst",
    "wijkteam",
    "politie",
    "jongerenwerk",
    "maatschappelijk_werk",
    "school",
    "reclassering",
    "familie",
    "zelf",
    "anders",
)
#: Why someone stopped (afgehaakt), for the coaches only ('' when not said); the reasons
#: the handbook lists (§2.1, Ad D).
LEFT_REASONS = (
    "",
    "werk",
    "opleiding",
    "gezondheid",
    "detentie",
    "verhuisd",
    "uit_beeld",
    "anders",
)


class Participant(SyncEntity):
    __tablename__ = "participant"
    sync = Synced(
        owner=PARTICIPANT,
        export="participants",
        text={
            "first_name": QT_TRANSLATE_NOOP("fields", "First name"),
            "last_name": QT_TRANSLATE_NOOP("fields", "Last name"),
            "phone": QT_TRANSLATE_NOOP("fields", "Phone"),
            "email": QT_TRANSLATE_NOOP("fields", "E-mail"),
            "address": QT_TRANSLATE_NOOP("fields", "Address"),
            "referrer": QT_TRANSLATE_NOOP("fields", "Referred by"),
            "remarks": QT_TRANSLATE_NOOP("fields", "Remarks"),
        },
        search=("first_name", "last_name", "email", "remarks"),
        choices={
            "status": PARTICIPANT_STATUSES,
            "referral_source": REFERRAL_SOURCES,
            "left_reason": LEFT_REASONS,
        },
    )

    first_name: Mapped[str] = mapped_column(default="")
    last_name: Mapped[str] = mapped_column(default="")
    date_of_birth: Mapped[date | None] = mapped_column(default=None)
    phone: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    address: Mapped[str] = mapped_column(default="")
    referrer: Mapped[str] = mapped_column(default="")
    referral_source: Mapped[str] = mapped_column(default="")
    left_reason: Mapped[str] = mapped_column(default="")
    intake_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(default="aangemeld")
    group_id: Mapped[str | None] = mapped_column(ForeignKey("team_group.id"), default=None)
    coach_id: Mapped[str | None] = mapped_column(ForeignKey("coach.id"), default=None)
    remarks: Mapped[str] = mapped_column(default="")
    #: The consent records, only for the ``consent_*`` properties below (the services read
    #: consent through ``services/consent.py``). Loaded on request only
    #: (``participants.get_participant`` does): every list of participants would otherwise
    #: load every participant's records too.
    consent_records: Mapped[list[ConsentRecord]] = relationship(viewonly=True, lazy="select")

    __table_args__ = (Index("ix_participant_status", "status"),)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    # The three consent checkboxes of earlier versions, now read from the records
    # (``services/participant_record.py`` turns a tick into a record). Only valid on a
    # participant from ``participants.get_participant``, which loads the records.
    @property
    def consent_data_kept(self) -> bool:
        return is_given(self.consent_records, "gegevens_bewaren")

    @property
    def consent_contact_shared(self) -> bool:
        return is_given(self.consent_records, "contact_delen")

    @property
    def consent_photos(self) -> bool:
        return is_given(self.consent_records, "beeldmateriaal")

    def owner_participant_id(self) -> str | None:
        return self.id


class StatusChange(SyncEntity):
    """One step in the trajectory: the status and the date it changed."""

    __tablename__ = "status_change"
    sync = Synced(
        owner=PARTICIPANT, export="status_history", choices={"status": PARTICIPANT_STATUSES}
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    status: Mapped[str]
    changed_on: Mapped[date]


class Referral(SyncEntity):
    """A referral (verwijzing) to a service: debt help, social services, school, work."""

    __tablename__ = "referral"
    sync = Synced(
        owner=PARTICIPANT,
        export="referrals",
        text={
            "organisation": QT_TRANSLATE_NOOP("fields", "Referral: organisation"),
            "note": QT_TRANSLATE_NOOP("fields", "Referral: note"),
        },
        choices={"status": REFERRAL_STATUSES},
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    organisation: Mapped[str] = mapped_column(default="")
    referred_on: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(default="voorgesteld")
    note: Mapped[str] = mapped_column(default="")
