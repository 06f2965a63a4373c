"""Results (resultaten) and quotes (uitspraken) per participant: what came of a trajectory
and what a young person said that may be used, anonymously, in a report.

A quote reaches a report only when both say yes: the quote itself (``consent``, off until
they say so) and the participant's consent on record for anonymous quotes
(``uitspraken_anoniem``, ``services/consent.py``); :func:`reportable_quotes` asks both.
A removed result or quote can be put back (:func:`restore_outcome`, :func:`restore_quote`):
the screens offer that as undo.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models import Outcome, Participant, Quote
from jiu_desktop.services import consent
from jiu_desktop.services import validation as v
from jiu_desktop.services.cascade import soft_delete
from jiu_desktop.services.changes import Added, Changes, added, written

#: The consent kind a quote needs, besides its own yes, to be used in a report.
QUOTE_CONSENT = "uitspraken_anoniem"

Row = TypeVar("Row", Outcome, Quote)


def default_attribution(date_of_birth: date | None, said_on: date) -> str:
    """How a quote is signed unless the coach writes otherwise: "Deelnemer (24 jaar),
    2027", the age on the day it was said; without a (sensible) date of birth only the
    year. Never a name."""
    if date_of_birth is not None and date_of_birth <= said_on:
        before_birthday = (said_on.month, said_on.day) < (date_of_birth.month, date_of_birth.day)
        age = said_on.year - date_of_birth.year - before_birthday
        return translate("outcomes", "Participant (age {age}), {year}").format(
            age=age, year=said_on.year
        )
    return translate("outcomes", "Participant, {year}").format(year=said_on.year)


def suggested_attribution(store: Store, participant_id: str, said_on: date) -> str:
    """:func:`default_attribution` for this participant (their date of birth)."""
    with store.session() as session:
        return default_attribution(_person(session, participant_id).date_of_birth, said_on)


def _person(session: Session, participant_id: str) -> Participant:
    return v.live_row(
        session, Participant, participant_id, translate("participants", "Participant")
    )


def _live(session: Session, model: type[Row], row_id: str) -> Row:
    return v.live_row(session, model, row_id, _label(model))


def _label(model: type[Outcome] | type[Quote]) -> str:
    return translate("outcomes", "Result") if model is Outcome else translate("outcomes", "Quote")


def _delete(store: Store, model: type[Row], row_id: str) -> Changes:
    with store.session() as session:
        row = session.get(model, row_id)
        if row is None:
            raise NotFound(_label(model), row_id)
        soft_delete(session, row)
        return written(session)


def _restore(store: Store, model: type[Row], row_id: str) -> Changes:
    """Put a removed row back, unless its participant is gone meanwhile."""
    with store.session() as session:
        row = session.get(model, row_id)
        if row is None:
            raise NotFound(_label(model), row_id)
        _person(session, row.participant_id)
        row.deleted = False
        return written(session)


# -- results --------------------------------------------------------------------------------
def clean_outcome_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "kind":
            clean[key] = v.check_choice(value, Outcome, key, translate("outcomes", "Result"))
        elif key == "achieved_on":
            day = v.as_date(value, translate("outcomes", "Date"))
            if day is None:
                raise InvalidInput(translate("outcomes", "A result needs a date; roughly is fine."))
            clean[key] = day
        elif key == "note":
            clean[key] = str(value or "").strip()
        else:
            raise InvalidInput(translate("outcomes", "Unknown field: {field}").format(field=key))
    return clean


def list_outcomes(store: Store, participant_id: str) -> list[Outcome]:
    """The participant's results, newest first."""
    with store.session() as session:
        stmt = (
            select(Outcome)
            .where(Outcome.participant_id == participant_id, Outcome.deleted.is_(False))
            .order_by(Outcome.achieved_on.desc(), Outcome.created_at.desc())
        )
        return list(session.scalars(stmt))


