"""Every breakdown of the funder report as a table, in the order the report shows them.
Each row and column is a (code, label) pair; ``report_tables.make_table`` hides the small
numbers."""

from __future__ import annotations

import re
from collections import Counter
from functools import partial

from jiu_desktop.i18n import translate
from jiu_desktop.models.outcomes import OUTCOME_KINDS
from jiu_desktop.models.participant import LEFT_REASONS, REFERRAL_SOURCES, REFERRAL_STATUSES
from jiu_desktop.models.progress import SPIRAL_DOMAINS, SPIRAL_STEPS
from jiu_desktop.services import report_counts as rc
from jiu_desktop.services.report_data import NO_GROUP, Facts
from jiu_desktop.services.report_labels import (
    band_label,
    domain_label,
    movement_label,
    outcome_label,
    reason_label,
    referral_status_label,
    source_label,
    step_label,
)
from jiu_desktop.services.report_measures import (
    BANDS,
    MOVEMENTS,
    Movement,
    Rates,
    bands_by_group,
    step_distribution,
)
from jiu_desktop.services.report_tables import Table, make_table

Axis = list[tuple[str, str]]


def _not_filled_last(codes: tuple[str, ...]) -> tuple[str, ...]:
    """The codes with '' (not filled in) moved to the end, where a table reads best."""
    return tuple(code for code in codes if code) + tuple(code for code in codes if not code)


def all_tables(
    facts: Facts, moved: dict[str, Movement], rates: Rates, show_small: bool
) -> tuple[Table, ...]:
    table = partial(make_table, show_small=show_small)
    return (
        _by_source(facts, table),
        _by_group(facts, table),
        _spiral(moved, table),
        _steps(facts, table),
        _attendance(facts, rates, table),
        _referrals(facts, table),
        _referred_people(facts, table),
        _reasons(facts, table),
        _outcomes(facts, table),
    )


def _by_source(facts: Facts, table: partial[Table]) -> Table:
    registered = rc.registered(facts)
    counted = Counter(facts.people[person].referral_source for person in registered)
    rows = [(code, source_label(code)) for code in _not_filled_last(REFERRAL_SOURCES)]
    return table(
        "registered_by_source",
        translate("report", "Registered by referral source"),
        rows,
        [("registered", translate("report", "Registered"))],
        [[counted[code]] for code, _label in rows],
    )


def _by_name(name: str) -> list[tuple[int, str]]:
    """ "Groep 2" before "Groep 10": numbers in a name sort as numbers."""
    return [
        (int(part), "") if part.isdigit() else (0, part)
        for part in re.split(r"(\d+)", name.casefold())
    ]


def _group_rows(facts: Facts, groups: set[str]) -> Axis:
    """The groups by name; people in no group in the period last."""
    named = sorted(
        (g for g in groups if g != NO_GROUP), key=lambda g: (_by_name(facts.groups[g]), g)
    )
    rows = [(g, facts.groups[g]) for g in named]
    if NO_GROUP in groups:
        rows.append((NO_GROUP, translate("report", "No group")))
    return rows


def _by_group(facts: Facts, table: partial[Table]) -> Table:
    members = {group: people & facts.people.keys() for group, people in facts.members.items()}
    grouped = set().union(*members.values()) if members else set()
    loose = facts.people.keys() - grouped
    if loose:
        members[NO_GROUP] = set(loose)
    started, completed = rc.changed_to(facts, rc.ACTIVE), rc.changed_to(facts, "afgerond")
    rows = _group_rows(facts, {g for g, people in members.items() if people})
    counts = [
        [len(members[g]), len(members[g] & started), len(members[g] & completed)]
        for g, _label in rows
    ]
    return table(
        "by_group",
        translate("report", "Reach per group"),
        rows,
        [
            ("members", translate("report", "In the group")),
            ("started", translate("report", "Started")),
            ("completed", translate("report", "Completed")),
        ],
        counts,
        row_totals=False,
        column_totals=False,
        note=translate(
            "report",
            "In the group: on at least one day of the period. Someone in two groups "
            "counts in both.",
        ),
    )


