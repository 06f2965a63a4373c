"""The headline counts of the funder report (Bereik), one function per definition of
"Zo is geteld". Dates come from the status history (``StatusChange.changed_on``); each
function returns the people it counts, so the tables can break them down further.
"""

from __future__ import annotations

from dataclasses import dataclass

from jiu_desktop.models.outcomes import DIPLOMAS
from jiu_desktop.services.report_data import Facts

ACTIVE = "actief"


@dataclass(frozen=True)
class Counts:
    """One number each, shown as it is (no suppression: they are not a breakdown)."""

    registered: int
    intake: int
    started: int
    started_ever: int
    completed: int
    completed_with_diploma: int
    dropped_out: int
    aftercare: int
    not_started: int
    in_contact: int
    er_op_af_contacts: int
    coaches: int


def registered(facts: Facts) -> set[str]:
    """*Aangemeld in P*: the first status change lies in P."""
    return {
        person
        for person, changes in facts.history.items()
        if changes and changes[0][0] in facts.period
    }


def changed_to(facts: Facts, status: str) -> set[str]:
    """*Intake / gestart / afgerond / afgehaakt / nazorg in P*: a change to that status
    lies in P."""
    return set(facts.changed_in_period().get(status, set()))


def started_ever(facts: Facts) -> set[str]:
    """Gestart at some time up to the period's end (the history holds nothing later)."""
    return {
        person
        for person, changes in facts.history.items()
        if any(status == ACTIVE for _day, status in changes)
    }


def not_started(facts: Facts) -> set[str]:
    """*Niet gestart*: aangemeld in P and never ``actief`` up to the period's end."""
    return registered(facts) - started_ever(facts)


def in_contact(facts: Facts) -> set[str]:
    """*Nog in contact*: gestart (ever, up to the end) and a session note in the last 90
    days of P."""
    return started_ever(facts) & facts.noted_recently


def with_diploma(facts: Facts) -> set[str]:
    """People with a diploma (LSR 2 or 3) on record, achieved by the period's end (or
    without a date)."""
    end = facts.period.end
    return {
        person
        for person, kind, day in facts.outcomes
        if kind in DIPLOMAS and (day is None or day <= end)
    }


def active_in_period(facts: Facts) -> set[str]:
    """Actief on at least one day of P: actief on its first day (the last change up to
    then), or a change to actief within it."""
    start = facts.period.start
    found = set()
    for person, changes in facts.history.items():
        before = [status for day, status in changes if day <= start]
        if before and before[-1] == ACTIVE:
            found.add(person)
    return found | changed_to(facts, ACTIVE)


def coaches(facts: Facts) -> set[str]:
    """Coaches (not removed) who coach at least one participant who was actief in P."""
    found = {facts.people[person].coach_id for person in active_in_period(facts)}
    return {coach for coach in found if coach is not None and coach in facts.live_coaches}


def headline(facts: Facts) -> Counts:
    completed = changed_to(facts, "afgerond")
    return Counts(
        registered=len(registered(facts)),
        intake=len(changed_to(facts, "intake")),
        started=len(changed_to(facts, ACTIVE)),
        started_ever=len(started_ever(facts)),
        completed=len(completed),
        completed_with_diploma=len(completed & with_diploma(facts)),
        dropped_out=len(changed_to(facts, "afgehaakt")),
        aftercare=len(changed_to(facts, "nazorg")),
        not_started=len(not_started(facts)),
        in_contact=len(in_contact(facts)),
        er_op_af_contacts=facts.er_op_af_notes,
        coaches=len(coaches(facts)),
    )