def add_outcome(store: Store, participant_id: str, **fields: Any) -> Added[Outcome]:
    """A result of ``kind`` (``OUTCOME_KINDS``) on ``achieved_on`` (today unless given),
    with an optional ``note``."""
    if "kind" not in fields:
        raise InvalidInput(translate("outcomes", "Choose what the result is."))
    clean = clean_outcome_fields(
        {**fields, "achieved_on": fields.get("achieved_on") or date.today()}
    )
    with store.session() as session:
        _person(session, participant_id)
        outcome = Outcome(participant_id=participant_id, **clean)
        session.add(outcome)
        return added(session, outcome)


def update_outcome(store: Store, outcome_id: str, **fields: Any) -> Changes:
    clean = clean_outcome_fields(fields)
    with store.session() as session:
        v.assign_changed(_live(session, Outcome, outcome_id), clean)
        return written(session)


def delete_outcome(store: Store, outcome_id: str) -> Changes:
    return _delete(store, Outcome, outcome_id)


def restore_outcome(store: Store, outcome_id: str) -> Changes:
    return _restore(store, Outcome, outcome_id)


# -- quotes ---------------------------------------------------------------------------------
def clean_quote_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "text":
            clean[key] = str(value or "").strip()
            if not clean[key]:
                raise InvalidInput(translate("outcomes", "Write down what they said."))
        elif key == "said_on":
            day = v.as_date(value, translate("outcomes", "Date"))
            if day is None:
                raise InvalidInput(translate("outcomes", "A quote needs the date it was said."))
            clean[key] = day
        elif key == "consent":
            clean[key] = bool(value)
        elif key == "attribution":
            clean[key] = " ".join(str(value or "").split())
        else:
            raise InvalidInput(translate("outcomes", "Unknown field: {field}").format(field=key))
    return clean


def list_quotes(store: Store, participant_id: str) -> list[Quote]:
    """The participant's quotes, newest first."""
    with store.session() as session:
        stmt = (
            select(Quote)
            .where(Quote.participant_id == participant_id, Quote.deleted.is_(False))
            .order_by(Quote.said_on.desc(), Quote.created_at.desc())
        )
        return list(session.scalars(stmt))


def add_quote(store: Store, participant_id: str, **fields: Any) -> Added[Quote]:
    """What they said (``text``, required) on ``said_on`` (today unless given);
    ``consent`` off unless given; ``attribution`` left empty is
    :func:`default_attribution`."""
    clean = clean_quote_fields(
        {"text": "", **fields, "said_on": fields.get("said_on") or date.today()}
    )
    with store.session() as session:
        person = _person(session, participant_id)
        if not clean.get("attribution"):
            clean["attribution"] = default_attribution(person.date_of_birth, clean["said_on"])
        quote = Quote(participant_id=participant_id, **clean)
        session.add(quote)
        return added(session, quote)


def update_quote(store: Store, quote_id: str, **fields: Any) -> Changes:
    """Set the given fields; an attribution emptied is the default one again."""
    clean = clean_quote_fields(fields)
    with store.session() as session:
        quote = _live(session, Quote, quote_id)
        if "attribution" in clean and not clean["attribution"]:
            person = _person(session, quote.participant_id)
            said_on = clean.get("said_on", quote.said_on)
            clean["attribution"] = default_attribution(person.date_of_birth, said_on)
        v.assign_changed(quote, clean)
        return written(session)


def delete_quote(store: Store, quote_id: str) -> Changes:
    return _delete(store, Quote, quote_id)


def restore_quote(store: Store, quote_id: str) -> Changes:
    return _restore(store, Quote, quote_id)


def reportable_quotes(store: Store, participant_ids: Iterable[str] | None = None) -> list[Quote]:
    """The quotes that may be used in a report, oldest first: the quote says yes and its
    participant's consent for anonymous quotes stands now. Of ``participant_ids`` only,
    when given."""
    allowed = consent.allowing(store, QUOTE_CONSENT, participant_ids)
    if not allowed:
        return []
    with store.session() as session:
        stmt = (
            select(Quote)
            .where(
                Quote.participant_id.in_(allowed),
                Quote.consent.is_(True),
                Quote.deleted.is_(False),
            )
            .order_by(Quote.said_on, Quote.created_at)
        )
        return list(session.scalars(stmt))
