"""Everything *Mijn spiraal* (``printing/spiral_pdf.py``) needs, gathered once: per domain
measured, where the young person started and where they stand now, in the B1 words of
``resources/spiral/criteria.json``; and the criteria of the way to their next step
overall, with those already seen at the latest measurement.

The young person's version has no dates of measurements; the coach's version has them, and
whether each was filled in together. Neither has a note, and both carry the first name
only. The renderer draws what is here and decides nothing about what may be shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput
from jiu_desktop.i18n import translate
from jiu_desktop.models.progress import OVERALL
from jiu_desktop.services import participants, spiral
from jiu_desktop.services.domain_labels import spiral_domain_label
from jiu_desktop.services.spiral_criteria import StepWords, spiral_words


@dataclass(frozen=True)
class MeasuredOn:
    """One measurement of a domain, for the coach's version."""

    assessed_on: date
    step: int
    together: bool


@dataclass(frozen=True)
class DomainLine:
    domain: str
    label: str
    start: StepWords
    now: StepWords
    #: Oldest first; empty in the young person's version.
    measurements: tuple[MeasuredOn, ...]


@dataclass(frozen=True)
class Prompt:
    """A criterion of the way to the next step, in B1, and whether it was seen."""

    text: str
    met: bool


@dataclass(frozen=True)
class SpiralDocument:
    first_name: str
    for_participant: bool
    #: The steps the spiral shows (five, or six when the team uses *zelfstandig*).
    steps: tuple[StepWords, ...]
    #: The domains measured, *Algemeen* first.
    domains: tuple[DomainLine, ...]
    #: The next step overall and its criteria (none at the last step or unmeasured).
    next_step: StepWords | None
    prompts: tuple[Prompt, ...]
    made_on: date


def spiral_document(
    store: Store, participant_id: str, *, for_participant: bool, today: date | None = None
) -> SpiralDocument:
    """The spiral of this participant, ready to print; InvalidInput when nothing was
    measured yet, NotFound when the participant is unknown."""
    person = participants.get_participant(store, participant_id)
    words = spiral_words()
    found = spiral.history(store, participant_id)
    lines: list[DomainLine] = []
    for domain, shown in found.items():
        if shown.first is None or shown.latest is None:
            continue
        measured = tuple(MeasuredOn(r.assessed_on, r.step, r.together) for r in shown.rows)
        lines.append(
            DomainLine(
                domain=domain,
                label=spiral_domain_label(domain),
                start=words.step(shown.first.step),
                now=words.step(shown.latest.step),
                measurements=() if for_participant else measured,
            )
        )
    if not lines:
        raise InvalidInput(
            translate("spiral_document", "{name} has no spiral measurement yet.").format(
                name=person.first_name
            )
        )
    steps = tuple(words.step(n) for n in spiral.shown_steps(store, participant_id))
    next_step, prompts = _next_step(store, found[OVERALL], steps)
    return SpiralDocument(
        first_name=person.first_name,
        for_participant=for_participant,
        steps=steps,
        domains=tuple(lines),
        next_step=next_step,
        prompts=prompts,
        made_on=today or date.today(),
    )


def _next_step(
    store: Store, overall: spiral.DomainHistory, steps: tuple[StepWords, ...]
) -> tuple[StepWords | None, tuple[Prompt, ...]]:
    """The next step overall, when the spiral shows one, with the criteria of the way
    there and the ticks of the latest overall measurement."""
    latest = overall.latest
    if latest is None or latest.step >= steps[-1].step:
        return None, ()
    transition = spiral_words().next_transition(latest.step)
    if transition is None:
        return None, ()
    ticks = spiral.criterion_checks(store, latest.id)
    prompts = tuple(Prompt(c.b1, ticks.get(c.key, False)) for c in transition.criteria)
    return spiral_words().step(transition.to_step), prompts
