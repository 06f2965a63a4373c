"""The participation spiral (participatiespiraal): where a young person stands, per life
domain and overall, measured again and again.

A measurement is one row per domain measured (``algemeen`` is the overall phase the
funders count). Rows are only added in use: a new measurement is new rows, an edit is a
correction of that measurement. Two coaches who measure on the same day both keep their
rows; the latest is the last by ``(assessed_on, created_at, id)``, the same on every
laptop. The criteria of the next step (``resources/spiral/criteria.json``) are prompts to
talk about, ticked per measurement; they do not compute the step.
"""

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from jiu_desktop.models.base import SyncEntity, derived_id
from jiu_desktop.models.declaration import PARTICIPANT, QT_TRANSLATE_NOOP, Synced
from jiu_desktop.models.domains import LIFE_DOMAINS

#: The overall phase, then the ten life domains.
OVERALL = "algemeen"
SPIRAL_DOMAINS = (OVERALL, *LIFE_DOMAINS)
#: Overleven, ontmoeten, ondersteunen, ontwikkelen, ondernemen, and (when the team uses
#: it) the handbook's step 6, zelfstandig.
SPIRAL_STEPS = (1, 2, 3, 4, 5, 6)


class SpiralAssessment(SyncEntity):
    __tablename__ = "spiral_assessment"
    sync = Synced(
        owner=PARTICIPANT,
        export="spiral_assessments",
        text={"note": QT_TRANSLATE_NOOP("fields", "Spiral: note")},
        choices={"domain": SPIRAL_DOMAINS},
        ranges={"step": (SPIRAL_STEPS[0], SPIRAL_STEPS[-1])},
    )

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"))
    assessed_on: Mapped[date]
    domain: Mapped[str] = mapped_column(default=OVERALL)
    step: Mapped[int] = mapped_column(default=1)
    #: Filled in together with the young person (not by the coach alone).
    together: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(default="")
    coach_id: Mapped[str | None] = mapped_column(ForeignKey("coach.id"), default=None)

    __table_args__ = (
        Index("ix_spiral_assessment_participant", "participant_id", "domain", "assessed_on"),
    )


def assessment_order(row: SpiralAssessment) -> tuple[date, datetime, str]:
    """The order in which measurements of one domain follow each other (the last is the
    latest), the same on every laptop."""
    return (row.assessed_on, row.created_at, row.id)


def criterion_check_id(assessment_id: str, criterion: str) -> str:
    """One tick per criterion per measurement, however many laptops tick it."""
    return derived_id("spiral_criterion", assessment_id, criterion)


class SpiralCriterionCheck(SyncEntity):
    """A criterion of the next step talked about at a measurement, and whether it is met."""

    __tablename__ = "spiral_criterion_check"
    sync = Synced(owner=PARTICIPANT, export="criteria", parent="assessment_id", derived_id=True)

    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id"))
    assessment_id: Mapped[str] = mapped_column(ForeignKey("spiral_assessment.id"), index=True)
    #: The criterion's key in ``resources/spiral/criteria.json`` (``"1-2.afspraken"``).
    criterion: Mapped[str] = mapped_column(default="")
    met: Mapped[bool] = mapped_column(default=False)