def _spiral(moved: dict[str, Movement], table: partial[Table]) -> Table:
    rows = [(domain, domain_label(domain)) for domain in SPIRAL_DOMAINS]
    return table(
        "spiral_movement",
        translate("report", "Participation spiral: movement per domain"),
        rows,
        [(code, movement_label(code)) for code in MOVEMENTS],
        [[getattr(moved[domain], code) for code in MOVEMENTS] for domain, _label in rows],
        column_totals=False,
        note=translate(
            "report", "Each row: the participants measured on that domain in the period."
        ),
    )


def _steps(facts: Facts, table: partial[Table]) -> Table:
    first, last = step_distribution(facts)
    top = 6 if facts.step_six or first[6] or last[6] else 5
    rows = [(str(step), step_label(step)) for step in SPIRAL_STEPS if step <= top]
    return table(
        "spiral_steps",
        translate("report", "Overall: steps at the first and the last measurement"),
        rows,
        [
            ("first", translate("report", "First measurement")),
            ("latest", translate("report", "Last measurement")),
        ],
        [[first[int(step)], last[int(step)]] for step, _label in rows],
        row_totals=False,
    )


def _attendance(facts: Facts, rates: Rates, table: partial[Table]) -> Table:
    counted = bands_by_group(rates)
    rows = _group_rows(facts, set(counted))
    return table(
        "attendance_bands",
        translate("report", "Attendance per group"),
        rows,
        [(band, band_label(band)) for band, _top, _bottom in BANDS],
        [[counted[g][band] for band, _top, _bottom in BANDS] for g, _label in rows],
        note=translate(
            "report",
            "Participants by their own attendance in the group. Someone in two groups "
            "counts in both.",
        ),
    )


def _split_columns() -> Axis:
    return [
        ("participants", translate("report", "Participants")),
        ("non_participants", translate("report", "Non-participants")),
    ]


def _referrals(facts: Facts, table: partial[Table]) -> Table:
    started = rc.started_ever(facts)
    counted = Counter((status, person in started) for person, status in facts.referrals)
    rows = [(code, referral_status_label(code)) for code in REFERRAL_STATUSES]
    return table(
        "referrals_by_status",
        translate("report", "Referrals in the period by status"),
        rows,
        _split_columns(),
        [[counted[(code, True)], counted[(code, False)]] for code, _label in rows],
        note=translate("report", "The number of referrals, not of young people."),
    )


def _referred_people(facts: Facts, table: partial[Table]) -> Table:
    started = rc.started_ever(facts)
    people = {person for person, _status in facts.referrals}
    return table(
        "referred_people",
        translate("report", "Young people referred in the period"),
        _split_columns(),
        [("young_people", translate("report", "Young people"))],
        [[len(people & started)], [len(people - started)]],
    )


def _reasons(facts: Facts, table: partial[Table]) -> Table:
    left = rc.changed_to(facts, "afgehaakt")
    counted = Counter(facts.people[person].left_reason for person in left)
    rows = [(code, reason_label(code)) for code in _not_filled_last(LEFT_REASONS)]
    return table(
        "left_reasons",
        translate("report", "Reasons for dropping out"),
        rows,
        [("dropped_out", translate("report", "Dropped out"))],
        [[counted[code]] for code, _label in rows],
    )


def _outcomes(facts: Facts, table: partial[Table]) -> Table:
    reached = {
        (person, kind)
        for person, kind, day in facts.outcomes
        if day is not None and day in facts.period
    }
    counted = Counter(kind for _person, kind in reached)
    rows = [(code, outcome_label(code)) for code in OUTCOME_KINDS]
    return table(
        "outcomes",
        translate("report", "Results by kind"),
        rows,
        [("participants", translate("report", "Participants"))],
        [[counted[code]] for code, _label in rows],
    )
