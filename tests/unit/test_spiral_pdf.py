"""*Mijn spiraal* on paper: per domain measured where the young person started and where
they stand now, in B1 words; the way to the next step overall with what was already
seen; the first name only and never a note. The coach's version adds the dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.printing.spiral_pdf import spiral_pdf
from jiu_desktop.services import participants, spiral, team_settings
from jiu_desktop.services.spiral_document import spiral_document
from tests.unit.test_map_pdf import flat, page_sizes, pages_text

TODAY = date.today()
FIRST = TODAY - timedelta(days=90)
NOTE = "Moeder belde over schulden"


@pytest.fixture
def noor(store: Store) -> str:
    pid = participants.create_participant(
        store, first_name="Noor", last_name="Bakker", email="noor@example.nl"
    ).id
    spiral.record_measurement(
        store, pid, FIRST, {"algemeen": 1, "werk": 2, "wonen": 3}, together=True, note=NOTE
    )
    spiral.record_measurement(
        store, pid, TODAY, {"algemeen": 2, "werk": 4},
        note="Stage bij de kapper geregeld",
        criteria={"algemeen": {"2-3.afspraken": True, "2-3.taal": False}},
    )  # fmt: skip
    return pid


def text_of(store: Store, pid: str, *, for_participant: bool) -> str:
    pdf = spiral_pdf(spiral_document(store, pid, for_participant=for_participant))
    assert page_sizes(pdf)[0] == pytest.approx((595.3, 841.9), abs=1), "A4 portrait"
    return flat(" ".join(pages_text(pdf)))


def test_mijn_spiraal_shows_start_and_now_in_b1_words(store: Store, noor: str) -> None:
    text = text_of(store, noor, for_participant=True)
    assert "My spiral · Noor" in text
    assert "You are at step 2: Ontmoeten. Je komt onder de mensen" in text
    assert "You began at step 1: Overleven." in text
    assert "Work and daytime activities" in text and "now: Ontwikkelen" in text
    assert "began: Ontmoeten" in text
    assert "Housing and surroundings" in text, "measured once: now is where they began"
    assert "Getting around" not in text, "a domain never measured is left out"
    assert "1 Overleven: Je hebt rust en hulp nodig om het vol te houden." in text


def test_the_way_to_the_next_step_shows_what_was_already_seen(store: Store, noor: str) -> None:
    text = text_of(store, noor, for_participant=True)
    assert "On the way to 3 Ondersteunen" in text
    assert "✓ Je houdt je aan afspraken." in text
    assert "○ Je begrijpt genoeg Nederlands om taken te snappen en te doen." in text
    assert "○ Je wilt dingen zelf kunnen doen." in text, "not talked about: still to come"


def test_only_the_first_name_and_never_a_note_or_a_date(store: Store, noor: str) -> None:
    text = text_of(store, noor, for_participant=True)
    for secret in ("Bakker", "noor@example.nl", NOTE, "kapper", noor):
        assert secret not in text
    assert FIRST.strftime("%d-%m-%Y") not in text, "the young person's version has no dates"
    assert "(together)" not in text


def test_the_coach_version_has_the_dates_and_together_but_no_note(store: Store, noor: str) -> None:
    text = text_of(store, noor, for_participant=False)
    assert "Spiral · Noor" in text and "Coach's version" in text
    assert f"{FIRST:%d-%m-%Y}: step 1 (together) · {TODAY:%d-%m-%Y}: step 2" in text
    assert f"{FIRST:%d-%m-%Y}: step 2 (together) · {TODAY:%d-%m-%Y}: step 4" in text
    for secret in ("Bakker", NOTE, "kapper"):
        assert secret not in text


def test_step_six_is_shown_when_the_team_uses_it(store: Store, noor: str) -> None:
    assert "6 Zelfstandig" not in text_of(store, noor, for_participant=True)
    team_settings.save_team_settings(store, spiral_step_six=True)
    document = spiral_document(store, noor, for_participant=True)
    assert [s.step for s in document.steps] == [1, 2, 3, 4, 5, 6]
    assert "6 Zelfstandig: Je staat op eigen benen" in text_of(store, noor, for_participant=True)


def test_at_the_last_step_there_is_no_next_one(store: Store, noor: str) -> None:
    spiral.record_measurement(store, noor, TODAY, {"algemeen": 5})
    document = spiral_document(store, noor, for_participant=True)
    assert document.next_step is None and document.prompts == ()
    assert "On the way to" not in text_of(store, noor, for_participant=True)


def test_nothing_measured_or_nobody_is_refused(store: Store) -> None:
    sem = participants.create_participant(store, first_name="Sem").id
    with pytest.raises(InvalidInput, match="Sem has no spiral measurement yet"):
        spiral_document(store, sem, for_participant=True)
    with pytest.raises(NotFound):
        spiral_document(store, "nobody", for_participant=True)
