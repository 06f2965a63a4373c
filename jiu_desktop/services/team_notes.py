"""Team notes: about the team's work, not about one young person (intervision, meetings
with partners, the week's planning). Team data: it syncs to the whole team and is in no
participant's export.

The screen reminds the coach not to name participants; ``names_mentioned`` finds the names
of participants in a text, so the screen can say which.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models import Participant, TeamNote
from jiu_desktop.services import validation as v
from jiu_desktop.services.cascade import soft_delete
from jiu_desktop.services.changes import Added, Changes, added, written

#: Words, also inside a hyphenated word ("Bakker-familie"); names are read the same way
#: ("Anne-Marie" is "anne marie").
WORD = re.compile(r"\w+")
#: Words before a surname (tussenvoegsels, articles) that alone are no name: "de Vries"
#: is also found as "Vries", "El Amrani" as "Amrani"; "de" is never a name by itself.
PARTICLES = frozenset(
    {"van", "de", "der", "den", "het", "ten", "ter", "te", "in", "op", "el", "al", "da", "di"}
)


def clean_team_note_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "note_date":
            day = v.as_date(value, translate("team_notes", "Date"))
            if day is None:
                raise InvalidInput(translate("team_notes", "A team note needs a date."))
            clean[key] = day
        elif key == "kind":
            clean[key] = v.check_choice(value, TeamNote, key, translate("team_notes", "Kind"))
        elif key == "text":
            clean[key] = str(value or "")
        else:
            raise InvalidInput(translate("team_notes", "Unknown field: {field}").format(field=key))
    return clean


def list_team_notes(
    store: Store,
    from_date: date | str | None = None,
    to_date: date | str | None = None,
    kind: str | None = None,
) -> list[TeamNote]:
    """Team notes dated from ``from_date`` to ``to_date`` (both included, either may be
    left open), of ``kind`` when given; newest first."""
    start = v.as_date(from_date, translate("team_notes", "From"))
    end = v.as_date(to_date, translate("team_notes", "To"))
    with store.session() as session:
        stmt = select(TeamNote).where(TeamNote.deleted.is_(False))
        if start is not None:
            stmt = stmt.where(TeamNote.note_date >= start)
        if end is not None:
            stmt = stmt.where(TeamNote.note_date <= end)
        if kind is not None:
            kind = v.check_choice(kind, TeamNote, "kind", translate("team_notes", "Kind"))
            stmt = stmt.where(TeamNote.kind == kind)
        stmt = stmt.order_by(TeamNote.note_date.desc(), TeamNote.created_at.desc())
        return list(session.scalars(stmt))


def get_team_note(store: Store, note_id: str) -> TeamNote:
    with store.session() as session:
        return v.live_row(session, TeamNote, note_id, translate("team_notes", "Team note"))


def add_team_note(store: Store, **fields: Any) -> Added[TeamNote]:
    """A team note: ``note_date`` (today unless given), ``kind``, ``text``."""
    clean = clean_team_note_fields({**fields, "note_date": fields.get("note_date") or date.today()})
    with store.session() as session:
        note = TeamNote(**clean)
        session.add(note)
        return added(session, note)


def update_team_note(store: Store, note_id: str, **fields: Any) -> Changes:
    clean = clean_team_note_fields(fields)
    with store.session() as session:
        note = v.live_row(session, TeamNote, note_id, translate("team_notes", "Team note"))
        v.assign_changed(note, clean)
        return written(session)


def delete_team_note(store: Store, note_id: str) -> Changes:
    with store.session() as session:
        note = session.get(TeamNote, note_id)
        if note is None:
            raise NotFound(translate("team_notes", "Team note"), note_id)
        soft_delete(session, note)
        return written(session)


def _words(text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(text)]


def _name_forms(name: str) -> list[tuple[str, ...]]:
    """The word sequences that stand for ``name``: all of it, and a surname without the
    particles before it."""
    words = tuple(_words(name))
    forms = [words] if words else []
    rest = words
    while rest and rest[0] in PARTICLES:
        rest = rest[1:]
    if rest and rest != words:
        forms.append(rest)
    return [f for f in forms if not (len(f) == 1 and f[0] in PARTICLES)]


def names_mentioned(store: Store, text: str) -> list[str]:
    """The first and last names of participants (not deleted) that occur in ``text`` as
    whole words, whatever their case, as they are written in the participant's record;
    sorted. Empty when the text names nobody. A name that is also an everyday word ("Roos")
    is found too: the screen only warns."""
    words = _words(text)
    if not words:
        return []
    with store.session() as session:
        stmt = select(Participant.first_name, Participant.last_name).where(
            Participant.deleted.is_(False)
        )
        names = {name for row in session.execute(stmt) for name in row if name.strip()}
    forms: dict[tuple[str, ...], set[str]] = {}
    for name in names:
        for form in _name_forms(name):
            forms.setdefault(form, set()).add(name)
    longest = max((len(f) for f in forms), default=0)
    found: set[str] = set()
    for start in range(len(words)):
        for size in range(1, min(longest, len(words) - start) + 1):
            found |= forms.get(tuple(words[start : start + size]), set())
    return sorted(found, key=str.casefold)
