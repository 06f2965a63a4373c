"""Attendance (aanwezigheid): the grid of a group's participants × its meetings, one mark
per cell, the calm count per participant, and *er op af* after an absence.

A cell is one row on every laptop (``attendance_id``): two coaches ticking the same cell
offline write one row, and the last mark wins. Clearing a cell deletes its row; marking it
again brings the same row back.

The count is the attendance rate of the handbook's report: aanwezig + te laat over every
mark except n.v.t., over the meetings that did not get *gaat niet door*. A cell not
marked yet is no mark: it counts for nothing either way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate
from jiu_desktop.models import Attendance, Group, GroupMembership, Meeting, Participant, SessionNote
from jiu_desktop.models.declaration import choices_of
from jiu_desktop.models.meetings import PRESENT, attendance_id
from jiu_desktop.services import memberships, notes
from jiu_desktop.services import validation as v
from jiu_desktop.services.cascade import soft_delete
from jiu_desktop.services.changes import NOTHING, Added, Changes, added, written
from jiu_desktop.services.meetings import live_meetings

#: The mark that offers *er op af*, and the one that counts for nothing.
ABSENT, NOT_APPLICABLE = "afwezig", "nvt"
Cell = tuple[str, str]  # (participant id, meeting id)


@dataclass(frozen=True)
class Count:
    """ "aanwezig 18 van 22": ``present`` of ``counted`` marks."""

    present: int
    counted: int


@dataclass(frozen=True)
class GridPerson:
    participant_id: str
    first_name: str
    last_name: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass
class AttendanceGrid:
    """The group's participants (everyone in the group on one of its meeting days, or
    today, or with a mark) × its meetings, in the order they come. ``members`` holds the
    cells of a day the person was in the group; ``marks`` and ``notes`` (the *er op af*
    note of a cell) are kept up to date by whoever marks through the grid."""

    group_id: str
    group_name: str
    attendance_rule: str
    meetings: tuple[Meeting, ...]
    people: tuple[GridPerson, ...]
    members: frozenset[Cell]
    marks: dict[Cell, str] = field(default_factory=dict)
    notes: dict[Cell, str] = field(default_factory=dict)

    def count(self, participant_id: str) -> Count:
        return count_marks(
            self.marks.get((participant_id, m.id)) for m in self.meetings if not m.cancelled
        )


def presences() -> tuple[str, ...]:
    """The marks in the order a click cycles through them (the declaration's)."""
    return choices_of(Attendance, "presence")


def next_presence(current: str | None) -> str | None:
    """The mark a click or Space gives: aanwezig → te laat → afgemeld → afwezig → n.v.t.
    → no mark → aanwezig."""
    codes = presences()
    if current not in codes:
        return codes[0]
    at = codes.index(current)
    return codes[at + 1] if at + 1 < len(codes) else None


def count_marks(marks: Iterable[str | None]) -> Count:
    """Present (aanwezig, te laat) of every mark but n.v.t.; no mark counts for nothing."""
    counted = [m for m in marks if m is not None and m != NOT_APPLICABLE]
    return Count(sum(1 for m in counted if m in PRESENT), len(counted))


# -- the grid -----------------------------------------------------------------------------------
def attendance_grid(store: Store, group_id: str, today: date | None = None) -> AttendanceGrid:
    day = today or date.today()
    with store.session() as session:
        group = v.live_row(session, Group, group_id, translate("attendance", "Group"))
        meetings = tuple(live_meetings(session, group_id))
        rows = _attendance(session, [m.id for m in meetings])
        history = _histories(session, group_id)
        people = _people(session, group_id, {*history, *(a.participant_id for a in rows)})
    members: set[Cell] = set()
    shown: set[str] = {a.participant_id for a in rows}
    for person in people.values():
        held = history.get(person.id)
        for when in {day, *(m.held_on for m in meetings)}:
            if _in_group(held, person, group_id, when):
                shown.add(person.id)
                members.update((person.id, m.id) for m in meetings if m.held_on == when)
    listed = sorted(
        (people[p] for p in shown if p in people),
        key=lambda p: (p.first_name.casefold(), p.last_name.casefold(), p.id),
    )
    return AttendanceGrid(
        group.id,
        group.name,
        group.attendance_rule,
        meetings,
        tuple(GridPerson(p.id, p.first_name, p.last_name) for p in listed),
        frozenset(members),
        {(a.participant_id, a.meeting_id): a.presence for a in rows},
        {(a.participant_id, a.meeting_id): a.note_id for a in rows if a.note_id},
    )


def _in_group(
    held: list[GroupMembership] | None, person: Participant, group_id: str, day: date
) -> bool:
    """In the group on ``day`` by the group history; someone without any history (set
    by a laptop not yet upgraded) by their group now."""
    if not held:
        return person.group_id == group_id
    found = memberships.holding(held, day)
    return found is not None and found.group_id == group_id


def _attendance(session: Session, meeting_ids: list[str]) -> list[Attendance]:
    stmt = select(Attendance).where(
        Attendance.meeting_id.in_(meeting_ids), Attendance.deleted.is_(False)
    )
    return list(session.scalars(stmt))


def _histories(session: Session, group_id: str) -> dict[str, list[GroupMembership]]:
    """The whole group history of everyone who was ever in the group (the group on a
    day is the membership that holds it, whichever group that is)."""
    ever = select(GroupMembership.participant_id).where(
        GroupMembership.group_id == group_id, GroupMembership.deleted.is_(False)
    )
    stmt = select(GroupMembership).where(
        GroupMembership.participant_id.in_(ever), GroupMembership.deleted.is_(False)
    )
    found: dict[str, list[GroupMembership]] = {}
    for row in session.scalars(stmt):
        found.setdefault(row.participant_id, []).append(row)
    return found


def _people(session: Session, group_id: str, ids: set[str]) -> dict[str, Participant]:
    stmt = select(Participant).where(
        Participant.deleted.is_(False),
        or_(Participant.id.in_(ids), Participant.group_id == group_id),
    )
    return {p.id: p for p in session.scalars(stmt)}


# -- marking ------------------------------------------------------------------------------------
def _cell(session: Session, meeting_id: str, participant_id: str) -> tuple[Meeting, Participant]:
    meeting = v.live_row(session, Meeting, meeting_id, translate("attendance", "Meeting"))
    person = v.live_row(
        session, Participant, participant_id, translate("participants", "Participant")
    )
    return meeting, person


def mark(store: Store, meeting_id: str, participant_id: str, presence: str) -> Changes:
    """Put ``presence`` in the cell (aanwezig, te_laat, afgemeld, afwezig or nvt). A
    meeting that does not go ahead takes no marks."""
    presence = v.check_choice(
        presence, Attendance, "presence", translate("attendance", "Attendance")
    )
    with store.session() as session:
        meeting, person = _cell(session, meeting_id, participant_id)
        if meeting.cancelled:
            raise InvalidInput(
                translate(
                    "attendance",
                    "This meeting does not go ahead: it takes no attendance.",
                )
            )
        ident = attendance_id(meeting.id, person.id)
        row = session.get(Attendance, ident)
        if row is None:
            row = Attendance(
                id=ident, participant_id=person.id, meeting_id=meeting.id, presence=presence
            )
            session.add(row)
        else:
            v.assign_changed(row, {"deleted": False, "presence": presence})
        return written(session)


def clear(store: Store, meeting_id: str, participant_id: str) -> Changes:
    """Take the mark out of the cell (nothing to do when it has none)."""
    with store.session() as session:
        row = session.get(Attendance, attendance_id(meeting_id, participant_id))
        if row is None or row.deleted:
            return NOTHING
        soft_delete(session, row)
        return written(session)


def set_mark(store: Store, meeting_id: str, participant_id: str, presence: str | None) -> Changes:
    """:func:`mark`, or :func:`clear` for None (what undo puts back)."""
    if presence is None:
        return clear(store, meeting_id, participant_id)
    return mark(store, meeting_id, participant_id, presence)


# -- er op af -------------------------------------------------------------------------------------
def er_op_af(
    store: Store, meeting_id: str, participant_id: str, today: date | None = None
) -> Added[SessionNote]:
    """After *afwezig zonder bericht*: a session note of the kind ``er_op_af`` for the
    participant, with the follow-up "Bellen, appen of langsgaan" due today, so it stands
    on the start page under *Volgende stappen*; the cell keeps the note's id. Asked again
    for the same absence, the note made then is the answer (no second note)."""
    day = today or date.today()
    with store.session() as session:
        meeting, person = _cell(session, meeting_id, participant_id)
        row = session.get(Attendance, attendance_id(meeting.id, person.id))
        if row is None or row.deleted or row.presence != ABSENT:
            raise InvalidInput(
                translate(
                    "attendance",
                    "Er op af is for someone marked absent without notice.",
                )
            )
        made = session.get(SessionNote, row.note_id) if row.note_id else None
        if made is not None and not made.deleted:
            return Added(made, NOTHING)
        when = meeting.held_on.strftime("%d-%m-%Y")
        text = translate(
            "attendance", "Absent without notice at the meeting of {date}{topic}."
        ).format(date=when, topic=f" ({meeting.topic})" if meeting.topic else "")
        clean = notes.clean_note_fields(
            {
                "note_date": day,
                "kind": "er_op_af",
                "text": text,
                "follow_up": translate("attendance", "Call, message or visit"),
                "follow_up_due": day,
            }
        )
        note = SessionNote(participant_id=person.id, **clean)
        session.add(note)
        session.flush()
        row.note_id = note.id
        return added(session, note)


def undo_er_op_af(store: Store, meeting_id: str, participant_id: str) -> Changes:
    """Take back the *er op af* note of the cell (undo, right after making it)."""
    with store.session() as session:
        row = session.get(Attendance, attendance_id(meeting_id, participant_id))
        if row is None or not row.note_id:
            return NOTHING
        note = session.get(SessionNote, row.note_id)
        if note is not None and not note.deleted:
            soft_delete(session, note)
        row.note_id = ""
        return written(session)
