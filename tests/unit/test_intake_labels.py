"""The option lists of the intake and consent screens are the declared codes, each with a
label of its own."""

from __future__ import annotations

from jiu_desktop.models import LIFE_DOMAINS, CareContact, ConsentRecord, Intake, choices_of
from jiu_desktop.views import labels


def test_the_intake_options_are_the_declared_codes() -> None:
    shown = {
        "income": (labels.income_choices(), choices_of(Intake, "income")),
        "reach_by": (labels.reach_choices(), choices_of(Intake, "reach_by")),
        "coach_subjects": (labels.life_domain_choices(), choices_of(Intake, "coach_subjects")),
        "subjects": (labels.life_domain_choices(), choices_of(CareContact, "subjects")),
    }
    for name, (options, declared) in shown.items():
        assert [code for code, _label in options] == list(declared), name
        assert all(label != code for code, label in options), f"{name}: every code a label"
    assert list(choices_of(Intake, "coach_subjects")) == list(LIFE_DOMAINS)


def test_every_consent_decision_has_its_label() -> None:
    for code in choices_of(ConsentRecord, "decision"):
        assert labels.consent_decision_label(code) != code
