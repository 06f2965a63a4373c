"""Forms on paper (``printing/form_pdf.py``): a blank form, a batch for a group, a filled-in
form and a participant's series with the growth chart, read back from the PDF: the texts
by extraction, the ticks beside their options, the ring around the chosen face by its
pixels, and the printouts write nothing to the profile."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm
from sqlalchemy import func, select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.models import ChangeLogEntry, FormTemplate
from jiu_desktop.printing.form_pdf import batch_pdf, blank_pdf, filled_pdf, series_pdf
from jiu_desktop.services import form_document as paper
from jiu_desktop.services import form_responses, memberships, participants, team
from tests.unit.test_map_pdf import flat, page_sizes, pages_text
from tests.unit.test_tin_labels import line_boxes

A4 = pytest.approx((595.28, 841.89), abs=0.5)
DAY = date(2026, 11, 24)
EVALUATION = "evaluatie-bijeenkomst@1"
LSR = "lsr-observatie-reflectie@1"
INTAKE = "kennismaking@1"


def rows_written(store: Store) -> tuple[int, int]:
    with store.session() as s:
        log = s.scalar(select(func.count()).select_from(ChangeLogEntry))
        templates = s.scalar(select(func.count()).select_from(FormTemplate))
        return int(log or 0), int(templates or 0)


@contextmanager
def page(pdf: bytes, number: int = 0) -> Iterator[tuple[pdfium.PdfPage, pdfium.PdfTextPage]]:
    document = pdfium.PdfDocument(pdf)
    try:
        found = document[number]
        yield found, found.get_textpage()
    finally:
        document.close()


def words(textpage: pdfium.PdfTextPage, word: str) -> list[tuple[float, float, float, float]]:
    """Where ``word`` stands on the page as a word of its own (left, bottom, right, top),
    from the top of the page down."""
    searcher = textpage.search(word, match_case=True, match_whole_word=True)
    boxes = []
    while (hit := searcher.get_next()) is not None:
        index, count = hit
        chars = [textpage.get_charbox(index + k) for k in range(count)]
        boxes.append(
            (chars[0][0], min(c[1] for c in chars), chars[-1][2], max(c[3] for c in chars))
        )
    return sorted(boxes, key=lambda box: -box[3])


def ticked(textpage: pdfium.PdfTextPage, option: str, number: int = 0) -> bool:
    """Whether the box just left of ``option`` (its ``number``-th time) holds a tick."""
    left, bottom, _right, top = words(textpage, option)[number]
    beside = textpage.get_text_bounded(
        left - 9 * mm, bottom - 2 * mm, left - 0.3 * mm, top + 2 * mm
    )
    return "✓" in beside


def ring_pixels(found: pdfium.PdfPage, textpage: pdfium.PdfTextPage, word: str) -> int:
    """Pixels in the pen's blue in the face above ``word`` (the ring drawn around it)."""
    (left, _bottom, right, top), *_ = line_boxes(textpage, word)
    scale = 2
    image = found.render(scale=scale).to_pil().convert("RGB")
    height = found.get_size()[1]
    middle = (left + right) / 2
    box = (
        int((middle - 11 * mm) * scale),
        int((height - top - 21 * mm) * scale),
        int((middle + 11 * mm) * scale),
        int((height - top - 1 * mm) * scale),
    )
    crop = image.crop(box)
    pixels = [crop.getpixel((x, y)) for x in range(crop.width) for y in range(crop.height)]
    return sum(1 for r, g, b in pixels if b > 120 and r < 80 and 50 < g < 110)


def a_group(store: Store) -> tuple[str, dict[str, str]]:
    group = team.create_group(store, "Najaar 2026").id
    people = {}
    for name, last in (("Noor", "Bakker"), ("Sem", "de Vries"), ("Aylin", "Kaya")):
        people[name] = participants.create_participant(store, first_name=name, last_name=last).id
        memberships.move_to_group(store, people[name], group, DAY - timedelta(days=30))
    gone = participants.create_participant(store, first_name="Daan").id
    memberships.move_to_group(store, gone, group, DAY - timedelta(days=30))
    memberships.end_membership(
        store, memberships.memberships(store, gone)[0].id, DAY - timedelta(days=1)
    )
    return group, people


def test_a_blank_form_has_the_title_every_question_and_room_to_write(store: Store) -> None:
    before = rows_written(store)
    document = paper.blank_document(store, EVALUATION)
    pdf = blank_pdf(document)
    assert page_sizes(pdf) == [A4]
    text = flat("".join(pages_text(pdf)))
    assert "Evaluatie van de bijeenkomst" in text and "Er zijn geen foute antwoorden" in text
    for question in document.definition.questions():
        assert question.text in text
    for word in ("Niet goed", "Matig", "Gaat wel", "Goed", "Heel goed"):
        assert word in text
    assert "Name" in text and "Date" in text and "evaluatie-bijeenkomst · v1" in text
    assert "✓" not in text
    assert rows_written(store) == before, "printing a built-in writes no row"


