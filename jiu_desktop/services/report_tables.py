"""The breakdowns of the funder report as tables, with small numbers kept out of sight.

Every breakdown (by referral source, reason, result kind, domain, step, attendance band,
group) is a table of counts with its row and column totals. A count of 1 or 2 is shown as
``"<3"`` (primary suppression). When a row or a column then has exactly one hidden
number, its next smallest number is hidden too (``"hidden"``, a "•" on paper): otherwise
the hidden one could be worked back from the total. That is repeated until nothing
changes (secondary suppression). A row or column whose total is not shown (the same
people in every column, say) has no sum to work back from, so only the first rule
applies there. Totals take part like any other number: a row total of 2
is "<3", and a total is hidden when it is the only number left that would give a hidden
one away. Zero stays 0: it tells nothing about anyone.

With ``show_small`` everything is shown as it is (for internal use only; the report then
says "INTERN — niet delen" on every page).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: A number as the report shows it: the count, or one of the two hidden forms.
Shown = int | str
SMALL = "<3"
HIDDEN = "hidden"
#: Counts below this are hidden (1 and 2; zero stays).
THRESHOLD = 3

Position = tuple[int, int]


@dataclass(frozen=True)
class Line:
    """A row or a column of the table with its margins: ``parts`` add up to ``total``
    (None when no total of that line is shown)."""

    parts: tuple[Position, ...]
    total: Position | None

    @property
    def members(self) -> tuple[Position, ...]:
        return self.parts if self.total is None else (*self.parts, self.total)


@dataclass(frozen=True)
class Table:
    """One breakdown as the report shows it. ``rows`` and ``columns`` are the labels,
    ``row_keys`` and ``column_keys`` the codes they stand for; ``cells`` is rows ×
    columns. ``row_totals`` is None when a row's sum means nothing (the same people in
    every column, or a single column: the cell is its own total); likewise
    ``column_totals``. ``total`` is the sum of everything, when both exist or the table
    has one column."""

    key: str
    title: str
    row_keys: tuple[str, ...]
    rows: tuple[str, ...]
    column_keys: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[Shown, ...], ...]
    row_totals: tuple[Shown, ...] | None
    column_totals: tuple[Shown, ...] | None
    total: Shown | None
    #: One sentence under the table, when it needs one ("" when not).
    note: str = ""

    def cell(self, row_key: str, column_key: str) -> Shown:
        return self.cells[self.row_keys.index(row_key)][self.column_keys.index(column_key)]

    def column(self, column_key: str) -> dict[str, Shown]:
        """Row code → the shown number in that column."""
        index = self.column_keys.index(column_key)
        return {key: row[index] for key, row in zip(self.row_keys, self.cells, strict=True)}

    def row_total(self, row_key: str) -> Shown | None:
        if self.row_totals is None:
            return None
        return self.row_totals[self.row_keys.index(row_key)]


Parts = tuple[list[list[Shown]], list[Shown] | None, list[Shown] | None, Shown | None]


def suppress(
    counts: Sequence[Sequence[int]], width: int, *, row_totals: bool, column_totals: bool
) -> Parts:
    """The cells, row totals, column totals and grand total of ``counts`` (rows of
    ``width`` numbers) with small numbers hidden (see the module's docstring)."""
    grid = _with_margins(counts, width, row_totals, column_totals)
    state: dict[Position, str] = {
        place: SMALL for place, value in grid.items() if 0 < value < THRESHOLD
    }
    lines = _lines(len(counts), width, row_totals, column_totals)
    changed = True
    while changed:
        changed = False
        for line in lines:
            pick = _give_away(line, grid, state)
            if pick is not None:
                state[pick] = HIDDEN
                changed = True
    shown: dict[Position, Shown] = {place: state.get(place, value) for place, value in grid.items()}
    return _split(shown, len(counts), width, row_totals, column_totals)


def shown_as_is(
    counts: Sequence[Sequence[int]], width: int, *, row_totals: bool, column_totals: bool
) -> Parts:
    """The same parts as ``suppress``, every number as it is (Kleine aantallen tonen)."""
    grid = _with_margins(counts, width, row_totals, column_totals)
    shown: dict[Position, Shown] = dict(grid)
    return _split(shown, len(counts), width, row_totals, column_totals)


def _with_margins(
    counts: Sequence[Sequence[int]], width: int, row_totals: bool, column_totals: bool
) -> dict[Position, int]:
    """Every number of the table by place; the totals row is row R, the totals column
    column C (R rows, C columns)."""
    height = len(counts)
    if any(len(row) != width for row in counts):
        raise ValueError("every row of a table has one count per column")
    grid: dict[Position, int] = {
        (r, c): int(counts[r][c]) for r in range(height) for c in range(width)
    }
    if row_totals:
        for r in range(height):
            grid[(r, width)] = sum(grid[(r, c)] for c in range(width))
    if column_totals:
        for c in range(width):
            grid[(height, c)] = sum(grid[(r, c)] for r in range(height))
    if row_totals and column_totals:
        grid[(height, width)] = sum(grid[(height, c)] for c in range(width))
    return grid


def _lines(height: int, width: int, row_totals: bool, column_totals: bool) -> list[Line]:
    """The rows and columns whose total is shown: only there can a hidden number be
    worked back (a table without row totals publishes no sum of a row)."""
    lines: list[Line] = []
    if row_totals:
        lines += [Line(tuple((r, c) for c in range(width)), (r, width)) for r in range(height)]
    if column_totals:
        lines += [Line(tuple((r, c) for r in range(height)), (height, c)) for c in range(width)]
    grand = (height, width) if row_totals and column_totals else None
    if column_totals and grand is not None:
        lines.append(Line(tuple((height, c) for c in range(width)), grand))
    if row_totals and grand is not None:
        lines.append(Line(tuple((r, width) for r in range(height)), grand))
    return lines


def _give_away(
    line: Line, grid: dict[Position, int], state: dict[Position, str]
) -> Position | None:
    """The number to hide next in ``line``: when exactly one of its numbers is hidden,
    the smallest shown number above zero (a part before the total); else None."""
    if sum(1 for place in line.members if place in state) != 1:
        return None
    candidates = [p for p in line.parts if p not in state and grid[p] > 0]
    if not candidates and line.total is not None:
        candidates = [p for p in (line.total,) if p not in state and grid[p] > 0]
    if not candidates:
        return None
    return min(candidates, key=lambda place: grid[place])


def _split(
    shown: dict[Position, Shown], height: int, width: int, row_totals: bool, column_totals: bool
) -> Parts:
    cells = [[shown[(r, c)] for c in range(width)] for r in range(height)]
    rows = [shown[(r, width)] for r in range(height)] if row_totals else None
    columns = [shown[(height, c)] for c in range(width)] if column_totals else None
    grand = shown.get((height, width)) if row_totals and column_totals else None
    if grand is None and columns is not None and width == 1:
        grand = columns[0]
    return cells, rows, columns, grand


def make_table(
    key: str,
    title: str,
    rows: Sequence[tuple[str, str]],
    columns: Sequence[tuple[str, str]],
    counts: Sequence[Sequence[int]],
    *,
    show_small: bool,
    row_totals: bool = True,
    column_totals: bool = True,
    note: str = "",
) -> Table:
    """A table of ``counts`` (one list per row, in the order of ``rows``), each row and
    column a (code, label) pair. A one-column table has no row totals: each cell is its
    own."""
    row_totals = row_totals and len(columns) > 1
    shape = shown_as_is if show_small else suppress
    cells, by_row, by_column, grand = shape(
        counts, len(columns), row_totals=row_totals, column_totals=column_totals
    )
    return Table(
        key=key,
        title=title,
        row_keys=tuple(code for code, _label in rows),
        rows=tuple(label for _code, label in rows),
        column_keys=tuple(code for code, _label in columns),
        columns=tuple(label for _code, label in columns),
        cells=tuple(tuple(row) for row in cells),
        row_totals=None if by_row is None else tuple(by_row),
        column_totals=None if by_column is None else tuple(by_column),
        total=grand,
        note=note,
    )
