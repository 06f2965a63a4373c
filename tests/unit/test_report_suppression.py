"""Small numbers in the report's breakdowns: 1 and 2 are "<3" (primary), and a row or
column with one hidden number hides its next smallest too (secondary), until nothing
can be worked back from a total."""

from __future__ import annotations

from itertools import product

from jiu_desktop.services.report_tables import HIDDEN, SMALL, Shown, make_table, suppress


def table(counts: list[list[int]], show_small: bool = False, **totals: bool):  # type: ignore[no-untyped-def]
    rows = [(f"r{n}", f"Row {n}") for n in range(len(counts))]
    columns = [(f"c{n}", f"Column {n}") for n in range(len(counts[0]))]
    return make_table("t", "T", rows, columns, counts, show_small=show_small, **totals)


def test_one_and_two_are_shown_as_less_than_three_and_zero_stays() -> None:
    made = table([[1], [2], [0], [3], [7]])
    assert [row[0] for row in made.cells] == [SMALL, SMALL, 0, 3, 7]
    assert made.column_totals == (13,) and made.total == 13
    assert made.row_totals is None, "a one-column table: each cell is its own total"


def test_a_single_hidden_cell_takes_the_next_smallest_with_it() -> None:
    made = table([[1], [0], [9], [4]])
    assert [row[0] for row in made.cells] == [SMALL, 0, 9, HIDDEN]
    assert made.column_totals == (14,)


def test_two_hidden_cells_in_a_column_need_nothing_more() -> None:
    made = table([[1], [2], [9]])
    assert [row[0] for row in made.cells] == [SMALL, SMALL, 9]


def test_secondary_suppression_runs_across_rows_and_columns_until_stable() -> None:
    made = table([[1, 5, 6], [4, 7, 9], [8, 3, 10]])
    cells = made.cells
    # 1 is small; its row hides 5, its column 4; column 1 (5 hidden) hides 3; then row 1
    # (4 hidden) hides 7 and row 2 (3 hidden) hides 8, and every line has two or more.
    assert cells[0] == (SMALL, HIDDEN, 6)
    assert cells[1] == (HIDDEN, HIDDEN, 9)
    assert cells[2] == (HIDDEN, HIDDEN, 10)
    assert made.row_totals == (12, 20, 21)
    assert made.column_totals == (13, 15, 25)


def test_a_total_is_hidden_when_nothing_else_in_its_line_can_be() -> None:
    cells, rows, columns, grand = suppress([[2, 0], [5, 6]], 2, row_totals=True, column_totals=True)
    assert cells == [[SMALL, 0], [HIDDEN, 6]]
    # Row 0 is (<3, 0 | total 2): its total is small too. The column of row totals would
    # then give that total away (13 - 11): row 1's total is hidden as well.
    assert rows == [SMALL, HIDDEN]
    assert columns == [7, 6] and grand == 13


def test_show_small_numbers_shows_everything() -> None:
    made = table([[1, 5], [2, 0]], show_small=True)
    assert made.cells == ((1, 5), (2, 0))
    assert made.row_totals == (6, 2) and made.column_totals == (3, 5) and made.total == 8


def hidden_value_is_determined(counts: list[list[int]]) -> bool:
    """Brute force: can any hidden cell be worked back from the numbers and totals shown?
    True when some hidden cell has one value in every table that fits them. What the
    rule guards against is subtraction from a total; it does not try to stop inference
    from the bounds (three hidden cells that add up to 3 are 1 each)."""
    cells, rows, columns, grand = suppress(
        counts, len(counts[0]), row_totals=True, column_totals=True
    )
    height, width = len(counts), len(counts[0])
    hidden = [(r, c) for r in range(height) for c in range(width) if isinstance(cells[r][c], str)]
    if not hidden:
        return False
    options = [range(1, 12) for _place in hidden]
    values: dict[tuple[int, int], set[int]] = {place: set() for place in hidden}

    def fits(shown: Shown | None, value: int) -> bool:
        return isinstance(shown, str) or shown == value

    for guess in product(*options):
        grid = [[cells[r][c] for c in range(width)] for r in range(height)]
        for (r, c), value in zip(hidden, guess, strict=True):
            grid[r][c] = value
        assert rows is not None and columns is not None
        if not all(fits(rows[r], sum(int(x) for x in grid[r])) for r in range(height)):
            continue
        if not all(
            fits(columns[c], sum(int(grid[r][c]) for r in range(height))) for c in range(width)
        ):
            continue
        if not fits(grand, sum(int(x) for row in grid for x in row)):
            continue
        for place, value in zip(hidden, guess, strict=True):
            values[place].add(value)
    return any(len(seen) == 1 for seen in values.values())


def test_no_hidden_cell_can_be_worked_back_from_a_total() -> None:
    samples = [
        [[1, 4], [6, 8]],
        [[2, 0], [5, 6]],
        [[1, 0, 3], [0, 4, 5]],
        [[0, 1], [0, 9]],
        [[3, 1], [1, 3]],
    ]
    for counts in samples:
        assert not hidden_value_is_determined(counts), counts


def test_a_line_without_a_shown_total_only_hides_its_small_numbers() -> None:
    made = table([[3, 1, 1, 2], [1, 0, 0, 0]], column_totals=False)
    assert made.cells == ((3, SMALL, SMALL, SMALL), (SMALL, 0, 0, 0))
    # Row 1 (<3, 0, 0, 0 | total <3) gives nothing away; the columns publish no sum, so
    # the 3 above the hidden 1 stays in sight.
    assert made.row_totals == (7, SMALL) and made.column_totals is None
