"""The participation spiral of one young person (``models/progress.py``): measuring where
they stand, overall (*Algemeen*) and per life domain; correcting or deleting one row of a
measurement; and the history per domain, the first measurement (the baseline) and the
latest.

A measurement is one row per domain measured; domains may be skipped. Rows are added, never
overwritten by a next measurement: a change to a row is a correction of that measurement.
The criteria ticked at a measurement are those of the way to the *next* step
(``services/spiral_criteria.py``); they are prompts for the conversation and decide
nothing about the step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models import (
    SPIRAL_DOMAINS,
    Coach,
    Participant,
    SpiralAssessment,
    SpiralCriterionCheck,
)
from jiu_desktop.models.base import new_id
from jiu_desktop.models.progress import assessment_order, criterion_check_id
from jiu_desktop.models.team import TEAM_SETTINGS_ID, TeamSettings
from jiu_desktop.services import validation as v
from jiu_desktop.services.cascade import soft_delete
from jiu_desktop.services.changes import Changes, written
from jiu_desktop.services.domain_labels import spiral_domain_label
from jiu_desktop.services.spiral_criteria import spiral_words

#: The steps every team's spiral has; step 6 only when the team uses it.
FIVE_STEPS = (1, 2, 3, 4, 5)
STEP_SIX = 6


@dataclass(frozen=True)
class Measured:
    """The rows one measurement made (one per domain measured) and what it wrote."""

    rows: tuple[SpiralAssessment, ...]
    changes: Changes

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(row.id for row in self.rows)


@dataclass(frozen=True)
class DomainHistory:
    """The measurements of one domain, oldest first (``assessment_order``)."""

    domain: str
    rows: tuple[SpiralAssessment, ...]

    @property
    def first(self) -> SpiralAssessment | None:
        """The baseline: where they started."""
        return self.rows[0] if self.rows else None

    @property
    def latest(self) -> SpiralAssessment | None:
        return self.rows[-1] if self.rows else None


# -- checking what is typed ----------------------------------------------------------------
def _label_step() -> str:
    return translate("spiral", "Step")


def _day(value: object) -> date:
    day = v.as_date(value, translate("spiral", "Date"))
    if day is None:
        raise InvalidInput(translate("spiral", "A measurement needs a date."))
    if day > date.today():
        raise InvalidInput(translate("spiral", "A measurement cannot lie in the future."))
    return day


def _domain(code: object) -> str:
    return v.check_choice(code, SpiralAssessment, "domain", translate("spiral", "Life domain"))


def _uses_six(session: Session) -> bool:
    row = session.get(TeamSettings, TEAM_SETTINGS_ID)
    return bool(row is not None and not row.deleted and row.spiral_step_six)


def _step(session: Session, value: object) -> int:
    step = v.check_range(value, SpiralAssessment, "step", _label_step())
    if step == STEP_SIX and not _uses_six(session):
        raise InvalidInput(
            translate(
                "spiral",
                "This team's spiral has five steps. Step 6 (Zelfstandig) can be switched on "
                "in the Settings.",
            )
        )
    return step


def _criteria(domain: str, step: int, ticks: Mapping[str, object]) -> dict[str, bool]:
    """``ticks`` when each is a criterion of the way from ``step`` to the next one."""
    transition = spiral_words().next_transition(step)
    allowed = {c.key for c in transition.criteria} if transition else set()
    for key in ticks:
        if key not in allowed:
            raise InvalidInput(
                translate(
                    "spiral", "{domain}: “{key}” is no criterion of the way from step {step}."
                ).format(domain=spiral_domain_label(domain), key=key, step=step)
            )
    return {key: bool(met) for key, met in ticks.items()}


def _tick(session: Session, row: SpiralAssessment, key: str, met: bool) -> None:
    ident = criterion_check_id(row.id, key)
    check = session.get(SpiralCriterionCheck, ident)
    if check is None:
        session.add(
            SpiralCriterionCheck(
                id=ident,
                participant_id=row.participant_id,
                assessment_id=row.id,
                criterion=key,
                met=met,
            )
        )
        return
    if check.deleted:
        check.deleted = False
    v.assign_changed(check, {"met": met})


def _assessment(session: Session, assessment_id: str) -> SpiralAssessment:
    return v.live_row(session, SpiralAssessment, assessment_id, translate("spiral", "Measurement"))


# -- measuring, correcting, deleting -----------------------------------------------------
def record_measurement(
    store: Store,
    participant_id: str,
    assessed_on: object,
    steps: Mapping[str, object],
    together: bool = False,
    note: str = "",
    criteria: Mapping[str, Mapping[str, object]] | None = None,
    coach_id: str | None = None,
) -> Measured:
    """One row per domain in ``steps`` ({domain: step}; at least one), with the criteria
    ticked per domain ({domain: {criterion key: met}}) for the way to its next step. The
    note and ``together`` are the measurement's, so every row carries them."""
    day = _day(assessed_on)
    chosen = {_domain(domain): step for domain, step in steps.items() if step is not None}
    if not chosen:
        raise InvalidInput(translate("spiral", "Choose a step for at least one life domain."))
    ticks = {_domain(domain): given for domain, given in (criteria or {}).items() if given}
    if stray := [d for d in ticks if d not in chosen]:
        raise InvalidInput(
            translate("spiral", "{domain}: choose a step before ticking its criteria.").format(
                domain=spiral_domain_label(stray[0])
            )
        )
    with store.session() as session:
        v.live_row(session, Participant, participant_id, translate("spiral", "Participant"))
        if coach_id is not None:
            v.live_row(session, Coach, coach_id, translate("spiral", "Coach"))
        rows: list[SpiralAssessment] = []
        for domain in (d for d in SPIRAL_DOMAINS if d in chosen):
            step = _step(session, chosen[domain])
            met = _criteria(domain, step, ticks.get(domain, {}))
            row = SpiralAssessment(
                id=new_id(),
                participant_id=participant_id,
                assessed_on=day,
                domain=domain,
                step=step,
                together=bool(together),
                note=note.strip(),
                coach_id=coach_id,
            )
            session.add(row)
            for key, value in met.items():
                _tick(session, row, key, value)
            rows.append(row)
        return Measured(tuple(rows), written(session))


