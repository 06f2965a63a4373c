"""The network map on paper: the handbook's example map as a PDF, found back by text
extraction; the participant's version leaves out what is for the coach only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4, landscape

from jiu_desktop.db.store import Store
from jiu_desktop.errors import NotFound
from jiu_desktop.printing.map_pdf import compare_pdf, map_pdf
from jiu_desktop.services import network_map, participants, team
from jiu_desktop.services.map_document import compare_document, map_document

#: The handbook's example (Bijlage 5, "Werkvorm: Netwerkkaart"): label, category,
#: annotations, line, trust.
HANDBOOK = (
    ("vriend", "vrienden", "", 4, "wederzijds"),
    ("sportmaatje", "vrienden", "", 3, "geen"),
    ("moeder", "familie", "", 2, "naar_persoon"),
    ("zus en broer", "familie", "", 4, "wederzijds"),
    ("neef", "familie", "ruzie", 1, "geen"),
    ("coach", "hulpverlening", "", 3, "naar_persoon"),
    ("opa", "familie", "overleden", 5, "geen"),
    ("jongerenwerker", "hulpverlening", "", 3, "wederzijds"),
    ("vriend", "vrienden", "", 2, "geen"),
    ("vader", "familie", "uit_beeld", 1, "geen"),
    ("kat", "huisdier", "", 5, "geen"),
    ("partner", "vrienden", "", 5, "wederzijds"),
)
BOXES = (
    "vriend",
    "sportmaatje",
    "moeder",
    "zus en broer",
    "neef (argument)",
    "coach",
    "opa (deceased)",
    "jongerenwerker",
    "vader (out of the picture)",
    "kat",
    "partner",
)
FIRST_DAY, SECOND_DAY = date(2026, 9, 7), date(2026, 11, 2)


@dataclass(frozen=True)
class Example:
    store: Store
    participant: str
    mother: str  # on the second version


@pytest.fixture
def example(store: Store) -> Example:
    return build_example(store)


def build_example(store: Store) -> Example:
    """Version 1: the handbook's map (with a coach note and a remark); version 2: the
    mother's line thicker and trust mutual, with a plan that worked; the cat gone, Ahmed new."""
    coach = team.create_coach(store, "Sanne de Vries").id
    noor = participants.create_participant(
        store, first_name="Noor", last_name="Bakkerstraat", coach_id=coach
    ).id
    first = network_map.start_map(store, noor, coach_id=coach, on=FIRST_DAY).id
    ids = {}
    for label, category, notes, strength, trust in HANDBOOK:
        ids[label] = network_map.add_person(
            store,
            first,
            label,
            category=category,
            annotations=notes,
            strength=strength,
            trust=trust,
        ).id
    network_map.update_person(store, ids["neef"], coach_note="Let op: ruzie over geld")
    network_map.update_map(store, first, note="Opmerking bij de kaart", backdrop=True)
    second = network_map.new_version(store, noor, coach_id=coach, on=SECOND_DAY).id
    on_second = {p.label: p for p in network_map.persons(store, second)}
    mother = on_second["moeder"].id
    network_map.update_person(store, mother, strength=4, trust="wederzijds")
    network_map.delete_person(store, on_second["kat"].id)
    network_map.add_person(store, second, "Ahmed", category="school_werk")
    step = network_map.add_step(
        store, mother, "Zondag samen koken", with_whom="moeder", planned_on=SECOND_DAY
    ).id
    network_map.record_feedback(store, step, "gelukt", "Het was gezellig", on=SECOND_DAY)
    return Example(store, noor, mother)


