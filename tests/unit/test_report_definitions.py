"""Each definition of the report's "Zo is geteld", on a real profile: the edges of the
period, what counts and what does not."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.models import (
    Attendance,
    Coach,
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
from jiu_desktop.models.meetings import attendance_id
from jiu_desktop.models.membership import membership_id
from jiu_desktop.services import consent, erasure
from jiu_desktop.services.report import Report, build_report

START, END = date(2025, 1, 1), date(2025, 12, 31)
D = date


def person(store: Store, *history: tuple[date, str], **fields: object) -> str:
    with store.session() as session:
        row = Participant(first_name="Noor", **fields)
        session.add(row)
        session.flush()
        for day, status in history:
            session.add(StatusChange(participant_id=row.id, status=status, changed_on=day))
        return row.id


def add(store: Store, *rows: object) -> None:
    with store.session() as session:
        session.add_all(rows)


def made(store: Store, group_id: str | None = None, **kwargs: object) -> Report:
    return build_report(store, START, END, group_id, **kwargs)  # type: ignore[arg-type]


def test_registered_means_the_first_status_change_lies_in_the_period(store: Store) -> None:
    person(store, (D(2024, 12, 31), "aangemeld"), (D(2025, 1, 3), "intake"))
    person(store, (START, "aangemeld"))
    person(store, (END, "aangemeld"))
    person(store, (D(2026, 1, 1), "aangemeld"))
    person(store)  # no history: never registered
    counts = made(store).counts
    assert counts.registered == 2
    assert counts.intake == 1


def test_a_status_counts_when_a_change_to_it_lies_in_the_period(store: Store) -> None:
    person(
        store, (D(2024, 9, 1), "aangemeld"), (D(2024, 10, 1), "actief"),
        (D(2025, 3, 1), "afgerond"), (D(2025, 4, 1), "nazorg"),
    )  # fmt: skip
    person(store, (D(2025, 2, 1), "aangemeld"), (D(2025, 2, 10), "actief"), (END, "afgehaakt"))
    person(store, (D(2025, 2, 1), "aangemeld"), (D(2026, 1, 2), "afgehaakt"))
    counts = made(store).counts
    assert (counts.started, counts.completed, counts.aftercare, counts.dropped_out) == (1, 1, 1, 1)
    assert counts.started_ever == 2


def test_not_started_is_registered_in_the_period_and_never_active_up_to_its_end(
    store: Store,
) -> None:
    person(store, (D(2025, 3, 1), "aangemeld"), (D(2026, 1, 5), "actief"))  # later: not yet
    person(store, (D(2025, 3, 1), "aangemeld"), (D(2025, 4, 1), "actief"))
    person(store, (D(2024, 3, 1), "aangemeld"))  # registered before the period
    assert made(store).counts.not_started == 1


def test_completed_with_a_diploma_needs_one_by_the_end_of_the_period(store: Store) -> None:
    done = [(D(2025, 1, 5), "aangemeld"), (D(2025, 2, 1), "actief"), (D(2025, 6, 1), "afgerond")]
    with_lsr = person(store, *done)
    late = person(store, *done)
    work = person(store, *done)
    add(
        store,
        Outcome(participant_id=with_lsr, kind="diploma_lsr3", achieved_on=D(2025, 5, 30)),
        Outcome(participant_id=late, kind="diploma_lsr2", achieved_on=D(2026, 2, 1)),
        Outcome(participant_id=work, kind="werk", achieved_on=D(2025, 7, 1)),
    )
    counts = made(store).counts
    assert (counts.completed, counts.completed_with_diploma) == (3, 1)


def test_in_contact_is_started_and_a_note_in_the_last_90_days(store: Store) -> None:
    started = [(D(2024, 5, 1), "aangemeld"), (D(2024, 6, 1), "actief")]
    edge, outside, never = person(store, *started), person(store, *started), person(store)
    first_day = END - timedelta(days=89)
    add(
        store,
        SessionNote(participant_id=edge, note_date=first_day),
        SessionNote(participant_id=outside, note_date=first_day - timedelta(days=1)),
        SessionNote(participant_id=never, note_date=END),
        SessionNote(participant_id=outside, note_date=END, deleted=True),
    )
    assert made(store).counts.in_contact == 1


def spiral(store: Store, who: str, *measured: tuple[date, int], domain: str = "algemeen") -> None:
    add(
        store,
        *(
            SpiralAssessment(participant_id=who, domain=domain, assessed_on=day, step=step)
            for day, step in measured
        ),
    )


def raw(report: Report) -> dict[str, object]:
    line = report.spiral["algemeen"]
    return vars(line)


def test_spiral_baseline_may_lie_before_the_period(store: Store) -> None:
    for _n in range(3):
        spiral(store, person(store), (D(2024, 3, 1), 1), (D(2025, 6, 1), 3))
    assert raw(made(store)) == {
        "measured_twice": 3, "one_measurement": 0, "rose": 3, "same": 0, "lower": 0,
    }  # fmt: skip


def test_spiral_latest_before_the_period_does_not_count(store: Store) -> None:
    for _n in range(3):
        spiral(store, person(store), (D(2023, 3, 1), 1), (D(2024, 6, 1), 3))
    assert made(store).table("spiral_movement").row_total("algemeen") == 0


def test_spiral_one_measurement_is_shown_and_a_later_one_is_left_out(store: Store) -> None:
    spiral(store, person(store), (D(2025, 3, 1), 2))
    spiral(store, person(store), (D(2025, 3, 1), 2), (D(2025, 3, 1), 4))  # one day: once
    spiral(store, person(store), (D(2025, 3, 1), 2), (D(2026, 3, 1), 4))  # after the end
    report = made(store, show_small_numbers=True)
    assert report.spiral["algemeen"].one_measurement == 3
    assert report.spiral["algemeen"].measured_twice == 0


def test_spiral_rose_same_and_lower_per_domain(store: Store) -> None:
    for before, after in ((1, 2), (2, 2), (3, 2), (2, 5)):
        spiral(store, person(store), (D(2025, 1, 10), before), (D(2025, 9, 1), after),
               domain="wonen")  # fmt: skip
    report = made(store, show_small_numbers=True)
    line = report.spiral["wonen"]
    assert (line.rose, line.same, line.lower, line.measured_twice) == (2, 1, 1, 4)
    assert report.spiral["algemeen"].measured_twice == 0
    steps = report.table("spiral_steps")
    assert steps.row_keys[:5] == ("1", "2", "3", "4", "5")


def group_with_meetings(store: Store, days: list[tuple[date, bool]]) -> tuple[str, list[str]]:
    with store.session() as session:
        group = Group(name="Voorjaar 2025")
        session.add(group)
        session.flush()
        meetings = [Meeting(group_id=group.id, held_on=day, cancelled=off) for day, off in days]
        session.add_all(meetings)
        session.flush()
        return group.id, [m.id for m in meetings]


def marks(store: Store, who: str, meetings: list[str], codes: str) -> None:
    names = {"A": "aanwezig", "T": "te_laat", "M": "afgemeld", "X": "afwezig", "N": "nvt"}
    add(
        store,
        *(
            Attendance(
                id=attendance_id(m, who), participant_id=who, meeting_id=m, presence=names[c]
            )
            for m, c in zip(meetings, codes, strict=True)
        ),
    )


def test_attendance_leaves_out_meetings_that_did_not_go_ahead_and_not_applicable(
    store: Store,
) -> None:
    days = [(D(2025, 2, n), False) for n in (4, 11, 18, 25)] + [(D(2025, 3, 4), True)]
    _group, meetings = group_with_meetings(store, [*days, (D(2024, 12, 3), False)])
    marks(store, person(store), meetings, "ATMNXA")  # the cancelled X and the 2024 A: out
    attendance = made(store).attendance
    assert (attendance.meetings_held, attendance.meetings_cancelled) == (4, 1)
    assert attendance.marks == 3 and attendance.rate == pytest.approx(2 / 3)


def test_attendance_bands_take_80_and_50_percent_as_they_are(store: Store) -> None:
    group, meetings = group_with_meetings(store, [(D(2025, 3, n), False) for n in range(1, 11)])
    # 80 %, 80 % (late counts as there) | 70 %, 50 % | 40 %
    for codes in ("AAAAAAAAXX", "AAAATTTTXX", "AAAAAAAXXX", "AAAAAXXXXX", "AAAAXXXXXX"):
        marks(store, person(store), meetings, codes)
    table = made(store, show_small_numbers=True).table("attendance_bands")
    assert table.row_keys == (group,)
    assert table.cells == ((2, 2, 1),)


def test_er_op_af_contacts_are_the_notes_of_that_kind_in_the_period(store: Store) -> None:
    who = person(store)
    add(
        store,
        SessionNote(participant_id=who, note_date=START, kind="er_op_af"),
        SessionNote(participant_id=who, note_date=END, kind="er_op_af"),
        SessionNote(participant_id=who, note_date=D(2024, 12, 31), kind="er_op_af"),
        SessionNote(participant_id=who, note_date=D(2025, 5, 1), kind="er_op_af", deleted=True),
        SessionNote(participant_id=who, note_date=D(2025, 5, 1), kind="telefonisch"),
    )
    assert made(store).counts.er_op_af_contacts == 2


def test_referred_in_the_period_split_by_ever_active(store: Store) -> None:
    started = person(store, (D(2025, 1, 5), "aangemeld"), (D(2025, 12, 1), "actief"))
    later = person(store, (D(2025, 1, 5), "aangemeld"), (D(2026, 1, 2), "actief"))
    add(
        store,
        Referral(participant_id=started, referred_on=D(2025, 2, 1), status="loopt"),
        Referral(participant_id=started, referred_on=D(2025, 3, 1), status="afgerond"),
        Referral(participant_id=later, referred_on=END, status="voorgesteld"),
        Referral(participant_id=later, referred_on=D(2024, 12, 31), status="loopt"),
        Referral(participant_id=later, referred_on=None, status="loopt"),
    )
    report = made(store, show_small_numbers=True)
    assert (report.referrals.referrals, report.referrals.young_people) == (3, 2)
    assert (report.referrals.participants, report.referrals.non_participants) == (1, 1)
    by_status = report.table("referrals_by_status")
    assert by_status.cell("loopt", "participants") == 1
    assert by_status.cell("voorgesteld", "non_participants") == 1


def test_results_count_people_per_kind_dated_in_the_period(store: Store) -> None:
    who, other = person(store), person(store)
    add(
        store,
        Outcome(participant_id=who, kind="werk", achieved_on=D(2025, 3, 1)),
        Outcome(participant_id=who, kind="werk", achieved_on=D(2025, 9, 1)),
        Outcome(participant_id=other, kind="werk", achieved_on=D(2025, 4, 1)),
        Outcome(participant_id=other, kind="stage", achieved_on=None),
        Outcome(participant_id=other, kind="stage", achieved_on=D(2026, 1, 1)),
    )
    outcomes = made(store, show_small_numbers=True).outcomes
    assert (outcomes["werk"], outcomes["stage"]) == (2, 0)


def test_coaches_with_a_participant_active_on_a_day_of_the_period(store: Store) -> None:
    with store.session() as session:
        coaches = [Coach(name=name) for name in ("Sanne", "Ahmed", "Fleur", "Piet")]
        coaches[3].deleted = True
        session.add_all(coaches)
        session.flush()
        sanne, ahmed, fleur, piet = (c.id for c in coaches)
    person(store, (D(2024, 5, 1), "actief"), coach_id=sanne)  # active all along
    person(store, (D(2025, 11, 1), "actief"), coach_id=ahmed)
    person(store, (D(2024, 5, 1), "actief"), (D(2024, 12, 1), "afgerond"), coach_id=fleur)
    person(store, (D(2025, 2, 1), "actief"), coach_id=piet)  # a coach who left
    assert made(store).counts.coaches == 2


def test_a_group_counts_who_was_in_it_on_a_day_of_the_period_and_its_meetings(
    store: Store,
) -> None:
    group, _meetings = group_with_meetings(store, [(D(2025, 3, 4), False)])
    _other, others = group_with_meetings(store, [(D(2025, 3, 5), False), (D(2025, 3, 6), False)])
    inside = person(store, (D(2025, 1, 5), "aangemeld"))
    left_before = person(store, (D(2025, 1, 5), "aangemeld"))
    outsider = person(store, (D(2025, 1, 5), "aangemeld"))
    add(
        store,
        GroupMembership(
            id=membership_id(inside, group, "a"), participant_id=inside, group_id=group,
            from_date=D(2024, 9, 1), to_date=START,
        ),
        GroupMembership(
            id=membership_id(left_before, group, "a"), participant_id=left_before,
            group_id=group, from_date=D(2024, 9, 1), to_date=D(2024, 12, 31),
        ),
    )  # fmt: skip
    marks(store, outsider, others, "AA")
    report = made(store, group)
    assert report.counts.registered == 1
    assert report.attendance.meetings_held == 1 and report.attendance.marks == 0
    assert report.group_name == "Voorjaar 2025"
    assert made(store).counts.registered == 3


def test_deleted_rows_never_count(store: Store) -> None:
    gone = person(store, (D(2025, 2, 1), "aangemeld"), deleted=True)
    kept = person(store, (D(2025, 2, 1), "aangemeld"))
    add(
        store,
        StatusChange(participant_id=kept, status="actief", changed_on=D(2025, 3, 1), deleted=True),
        Referral(participant_id=gone, referred_on=D(2025, 3, 1)),
        SessionNote(participant_id=gone, note_date=D(2025, 3, 1), kind="er_op_af"),
    )
    _group, meetings = group_with_meetings(store, [(D(2025, 3, 4), False)])
    with store.session() as session:
        meeting = session.get(Meeting, meetings[0])
        assert meeting is not None
        meeting.deleted = True
    counts = made(store).counts
    assert (counts.registered, counts.started, counts.er_op_af_contacts) == (1, 0, 0)
    assert made(store).attendance.meetings_held == 0
    assert made(store).referrals.referrals == 0


def quote(store: Store, who: str, day: date, text: str, allowed: bool = True) -> None:
    add(store, Quote(participant_id=who, said_on=day, text=text, consent=allowed))


def test_quotes_need_their_own_consent_and_the_consent_at_the_end_and_now(store: Store) -> None:
    given, withdrawn, late, unasked = (person(store) for _n in range(4))
    consent.give_consent(store, given, "uitspraken_anoniem", on=D(2025, 2, 1))
    consent.give_consent(store, withdrawn, "uitspraken_anoniem", on=D(2025, 2, 1))
    consent.withdraw_consent(store, withdrawn, "uitspraken_anoniem", on=D(2026, 1, 10))
    consent.give_consent(store, late, "uitspraken_anoniem", on=D(2026, 1, 10))
    quote(store, given, D(2025, 3, 1), "Ik sta nu elke dag op tijd op.")
    quote(store, given, D(2025, 3, 2), "Niet voor een verslag.", allowed=False)
    quote(store, given, D(2024, 3, 2), "Van voor de periode.")
    quote(store, withdrawn, D(2025, 3, 1), "Ingetrokken.")
    quote(store, late, D(2025, 3, 1), "Toestemming na de periode.")
    quote(store, unasked, D(2025, 3, 1), "Nooit gevraagd.")
    quotes = made(store).quotes
    assert [(q.text, q.attribution) for q in quotes] == [
        ("Ik sta nu elke dag op tijd op.", "Participant")
    ]


def test_erasure_lowers_every_number_at_once(store: Store) -> None:
    group, meetings = group_with_meetings(store, [(D(2025, 3, 4), False)])
    people = [
        person(store, (D(2025, 1, 5), "aangemeld"), (D(2025, 2, 1), "actief")) for _n in range(4)
    ]
    for who in people:
        marks(store, who, meetings, "A")
        spiral(store, who, (D(2025, 2, 1), 1), (D(2025, 6, 1), 2))
        add(store, Referral(participant_id=who, referred_on=D(2025, 4, 1)))
    before = made(store, show_small_numbers=True)
    erasure.erase(store, people[0])
    after = made(store, show_small_numbers=True)
    assert (before.counts.registered, after.counts.registered) == (4, 3)
    assert (before.counts.started, after.counts.started) == (4, 3)
    assert (before.attendance.marks, after.attendance.marks) == (4, 3)
    assert (before.spiral["algemeen"].rose, after.spiral["algemeen"].rose) == (4, 3)
    assert (before.referrals.referrals, after.referrals.referrals) == (4, 3)
    assert after.table("attendance_bands").cell(group, "80_plus") == 3


def test_a_reversed_period_or_an_unknown_group_is_refused(store: Store) -> None:
    with pytest.raises(InvalidInput):
        build_report(store, END, START)
    with pytest.raises(InvalidInput):
        build_report(store, "1-13-2025", END)
    with pytest.raises(NotFound):
        build_report(store, START, END, "no-such-group")
