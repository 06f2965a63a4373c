"""Results and quotes per participant, how a quote is signed, and which quotes may reach a
report; the participant's referral source and reason for stopping."""

from __future__ import annotations

from datetime import date

import pytest

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.models import Outcome, Participant, Quote
from jiu_desktop.services import consent, erasure, outcomes, participants


def noor(store: Store, **fields: object) -> str:
    return participants.create_participant(store, first_name="Noor", **fields).id


@pytest.mark.parametrize(
    ("born", "said", "signed"),
    [
        (date(2003, 5, 1), date(2027, 5, 1), "Participant (age 24), 2027"),
        (date(2003, 5, 2), date(2027, 5, 1), "Participant (age 23), 2027"),
        (date(2004, 2, 29), date(2027, 2, 28), "Participant (age 22), 2027"),
        (date(2004, 2, 29), date(2027, 3, 1), "Participant (age 23), 2027"),
        (None, date(2027, 5, 1), "Participant, 2027"),
        (date(2028, 1, 1), date(2027, 5, 1), "Participant, 2027"),
    ],
)
def test_a_quote_is_signed_with_the_age_on_the_day_it_was_said(
    born: date | None, said: date, signed: str
) -> None:
    assert outcomes.default_attribution(born, said) == signed


def test_results_are_listed_newest_first_changed_removed_and_put_back(store: Store) -> None:
    pid = noor(store)
    diploma = outcomes.add_outcome(store, pid, kind="diploma_lsr2", achieved_on="12-06-2025")
    work = outcomes.add_outcome(store, pid, kind="werk", note=" Bij de bakker ")
    assert diploma.changes.touches(Outcome) and diploma.id in diploma.changes.ids
    assert work.row.achieved_on == date.today(), "today unless given"
    assert [(o.kind, o.note) for o in outcomes.list_outcomes(store, pid)] == [
        ("werk", "Bij de bakker"),
        ("diploma_lsr2", ""),
    ]
    changed = outcomes.update_outcome(store, diploma.id, kind="diploma_lsr3", note="Met vlag")
    assert changed.ids == {diploma.id}
    assert outcomes.update_outcome(store, diploma.id, note="Met vlag").ids == set(), "no change"
    outcomes.delete_outcome(store, work.id)
    assert [o.kind for o in outcomes.list_outcomes(store, pid)] == ["diploma_lsr3"]
    with pytest.raises(NotFound):
        outcomes.update_outcome(store, work.id, note="weg")
    outcomes.restore_outcome(store, work.id)
    assert [o.kind for o in outcomes.list_outcomes(store, pid)] == ["werk", "diploma_lsr3"]


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {"kind": "baan"},
        {"kind": "werk", "achieved_on": "vorige week"},
        {"kind": "werk", "where": "bakker"},
    ],
)
def test_a_bad_result_is_refused_and_nothing_is_stored(
    store: Store, bad: dict[str, object]
) -> None:
    pid = noor(store)
    with pytest.raises(InvalidInput):
        outcomes.add_outcome(store, pid, **bad)
    assert outcomes.list_outcomes(store, pid) == []


def test_a_result_keeps_a_date(store: Store) -> None:
    pid = noor(store)
    made = outcomes.add_outcome(store, pid, kind="stage", achieved_on="2027-03-01")
    with pytest.raises(InvalidInput, match="date"):
        outcomes.update_outcome(store, made.id, achieved_on="")
    assert outcomes.list_outcomes(store, pid)[0].achieved_on == date(2027, 3, 1)


def test_a_quote_needs_words_starts_without_consent_and_is_signed_by_age(store: Store) -> None:
    pid = noor(store, date_of_birth=date(2003, 5, 1))
    with pytest.raises(InvalidInput):
        outcomes.add_quote(store, pid, text="   ")
    quote = outcomes.add_quote(store, pid, text=" Ik durf nu te bellen. ", said_on="1-5-2027")
    assert quote.changes.touches(Quote)
    stored = outcomes.list_quotes(store, pid)[0]
    assert (stored.text, stored.consent, stored.attribution) == (
        "Ik durf nu te bellen.",
        False,
        "Participant (age 24), 2027",
    )
    own = outcomes.add_quote(
        store, pid, text="Ik ben trots.", said_on="2027-06-01", attribution="Jongere, 2027"
    )
    assert [q.attribution for q in outcomes.list_quotes(store, pid)] == [
        "Jongere, 2027",
        "Participant (age 24), 2027",
    ]
    outcomes.update_quote(store, own.id, attribution="  ", said_on="2028-06-01", consent=True)
    changed = outcomes.list_quotes(store, pid)[0]
    assert (changed.attribution, changed.consent) == ("Participant (age 25), 2028", True)
    with pytest.raises(InvalidInput):
        outcomes.update_quote(store, own.id, text="")
    with pytest.raises(InvalidInput):
        outcomes.update_quote(store, own.id, said_on=None)
    outcomes.delete_quote(store, own.id)
    assert [q.id for q in outcomes.list_quotes(store, pid)] == [quote.id]
    outcomes.restore_quote(store, own.id)
    assert len(outcomes.list_quotes(store, pid)) == 2


