"""The report to funders over the whole history of a large team: 10,000 participants,
100,000 notes and 50,000 attendance marks, every one of them in the period (target < 2 s
to count it), and the PDF of it.

The profile is made with bulk inserts (not the demo generator: this needs attendance,
spiral measurements and results in quantity), built once and kept in ``bench/.cache``
under a key that changes with this file and the migrations.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import statistics
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench import common
from bench.common import PASSPHRASE, cheap_kdf, fresh_copy

YEAR = (date(2025, 1, 1), date(2025, 12, 31))
#: Every meeting, note and status change of the profile lies in it.
SPAN = (date(2023, 1, 1), date(2026, 6, 30))
GROUPS, MEETINGS_PER_GROUP, COACHES = 40, 24, 12


def _version() -> str:
    from jiu_desktop import migrations

    digest = hashlib.sha256(Path(__file__).read_bytes())
    for path in sorted((Path(str(migrations.__file__)).parent / "versions").glob("*.py")):
        digest.update(path.name.encode())
    return digest.hexdigest()[:10]


def report_profile(participants: int, notes: int, marks: int) -> Path:
    """The cached profile; built aside and renamed when complete."""
    source = common.CACHE / f"report-{participants}-{notes}-{marks}-{_version()}"
    if (source / "vault.json").exists():
        return source
    from jiu_desktop.services import profile

    building = source.with_name(source.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    with cheap_kdf():
        store, _recovery = profile.create_profile(building, "Bench", PASSPHRASE)
    try:
        store.capture.enabled = False  # a benchmark's rows need not travel
        _fill(store, participants, notes, marks, random.Random(18))
    finally:
        store.close()
    shutil.rmtree(source, ignore_errors=True)
    building.rename(source)
    return source


def _day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def _fill(store: Any, participants: int, notes: int, marks: int, rng: random.Random) -> None:
    from sqlalchemy import insert

    from jiu_desktop.models import (
        LEFT_REASONS,
        OUTCOME_KINDS,
        REFERRAL_SOURCES,
        SPIRAL_DOMAINS,
        Attendance,
        Coach,
        ConsentRecord,
        Group,
        GroupMembership,
        Meeting,
        Outcome,
        Participant,
        Quote,
        Referral,
        SessionNote,
        SpiralAssessment,
        StatusChange,
    )
    from jiu_desktop.models.base import new_id
    from jiu_desktop.models.meetings import PRESENCES, attendance_id

    rows: dict[type, list[dict[str, Any]]] = {}

    def add(model: type, **values: Any) -> str:
        values.setdefault("id", new_id())
        rows.setdefault(model, []).append(values)
        return str(values["id"])

    coaches = [add(Coach, name=f"Coach {n}") for n in range(COACHES)]
    groups, meetings = [], []
    for n in range(GROUPS):
        start = date(2024, 1, 8) + timedelta(weeks=n * 3)
        group = add(Group, name=f"Groep {n + 1}", starts_on=start)
        groups.append((group, start))
        held = [start + timedelta(days=3.5 * k) for k in range(MEETINGS_PER_GROUP)]
        meetings.append(
            [add(Meeting, group_id=group, held_on=d, cancelled=rng.random() < 0.05) for d in held]
        )
    people = []
    for n in range(participants):
        g = rng.randrange(GROUPS)
        group, start = groups[g]
        person = add(
            Participant,
            first_name=f"Deelnemer{n}",
            referral_source=rng.choice(REFERRAL_SOURCES),
            left_reason=rng.choice(LEFT_REASONS),
            coach_id=rng.choice(coaches),
        )
        people.append((person, g))
        first = start - timedelta(days=rng.randrange(10, 60))
        add(StatusChange, participant_id=person, status="aangemeld", changed_on=first)
        add(StatusChange, participant_id=person, status="intake", changed_on=first + timedelta(5))
        if rng.random() < 0.8:
            add(StatusChange, participant_id=person, status="actief", changed_on=start)
            last = rng.choice(("afgerond", "afgehaakt", "nazorg", "actief"))
            end = start + timedelta(weeks=12)
            add(StatusChange, participant_id=person, status=last, changed_on=end)
            if last == "afgerond" and rng.random() < 0.6:
                add(Outcome, participant_id=person, kind=rng.choice(OUTCOME_KINDS), achieved_on=end)
        add(GroupMembership, participant_id=person, group_id=group, from_date=start)
        measured = start
        for _m in range(rng.randrange(1, 4)):
            add(SpiralAssessment, participant_id=person, domain="algemeen",
                assessed_on=measured, step=rng.randrange(1, 6))  # fmt: skip
            domain = rng.choice(SPIRAL_DOMAINS[1:])
            add(SpiralAssessment, participant_id=person, domain=domain,
                assessed_on=measured, step=rng.randrange(1, 6))  # fmt: skip
            measured += timedelta(weeks=rng.randrange(4, 10))
        if rng.random() < 0.5:
            add(Referral, participant_id=person, referred_on=_day(rng, *YEAR),
                status=rng.choice(("voorgesteld", "loopt", "afgerond")))  # fmt: skip
        if rng.random() < 0.01:
            said = _day(rng, *YEAR)
            add(Quote, participant_id=person, said_on=said, text="Ik kom nu op tijd.",
                consent=True, attribution="Deelnemer (22 jaar), 2025")  # fmt: skip
            add(ConsentRecord, participant_id=person, kind="uitspraken_anoniem",
                decision="gegeven", recorded_on=said)  # fmt: skip
    for _n in range(notes):
        person, _g = people[rng.randrange(participants)]
        kind = "er_op_af" if rng.random() < 0.05 else "coachgesprek"
        add(SessionNote, participant_id=person, note_date=_day(rng, date(2024, 1, 1), YEAR[1]),
            kind=kind, text="Gesprek over werk en school.")  # fmt: skip
    seen: set[str] = set()
    while len(seen) < marks:
        person, g = people[rng.randrange(participants)]
        meeting = rng.choice(meetings[g])
        ident = attendance_id(meeting, person)
        if ident not in seen:
            seen.add(ident)
            add(Attendance, id=ident, participant_id=person, meeting_id=meeting,
                presence=rng.choices(PRESENCES, weights=(70, 8, 8, 8, 6))[0])  # fmt: skip
    with store.session() as session:
        for model, values in rows.items():  # parents before children: the order of adding
            for start in range(0, len(values), 5000):
                session.execute(insert(model), values[start : start + 5000])


def funder_report(
    workdir: Path,
    participants: int = 10_000,
    notes: int = 100_000,
    marks: int = 50_000,
    repeat: int = 5,
) -> dict[str, float]:
    from jiu_desktop.printing.report_pdf import report_pdf
    from jiu_desktop.services import profile
    from jiu_desktop.services.report import build_report

    root = fresh_copy(report_profile(participants, notes, marks), workdir / "report")
    store = profile.open_profile(root, PASSPHRASE)
    try:
        build_report(store, *SPAN)  # the page cache warm, as on a laptop in use
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            found = build_report(store, *SPAN)
            times.append(time.perf_counter() - start)
        start = time.perf_counter()
        build_report(store, *YEAR, group_id=None)
        year_s = time.perf_counter() - start
        start = time.perf_counter()
        pdf = report_pdf(found)
        pdf_s = time.perf_counter() - start
    finally:
        store.close()
    return {
        "median_s": statistics.median(times),
        "max_s": max(times),
        "one_year_s": year_s,
        "pdf_s": pdf_s,
        "pdf_kib": len(pdf) / 1024,
        "participants": float(participants),
        "notes": float(notes),
        "marks": float(found.attendance.marks),
        "registered": float(found.counts.registered),
    }
