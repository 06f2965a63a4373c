"""The kennismaking: one intake per participant, started by its first save, and the care
workers with the subjects they coach on."""

from __future__ import annotations

import pytest

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.models import Intake
from jiu_desktop.models.intake import intake_id
from jiu_desktop.services import intake, participants


def person(store: Store) -> str:
    return participants.create_participant(store, first_name="Noor").id


def test_the_first_save_starts_the_intake_with_the_participants_derived_id(store: Store) -> None:
    noor = person(store)
    assert intake.get_intake(store, noor) is None
    changes = intake.save_intake(store, noor, days_now="Slaapt veel, gamet 's avonds")
    assert changes.touches(Intake) and changes.ids == {intake_id(noor)}
    intake.save_intake(store, noor, income="uitkering", has_computer=False, has_email=True)
    found = intake.get_intake(store, noor)
    assert found is not None and found.id == intake_id(noor)
    assert (found.days_now, found.income, found.has_email) == (
        "Slaapt veel, gamet 's avonds",
        "uitkering",
        True,
    )
    assert not intake.save_intake(store, noor, income="uitkering"), "no change, nothing written"


def test_every_field_of_the_intake_is_kept(store: Store) -> None:
    noor = person(store)
    intake.save_intake(
        store,
        noor,
        social_services_permission_needed=True,
        social_services_permission_given=True,
        verbinder_name="Karim (jongerenwerk)",
        verbinder_reach="06-21436587",
        parent_contact=True,
        parent_who="moeder",
        parent_contact_allowed=False,
        reach_by=("langsgaan", "appen"),
        coach_subjects=["werk"],
    )
    found = intake.get_intake(store, noor)
    assert found is not None
    assert found.verbinder_name == "Karim (jongerenwerk)" and found.parent_who == "moeder"
    assert found.social_services_permission_given and not found.parent_contact_allowed
    assert intake.chosen(found.reach_by) == ("appen", "langsgaan"), "in declared order"
    assert intake.chosen(found.coach_subjects) == ("werk",)
    assert found.income == "onbekend", "until it came up"


@pytest.mark.parametrize(
    "bad",
    [{"income": "zakgeld"}, {"reach_by": ["duif"]}, {"contra_indicatie": "x"}],
)
def test_a_bad_intake_field_is_refused(store: Store, bad: dict[str, object]) -> None:
    noor = person(store)
    with pytest.raises(InvalidInput):
        intake.save_intake(store, noor, **bad)
    assert intake.get_intake(store, noor) is None


def test_an_intake_needs_a_live_participant(store: Store) -> None:
    with pytest.raises(NotFound):
        intake.save_intake(store, "no-such-id", days_now="x")


def test_care_workers_are_added_changed_and_removed(store: Store) -> None:
    noor = person(store)
    petra = intake.add_care_contact(
        store, noor, organisation="Schuldhulp", first_name="Petra", subjects=["inkomen"]
    )
    intake.add_care_contact(store, noor, organisation="Wijkteam", reach="0317-470000")
    intake.update_care_contact(store, petra.id, reach="06-12345678", subjects=["inkomen", "wonen"])
    found = intake.list_care_contacts(store, noor)
    assert [(c.organisation, c.reach) for c in found] == [
        ("Schuldhulp", "06-12345678"),
        ("Wijkteam", "0317-470000"),
    ]
    assert intake.chosen(found[0].subjects) == ("wonen", "inkomen")
    intake.delete_care_contact(store, petra.id)
    assert [c.organisation for c in intake.list_care_contacts(store, noor)] == ["Wijkteam"]
    with pytest.raises(InvalidInput):
        intake.add_care_contact(store, noor, reach="06-1")
    with pytest.raises(InvalidInput):
        intake.update_care_contact(store, found[1].id, subjects=["schulden"])


def test_shared_subjects_say_who_would_both_work_on_the_debts(store: Store) -> None:
    noor = person(store)
    assert intake.shared_subjects(store, noor) == []
    intake.save_intake(store, noor, coach_subjects=["werk", "inkomen"])
    petra = intake.add_care_contact(store, noor, organisation="Schuldhulp", subjects=["inkomen"])
    intake.add_care_contact(store, noor, organisation="Wijkteam", subjects=["wonen"])
    (shared,) = intake.shared_subjects(store, noor)
    assert (shared.subject, shared.coach, shared.care_contact_ids) == ("inkomen", True, (petra.id,))
    intake.save_intake(store, noor, coach_subjects=["werk"])
    assert intake.shared_subjects(store, noor) == []
