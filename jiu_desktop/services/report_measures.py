"""The participation spiral and attendance as the funder report counts them.

Spiral movement, per domain: the *baseline* is the first measurement up to the period's
end, the *latest* the last one; the latest counts only when it lies in the period and
on a later day than the baseline (two measurements on one day are one measurement).
Rose: the latest step is higher. Someone measured in the period without an earlier
measurement is "één meting": shown, never left out.

Attendance rate: (aanwezig + te laat) / every mark except n.v.t., over the meetings in
the period that went ahead.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from jiu_desktop.models.progress import SPIRAL_DOMAINS
from jiu_desktop.services.report_data import Facts, Measurement

ROSE, SAME, LOWER, ONE = "rose", "same", "lower", "one_measurement"
MOVEMENTS = (ROSE, SAME, LOWER, ONE)
#: The attendance bands, from high to low, with the lowest rate each one takes.
BANDS = (("80_plus", 4, 5), ("50_79", 1, 2), ("below_50", 0, 1))


@dataclass(frozen=True)
class Movement:
    """Per domain: who rose, stayed or went lower, and who was measured once."""

    rose: int = 0
    same: int = 0
    lower: int = 0
    one_measurement: int = 0

    @property
    def measured_twice(self) -> int:
        return self.rose + self.same + self.lower


def movements(facts: Facts) -> dict[str, Movement]:
    """Per spiral domain (``algemeen`` first), how the people in scope moved."""
    tally: dict[str, Counter[str]] = {domain: Counter() for domain in SPIRAL_DOMAINS}
    for (_person, domain), measured in facts.measurements.items():
        kind = movement_of(facts, measured)
        if kind is not None and domain in tally:
            tally[domain][kind] += 1
    return {domain: Movement(**counted) for domain, counted in tally.items()}


def movement_of(facts: Facts, measured: list[Measurement]) -> str | None:
    """``rose``, ``same``, ``lower``, ``one_measurement``, or None when the latest
    measurement is from before the period (not counted)."""
    if not measured:
        return None
    baseline, latest = measured[0], measured[-1]
    if latest.assessed_on not in facts.period:
        return None
    if latest.assessed_on <= baseline.assessed_on:
        return ONE
    if latest.step > baseline.step:
        return ROSE
    return SAME if latest.step == baseline.step else LOWER


def step_distribution(facts: Facts, domain: str = "algemeen") -> tuple[Counter[int], Counter[int]]:
    """Of the people measured twice on ``domain`` (see ``movement_of``): how many stood
    on each step at the baseline, and at the latest measurement."""
    first: Counter[int] = Counter()
    last: Counter[int] = Counter()
    for (_person, measured_domain), measured in facts.measurements.items():
        if measured_domain != domain or movement_of(facts, measured) in (None, ONE):
            continue
        first[measured[0].step] += 1
        last[measured[-1].step] += 1
    return first, last


@dataclass(frozen=True)
class Rates:
    """Attendance over the period: the marks that count, and per (group, person) the
    present and counted marks."""

    present: int
    counted: int
    by_member: dict[tuple[str, str], tuple[int, int]]

    @property
    def rate(self) -> float | None:
        return self.present / self.counted if self.counted else None


def attendance_rates(facts: Facts) -> Rates:
    by_member = {
        (marks.group_id, marks.participant_id): (marks.present, marks.counted)
        for marks in facts.marks
    }
    present = sum(p for p, _c in by_member.values())
    counted = sum(c for _p, c in by_member.values())
    return Rates(present, counted, by_member)


def band_of(present: int, counted: int) -> str:
    """≥ 80 %, 50–79 % or < 50 %, by whole fractions (no rounding at the edges)."""
    for band, top, bottom in BANDS:
        if present * bottom >= counted * top:
            return band
    return BANDS[-1][0]


def bands_by_group(rates: Rates) -> dict[str, Counter[str]]:
    """Group → how many of its people fall in each band (someone in two groups is
    counted in each, by their attendance there)."""
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for (group, _person), (present, counted) in rates.by_member.items():
        found[group][band_of(present, counted)] += 1
    return dict(found)