def test_the_suggested_signature_follows_the_participant(store: Store) -> None:
    pid = noor(store)
    assert outcomes.suggested_attribution(store, pid, date(2027, 1, 1)) == "Participant, 2027"
    participants.update_participant(store, pid, date_of_birth="2006-01-02")
    assert outcomes.suggested_attribution(store, pid, date(2027, 1, 1)) == (
        "Participant (age 20), 2027"
    )


def test_a_quote_reaches_a_report_only_when_both_say_yes(store: Store) -> None:
    pid, other = noor(store), noor(store)
    yes = outcomes.add_quote(store, pid, text="Ik heb weer zin", consent=True).id
    outcomes.add_quote(store, pid, text="Niet delen", consent=False)
    outcomes.add_quote(store, other, text="Wel delen, maar geen toestemming", consent=True)
    assert outcomes.reportable_quotes(store) == [], "no consent on record yet"
    consent.give_consent(store, pid, outcomes.QUOTE_CONSENT)
    assert [q.id for q in outcomes.reportable_quotes(store)] == [yes]
    assert outcomes.reportable_quotes(store, [other]) == []
    consent.withdraw_consent(store, pid, outcomes.QUOTE_CONSENT)
    assert outcomes.reportable_quotes(store) == []
    consent.give_consent(store, pid, outcomes.QUOTE_CONSENT)
    participants.delete_participant(store, pid)
    assert outcomes.reportable_quotes(store) == []


def test_nothing_is_added_to_or_put_back_for_a_deleted_participant(store: Store) -> None:
    pid = noor(store)
    result = outcomes.add_outcome(store, pid, kind="werk")
    quote = outcomes.add_quote(store, pid, text="Gelukt")
    participants.delete_participant(store, pid)
    with pytest.raises(NotFound):
        outcomes.add_outcome(store, pid, kind="werk")
    with pytest.raises(NotFound):
        outcomes.add_quote(store, pid, text="Nog een")
    with pytest.raises(NotFound):
        outcomes.restore_outcome(store, result.id)
    with pytest.raises(NotFound):
        outcomes.restore_quote(store, quote.id)


def test_erasure_takes_the_results_and_quotes_along(store: Store) -> None:
    pid = noor(store)
    outcomes.add_outcome(store, pid, kind="werk")
    outcomes.add_quote(store, pid, text="Gelukt", consent=True)
    erasure.erase(store, pid)
    with store.session() as session:
        assert session.query(Outcome).count() == 0
        assert session.query(Quote).count() == 0


# -- on the participant ------------------------------------------------------------------
def test_the_referral_source_is_a_choice_that_may_stay_open(store: Store) -> None:
    pid = noor(store, referral_source="wijkteam", referrer="Fatima, wijkteam Oost")
    person = participants.get_participant(store, pid)
    assert (person.referral_source, person.referrer) == ("wijkteam", "Fatima, wijkteam Oost")
    participants.update_participant(store, pid, referral_source=None)
    assert participants.get_participant(store, pid).referral_source == ""
    with pytest.raises(InvalidInput, match="Referred via"):
        participants.update_participant(store, pid, referral_source="buurvrouw")
    assert participants.new_participant_fields()["referral_source"] == ""


def test_the_reason_for_stopping_is_kept_when_the_status_changes_back(store: Store) -> None:
    pid = noor(store, status="actief")
    participants.update_participant(store, pid, status="afgehaakt", left_reason="verhuisd")
    participants.update_participant(store, pid, status="actief")
    person = participants.get_participant(store, pid)
    assert (person.status, person.left_reason) == ("actief", "verhuisd")
    with pytest.raises(InvalidInput, match="Why stopped"):
        participants.update_participant(store, pid, left_reason="ruzie")
    participants.update_participant(store, pid, left_reason="")
    assert participants.get_participant(store, pid).left_reason == ""


def test_every_code_of_the_new_choices_is_accepted(store: Store) -> None:
    from jiu_desktop.models import LEFT_REASONS, OUTCOME_KINDS, REFERRAL_SOURCES

    pid = noor(store)
    for source, reason in zip(REFERRAL_SOURCES, LEFT_REASONS * 2, strict=False):
        participants.update_participant(store, pid, referral_source=source, left_reason=reason)
        person = participants.get_participant(store, pid)
        assert (person.referral_source, person.left_reason) == (source, reason)
    for kind in OUTCOME_KINDS:
        outcomes.add_outcome(store, pid, kind=kind)
    assert sorted(o.kind for o in outcomes.list_outcomes(store, pid)) == sorted(OUTCOME_KINDS)
    assert isinstance(participants.get_participant(store, pid), Participant)


def test_every_new_code_has_its_words_and_open_is_a_dash() -> None:
    from jiu_desktop.models import choices_of
    from jiu_desktop.views import labels

    shown = {
        (Outcome, "kind"): labels.outcome_kind_choices(),
        (Participant, "referral_source"): labels.referral_source_choices(),
        (Participant, "left_reason"): labels.left_reason_choices(),
    }
    for (entity, column), options in shown.items():
        assert [code for code, _label in options] == list(choices_of(entity, column))
        assert all(label and label != code for code, label in options), column
    assert labels.referral_source_label("") == labels.left_reason_label("") == "—"
    assert labels.outcome_kind_label("vervolgtraject") == "Follow-up programme (e.g. 2GetThere)"