def pages_text(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [tuple(page.get_size()) for page in document]  # type: ignore[misc]
    finally:
        document.close()


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_handbook_example_prints_every_box_the_legend_and_the_date(
    example: Example,
) -> None:
    pdf = map_pdf(map_document(example.store, example.participant, 1))
    first, second = (flat(t) for t in pages_text(pdf))
    for box in BOXES:
        assert box in first, box
    assert first.count("vriend") >= 2, "both friends are on the map"
    for legend in ("the thicker, the better the relation", "mutual trust", "trusts", "pet"):
        assert legend in first, legend
    assert "07-09-2026" in first and "version 1" in first
    assert "Improve a connection" in second and "How did it go?" in second


def test_the_map_page_is_a4_landscape_and_the_plans_follow(example: Example) -> None:
    pdf = map_pdf(map_document(example.store, example.participant))
    width, height = landscape(A4)
    sizes = page_sizes(pdf)
    assert len(sizes) == 2
    for size in sizes:
        assert size == pytest.approx((width, height), abs=0.5)
    plans = flat(pages_text(pdf)[1])
    assert "moeder" in plans and "Zondag samen koken" in plans
    assert "it worked (02-11-2026): Het was gezellig" in plans
    assert "02-11-2026" in flat(pages_text(pdf)[0]) and "version 2" in flat(pages_text(pdf)[0])


def test_the_participants_version_has_no_coach_note_no_remark_and_no_surname(
    example: Example,
) -> None:
    coach = "".join(pages_text(map_pdf(map_document(example.store, example.participant, 1))))
    assert "Let op: ruzie over geld" in coach
    assert "Opmerking bij de kaart" in coach
    assert "Bakkerstraat" in coach
    document = map_document(example.store, example.participant, 1, for_participant=True)
    theirs = "".join(pages_text(map_pdf(document)))
    assert "Let op" not in theirs and "Opmerking" not in theirs
    assert "Bakkerstraat" not in theirs
    assert "Noor" in theirs and "Version for the participant" in theirs


def test_a_map_without_plans_still_gets_a_page_to_write_a_plan_on(store: Store) -> None:
    noor = participants.create_participant(store, first_name="Noor").id
    chart = network_map.start_map(store, noor).id
    network_map.add_person(store, chart, "moeder", category="familie")
    texts = pages_text(map_pdf(map_document(store, noor)))
    assert len(texts) == 2
    assert "Connection with:" in texts[1] and "How did it go?" in texts[1]


def test_the_comparison_lists_what_changed(example: Example) -> None:
    pdf = compare_pdf(compare_document(example.store, example.participant, 1, 2))
    text = flat("".join(pages_text(pdf)))
    assert "07-09-2026" in text and "02-11-2026" in text
    assert "Ahmed (school/work)" in text
    assert "moeder: line 2 → 4, trust towards them → mutual" in text
    assert "kat (pet)" in text
    assert text.index("New on the map") < text.index("Ahmed") < text.index("Changed")
    assert text.index("No longer on the map") < text.index("kat (pet)")


def test_an_unknown_participant_or_version_is_not_found(example: Example) -> None:
    with pytest.raises(NotFound):
        map_document(example.store, "nobody")
    with pytest.raises(NotFound):
        map_document(example.store, example.participant, 3)
    with pytest.raises(NotFound):
        compare_document(example.store, example.participant, 1, 5)


def test_a_map_of_150_persons_fits_the_page(store: Store) -> None:
    noor = participants.create_participant(store, first_name="Noor").id
    chart = network_map.start_map(store, noor).id
    for n in range(150):
        network_map.add_person(store, chart, f"persoon {n}", category="vrienden")
    text = flat(pages_text(map_pdf(map_document(store, noor)))[0])
    assert "persoon 0" in text and "persoon 149" in text


def test_a_very_long_name_is_shortened_and_the_date_stays_in_the_header(store: Store) -> None:
    long = "van den Berg-Ouali " * 8
    noor = participants.create_participant(store, first_name="Noor", last_name=long).id
    network_map.start_map(store, noor, on=FIRST_DAY)
    first = flat(pages_text(map_pdf(map_document(store, noor)))[0])
    assert "07-09-2026" in first
    assert "Noor van den Berg-Ouali" in first and "…" in first