def test_a_blank_form_for_one_participant_has_the_first_name_and_today(store: Store) -> None:
    noor = participants.create_participant(store, first_name="Noor", last_name="Bakker").id
    document = paper.blank_document(store, INTAKE, participant_id=noor)
    assert document.filled_on == date.today()
    text = flat("".join(pages_text(blank_pdf(document))))
    assert "Noor" in text and "Bakker" not in text
    assert date.today().strftime("%d-%m-%Y") in text
    assert "Filled in by:" in text and "Participant" in text and "Coach" in text
    assert document.file_name == f"Kennismaking - Noor - {date.today().isoformat()}.pdf"


def test_a_batch_has_one_form_per_participant_in_the_group_on_the_day(store: Store) -> None:
    group, _people = a_group(store)
    before = rows_written(store)
    batch = paper.group_batch(store, EVALUATION, group, DAY)
    assert [f.first_name for f in batch.forms] == ["Aylin", "Noor", "Sem"]
    pdf = batch_pdf(batch)
    texts = [flat(t) for t in pages_text(pdf)]
    assert len(texts) == 3, "the evaluation fits one page per participant"
    for text, name in zip(texts, ("Aylin", "Noor", "Sem"), strict=True):
        assert f"Name {name}" in text and "Date 24-11-2026" in text
        assert "Hoe vond je de bijeenkomst van vandaag?" in text and "page 1" in text
    everything = " ".join(texts)
    assert "Daan" not in everything, "he left the group the day before"
    assert "Bakker" not in everything and "Kaya" not in everything
    assert rows_written(store) == before
    assert paper.group_batch(store, EVALUATION, "najaar 2026", DAY).group == "Najaar 2026"


def test_a_long_form_numbers_its_pages_per_participant(store: Store) -> None:
    group, _people = a_group(store)
    pdf = batch_pdf(paper.group_batch(store, INTAKE, group, DAY))
    texts = [flat(t) for t in pages_text(pdf)]
    assert 4 <= len(texts) <= 9
    firsts = [t for t in texts if "Name" in t]
    assert len(firsts) == 3
    nexts = [t for t in texts if "Name" not in t]
    assert nexts and all("page 1" not in t for t in nexts)
    assert any("Kennismaking · Sem · 24-11-2026" in t for t in nexts), nexts


def test_two_groups_with_one_name_need_the_id(store: Store) -> None:
    first = team.create_group(store, "Voorjaar").id
    team.create_group(store, "Voorjaar")
    with pytest.raises(InvalidInput, match="More than one group"):
        paper.find_group(store, "Voorjaar")
    assert paper.find_group(store, first).id == first
    with pytest.raises(NotFound):
        paper.find_group(store, "Zomer")


def test_an_empty_group_is_not_printed(store: Store) -> None:
    group = team.create_group(store, "Leeg").id
    with pytest.raises(InvalidInput, match="Nobody is in the group"):
        paper.group_batch(store, EVALUATION, group, DAY)


def test_a_coach_reflection_is_not_printed_for_a_participant(store: Store) -> None:
    noor = participants.create_participant(store, first_name="Noor").id
    with pytest.raises(InvalidInput, match="coach's own reflection"):
        paper.blank_document(store, "coach-reflectie@1", participant_id=noor)
    pdf = blank_pdf(paper.blank_document(store, "coach-reflectie@1"))
    assert "Reflectie voor coaches" in flat("".join(pages_text(pdf)))


def an_intake(store: Store, story: str = "Ik sta om acht uur op en ga naar school.") -> str:
    noor = participants.create_participant(store, first_name="Noor", last_name="Bakker").id
    rid = form_responses.start_response(store, noor, INTAKE, filled_on=DAY, respondent="coach").id
    form_responses.set_answers(
        store,
        rid,
        {
            "bezigheden": ("school", "sport-hobby"),
            "gewone-dag": story,
            "inkomen": "zeg-liever-niet",
            "computer": True,
            "e-mail": False,
        },
    )
    return rid


def test_a_filled_form_shows_every_answer_in_place(store: Store) -> None:
    rid = an_intake(store)
    before = rows_written(store)
    pdf = filled_pdf(paper.filled_document(store, rid))
    text = flat("".join(pages_text(pdf)))
    assert "Name Noor" in text and "Date 24-11-2026" in text and "Bakker" not in text
    assert "Ik sta om acht uur op en ga naar school." in text
    with page(pdf) as (_page, textpage):
        assert ticked(textpage, "School of opleiding") and ticked(textpage, "Sport of een hobby")
        assert not ticked(textpage, "Stage") and not ticked(textpage, "Vrijwilligerswerk")
        assert ticked(textpage, "Zeg ik liever niet") and not ticked(textpage, "Ja, uit werk")
        assert ticked(textpage, "Coach") and not ticked(textpage, "Participant")
    with page(pdf, len(pages_text(pdf)) - 1) as (_page, textpage):
        assert len(words(textpage, "Yes")) == len(words(textpage, "No")) == 3
        assert ticked(textpage, "Yes", 0) and not ticked(textpage, "No", 0)  # a computer
        assert not ticked(textpage, "Yes", 1) and ticked(textpage, "No", 1)  # no e-mail
        assert not ticked(textpage, "Yes", 2) and not ticked(textpage, "No", 2)  # not answered
    assert rows_written(store) == before


