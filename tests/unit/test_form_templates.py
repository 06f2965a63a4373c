"""Form templates as data: the built-in files pass every check, a broken file is named with
the place of its problem, and a definition survives being saved and read back."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from jiu_desktop.services.form_builtin import FORMS, builtin_templates
from jiu_desktop.services.form_check import check_file, check_text
from jiu_desktop.services.form_definition import (
    ABOUT,
    QUESTION_TYPES,
    RESPONDENTS,
    FormDefinition,
    FormSection,
    HandsOver,
    Option,
    Question,
    parse_definition,
    to_json,
)
from jiu_desktop.services.form_schema import schema

BUILTIN = sorted(FORMS.glob("*.json"))
SLUGS = {
    "evaluatie-bijeenkomst",
    "lsr-observatie-reflectie",
    "spelvoorbereiding",
    "van-betekenis-zijn",
    "coach-reflectie",
    "kennismaking",
}


def builtin(slug: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FORMS / f"{slug}.json").read_text("utf-8"))
    return data


def checked(slug: str, change: Callable[[dict[str, Any]], object]) -> tuple[list[str], list[str]]:
    """The errors and warnings of a built-in template after ``change``."""
    document = builtin(slug)
    change(document)
    result = check_text(json.dumps(document, ensure_ascii=False), "kapot.json")
    assert (result.definition is None) == bool(result.errors)
    return result.errors, result.warnings


@pytest.mark.parametrize("path", BUILTIN, ids=lambda p: p.stem)
def test_every_builtin_template_passes_without_errors_or_warnings(path: Path) -> None:
    result = check_file(path, path.name)
    assert result.errors == []
    assert result.warnings == []
    assert result.definition is not None and result.definition.slug == path.stem


def test_the_builtin_templates_load_in_title_order_without_problems() -> None:
    loaded = builtin_templates()
    assert loaded.problems == []
    assert {t.slug for t in loaded.templates} == SLUGS
    titles = [t.title.casefold() for t in loaded.templates]
    assert titles == sorted(titles)
    assert builtin_templates() is loaded, "read once per run"
    assert all(t.version == 1 for t in loaded.templates)


def test_together_the_builtins_use_every_question_type() -> None:
    used = {q.type for t in builtin_templates().templates for q in t.questions()}
    assert used == set(QUESTION_TYPES)


def test_the_builtins_say_what_the_method_asks() -> None:
    forms = builtin_templates()
    lsr = forms.get("lsr-observatie-reflectie")
    assert lsr is not None
    assert [q.key for q in lsr.scale_questions()] == ["houding", "presentatie", "inhoud"]
    assert all(q.faces for q in lsr.scale_questions())
    assert lsr.respondents == ("deelnemer", "trainer", "coach", "groepsgenoot")
    coach = forms.get("coach-reflectie")
    assert coach is not None and coach.about == "coach" and coach.respondents == ("coach",)
    assert "Noem geen namen van deelnemers." in coach.intro
    assert len(coach.sections) >= 7
    dream = forms.get("van-betekenis-zijn")
    assert dream is not None and dream.hands_over is not None
    best_before = dream.question(dream.hands_over.best_before or "")
    assert best_before is not None and best_before.type == "date"
    assert dream.question("bestaat-niet") is None


def test_the_schema_is_valid_and_names_the_same_types_and_roles_as_the_code() -> None:
    Draft202012Validator.check_schema(schema())
    question = schema()["$defs"]["question"]["properties"]
    assert tuple(question["type"]["enum"]) == QUESTION_TYPES
    assert tuple(schema()["properties"]["respondents"]["items"]["enum"]) == RESPONDENTS
    assert tuple(schema()["properties"]["about"]["enum"]) == ABOUT


@pytest.mark.parametrize("path", BUILTIN, ids=lambda p: p.stem)
def test_a_builtin_survives_to_json_and_back(path: Path) -> None:
    definition = parse_definition(json.loads(path.read_text("utf-8")))
    text = to_json(definition)
    assert parse_definition(json.loads(text)) == definition
    assert check_text(text, path.name).errors == []


def test_a_definition_built_in_code_survives_to_json_and_back() -> None:
    definition = FormDefinition(
        slug="eigen-vragen",
        version=2,
        title="Eigen vragen",
        respondents=("coach", "deelnemer"),
        hands_over=HandsOver(dream="droom"),
        sections=(
            FormSection(
                title="Alles",
                questions=(
                    Question("droom", "open", "Wat is je droom?"),
                    Question("kort", "open", "Eén woord", lines=1, help="Kort graag."),
                    Question("cijfer", "scale", "Hoe gaat het?", labels=("1", "2", "3", "4", "5")),
                    Question(
                        "kies", "multi", "Wat past?", options=(Option("a", "A"), Option("b", "B"))
                    ),
                    Question("ja", "yesno", "Klopt dat?"),
                    Question("dag", "date", "Welke dag?"),
                    Question("teken", "signature", "Handtekening"),
                ),
            ),
        ),
    )
    result = check_text(to_json(definition), "eigen.json")
    assert result.errors == [] and result.warnings == []
    assert result.definition == definition
    assert definition.questions()[0].paper_lines == 3, "an open question not saying prints 3"
    assert definition.template_id == "eigen-vragen@2"


def test_a_json_syntax_error_names_the_line_and_column() -> None:
    text = '{\n  "schema": 1,\n  "slug" "kapot"\n}\n'
    result = check_text(text, "kapot.json")
    assert result.definition is None
    assert len(result.errors) == 1
    assert result.errors[0].startswith("kapot.json:3:10: ")


def test_an_unknown_question_type_is_named_at_its_place() -> None:
    def slider(document: dict[str, Any]) -> None:
        document["sections"][1]["questions"][2]["type"] = "slider"

    errors, _warnings = checked("lsr-observatie-reflectie", slider)
    assert errors == [
        'kapot.json: sections[1].questions[2].type: "slider" is not a question type'
        " (use one of: scale, yesno, choice, multi, open, date, signature)"
    ]


def test_a_question_key_used_twice_is_an_error() -> None:
    def twice(document: dict[str, Any]) -> None:
        document["sections"][2]["questions"][0]["key"] = "houding"

    errors, _warnings = checked("lsr-observatie-reflectie", twice)
    assert errors == ['kapot.json: sections[2].questions[0].key: "houding" is used twice']


def test_an_option_key_used_twice_in_one_question_is_an_error() -> None:
    def twice(document: dict[str, Any]) -> None:
        document["sections"][1]["questions"][0]["options"][3]["key"] = "tot-8"

    errors, _warnings = checked("spelvoorbereiding", twice)
    assert errors == ['kapot.json: sections[1].questions[0].options[3].key: "tot-8" is used twice']


def test_a_missing_required_field_is_named() -> None:
    def no_text(document: dict[str, Any]) -> None:
        del document["sections"][0]["questions"][1]["text"]
        del document["title"]

    errors, _warnings = checked("evaluatie-bijeenkomst", no_text)
    assert errors == [
        "kapot.json: title: is missing",
        "kapot.json: sections[0].questions[1].text: is missing",
    ]


def test_hands_over_must_name_questions_of_the_right_type() -> None:
    def missing(document: dict[str, Any]) -> None:
        document["hands_over"]["step"] = "stappen"
        document["hands_over"]["best_before"] = "hoe"

    errors, _warnings = checked("van-betekenis-zijn", missing)
    assert errors == [
        'kapot.json: hands_over.step: "stappen" is not a question in this form',
        'kapot.json: hands_over.best_before: "hoe" must be a "date" question, not "open"',
    ]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["sections"][1]["questions"][0]["options"].__delitem__(slice(1, None)),
            "sections[1].questions[0].options: needs at least two options",
        ),
        (
            lambda d: d["sections"][0]["questions"][0].__setitem__("labels", ["a", "b"]),
            'sections[0].questions[0].labels: does not belong in a question of type "open"',
        ),
        (
            lambda d: d["sections"][0]["questions"][1].__setitem__("type", "scale"),
            "sections[0].questions[1].labels: is missing",
        ),
        (lambda d: d.__setitem__("about", "groep"), 'about: "groep" is not one of'),
        (lambda d: d.__setitem__("version", 0), "version: 0 is less than 1"),
        (lambda d: d.__setitem__("slug", "Spel 1"), 'slug: "Spel 1" may only hold'),
        (lambda d: d.__setitem__("kleur", "rood"), "kleur: unknown field"),
        (lambda d: d["sections"][0].__setitem__("questions", []), "needs at least one question"),
        (lambda d: d["sections"][0]["questions"][2].__setitem__("lines", 40), "40 is more than 20"),
    ],
)
def test_schema_problems_are_told_in_plain_words(
    change: Callable[[dict[str, Any]], object], expected: str
) -> None:
    errors, _warnings = checked("spelvoorbereiding", change)
    assert len(errors) == 1 and expected in errors[0], errors


def test_a_file_that_is_no_object_is_not_a_template() -> None:
    result = check_text("[1, 2]", "lijst.json")
    assert result.errors == [
        "lijst.json: the file holds no form template (it must be one JSON object)"
    ]


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("text", "Waarom kwam je vandaag niet?"),
        ("text", "waarom? Vertel het maar."),
        ("help", "Vertel wat er gebeurde. Waarom ging het zo?"),
    ],
)
def test_a_why_question_is_a_warning_not_an_error(field: str, text: str) -> None:
    def why(document: dict[str, Any]) -> None:
        document["sections"][0]["questions"][1][field] = text

    errors, warnings = checked("evaluatie-bijeenkomst", why)
    assert errors == []
    assert warnings == [
        f"kapot.json: sections[0].questions[1].{field}: "
        'starts with "Waarom": ask what or how instead'
    ]


def test_words_that_only_look_like_why_are_fine() -> None:
    def where(document: dict[str, Any]) -> None:
        document["sections"][0]["questions"][1]["text"] = "Waar was je? Waaromheen liep je?"
        document["intro"] = "Waarom we dit vragen: zo leren we van elkaar."

    assert checked("evaluatie-bijeenkomst", where) == ([], [])


def test_a_sentence_of_more_than_twenty_words_is_a_warning() -> None:
    twenty = " ".join(["woord"] * 19) + " einde."

    def long(document: dict[str, Any]) -> None:
        document["sections"][0]["intro"] = twenty + " Kort."
        document["sections"][0]["questions"][2]["help"] = "Kort. " + twenty.replace(
            "einde", "nog een"
        )

    errors, warnings = checked("evaluatie-bijeenkomst", long)
    assert errors == []
    assert warnings == [
        "kapot.json: sections[0].questions[2].help: "
        "has a sentence of 21 words: keep sentences to 20 words or fewer"
    ]


def test_a_file_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.json"
    path.write_bytes('{"title": "Caf\u00e9"}'.encode("latin-1"))
    assert check_file(path, path.name).errors == ["latin.json: is not UTF-8 text"]
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + (FORMS / "kennismaking.json").read_bytes())
    assert check_file(bom).errors == [], "a byte-order mark (Windows editors) is fine"


def test_a_broken_builtin_is_left_out_and_named_and_the_others_load(tmp_path: Path) -> None:
    for slug in ("kennismaking", "spelvoorbereiding"):
        shutil.copy(FORMS / f"{slug}.json", tmp_path)
    broken = builtin("evaluatie-bijeenkomst")
    broken["sections"][0]["questions"][0]["type"] = "slider"
    (tmp_path / "evaluatie-bijeenkomst.json").write_text(json.dumps(broken), "utf-8")
    (tmp_path / "half.json").write_text('{"schema": 1,', "utf-8")
    renamed = builtin("coach-reflectie")
    (tmp_path / "coach.json").write_text(json.dumps(renamed), "utf-8")
    (tmp_path / "schema").mkdir()
    shutil.copy(FORMS / "schema" / "template.schema.json", tmp_path / "schema")

    loaded = builtin_templates(directory=tmp_path)

    assert [t.slug for t in loaded.templates] == ["kennismaking", "spelvoorbereiding"]
    assert len(loaded.problems) == 3
    assert loaded.problems[0].startswith('coach.json: slug: "coach-reflectie" is not the file')
    assert loaded.problems[1].startswith(
        'evaluatie-bijeenkomst.json: sections[0].questions[0].type: "slider"'
    )
    assert loaded.problems[2].startswith("half.json:1:")
    assert loaded.get("evaluatie-bijeenkomst") is None


def test_a_form_about_the_coach_is_filled_in_by_the_coach_only() -> None:
    data = json.loads((FORMS / "coach-reflectie.json").read_text("utf-8"))
    data["respondents"] = ["coach", "deelnemer"]
    result = check_text(json.dumps(data), "eigen.json")
    assert result.errors == [
        'eigen.json: respondents: a form about the coach is filled in by "coach" only'
    ]
