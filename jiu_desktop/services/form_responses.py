"""Filling in a form for a participant: a response to one template version, one answer
row per question (``models/forms.py``), autosaved while the form is being filled in.

Values are the Python values of their question type: a scale ``1``–``5``, yes/no a
``bool``, a choice an option key, several choices a tuple of option keys (in the
template's order), a date a ``date``, an open answer a ``str``. Storing ``None`` (or an
empty text or selection) clears an answer. A signature is only a line on paper: it holds
no answer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate
from jiu_desktop.models import FormAnswer, FormResponse, FormTemplate, Meeting, Participant
from jiu_desktop.models.base import derived_id
from jiu_desktop.services import validation as v
from jiu_desktop.services.cascade import soft_delete
from jiu_desktop.services.changes import Added, Changes, added, written
from jiu_desktop.services.form_catalogue import (
    TemplateVersion,
    get_template,
    row_definition,
    template_row,
)
from jiu_desktop.services.form_definition import FormDefinition, Question

Value = int | bool | str | date | tuple[str, ...]


@dataclass(frozen=True)
class ResponseSummary:
    """A response as a list shows it."""

    id: str
    template_id: str
    slug: str
    title: str
    version: int
    filled_on: date
    respondent: str
    from_paper: bool
    complete: bool
    answered: int
    questions: int


@dataclass(frozen=True)
class FilledForm:
    """One response with its template version and answers: what the screen and the PDF
    render."""

    response: FormResponse
    template: TemplateVersion
    first_name: str
    answers: dict[str, Value]

    @property
    def definition(self) -> FormDefinition:
        return self.template.definition


def answer_id(response_id: str, question_key: str) -> str:
    """One answer per question of a response, on every laptop."""
    return derived_id("form_answer", response_id, question_key)


def _response(session: Session, response_id: str) -> FormResponse:
    return v.live_row(session, FormResponse, response_id, translate("forms", "Form"))


def start_response(
    store: Store,
    participant_id: str,
    template_id: str,
    *,
    filled_on: date | None = None,
    respondent: str | None = None,
    from_paper: bool = False,
    coach_id: str | None = None,
    meeting_id: str | None = None,
) -> Added[FormResponse]:
    """A new, empty response of ``participant_id`` to the published version
    ``template_id`` (a built-in version gets its row now), for the group meeting
    ``meeting_id`` when given (it is then dated on that meeting's day unless
    ``filled_on`` says otherwise)."""
    definition = get_template(store, template_id).definition
    if definition.about != "deelnemer":
        raise InvalidInput(
            translate("forms", "This form is a coach's own reflection, not about a participant.")
        )
    who = respondent or definition.respondents[0]
    v.check_choice(who, FormResponse, "respondent", translate("forms", "Filled in by"))
    if who not in definition.respondents:
        raise InvalidInput(
            translate("forms", "This form is not filled in by a {role}.").format(role=who)
        )
    with store.session() as session:
        v.live_row(session, Participant, participant_id, translate("participants", "Participant"))
        meeting = (
            v.live_row(session, Meeting, meeting_id, translate("forms", "Meeting"))
            if meeting_id
            else None
        )
        day = filled_on or (meeting.held_on if meeting is not None else date.today())
        template_row(session, template_id)
        response = FormResponse(
            participant_id=participant_id,
            template_id=template_id,
            filled_on=day,
            respondent=who,
            from_paper=from_paper,
            coach_id=coach_id,
            meeting_id=meeting.id if meeting is not None else None,
        )
        session.add(response)
        return added(session, response)


def update_response(store: Store, response_id: str, fields: Mapping[str, Any]) -> Changes:
    """Change the date, the respondent, "from paper", "complete" or the meeting it was for
    (None: none). (The respondent may be
    any role here, also one the template does not name: a correction of who filled in a
    paper form is recorded as it was.)"""
    with store.session() as session:
        response = _response(session, response_id)
        clean: dict[str, Any] = {}
        for key, value in fields.items():
            if key == "filled_on":
                day = v.as_date(value, translate("forms", "Date"))
                if day is None:
                    raise InvalidInput(
                        translate("forms", "A form needs the date it was filled in.")
                    )
                clean[key] = day
            elif key == "respondent":
                clean[key] = v.check_choice(
                    value, FormResponse, key, translate("forms", "Filled in by")
                )
            elif key in ("from_paper", "complete"):
                clean[key] = bool(value)
            elif key == "meeting_id":
                label = translate("forms", "Meeting")
                clean[key] = v.live_row(session, Meeting, value, label).id if value else None
            else:
                raise InvalidInput(
                    translate("forms", "A form response has no field “{field}”.").format(field=key)
                )
        v.assign_changed(response, clean)
        return written(session)


def _template_of(session: Session, response: FormResponse) -> FormTemplate:
    row = session.get(FormTemplate, response.template_id)
    assert row is not None  # the foreign key
    return row


def _definition_of(session: Session, response: FormResponse) -> FormDefinition:
    definition = row_definition(_template_of(session, response))
    if definition is None:
        raise InvalidInput(
            translate(
                "forms",
                "This form was made with a newer JIU Desktop. Update this laptop to fill it in.",
            )
        )
    return definition


def set_answers(store: Store, response_id: str, answers: Mapping[str, Value | None]) -> Changes:
    """Store these answers (by question key) of one response; the others stay. Each value
    is checked against its question first: one wrong value changes nothing."""
    with store.session() as session:
        response = _response(session, response_id)
        definition = _definition_of(session, response)
        checked = {key: _stored(definition, key, value) for key, value in answers.items()}
        for key, (text, as_json) in checked.items():
            ident = answer_id(response.id, key)
            row = session.get(FormAnswer, ident)
            if row is None:
                if not text and not as_json:
                    continue
                session.add(
                    FormAnswer(
                        id=ident,
                        participant_id=response.participant_id,
                        response_id=response.id,
                        question_key=key,
                        value_text=text,
                        value_json=as_json,
                    )
                )
            else:
                v.assign_changed(row, {"value_text": text, "value_json": as_json, "deleted": False})
        return written(session)


def _stored(definition: FormDefinition, key: str, value: Value | None) -> tuple[str, str]:
    """(value_text, value_json) for the answer ``value`` to question ``key``."""
    question = definition.question(key)
    if question is None:
        raise InvalidInput(
            translate("forms", "The form “{form}” has no question “{key}”.").format(
                form=definition.title, key=key
            )
        )
    if value is None or value == "" or value == ():
        return "", ""
    label = question.text
    kind = question.type
    if kind == "open":
        return str(value), ""
    if kind == "scale":
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise InvalidInput(_not_allowed(label, value))
        return "", json.dumps(value)
    if kind == "yesno":
        if not isinstance(value, bool):
            raise InvalidInput(_not_allowed(label, value))
        return "", json.dumps(value)
    if kind == "choice":
        if value not in _option_keys(question):
            raise InvalidInput(_not_allowed(label, value))
        return "", json.dumps(value)
    if kind == "multi":
        chosen = {value} if isinstance(value, str) else set(value)  # type: ignore[arg-type]
        keys = _option_keys(question)
        if not chosen <= set(keys):
            raise InvalidInput(_not_allowed(label, value))
        return "", json.dumps([k for k in keys if k in chosen])
    if kind == "date":
        day = v.as_date(value, label)
        return "", json.dumps(day.isoformat() if day else None)
    raise InvalidInput(
        translate("forms", "“{question}” is signed on paper; it holds no answer.").format(
            question=label
        )
    )


def _option_keys(question: Question) -> tuple[str, ...]:
    return tuple(option.key for option in question.options)


def _not_allowed(label: str, value: object) -> str:
    return translate("forms", "{question}: “{value}” is not a possible answer.").format(
        question=label, value=value
    )


def read_value(question: Question, value_text: str, value_json: str) -> Value | None:
    """An answer as its Python value (None: not answered, or not readable as this type)."""
    if question.type == "open":
        return value_text or None
    if not value_json:
        return None
    try:
        loaded = json.loads(value_json)
    except ValueError:
        return None
    if question.type == "scale":
        ok = isinstance(loaded, int) and not isinstance(loaded, bool) and 1 <= loaded <= 5
        return loaded if ok else None
    if question.type == "yesno":
        return loaded if isinstance(loaded, bool) else None
    if question.type == "choice":
        return loaded if isinstance(loaded, str) else None
    if question.type == "multi":
        return tuple(str(k) for k in loaded) if isinstance(loaded, list) else None
    if question.type == "date" and isinstance(loaded, str):
        try:
            return date.fromisoformat(loaded)
        except ValueError:
            return None
    return None


def _answers(
    session: Session, response: FormResponse, definition: FormDefinition
) -> dict[str, Value]:
    rows = session.scalars(
        select(FormAnswer).where(
            FormAnswer.response_id == response.id, FormAnswer.deleted.is_(False)
        )
    ).all()
    found: dict[str, Value] = {}
    for row in rows:
        question = definition.question(row.question_key)
        if question is None:
            continue  # a key of another version: the response keeps its own version's
        value = read_value(question, row.value_text, row.value_json)
        if value is not None:
            found[row.question_key] = value
    return found


def filled_form(store: Store, response_id: str) -> FilledForm:
    with store.session() as session:
        response = _response(session, response_id)
        template = get_template(store, response.template_id)
        person = session.get(Participant, response.participant_id)
        answers = _answers(session, response, template.definition)
        session.expunge(response)
        return FilledForm(response, template, person.first_name if person else "", answers)


def responses_of(
    store: Store, participant_id: str, slug: str | None = None
) -> list[ResponseSummary]:
    """A participant's responses, newest first (only those to ``slug`` when given)."""
    with store.session() as session:
        responses = session.scalars(
            select(FormResponse)
            .where(
                FormResponse.participant_id == participant_id,
                FormResponse.deleted.is_(False),
            )
            .order_by(FormResponse.filled_on.desc(), FormResponse.created_at.desc())
        ).all()
        definitions: dict[str, FormDefinition | None] = {}
        found = []
        for response in responses:
            template = _template_of(session, response)
            if template.id not in definitions:
                definitions[template.id] = row_definition(template)
            definition = definitions[template.id]
            if slug is not None and template.slug != slug:
                continue
            # A version this laptop cannot read is listed by its title, with no count.
            answerable = (
                [q for q in definition.questions() if q.type != "signature"]
                if (definition is not None)
                else []
            )
            answered = len(_answers(session, response, definition)) if definition else 0
            found.append(
                ResponseSummary(
                    response.id,
                    response.template_id,
                    template.slug,
                    template.title,
                    template.version,
                    response.filled_on,
                    response.respondent,
                    response.from_paper,
                    response.complete,
                    answered,
                    len(answerable),
                )
            )
        return found


def delete_response(store: Store, response_id: str) -> Changes:
    with store.session() as session:
        soft_delete(session, _response(session, response_id))
        return written(session)
