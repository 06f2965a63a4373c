"""Talents and what goes well, dated, and successes for the timeline."""

from __future__ import annotations

from datetime import date

import pytest

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.services import participants, talents


def test_talents_and_successes_are_listed_newest_first(store: Store) -> None:
    noor = participants.create_participant(store, first_name="Noor").id
    talents.add_talent(store, noor, text="Kan goed uitleggen", noted_on="2026-09-01")
    first = talents.add_talent(
        store,
        noor,
        kind="succes",
        text="Eerste keer op tijd bij de training",
        noted_on="2026-09-08",
    )
    talents.add_talent(store, noor, kind="succes", text="Zelf een spel geleid", noted_on=None)
    assert [t.text for t in talents.list_talents(store, noor)] == [
        "Zelf een spel geleid",
        "Eerste keer op tijd bij de training",
        "Kan goed uitleggen",
    ]
    assert [t.text for t in talents.list_talents(store, noor, "talent")] == ["Kan goed uitleggen"]
    found = talents.successes(store, noor)
    assert [(s.noted_on, s.kind) for s in found] == [
        (date.today(), "succes"),
        (date(2026, 9, 8), "succes"),
    ]
    talents.update_talent(store, first.id, text="Twee keer op tijd")
    talents.delete_talent(store, found[0].id)
    assert [s.text for s in talents.successes(store, noor)] == ["Twee keer op tijd"]


@pytest.mark.parametrize(
    "bad",
    [{"text": "  "}, {"text": "x", "kind": "probleem"}, {"text": "x", "noted_on": "gisteren"}],
)
def test_a_bad_talent_is_refused(store: Store, bad: dict[str, object]) -> None:
    noor = participants.create_participant(store, first_name="Noor").id
    with pytest.raises(InvalidInput):
        talents.add_talent(store, noor, **bad)
    assert talents.list_talents(store, noor) == []


def test_a_talent_needs_a_participant_and_cannot_be_emptied(store: Store) -> None:
    with pytest.raises(NotFound):
        talents.add_talent(store, "no-such-id", text="x")
    noor = participants.create_participant(store, first_name="Noor").id
    made = talents.add_talent(store, noor, text="Goed in plannen")
    with pytest.raises(InvalidInput):
        talents.update_talent(store, made.id, text="")
    with pytest.raises(InvalidInput):
        talents.update_talent(store, made.id, noted_on="")
