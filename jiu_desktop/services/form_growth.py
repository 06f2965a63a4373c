"""Growth: one participant's answers to the scale questions of one template over time,
joined on the question key across the template's versions (``docs/forms.md``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from jiu_desktop.db.store import Store
from jiu_desktop.models import FormAnswer, FormResponse, FormTemplate
from jiu_desktop.services.form_definition import FormDefinition, from_json
from jiu_desktop.services.form_responses import read_value


@dataclass(frozen=True)
class GrowthPoint:
    filled_on: date
    value: int
    respondent: str
    response_id: str


@dataclass(frozen=True)
class GrowthLine:
    """One scale question: its text and words as the newest version has them, and every
    answer to it, oldest first."""

    key: str
    question: str
    labels: tuple[str, ...]
    points: tuple[GrowthPoint, ...]


def growth(
    store: Store, participant_id: str, slug: str, respondent: str | None = None
) -> tuple[GrowthLine, ...]:
    """The scale questions of template ``slug`` (in the newest version's order) with the
    participant's answers; only those of ``respondent`` (e.g. ``deelnemer``) when given."""
    with store.session() as session:
        stmt = (
            select(FormResponse, FormTemplate.definition)
            .join(FormTemplate, FormTemplate.id == FormResponse.template_id)
            .where(
                FormResponse.participant_id == participant_id,
                FormResponse.deleted.is_(False),
                FormTemplate.slug == slug,
            )
            .order_by(FormResponse.filled_on, FormResponse.created_at, FormResponse.id)
        )
        if respondent is not None:
            stmt = stmt.where(FormResponse.respondent == respondent)
        found = session.execute(stmt).all()
        readable = {text: _readable(text) for text in {text for _r, text in found}}
        # a version this laptop cannot read (a newer JIU Desktop's) is left out of the chart
        definitions = {text: d for text, d in readable.items() if d is not None}
        responses = [(r, text) for r, text in found if text in definitions]
        answers = session.execute(
            select(FormAnswer.response_id, FormAnswer.question_key, FormAnswer.value_json)
            .join(FormResponse, FormResponse.id == FormAnswer.response_id)
            .where(
                FormAnswer.participant_id == participant_id,
                FormAnswer.deleted.is_(False),
                FormAnswer.value_json != "",
            )
        ).all()
    by_response: dict[str, dict[str, str]] = {}
    for response_id, key, value_json in answers:
        by_response.setdefault(response_id, {})[key] = value_json
    newest = max(definitions.values(), key=lambda d: d.version, default=None)
    order: dict[str, tuple[str, tuple[str, ...]]] = {}
    for definition in sorted(definitions.values(), key=lambda d: d.version):
        for question in definition.scale_questions():
            order.pop(question.key, None)
            order[question.key] = (question.text, tuple(question.labels))
    if newest is not None:  # the newest version's order first, older-only keys after
        keys = [q.key for q in newest.scale_questions()]
        order = {k: order[k] for k in [*keys, *(k for k in order if k not in keys)]}
    points: dict[str, list[GrowthPoint]] = {key: [] for key in order}
    for response, text in responses:
        definition = definitions[text]
        given = by_response.get(response.id, {})
        for question in definition.scale_questions():
            value = read_value(question, "", given.get(question.key, ""))
            if isinstance(value, int) and not isinstance(value, bool):
                points[question.key].append(
                    GrowthPoint(response.filled_on, value, response.respondent, response.id)
                )
    return tuple(
        GrowthLine(key, text, labels, tuple(points[key])) for key, (text, labels) in order.items()
    )


def _readable(text: str) -> FormDefinition | None:
    try:
        return from_json(text)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
