"""Stickers for the dream tins: on every sheet each label's text is read back from the
PDF at the place of its grid cell; a partly used sheet and a shifting printer are
respected; the step is kept inside a round label and shrunk no further than 7 pt; the
dream itself is never on a sticker."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput
from jiu_desktop.printing.tin_labels import (
    LAYOUTS,
    MIN_STEP_PT,
    RESOLUTION,
    LabelLayout,
    TinLabel,
    arrange,
    labels_pdf,
    step_fits,
)
from jiu_desktop.services import dreams, participants
from jiu_desktop.services.dream_document import tin_labels

STEPS = (
    "Een dag meelopen bij een kapper",
    "Mijn cv afmaken en laten lezen door mijn tante",
    "Bellen",
    "Informatie opvragen over de opleiding bij het ROC en naar de open dag gaan",
)
DUE = date(2026, 12, 14)
MM_TOLERANCE = 1 * mm


def sheet(code: str, count: int | None = None) -> list[TinLabel]:
    count = count or LAYOUTS[code].per_page
    return [TinLabel(f"{STEPS[n % len(STEPS)]} {n + 1}", DUE) for n in range(count)]


@contextmanager
def page_text(pdf: bytes, number: int = 0) -> Iterator[pdfium.PdfTextPage]:
    document = pdfium.PdfDocument(pdf)
    try:
        yield document[number].get_textpage()
    finally:
        document.close()


def cell_box(
    layout: LabelLayout, position: int, offset: tuple[float, float] = (0, 0)
) -> tuple[float, float, float, float]:
    """The cell as PDF points: left, bottom, right, top (origin bottom left)."""
    left, top, width, height = layout.cell(position)
    page_height = layout.page[1] * mm
    x, y_top = (left + offset[0]) * mm, page_height - (top + offset[1]) * mm
    return x, y_top - height * mm, x + width * mm, y_top


def text_in(textpage: pdfium.PdfTextPage, box: tuple[float, float, float, float]) -> str:
    left, bottom, right, top = box
    found = textpage.get_text_bounded(
        left - MM_TOLERANCE, bottom - MM_TOLERANCE, right + MM_TOLERANCE, top + MM_TOLERANCE
    )
    return " ".join(found.split())


def line_boxes(textpage: pdfium.PdfTextPage, line: str) -> list[tuple[float, float, float, float]]:
    """Where each occurrence of ``line`` is on the page: left, bottom, right, top."""
    searcher = textpage.search(line, match_case=True)
    boxes = []
    while (hit := searcher.get_next()) is not None:
        index, count = hit
        chars = [textpage.get_charbox(index + k) for k in range(count)]
        visible = [c for c in chars if c[2] > c[0]]
        boxes.append(
            (
                min(c[0] for c in visible),
                min(c[1] for c in visible),
                max(c[2] for c in visible),
                max(c[3] for c in visible),
            )
        )
    return boxes


@pytest.mark.parametrize("code", list(LAYOUTS))
def test_every_label_is_read_back_at_its_grid_cell(code: str) -> None:
    layout = LAYOUTS[code]
    labels = sheet(code)
    pdf = labels_pdf(labels, layout)
    with page_text(pdf) as textpage:
        for position, label in enumerate(labels, start=1):
            box = cell_box(layout, position)
            found = text_in(textpage, box)
            assert "VERS VOORNEMEN" in found and "Houdbaar tot" in found, (position, found)
            assert "van droom naar doorbraak" in found and "van wens naar werkelijkheid" in found
            assert label.step in found, (position, found)
            assert "14-12-2026" in found
            centre = (box[0] + box[2]) / 2
            for line in arrange(label, layout)[0]:
                if line.text and line.text in label.step:
                    (left, bottom, right, top), *_ = [
                        b for b in line_boxes(textpage, line.text) if box[0] <= b[0] <= box[2]
                        and box[1] <= b[1] <= box[3]
                    ]  # fmt: skip
                    assert abs((left + right) / 2 - centre) < MM_TOLERANCE, line.text
                    assert box[0] - MM_TOLERANCE <= left and right <= box[2] + MM_TOLERANCE
                    assert box[1] - MM_TOLERANCE <= bottom and top <= box[3] + MM_TOLERANCE


def test_a_full_set_of_24_takes_as_many_sheets_as_it_needs() -> None:
    for code, pages in (("round-63.5", 2), ("99.1x67.7", 3), ("full-page", 24)):
        document = pdfium.PdfDocument(labels_pdf(sheet(code, 24), code))
        assert len(document) == pages
        assert [round(v / mm) for v in document[0].get_size()] == [210, 297]
        document.close()


def test_start_at_3_leaves_the_first_two_positions_empty() -> None:
    layout = LAYOUTS["round-63.5"]
    labels = sheet("round-63.5", 3)
    pdf = labels_pdf(labels, layout, start_at=3)
    with page_text(pdf) as textpage:
        assert text_in(textpage, cell_box(layout, 1)) == ""
        assert text_in(textpage, cell_box(layout, 2)) == ""
        assert labels[0].step in text_in(textpage, cell_box(layout, 3))
        assert labels[2].step in text_in(textpage, cell_box(layout, 5))
        assert text_in(textpage, cell_box(layout, 6)) == ""


def test_a_sheet_that_fills_up_goes_on_on_the_next_one() -> None:
    layout = LAYOUTS["99.1x67.7"]
    labels = sheet("99.1x67.7", 3)
    pdf = labels_pdf(labels, layout, start_at=7)
    with page_text(pdf, 1) as second:
        assert labels[2].step in text_in(second, cell_box(layout, 1))


def test_the_printer_offset_moves_everything() -> None:
    layout = LAYOUTS["99.1x67.7"]
    label = TinLabel("Mijn cv afmaken", DUE)
    plain, shifted = labels_pdf([label], layout), labels_pdf([label], layout, offset=(2, 3))
    with page_text(plain) as before, page_text(shifted) as after:
        (b_left, b_bottom, *_), *_ = line_boxes(before, "Mijn cv afmaken")
        (a_left, a_bottom, *_), *_ = line_boxes(after, "Mijn cv afmaken")
    assert a_left - b_left == pytest.approx(2 * mm, abs=0.2 * mm)
    assert b_bottom - a_bottom == pytest.approx(3 * mm, abs=0.2 * mm)  # down the page


def test_on_a_round_label_every_line_stays_inside_the_circle() -> None:
    layout = LAYOUTS["round-63.5"]
    long_step = (
        "Elke ochtend om half acht opstaan en ontbijten voordat ik naar mijn stage bij "
        "de bakker ga, ook in het weekend"
    )
    pdf = labels_pdf([TinLabel(long_step, DUE, "Noor")], layout)
    left, bottom, right, top = cell_box(layout, 1)
    cx, cy, radius = (left + right) / 2, (bottom + top) / 2, layout.width / 2 * mm
    with page_text(pdf) as textpage:
        assert "Elke ochtend" in text_in(textpage, (left, bottom, right, top))
        for index in range(textpage.count_chars()):
            c_left, c_bottom, c_right, c_top = textpage.get_charbox(index)
            if c_right <= c_left:
                continue  # a space or a line break
            for x, y in (
                (c_left, c_bottom),
                (c_left, c_top),
                (c_right, c_bottom),
                (c_right, c_top),
            ):
                assert math.hypot(x - cx, y - cy) < radius - 2 * mm, textpage.get_text_range(
                    index, 1
                )


def test_a_long_step_shrinks_but_not_below_7_pt() -> None:
    layout = LAYOUTS["round-63.5"]
    short, _ = arrange(TinLabel("Bellen", DUE), layout)
    longer = " ".join(["Een afspraak maken bij het jongerenloket"] * 3)
    shrunk, fitted = arrange(TinLabel(longer, DUE), layout)
    size_of = {line.text: line.size for line in short}
    assert fitted and step_fits(longer, layout)
    smaller = [line.size for line in shrunk if line.text and line.text in longer]
    assert MIN_STEP_PT <= max(smaller) < size_of["Bellen"]
    too_long = " ".join(["Een afspraak maken bij het jongerenloket"] * 12)
    cut, fitted = arrange(TinLabel(too_long, DUE), layout)
    assert not fitted and not step_fits(too_long, layout)
    texts = [line.text for line in cut]
    step_lines = cut[texts.index(RESOLUTION) + 1 : texts.index("Houdbaar tot uiterlijk d.d.")]
    assert len(step_lines) > 3 and all(line.size >= MIN_STEP_PT for line in step_lines)
    assert step_lines[-1].text.endswith("…")


def test_houdbaar_tot_uiterlijk_stays_on_one_line_above_the_date() -> None:
    for code in LAYOUTS:
        lines = [line.text for line in arrange(TinLabel("Bellen", DUE), LAYOUTS[code])[0]]
        assert lines.index("Houdbaar tot uiterlijk d.d.") + 1 == lines.index("14-12-2026")
        assert lines[lines.index(RESOLUTION) + 1] == "Bellen"


def test_without_a_step_or_a_date_there_are_lines_to_write_on() -> None:
    layout = LAYOUTS["round-63.5"]
    lines, _ = arrange(TinLabel("", None), layout)
    texts = [line.text for line in lines]
    after = lines[texts.index(RESOLUTION) + 1]
    assert after.text == "" and after.width > 20  # a line to write the step on
    assert lines[texts.index("Houdbaar tot uiterlijk d.d.") + 1].width > 0
    pdf = labels_pdf([TinLabel("", None)], layout)
    with page_text(pdf) as textpage:
        found = text_in(textpage, cell_box(layout, 1))
    assert "VERS VOORNEMEN" in found and "-20" not in found


def test_an_unknown_sheet_or_start_position_is_refused() -> None:
    with pytest.raises(InvalidInput):
        labels_pdf(sheet("round-63.5", 1), "A4-rond")
    with pytest.raises(InvalidInput):
        labels_pdf(sheet("round-63.5", 1), "round-63.5", start_at=13)
    with pytest.raises(InvalidInput):
        labels_pdf([], "round-63.5")


def test_the_sticker_never_shows_the_dream_or_the_surname(store: Store) -> None:
    noor = participants.create_participant(store, first_name="Noor", last_name="Bakker").id
    dream = dreams.add_dream(store, noor, text="Mijn eigen kapsalon", life_domain="werk").id
    dreams.add_step(store, dream, "Een dag meelopen bij een kapper", best_before=DUE)
    second = dreams.add_dream(store, noor, text="Een eigen kamer", life_domain="wonen").id
    done = dreams.add_dream(store, noor, text="Rijbewijs", life_domain="mobiliteit").id
    dreams.update_dream(store, done, status="uitgekomen")
    labels = tin_labels(store, noor, with_name=True)
    assert [label.step for label in labels] == ["Een dag meelopen bij een kapper", ""]
    pdf = labels_pdf(labels, "99.1x67.7")
    with page_text(pdf) as textpage:
        text = " ".join(textpage.get_text_range().split())
    assert "Noor" in text and "Een dag meelopen" in text
    for secret in ("kapsalon", "Een eigen kamer", "Rijbewijs", "Bakker"):
        assert secret not in text
    assert all(label.first_name == "" for label in tin_labels(store, noor))
    assert [label.step for label in tin_labels(store, noor, second)] == [""]


def test_the_sticker_benchmark_runs() -> None:
    from bench import dreams as bench_dreams

    assert bench_dreams.labels_24(repeat=1)["median_s"] > 0


def test_a_long_first_name_is_shortened_and_the_sticker_still_prints() -> None:
    layout = LAYOUTS["round-63.5"]
    name = "Maria-Fernanda Alexandra Christina Josephine"
    lines, fitted = arrange(TinLabel("Bellen", DUE, name), layout)
    texts = [line.text for line in lines]
    assert fitted and "Bellen" in texts and RESOLUTION in texts
    assert texts[0].endswith("…") and name.startswith(texts[0][:-1])
