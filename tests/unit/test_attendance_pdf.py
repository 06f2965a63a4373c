"""The group's papers, read back as text: the presentielijst (first names, recorded marks
ticked, no signature), the course grid (letters and counts, a long roster over more
pages) and the contact list (only who allows it)."""

from __future__ import annotations

from datetime import date, timedelta

import pypdfium2 as pdfium
import pytest

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput
from jiu_desktop.printing.attendance_pdf import (
    contact_list_pdf,
    course_grid_pdf,
    presence_list_pdf,
)
from jiu_desktop.services import (
    attendance,
    consent,
    meetings,
    memberships,
    participants,
    team,
)
from jiu_desktop.services import attendance_document as paper
from jiu_desktop.services.attendance import GridPerson

MARCH_2 = date(2027, 3, 2)


def pages(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def setting(store: Store, weeks: int = 2) -> tuple[str, list[str], dict[str, str]]:
    group = team.create_group(store, "Voorjaar 2027").id
    meetings.update_group(store, group, attendance_rule="minstens 80% aanwezig")
    meetings.make_roster(store, group, MARCH_2, weeks, [1, 3], "13:00", "15:30", part="lsr")
    ids = [m.id for m in meetings.meetings_of(store, group)]
    people = {}
    for first, last, phone in (
        ("Noor", "Bakker", "06-11111111"),
        ("Noor", "Visser", "06-22222222"),
        ("Sem", "de Vries", "06-33333333"),
    ):
        ident = participants.create_participant(
            store, first_name=first, last_name=last, phone=phone
        ).id
        memberships.move_to_group(store, ident, group, on=date.today())
        people[f"{first} {last}"] = ident
    return group, ids, people


def test_names_are_first_names_made_apart_only_where_needed() -> None:
    names = paper.short_names(
        [
            GridPerson("1", "Noor", "Bakker"),
            GridPerson("2", "Noor", "Visser"),
            GridPerson("3", "Sem", "de Vries"),
            GridPerson("4", "Daan", "Bos"),
            GridPerson("5", "Daan", "Boer"),
            GridPerson("6", "", "Jansen"),
        ]
    )
    assert names == {
        "1": "Noor B.",
        "2": "Noor V.",
        "3": "Sem",
        "4": "Daan Bos",
        "5": "Daan Boer",
        "6": "?",
    }


def test_the_attendance_list_has_first_names_ticks_and_no_signature(store: Store) -> None:
    _group, ids, people = setting(store)
    meetings.update_meeting(store, ids[0], topic="Kookclinic", led_by="Sanne")
    attendance.mark(store, ids[0], people["Sem de Vries"], "te_laat")
    attendance.mark(store, ids[0], people["Noor Bakker"], "afwezig")
    attendance.er_op_af(store, ids[0], people["Noor Bakker"])
    [text] = pages(presence_list_pdf(paper.presence_list(store, ids[0])))
    for expected in ("Attendance list", "Voorjaar 2027", "02-03-2027", "13:00–15:30", "Kookclinic"):
        assert expected in text
    assert "Noor B." in text and "Noor V." in text and "Sem" in text
    assert "Bakker" not in text and "de Vries" not in text and "06-" not in text
    assert text.count("✓") == 2, "te laat for Sem, er op af for Noor"
    assert "signature" not in text.casefold()


def test_a_cancelled_meeting_says_so_on_its_list(store: Store) -> None:
    _group, ids, _people = setting(store)
    meetings.update_meeting(store, ids[1], cancelled=True)
    [text] = pages(presence_list_pdf(paper.presence_list(store, ids[1])))
    assert "This meeting does not go ahead." in text


def test_the_course_grid_has_the_letters_and_the_counts(store: Store) -> None:
    group, ids, people = setting(store)
    meetings.update_meeting(store, ids[3], cancelled=True)
    sem = people["Sem de Vries"]
    for meeting, mark in zip(ids, ("aanwezig", "afgemeld", "nvt"), strict=False):
        attendance.mark(store, meeting, sem, mark)
    [text] = pages(course_grid_pdf(paper.course_grid(store, group)))
    assert "Agreed: minstens 80% aanwezig" in text
    assert "1 of 2" in text, "Sem: aanwezig of aanwezig and afgemeld; n.v.t. not counted"
    assert "0 of 0" in text
    assert "—" in text, "the cancelled meeting"
    assert "Bakker" not in text


def test_a_long_roster_goes_on_over_more_pages_with_every_name(store: Store) -> None:
    group, _ids, _people = setting(store, weeks=20)  # 40 meetings
    found = pages(course_grid_pdf(paper.course_grid(store, group)))
    assert len(found) == 2
    for text in found:
        assert "Noor B." in text and "Sem" in text


def test_no_grid_without_meetings_or_people(store: Store) -> None:
    empty = team.create_group(store, "Leeg").id
    with pytest.raises(InvalidInput, match="no meetings"):
        paper.course_grid(store, empty)
    meetings.add_meeting(store, empty, held_on=MARCH_2)
    with pytest.raises(InvalidInput, match="Nobody"):
        paper.course_grid(store, empty)


def test_the_contact_list_holds_only_who_allows_it(store: Store) -> None:
    group, _ids, people = setting(store)
    consent.give_consent(store, people["Noor Bakker"], "contact_delen")
    consent.give_consent(
        store, people["Sem de Vries"], "contact_delen", on=date.today() - timedelta(1)
    )
    consent.withdraw_consent(store, people["Sem de Vries"], "contact_delen")
    listed = paper.contact_list(store, group)
    assert [(r.name, r.phone) for r in listed.rows] == [("Noor B.", "06-11111111")]
    assert listed.left_out == 2
    [text] = pages(contact_list_pdf(listed))
    assert "06-11111111" in text
    assert "06-22222222" not in text and "06-33333333" not in text and "Sem" not in text
