"""From a form to a dream tin: a template's ``hands_over`` names the answers that can
start one (``van-betekenis-zijn``: where you would like to mean something, the first small
step, and by when). The dream tin then goes on as any other (``services/dreams.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate
from jiu_desktop.models import Dream
from jiu_desktop.services import dreams
from jiu_desktop.services.changes import Added
from jiu_desktop.services.form_responses import filled_form


@dataclass(frozen=True)
class Handover:
    """What a dream tin would start with."""

    participant_id: str
    dream: str
    step: str
    best_before: date | None


def handover(store: Store, response_id: str) -> Handover | None:
    """The dream, step and date the response holds; None when its template hands nothing
    over."""
    form = filled_form(store, response_id)
    named = form.definition.hands_over
    if named is None:
        return None
    answers = form.answers
    day = answers.get(named.best_before) if named.best_before else None
    return Handover(
        form.response.participant_id,
        str(answers.get(named.dream, "")).strip(),
        str(answers.get(named.step, "")).strip() if named.step else "",
        day if isinstance(day, date) else None,
    )


def start_dream_tin(store: Store, response_id: str, life_domain: str = "zingeving") -> Added[Dream]:
    """A dream tin from the response's answers, with its first step when one is given."""
    found = handover(store, response_id)
    if found is None:
        raise InvalidInput(translate("forms", "This form does not lead to a dream tin."))
    if not found.dream:
        raise InvalidInput(
            translate("forms", "Fill in first what the young person would like; that is the dream.")
        )
    made = dreams.add_dream(store, found.participant_id, text=found.dream, life_domain=life_domain)
    if not found.step:
        return made
    step = dreams.add_step(store, made.id, found.step, best_before=found.best_before)
    return Added(made.row, made.changes | step.changes)
