"""The kennismaking (intake), in the young person's own words, and the care workers around
them.

One intake per participant, with an id derived from the participant's (``derived_id``), so
two coaches who start it offline fill in one intake. Care workers (hulpverleners) hang
directly off the participant, not off the intake: they come and go during the trajectory
and the aftercare, and adding one needs no intake first. Contra-indications are no field:
they belong in a coach's note.
"""

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from jiu_desktop.models.base import SyncEntity, derived_id
from jiu_desktop.models.declaration import PARTICIPANT, QT_TRANSLATE_NOOP, Synced
from jiu_desktop.models.domains import LIFE_DOMAINS

#: Source of income; ``onbekend`` until it came up (the method: do not question them).
INCOME_SOURCES = ("onbekend", "uitkering", "werk", "studiefinanciering", "geen", "anders")
#: How to reach them when they do not show up (er op af).
REACH_WAYS = ("bellen", "appen", "sms", "langsgaan")


def intake_id(participant_id: str) -> str:
    """The id of a participant's intake: the same on every laptop."""
    return derived_id("intake", participant_id)


class Intake(SyncEntity):
    __tablename__ = "intake"
    sync = Synced(
        owner=PARTICIPANT,
        export="intake",
        text={
            "days_now": QT_TRANSLATE_NOOP("fields", "Intake: what they do with their days"),
            "verbinder_name": QT_TRANSLATE_NOOP("fields", "Intake: who brought them in"),
            "verbinder_reach": QT_TRANSLATE_NOOP(
                "fields", "Intake: how to reach who brought them in"
            ),
            "parent_who": QT_TRANSLATE_NOOP("fields", "Intake: which parent"),
        },
        search=("days_now",),
        choices={"income": INCOME_SOURCES},
        choice_sets={"reach_by": REACH_WAYS, "coach_subjects": LIFE_DOMAINS},
        derived_id=True,
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    #: What they do with their days now, in their words.
    days_now: Mapped[str] = mapped_column(default="")
    income: Mapped[str] = mapped_column(default="onbekend")
    #: Many have no computer or printer at home: forms are printed, the location lends one.
    has_computer: Mapped[bool] = mapped_column(default=False)
    has_email: Mapped[bool] = mapped_column(default=False)
    #: Permission of the social services (on benefits): needed, and given.
    social_services_permission_needed: Mapped[bool] = mapped_column(default=False)
    social_services_permission_given: Mapped[bool] = mapped_column(default=False)
    #: The verbinder who brought them in and stays in the background (for when they drop
    #: out): a youth worker, a neighbourhood's key figure.
    verbinder_name: Mapped[str] = mapped_column(default="")
    verbinder_reach: Mapped[str] = mapped_column(default="")
    #: Contact with a parent, and whether the young person agrees the team contacts them.
    parent_contact: Mapped[bool] = mapped_column(default=False)
    parent_who: Mapped[str] = mapped_column(default="")
    parent_contact_allowed: Mapped[bool] = mapped_column(default=False)
    #: How to reach them for er op af (a choice set: calling, app, text, visit).
    reach_by: Mapped[str] = mapped_column(default="")
    #: The life domains the coach works on with them (care workers have theirs).
    coach_subjects: Mapped[str] = mapped_column(default="")


class CareContact(SyncEntity):
    """A care worker (hulpverlener) involved, and the subjects they coach on: agreed
    between the young person, the care worker and the coach, so that not both work on the
    debts."""

    __tablename__ = "care_contact"
    sync = Synced(
        owner=PARTICIPANT,
        export="care_contacts",
        text={
            "organisation": QT_TRANSLATE_NOOP("fields", "Care worker: organisation"),
            "first_name": QT_TRANSLATE_NOOP("fields", "Care worker: first name"),
            "reach": QT_TRANSLATE_NOOP("fields", "Care worker: how to reach"),
        },
        search=("organisation",),
        choice_sets={"subjects": LIFE_DOMAINS},
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"), index=True)
    organisation: Mapped[str] = mapped_column(default="")
    first_name: Mapped[str] = mapped_column(default="")
    reach: Mapped[str] = mapped_column(default="")
    subjects: Mapped[str] = mapped_column(default="")
