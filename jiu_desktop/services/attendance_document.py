"""What goes on the group's papers (``printing/attendance_pdf.py`` draws them):

- the **presentielijst** of one meeting, which lies on the table for the group: first
  names only (with the first letter of the last name where two share a first name), and
  boxes for aanwezig · te laat · afgemeld and "er op af gedaan"; marks already recorded
  are ticked;
- the **course grid** for the coordinator's folder: everyone × every meeting with the
  letters, and per participant the count "18 van 22";
- the **contact list** the group may get: only those whose consent to share their
  contact details with the group stands now (``consent.allowing``), the others are left
  out and only counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate
from jiu_desktop.models import Meeting
from jiu_desktop.services import consent, meetings, memberships, participants
from jiu_desktop.services.attendance import AttendanceGrid, GridPerson, attendance_grid
from jiu_desktop.services.meeting_labels import (
    part_label,
    presence_letter,
    time_text,
    weekday_short,
)

#: The consent kind that lets contact details go on the group's list.
SHARE_CONTACT = "contact_delen"


@dataclass(frozen=True)
class MeetingLine:
    id: str
    held_on: date
    weekday: str
    time: str
    part: str
    topic: str
    place: str
    led_by: str
    cancelled: bool


@dataclass(frozen=True)
class PresenceRow:
    name: str
    #: The mark recorded (a code), or None: the boxes stay empty to fill in by hand.
    presence: str | None
    er_op_af: bool


@dataclass(frozen=True)
class PresenceList:
    group: str
    meeting: MeetingLine
    rows: tuple[PresenceRow, ...]


@dataclass(frozen=True)
class GridLine:
    name: str
    #: Per meeting the letter, "" when not marked, "·" on a day they were not in the group.
    marks: tuple[str, ...]
    present: int
    counted: int


@dataclass(frozen=True)
class CourseGrid:
    group: str
    starts_on: date | None
    ends_on: date | None
    attendance_rule: str
    meetings: tuple[MeetingLine, ...]
    rows: tuple[GridLine, ...]
    made_on: date


@dataclass(frozen=True)
class ContactLine:
    name: str
    phone: str
    email: str


@dataclass(frozen=True)
class ContactList:
    group: str
    rows: tuple[ContactLine, ...]
    #: How many in the group are not on it (no consent to share, or withdrawn).
    left_out: int
    made_on: date


def short_names(people: Iterable[GridPerson]) -> dict[str, str]:
    """First names, with the first letter of the last name where two share a first name
    ("Noor B.", "Noor V."), and the whole last name where that is shared too; "?" for
    someone with no first name."""
    listed = list(people)

    def first(p: GridPerson) -> str:
        return p.first_name.strip() or "?"

    def initial(p: GridPerson) -> str:
        last = p.last_name.strip()
        return f"{first(p)} {last[:1].upper()}." if last else first(p)

    firsts = Counter(first(p).casefold() for p in listed)
    initials = Counter(initial(p).casefold() for p in listed)
    names = {}
    for p in listed:
        if firsts[first(p).casefold()] == 1:
            names[p.participant_id] = first(p)
        elif initials[initial(p).casefold()] == 1:
            names[p.participant_id] = initial(p)
        else:
            names[p.participant_id] = p.full_name or "?"
    return names


def _line(meeting: Meeting) -> MeetingLine:
    return MeetingLine(
        meeting.id,
        meeting.held_on,
        weekday_short(meeting.held_on),
        time_text(meeting.starts_at, meeting.ends_at),
        part_label(meeting.part),
        meeting.topic,
        meeting.place,
        meeting.led_by,
        meeting.cancelled,
    )


def presence_list(store: Store, meeting_id: str) -> PresenceList:
    """The presentielijst of the meeting: who is in the group on its day (and anyone
    marked at it), by first name."""
    meeting = meetings.get_meeting(store, meeting_id)
    grid = attendance_grid(store, meeting.group_id)
    names = short_names(grid.people)
    rows = tuple(
        PresenceRow(
            names[p.participant_id],
            grid.marks.get((p.participant_id, meeting.id)),
            (p.participant_id, meeting.id) in grid.notes,
        )
        for p in grid.people
        if (p.participant_id, meeting.id) in grid.members
        or (p.participant_id, meeting.id) in grid.marks
    )
    if not rows:
        raise InvalidInput(
            translate("attendance_document", "Nobody is in the group “{group}” on {date}.").format(
                group=grid.group_name, date=meeting.held_on.strftime("%d-%m-%Y")
            )
        )
    return PresenceList(grid.group_name, _line(meeting), rows)


def course_grid(store: Store, group_id: str, today: date | None = None) -> CourseGrid:
    """Everyone × every meeting of the group, with the counts, for the coordinator."""
    grid = attendance_grid(store, group_id, today)
    if not grid.meetings:
        raise InvalidInput(
            translate(
                "attendance_document",
                "The group “{group}” has no meetings yet. Make its roster first.",
            ).format(group=grid.group_name)
        )
    if not grid.people:
        raise InvalidInput(
            translate("attendance_document", "Nobody is in the group “{group}” yet.").format(
                group=grid.group_name
            )
        )
    group = meetings.get_group(store, group_id)
    names = short_names(grid.people)
    rows = tuple(_grid_line(grid, p, names[p.participant_id]) for p in grid.people)
    return CourseGrid(
        grid.group_name,
        group.starts_on,
        group.ends_on,
        grid.attendance_rule,
        tuple(_line(m) for m in grid.meetings),
        rows,
        today or date.today(),
    )


def _grid_line(grid: AttendanceGrid, person: GridPerson, name: str) -> GridLine:
    marks = []
    for m in grid.meetings:
        cell = (person.participant_id, m.id)
        if cell in grid.marks:
            marks.append(presence_letter(grid.marks[cell]))
        else:
            marks.append("" if cell in grid.members else "·")
    count = grid.count(person.participant_id)
    return GridLine(name, tuple(marks), count.present, count.counted)


def contact_list(store: Store, group_id: str, on: date | None = None) -> ContactList:
    """The group's contact list on ``on`` (default today): first name, phone and e-mail of
    those who allow it; nobody else's name is on it."""
    day = on or date.today()
    group = meetings.get_group(store, group_id)
    members = memberships.participants_in_group(store, group_id, day)
    allowed = consent.allowing(store, SHARE_CONTACT, [m.participant_id for m in members])
    people = [GridPerson(m.participant_id, m.first_name, m.last_name) for m in members]
    names = short_names(people)
    rows = []
    for member in members:
        if member.participant_id in allowed:
            person = participants.get_participant(store, member.participant_id)
            rows.append(ContactLine(names[member.participant_id], person.phone, person.email))
    return ContactList(group.name, tuple(rows), len(members) - len(rows), day)
