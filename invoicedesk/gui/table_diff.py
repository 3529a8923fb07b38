"""What changes in the table's view when a reload brings a new :class:`RowTable`, worked out in
the loading worker so the GUI thread only makes the model's begin/end calls. Qt-free.

A sync changes the rows of one account; the rest are the same invoices in the same order. The
view's rows are matched by invoice key: a row in both views whose place relative to the other
matched rows is kept (the longest run of matches in the same order; the rest are removed and
inserted again), a kept row whose values differ is changed, and what is left is removed from
the old view or inserted into the new one, in runs of neighbouring rows.
"""

from __future__ import annotations

import operator
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import Any

from invoicedesk.gui.row_filter import RowFilter, filter_mask, select
from invoicedesk.gui.rows import RowTable
from invoicedesk.pause_point import pause
from invoicedesk.storage.cache import HEADER_COLUMNS

#: a run of neighbouring view positions, first and last included
Run = tuple[int, int]

#: the columns whose values a row shows or is filtered, sorted and counted by: the cache's
#: header but the id (the key itself) and the search text (never shown; comparing it would
#: read the deferred column of both tables in every reload), and what the table works out
_COMPARED = (
    *(name for name in HEADER_COLUMNS if name not in ("id", "search")),
    "status",
    "days_past",
    "counted",
)


@dataclass(frozen=True)
class TableUpdate:
    """How the view goes from ``base`` (its rows ``base_visible``) to ``table``: remove
    ``removed`` (old positions, last run first), then show ``table`` with the kept rows, of
    which ``changed`` (positions among the kept rows) have new values, then insert ``inserted``
    (new positions, first run first). ``order``, ``mask`` and ``visible`` are the model's for
    ``table`` under ``sort`` and ``row_filter``."""

    base: RowTable
    table: RowTable
    #: the model's :attr:`~InvoiceTableModel.generation` the update starts from
    generation: int
    sort: tuple[int, bool]
    row_filter: RowFilter
    order: list[int]
    mask: list[bool] | None
    visible: list[int]
    kept: list[int]
    removed: list[Run]
    changed: list[Run]
    inserted: list[Run]

    @property
    def steps(self) -> int:
        """How many begin/end pairs and dataChanged signals the update takes."""
        return len(self.removed) + len(self.changed) + len(self.inserted)


def plan_update(
    base: RowTable,
    base_visible: list[int],
    table: RowTable,
    sort: tuple[int, bool],
    row_filter: RowFilter,
    generation: int = 0,
) -> TableUpdate:
    """The steps from the view of ``base`` (its visible row indexes, in view order) to the view of
    ``table`` under the same sort and filter (run in the worker: a few C-level passes and one
    Python pass over the matched rows)."""
    column, descending = sort
    order = table.sorted_order(column, descending) if column >= 0 else list(range(len(table)))
    mask = filter_mask(table, row_filter)
    visible = select(order, mask)
    new_keys = table.keys(visible)
    position = dict(zip(new_keys, range(len(new_keys)), strict=True))
    matched = list(map(position.get, base.keys(base_visible)))
    # the old positions whose row stays, and where each goes
    kept_old = [p for p, q in enumerate(matched) if q is not None]
    kept_new = [q for q in matched if q is not None]
    if any(map(operator.ge, kept_new, kept_new[1:])):  # some moved: keep the longest ordered run
        keep = _increasing(kept_new)
        kept_old = [kept_old[i] for i in keep]
        kept_new = [kept_new[i] for i in keep]
    removed = _runs(sorted(set(range(len(base_visible))).difference(kept_old)))
    inserted = _runs(sorted(set(range(len(visible))).difference(kept_new)))
    old_rows = [base_visible[p] for p in kept_old]
    new_rows = [visible[q] for q in kept_new]
    changed = _runs(compress(range(len(new_rows)), _differs(base, old_rows, table, new_rows)))
    return TableUpdate(
        base,
        table,
        generation,
        sort,
        row_filter,
        order,
        mask,
        visible,
        new_rows,
        removed[::-1],
        changed,
        inserted,
    )


def _differs(
    base: RowTable, old_rows: list[int], table: RowTable, new_rows: list[int]
) -> list[bool]:
    """Whether each kept row (``old_rows[i]`` of ``base`` is ``new_rows[i]`` of ``table``) has
    a new value in a compared column. A column is taken whole for the kept rows and compared
    in one go first (a sync changes one account: most columns are equal for every kept row);
    only a column that differs is compared row by row."""
    differs = [False] * len(new_rows)
    take_old, take_new = _taker(old_rows), _taker(new_rows)
    for name in _COMPARED:
        before, after = take_old(getattr(base, name)), take_new(getattr(table, name))
        if before != after:
            differs = list(map(operator.or_, differs, map(operator.ne, before, after)))
        pause()  # the GUI thread first, if it waits (invoicedesk.pause_point)
    return differs


def _taker(rows: list[int]) -> Callable[[list[Any]], Sequence[Any]]:
    """What gives the values of ``rows`` of a column, in one call."""
    if len(rows) >= 2:
        return operator.itemgetter(*rows)
    return lambda column: [column[i] for i in rows]  # itemgetter(i) gives the item, not a tuple


def _runs(positions: Iterable[int]) -> list[Run]:
    """Ascending positions as runs of neighbours: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[Run] = []
    for p in positions:
        if runs and runs[-1][1] == p - 1:
            runs[-1] = (runs[-1][0], p)
        else:
            runs.append((p, p))
    return runs


def _increasing(values: list[int]) -> list[int]:
    """Indexes of a longest strictly increasing subsequence of ``values`` (O(n log n))."""
    tails: list[int] = []  # the smallest last value of an increasing run of each length
    tail_index: list[int] = []
    previous = [-1] * len(values)
    for i, value in enumerate(values):
        length = bisect_left(tails, value)
        if length == len(tails):
            tails.append(value)
            tail_index.append(i)
        else:
            tails[length] = value
            tail_index[length] = i
        previous[i] = tail_index[length - 1] if length else -1
    chain = []
    i = tail_index[-1] if tail_index else -1
    while i >= 0:
        chain.append(i)
        i = previous[i]
    return chain[::-1]
