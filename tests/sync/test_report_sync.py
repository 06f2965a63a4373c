"""The report between laptops: it is counted from the rows each laptop has, so a
participant, their attendance and their quote made on one laptop count on the other
after sync, and an erasure on one laptop lowers every number on both."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from jiu_desktop.services import (
    attendance,
    consent,
    erasure,
    meetings,
    memberships,
    outcomes,
    participants,
    team,
)
from jiu_desktop.services.report import build_report
from jiu_desktop.services.report_files import report_document
from tests.sync.conftest import Replica

Make = Callable[[int], list[Replica]]
TODAY = date.today()
START = TODAY.replace(month=1, day=1)
END = TODAY.replace(month=12, day=31)


def sync_all(replicas: list[Replica], rounds: int = 2) -> None:
    for _ in range(rounds):
        for replica in replicas:
            assert replica.sync().rejected == []


def counted(replica: Replica) -> dict[str, object]:
    document = report_document(build_report(replica.store, START, END, show_small_numbers=True))
    return {
        "counts": document["counts"],
        "quotes": [q["text"] for q in document["quotes"]],
        "attendance": document["attendance"],
    }


def test_an_erasure_on_one_laptop_lowers_the_report_on_both(replicas: Make) -> None:
    a, b = replicas(2)
    group = team.create_group(a.store, "Voorjaar").id
    meeting = meetings.add_meeting(
        a.store, group, held_on=TODAY, starts_at="13:00", ends_at="15:30", topic="Kookclinic"
    ).id
    people = []
    for name in ("Noor", "Sem", "Lisa"):
        person = participants.create_participant(a.store, first_name=name).id
        participants.update_participant(a.store, person, status="actief")
        memberships.move_to_group(a.store, person, group, TODAY - timedelta(days=7))
        attendance.mark(a.store, meeting, person, "aanwezig")
        people.append(person)
    noor = people[0]
    consent.give_consent(a.store, noor, "uitspraken_anoniem")
    quote = outcomes.add_quote(
        a.store, noor, text="Ik durf weer te bellen.", said_on=TODAY, consent=True
    ).id
    assert quote
    sync_all([a, b])
    before = counted(a)
    assert counted(b) == before
    assert before["counts"]["started"] == 3  # type: ignore[index]
    assert before["quotes"] == ["Ik durf weer te bellen."]
    erasure.erase(a.store, noor)
    sync_all([a, b])
    for replica in (a, b):
        after = counted(replica)
        assert after["counts"]["started"] == 2, replica  # type: ignore[index]
        assert after["counts"]["registered"] == before["counts"]["registered"] - 1  # type: ignore[index]
        assert after["quotes"] == [], "the erased participant's quote is gone everywhere"
        assert after["attendance"] != before["attendance"]
    assert counted(a) == counted(b)
