"""The funder report (Verantwoording): reach, the participation spiral, attendance,
referrals, results and consented quotes over a period, for all groups or one.

Computed on demand from the profile (``report_data.py`` reads, ``report_counts.py`` and
``report_measures.py`` count, ``report_tables.py`` hides small numbers): nothing is
stored, so an erased participant leaves every number at once. Nothing in it identifies a
person: codes, counts and consented quotes only. The screen, the PDF, the CSV and the
JSON all show this one ``Report``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate
from jiu_desktop.models import Group
from jiu_desktop.models.progress import SPIRAL_DOMAINS
from jiu_desktop.services import consent
from jiu_desktop.services import validation as v
from jiu_desktop.services.report_breakdowns import all_tables
from jiu_desktop.services.report_counts import Counts, headline
from jiu_desktop.services.report_data import QUOTE_CONSENT, Facts, Period, load_facts
from jiu_desktop.services.report_labels import internal_notice
from jiu_desktop.services.report_measures import (
    LOWER,
    MOVEMENTS,
    ONE,
    ROSE,
    SAME,
    attendance_rates,
    movements,
)
from jiu_desktop.services.report_tables import HIDDEN, SMALL, THRESHOLD, Shown, Table

#: The name on the report when the team has not given one.
DEFAULT_TEAM_NAME = "JIU"


@dataclass(frozen=True)
class SpiralLine:
    """One domain's movement as the report shows it (small numbers hidden)."""

    measured_twice: Shown
    one_measurement: Shown
    rose: Shown
    same: Shown
    lower: Shown


@dataclass(frozen=True)
class AttendanceSummary:
    meetings_held: int
    meetings_cancelled: int
    #: The marks that count (every mark at a meeting held, except n.v.t.).
    marks: int
    #: Present (aanwezig or te laat) / marks; None without marks.
    rate: float | None
    bands: dict[str, Shown]


@dataclass(frozen=True)
class ReferralSummary:
    referrals: int
    young_people: int
    participants: Shown
    non_participants: Shown


@dataclass(frozen=True)
class QuoteLine:
    text: str
    attribution: str


@dataclass(frozen=True)
class Report:
    period: Period
    #: The chosen group's name, None for all groups.
    group_name: str | None
    team_name: str
    #: Small numbers shown: for internal use only.
    internal: bool
    made_on: date
    counts: Counts
    spiral: dict[str, SpiralLine]
    attendance: AttendanceSummary
    referrals: ReferralSummary
    outcomes: dict[str, Shown]
    quotes: tuple[QuoteLine, ...]
    tables: tuple[Table, ...]

    def table(self, key: str) -> Table:
        return next(table for table in self.tables if table.key == key)

    @property
    def notice(self) -> str:
        """ "INTERN — niet delen" when small numbers are shown, else ""."""
        return internal_notice() if self.internal else ""


def build_report(
    store: Store,
    period_from: date | str,
    period_to: date | str,
    group_id: str | None = None,
    show_small_numbers: bool = False,
) -> Report:
    """The report over [``period_from``, ``period_to``] (both included), for everyone or
    for who was in group ``group_id`` at some day of the period. InvalidInput for a
    wrong or reversed period, NotFound for an unknown group."""
    period = checked_period(period_from, period_to)
    with store.session() as session:
        if group_id is not None:
            v.live_row(session, Group, group_id, translate("report", "Group"))
        facts = load_facts(session, period, group_id)
    allowed = consent.allowing(store, QUOTE_CONSENT, {person for person, _t, _a in facts.quotes})
    return assemble(facts, show_small_numbers, allowed)


def checked_period(period_from: date | str, period_to: date | str) -> Period:
    start = v.as_date(period_from, translate("report", "From"))
    end = v.as_date(period_to, translate("report", "To"))
    if start is None or end is None:
        raise InvalidInput(translate("report", "A report needs a start and an end date."))
    if end < start:
        raise InvalidInput(translate("report", "The end of the period lies before its start."))
    return Period(start, end)


def assemble(facts: Facts, show_small: bool, quotes_allowed: set[str]) -> Report:
    """The report of ``facts``; quotes only of the people in ``quotes_allowed``."""
    moved = movements(facts)
    rates = attendance_rates(facts)
    tables = all_tables(facts, moved, rates, show_small)
    by_key = {table.key: table for table in tables}
    spiral = {
        domain: _spiral_line(by_key["spiral_movement"], domain, moved[domain].measured_twice)
        for domain in SPIRAL_DOMAINS
    }
    bands = by_key["attendance_bands"]
    band_totals = bands.column_totals or tuple(0 for _ in bands.column_keys)
    people = by_key["referred_people"].column("young_people")
    return Report(
        period=facts.period,
        group_name=facts.group_name,
        team_name=facts.team_name or DEFAULT_TEAM_NAME,
        internal=show_small,
        made_on=date.today(),
        counts=headline(facts),
        spiral=spiral,
        attendance=AttendanceSummary(
            meetings_held=facts.meetings_held,
            meetings_cancelled=facts.meetings_cancelled,
            marks=rates.counted,
            rate=rates.rate,
            bands=dict(zip(bands.column_keys, band_totals, strict=True)),
        ),
        referrals=ReferralSummary(
            referrals=len(facts.referrals),
            young_people=len({person for person, _status in facts.referrals}),
            participants=people["participants"],
            non_participants=people["non_participants"],
        ),
        outcomes=by_key["outcomes"].column("participants"),
        quotes=tuple(
            QuoteLine(text.strip(), attribution.strip() or translate("report", "Participant"))
            for person, text, attribution in facts.quotes
            if person in quotes_allowed and text.strip()
        ),
        tables=tables,
    )


def _spiral_line(table: Table, domain: str, measured_twice: int) -> SpiralLine:
    """The domain's row, and how many were measured twice: shown when it can be worked
    out from what is shown anyway, else hidden too."""
    shown = {movement: table.cell(domain, movement) for movement in MOVEMENTS}
    total = table.row_total(domain)
    moved = [shown[ROSE], shown[SAME], shown[LOWER]]
    twice: Shown
    if 0 < measured_twice < THRESHOLD and any(isinstance(s, str) for s in shown.values()):
        twice = SMALL
    elif all(isinstance(s, int) for s in moved) or _known(shown[ONE], total):
        twice = measured_twice
    else:
        twice = HIDDEN
    return SpiralLine(twice, shown[ONE], shown[ROSE], shown[SAME], shown[LOWER])


def _known(one_measurement: Shown, measured: Shown | None) -> bool:
    """Whether "measured twice" follows from the row: all measured minus one measurement."""
    return isinstance(one_measurement, int) and isinstance(measured, int)
