"""The answers of one response, autosaved while they are given (``views/autosave.py``):
each question is a field named ``q:<key>`` beside the response's own fields (date, who
filled it in, from paper), so one undo history covers both; each saved field is one
``set_answers`` or ``update_response``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jiu_desktop.db.store import Store
from jiu_desktop.services import form_responses
from jiu_desktop.services.changes import Changes
from jiu_desktop.views.autosave import AutosaveForm, Binding
from jiu_desktop.views.forms.form_widget import FormWidget

PREFIX = "q:"


def bind_answers(form: AutosaveForm, widget: FormWidget) -> None:
    """Autosave every answer field of ``widget`` (undo names the question)."""
    for key, field in widget.inputs.items():
        binding = Binding(field.field(), field.value, field.set_value, edited=field.edited)
        form.bind(PREFIX + key, binding, field.question.text)


def answer_fields(widget: FormWidget, answers: Mapping[str, object]) -> dict[str, object]:
    """What ``AutosaveForm.load`` shows: every question, None where it has no answer."""
    return {PREFIX + key: answers.get(key) for key in widget.inputs}


def save_fields(store: Store, response_id: str, fields: Mapping[str, Any]) -> Changes:
    """Store what the autosave hands over: answers and the response's own fields."""
    answers = {n[len(PREFIX) :]: v for n, v in fields.items() if n.startswith(PREFIX)}
    own = {n: v for n, v in fields.items() if not n.startswith(PREFIX)}
    changes = Changes()
    if answers:
        changes = changes | form_responses.set_answers(store, response_id, answers)
    if own:
        changes = changes | form_responses.update_response(store, response_id, own)
    return changes
