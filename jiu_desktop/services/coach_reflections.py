"""A coach's own reflections (the ``coach-reflectie`` template, about no participant).

They stay on this laptop: a local table that never syncs (it is in the encrypted backups).
*Delen met het team* copies one to team data (``SharedReflection``) for intervision; the
screen reminds the coach not to name participants. Answers are kept as one JSON object
{question key: [value_text, value_json]} (a participant's answer row in short), checked
like a participant's answers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models import Coach, CoachReflection, SharedReflection
from jiu_desktop.services.changes import Changes, written
from jiu_desktop.services.form_catalogue import TemplateVersion, get_template, template_row
from jiu_desktop.services.form_definition import FormDefinition
from jiu_desktop.services.form_responses import Value, _stored, read_value


@dataclass(frozen=True)
class Reflection:
    id: str
    template: TemplateVersion
    filled_on: date
    answers: dict[str, Value]
    complete: bool
    shared: bool


def _load(definition: FormDefinition, raw: str) -> dict[str, Value]:
    stored = json.loads(raw or "{}")
    found: dict[str, Value] = {}
    for key, (text, as_json) in stored.items():
        question = definition.question(key)
        if question is not None:
            value = read_value(question, text, as_json)
            if value is not None:
                found[key] = value
    return found


def _row(session: Session, reflection_id: str) -> CoachReflection:
    row = session.get(CoachReflection, reflection_id)
    if row is None:
        raise NotFound(translate("forms", "Reflection"), reflection_id)
    return row


def start_reflection(store: Store, template_id: str, filled_on: date | None = None) -> str:
    template = get_template(store, template_id)
    if template.definition.about != "coach":
        raise InvalidInput(translate("forms", "This form is filled in for a participant."))
    with store.session() as session:
        row = CoachReflection(template_id=template_id, filled_on=filled_on or date.today())
        session.add(row)
        session.flush()
        return row.id


def set_reflection_answers(
    store: Store, reflection_id: str, answers: Mapping[str, Value | None]
) -> Changes:
    """Store these answers; a shared reflection's team copy follows."""
    with store.session() as session:
        row = _row(session, reflection_id)
        definition = get_template(store, row.template_id).definition
        stored = json.loads(row.answers or "{}")
        for key, value in answers.items():
            text, as_json = _stored(definition, key, value)
            if text or as_json:
                stored[key] = [text, as_json]
            else:
                stored.pop(key, None)
        row.answers = json.dumps(stored, ensure_ascii=False, sort_keys=True)
        if row.shared_id is not None:
            shared = session.get(SharedReflection, row.shared_id)
            if shared is not None and shared.answers != row.answers:
                shared.answers = row.answers
        return written(session)


def finish_reflection(store: Store, reflection_id: str, complete: bool = True) -> None:
    with store.session() as session:
        _row(session, reflection_id).complete = complete


def reflections(store: Store) -> list[Reflection]:
    """This laptop's reflections, newest first."""
    with store.session() as session:
        rows = session.scalars(
            select(CoachReflection).order_by(
                CoachReflection.filled_on.desc(), CoachReflection.created_at.desc()
            )
        ).all()
        found = []
        for row in rows:
            template = get_template(store, row.template_id)
            found.append(
                Reflection(
                    row.id,
                    template,
                    row.filled_on,
                    _load(template.definition, row.answers),
                    row.complete,
                    row.shared_id is not None,
                )
            )
        return found


@dataclass(frozen=True)
class TeamReflection:
    """A reflection a colleague shared with the team (read-only here)."""

    id: str
    template: TemplateVersion
    filled_on: date
    #: The colleague's name ('' when the laptop that shared it knew no coach).
    coach_name: str
    answers: dict[str, Value]


def shared_by_colleagues(store: Store) -> list[TeamReflection]:
    """The reflections shared with the team from other laptops, newest first (this
    laptop's own shared ones are in ``reflections``)."""
    with store.session() as session:
        own = set(
            session.scalars(
                select(CoachReflection.shared_id).where(CoachReflection.shared_id.is_not(None))
            ).all()
        )
        rows = session.execute(
            select(SharedReflection, Coach.name)
            .outerjoin(Coach, Coach.id == SharedReflection.coach_id)
            .where(SharedReflection.deleted.is_(False))
            .order_by(SharedReflection.filled_on.desc(), SharedReflection.created_at.desc())
        ).all()
        found = []
        for row, name in rows:
            if row.id in own:
                continue
            try:
                template = get_template(store, row.template_id)
            except NotFound:
                continue  # a version this laptop cannot read (a newer program's)
            answers = _load(template.definition, row.answers)
            found.append(TeamReflection(row.id, template, row.filled_on, name or "", answers))
        return found


def share_reflection(store: Store, reflection_id: str, coach_id: str | None = None) -> Changes:
    """Make this reflection team data (for intervision); later edits follow it."""
    with store.session() as session:
        row = _row(session, reflection_id)
        if row.shared_id is not None:
            shared = session.get(SharedReflection, row.shared_id)
            if shared is not None and not shared.deleted:
                return written(session)
        template_row(session, row.template_id)
        shared = SharedReflection(
            template_id=row.template_id,
            filled_on=row.filled_on,
            coach_id=coach_id,
            answers=row.answers,
        )
        session.add(shared)
        session.flush()
        row.shared_id = shared.id
        return written(session)


def unshare_reflection(store: Store, reflection_id: str) -> Changes:
    """Take the team copy back (deleted on every laptop); this laptop keeps its own."""
    with store.session() as session:
        row = _row(session, reflection_id)
        if row.shared_id is not None:
            shared = session.get(SharedReflection, row.shared_id)
            if shared is not None:
                shared.deleted = True
            row.shared_id = None
        return written(session)


def delete_reflection(store: Store, reflection_id: str) -> Changes:
    unshare = unshare_reflection(store, reflection_id)
    with store.session() as session:
        session.delete(_row(session, reflection_id))
    return unshare
