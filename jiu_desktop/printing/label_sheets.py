"""The sticker sheets the dream-tin labels print on, as plain data.

Apart from ``tin_labels`` (which draws with reportlab) so that the command line's
``--layout`` choices and the print dialog's list need no PDF library.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LabelLayout:
    """One sheet of labels, in millimetres from the sheet's top-left corner."""

    code: str
    page: tuple[float, float]
    shape: str  # round, rect, full
    width: float
    height: float
    columns: int
    rows: int
    left: float
    top: float
    pitch_x: float
    pitch_y: float
    products: tuple[str, ...]

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def cell(self, position: int) -> tuple[float, float, float, float]:
        """Position ``position`` (1 = top left) on its sheet: left, top, width, height."""
        index = (position - 1) % self.per_page
        row, column = divmod(index, self.columns)
        return (
            self.left + column * self.pitch_x,
            self.top + row * self.pitch_y,
            self.width,
            self.height,
        )


#: Avery's published templates: L7670 (round 63.5 mm, 12 per A4: left 5.25, top 14.75,
#: pitch 68 × 68), L7165 / J8165 (99.1 × 67.7 mm, 8 per A4: left 4.65, top 13.1, pitch
#: 101.6 × 67.7) and L7167 (one label of 199.6 × 289.1 mm: left 5.2, top 3.95), which
#: also prints well on plain A4 paper to cut out.
LAYOUTS: dict[str, LabelLayout] = {
    layout.code: layout
    for layout in (
        LabelLayout(
            "round-63.5", (210, 297), "round", 63.5, 63.5, 3, 4, 5.25, 14.75, 68, 68,
            ("Avery L7670",),
        ),
        LabelLayout(
            "99.1x67.7", (210, 297), "rect", 99.1, 67.7, 2, 4, 4.65, 13.1, 101.6, 67.7,
            ("Avery L7165", "Avery J8165"),
        ),
        LabelLayout(
            "full-page", (210, 297), "full", 199.6, 289.1, 1, 1, 5.2, 3.95, 199.6, 289.1,
            ("Avery L7167", "A4"),
        ),
    )
}  # fmt: skip