def test_the_chosen_face_is_ringed_and_no_other(store: Store) -> None:
    noor = participants.create_participant(store, first_name="Noor").id
    rid = form_responses.start_response(store, noor, EVALUATION, filled_on=DAY).id
    form_responses.set_answers(store, rid, {"hoe-was-het": 2})
    pdf = filled_pdf(paper.filled_document(store, rid))
    with page(pdf) as (found, textpage):
        rings = {
            word: ring_pixels(found, textpage, word) for word in ("Niet goed", "Matig", "Gaat wel")
        }
    assert rings["Matig"] > 100, rings
    assert rings["Niet goed"] == rings["Gaat wel"] == 0, rings
    blank = blank_pdf(paper.blank_document(store, EVALUATION))
    with page(blank) as (found, textpage):
        assert ring_pixels(found, textpage, "Matig") == 0


def test_a_long_answer_gets_more_lines_and_pages_and_loses_nothing(store: Store) -> None:
    words = [f"woord{n}" for n in range(900)]
    rid = an_intake(store, " ".join(words) + "\n\nEINDE")
    pdf = filled_pdf(paper.filled_document(store, rid))
    texts = pages_text(pdf)
    assert 3 <= len(texts) <= 8
    text = flat(" ".join(texts))
    found = [w for w in text.split() if w.startswith("woord")]
    assert found == words, "every word, in order, none cut off"
    assert "EINDE" in text and "Heb je een inkomen?" in text
    assert all(size == A4 for size in page_sizes(pdf))


def test_a_word_longer_than_a_line_is_broken_not_cut(store: Store) -> None:
    long_word = "x" * 400
    rid = an_intake(store, long_word)
    text = "".join(pages_text(filled_pdf(paper.filled_document(store, rid))))
    assert "".join(text.split()).count(long_word) == 1


def test_a_date_answer_is_written_on_its_lines(store: Store) -> None:
    noor = participants.create_participant(store, first_name="Noor").id
    rid = form_responses.start_response(store, noor, "spelvoorbereiding@1", filled_on=DAY).id
    form_responses.set_answers(store, rid, {"datum": date(2026, 12, 8), "spel": "Trefbal"})
    text = flat("".join(pages_text(filled_pdf(paper.filled_document(store, rid)))))
    assert "08 - 12 - 2026" in text and "Trefbal" in text
    assert "Handtekening van de trainer" in text and "signature" in text


def a_series(store: Store) -> str:
    noor = participants.create_participant(store, first_name="Noor", last_name="Bakker").id
    for week, (own, trainer) in enumerate(((2, 3), (3, 3), (4, 4), (5, 4))):
        day = DAY - timedelta(days=7 * (3 - week))
        for who, value in (("deelnemer", own), ("trainer", trainer)):
            rid = form_responses.start_response(store, noor, LSR, filled_on=day, respondent=who).id
            form_responses.set_answers(
                store, rid, {"houding": value, "presentatie": value, "spel": f"Spel {week}"}
            )
    return noor


def test_a_series_starts_with_the_growth_chart_then_every_form_by_date(store: Store) -> None:
    noor = a_series(store)
    before = rows_written(store)
    series = paper.series_document(store, noor, LSR)
    assert [f.filled_on for f in series.forms] == sorted(f.filled_on for f in series.forms)
    pdf = series_pdf(series)
    texts = [flat(t) for t in pages_text(pdf)]
    assert len(series.forms) * 2 <= len(texts) <= len(series.forms) * 3 + 2
    chart = texts[0]
    assert "Growth: Noor" in chart and "Observatie en reflectie: een spel leiden" in chart
    assert "Hoe was de houding?" in chart and "Hoe was de inhoud van het spel?" in chart
    assert "Self" in chart and "Trainer" in chart and "Peers" not in chart
    assert "Self: from 2 to 5 (4×)" in chart and "Trainer: from 3 to 4 (4×)" in chart
    assert "Not answered yet" in chart  # nobody scored the content
    assert "03-11" in chart and "24-11" in chart
    forms = [t for t in texts if "Name Noor" in t]
    assert len(forms) == 8
    assert [t.count("Spel ") >= 1 for t in forms] == [True] * 8
    assert "Bakker" not in " ".join(texts)
    assert rows_written(store) == before


def test_a_series_without_scale_questions_has_no_chart_page(store: Store) -> None:
    rid = an_intake(store)
    noor = form_responses.filled_form(store, rid).response.participant_id
    pdf = series_pdf(paper.series_document(store, noor, INTAKE))
    first = flat(pages_text(pdf)[0])
    assert first.startswith("Kennismaking") and "Growth" not in first


def test_a_series_of_a_form_not_filled_in_says_so(store: Store) -> None:
    noor = participants.create_participant(store, first_name="Noor").id
    with pytest.raises(InvalidInput, match="Noor has not filled in"):
        paper.series_document(store, noor, LSR)
