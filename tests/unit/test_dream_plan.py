"""The step plan of one dream (A4) and the dream slip for inside the tin: what they say,
read back from the PDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from jiu_desktop.db.store import Store
from jiu_desktop.errors import NotFound
from jiu_desktop.printing.dream_plan import dream_plan_pdf, dream_slip_pdf
from jiu_desktop.services import dreams, network_map, participants
from jiu_desktop.services.dream_document import dream_document
from tests.unit.test_map_pdf import flat, page_sizes, pages_text

TAKEN = date.today() - timedelta(days=3)
DUE = date.today() + timedelta(days=10)


@dataclass(frozen=True)
class Tin:
    participant: str
    dream: str


def a_tin(store: Store) -> Tin:
    noor = participants.create_participant(store, first_name="Noor", last_name="Bakker").id
    chart = network_map.start_map(store, noor).id
    aunt = network_map.add_person(store, chart, "tante Samira", category="familie").id
    dream = dreams.add_dream(
        store, noor, text="Ik wil later mijn eigen kapsalon", life_domain="werk"
    ).id
    first = dreams.add_step(
        store, dream, "Een dag meelopen bij een kapper", helper_person_id=aunt
    ).id
    dreams.take_step(store, first, on=TAKEN, reflection="Ik mocht zelf haren wassen.")
    dreams.add_step(
        store, dream, "Informatie opvragen bij het ROC", best_before=DUE, helper_text="mijn coach"
    )
    return Tin(noor, dream)


def test_the_step_plan_has_the_dream_every_step_and_room_to_write(store: Store) -> None:
    tin = a_tin(store)
    pdf = dream_plan_pdf(dream_document(store, tin.dream))
    assert page_sizes(pdf) == [pytest.approx((595.28, 841.89), abs=0.5)]
    text = flat("".join(pages_text(pdf)))
    assert "Step plan · Noor" in text and "Bakker" not in text
    assert "Ik wil later mijn eigen kapsalon" in text
    assert "Een dag meelopen bij een kapper" in text and "tante Samira" in text
    assert f"Taken ({TAKEN:%d-%m-%Y})" in text and "Ik mocht zelf haren wassen." in text
    assert "Informatie opvragen bij het ROC" in text and DUE.strftime("%d-%m-%Y") in text
    assert "mijn coach" in text and "Open" in text
    assert "Next step" in text and "By when" in text  # the lines for the next steps
    assert "van droom naar doorbraak" in text


def test_a_helper_from_the_map_stays_on_the_plan_when_they_leave_the_map(store: Store) -> None:
    tin = a_tin(store)
    (aunt,) = [p for p in dreams.map_helpers(store, tin.participant)]
    network_map.delete_person(store, aunt.id)
    steps = dream_document(store, tin.dream).steps
    assert steps[0].helper == "tante Samira"
    assert [s.current for s in steps] == [False, True]


def test_a_dream_without_steps_still_prints(store: Store) -> None:
    noor = participants.create_participant(store, first_name="Noor").id
    dream = dreams.add_dream(store, noor, text="Een eigen kamer", life_domain="wonen").id
    text = flat("".join(pages_text(dream_plan_pdf(dream_document(store, dream)))))
    assert "Een eigen kamer" in text and "No step written down yet." in text


def test_the_dream_slip_carries_the_dream_for_inside_the_tin(store: Store) -> None:
    tin = a_tin(store)
    text = flat("".join(pages_text(dream_slip_pdf(dream_document(store, tin.dream)))))
    assert "Ik wil later mijn eigen kapsalon" in text and "My dream, Noor" in text
    assert "Bakker" not in text and "Een dag meelopen" not in text


def test_an_unknown_dream_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        dream_document(store, "onbekend")