def correct_assessment(
    store: Store,
    assessment_id: str,
    *,
    step: object | None = None,
    assessed_on: object | None = None,
    note: str | None = None,
    together: bool | None = None,
    criteria: Mapping[str, object] | None = None,
) -> Changes:
    """Correct one row of a measurement: what is given (None: keep). ``criteria`` sets
    ticks ({key: met}) of the way from the row's (corrected) step; others stay as they
    were, as what was talked about then."""
    with store.session() as session:
        row = _assessment(session, assessment_id)
        values: dict[str, object] = {}
        if step is not None and step != row.step:
            values["step"] = _step(session, step)
        if assessed_on is not None:
            values["assessed_on"] = _day(assessed_on)
        if note is not None:
            values["note"] = note.strip()
        if together is not None:
            values["together"] = bool(together)
        new_step = values.get("step", row.step)
        assert isinstance(new_step, int)
        met = _criteria(row.domain, new_step, criteria or {})
        v.assign_changed(row, values)
        for key, value in met.items():
            _tick(session, row, key, value)
        return written(session)


def delete_assessment(store: Store, assessment_id: str) -> Changes:
    """The row and its ticks (soft: a tombstone that travels; undone by restoring)."""
    with store.session() as session:
        soft_delete(session, _assessment(session, assessment_id))
        return written(session)


def restore_assessment(store: Store, assessment_id: str) -> Changes:
    """A deleted row back, with its ticks (undoing a delete)."""
    with store.session() as session:
        row = session.get(SpiralAssessment, assessment_id)
        if row is None:
            raise NotFound(translate("spiral", "Measurement"), assessment_id)
        v.live_row(session, Participant, row.participant_id, translate("spiral", "Participant"))
        row.deleted = False
        for check in session.scalars(
            select(SpiralCriterionCheck).where(SpiralCriterionCheck.assessment_id == row.id)
        ):
            check.deleted = False
        return written(session)


# -- reading ---------------------------------------------------------------------------------
def get_assessment(store: Store, assessment_id: str) -> SpiralAssessment:
    with store.session() as session:
        return _assessment(session, assessment_id)


def history(
    store: Store, participant_id: str, until: date | None = None
) -> dict[str, DomainHistory]:
    """Every spiral domain (in order, *Algemeen* first) with its measurements up to
    ``until`` (all when None), oldest first; a domain never measured has none."""
    with store.session() as session:
        v.live_row(session, Participant, participant_id, translate("spiral", "Participant"))
        stmt = select(SpiralAssessment).where(
            SpiralAssessment.participant_id == participant_id,
            SpiralAssessment.deleted.is_(False),
        )
        if until is not None:
            stmt = stmt.where(SpiralAssessment.assessed_on <= until)
        found = sorted(session.scalars(stmt), key=assessment_order)
    return {
        domain: DomainHistory(domain, tuple(r for r in found if r.domain == domain))
        for domain in SPIRAL_DOMAINS
    }


def criterion_checks(store: Store, assessment_id: str) -> dict[str, bool]:
    """The criteria talked about at this row, {key: met}."""
    with store.session() as session:
        return {
            check.criterion: check.met
            for check in session.scalars(
                select(SpiralCriterionCheck).where(
                    SpiralCriterionCheck.assessment_id == assessment_id,
                    SpiralCriterionCheck.deleted.is_(False),
                )
            )
        }


def shown_steps(store: Store, participant_id: str | None = None) -> tuple[int, ...]:
    """The steps a spiral shows: five, and step 6 when the team uses it or when this
    participant was measured at it before the team switched it off."""
    with store.session() as session:
        if _uses_six(session):
            return (*FIVE_STEPS, STEP_SIX)
        if participant_id is not None and session.scalar(
            select(SpiralAssessment.id).where(
                SpiralAssessment.participant_id == participant_id,
                SpiralAssessment.deleted.is_(False),
                SpiralAssessment.step == STEP_SIX,
            )
        ):
            return (*FIVE_STEPS, STEP_SIX)
        return FIVE_STEPS
