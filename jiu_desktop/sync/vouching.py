"""Whose changes a snapshot may be trusted with.

A snapshot is signed by the laptop that wrote it, but it carries everyone's changes. A
member holding a device key could write one that leaves out another coach's work, or puts
words in their mouth. So a snapshot counts, for each laptop's changes, only as far as that
laptop has *vouched* for it: when a laptop reads a snapshot it checks it against its own
change log ("every change of mine that it covers is in it or was written over there, and
every change it says is mine is mine"), and lists the snapshots it checked, per author, on
its signed card. Then:

- a laptop retires its own bundles only up to what a snapshot it vouched for covers;
- the bundles of a laptop away longer than the horizon are retired only up to what a
  snapshot covers that this laptop checked for that laptop's changes;
- a laptop that starts from snapshots takes each author's changes, and counts that author's
  bundles as applied, from the newest snapshot the author wrote or vouched for (for a laptop
  away longer than the horizon, or taken out of the team: one that a laptop seen within the
  horizon wrote). An author no snapshot is vouched for is simply replayed from its bundles.

So a current member can still put words in the mouth of a laptop that is away or was
removed, for laptops that join later; against the laptops that stay, it cannot.

A check that cannot be made (the reader has applied more or less of that author than the
snapshot covers) vouches for nothing: the safe way round, it only retires less.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, text

from jiu_desktop.sync import ranges, received
from jiu_desktop.sync.bundle import RowWrites, WireChange
from jiu_desktop.sync.heads import SETTLED_ENTITY

_PEERS = "SELECT device, last_seq, applied_above FROM sync_peer"

DAY_MS = 24 * 3600 * 1000
#: A laptop whose card is older than this is "away": the others no longer wait for it.
HORIZON_MS = 30 * DAY_MS


def _identity(hlc: int, author: str) -> tuple[int, str]:
    return (int(hlc), str(author))


def checked_authors(
    conn: Connection, own: str, published: int, covers: dict[str, int], rows: list[RowWrites]
) -> list[str]:
    """The authors of the changes (by row; and of ``covers``) for whom this laptop's
    change log confirms the snapshot: nothing of theirs that it covers is missing, nothing
    is added."""
    peers = {
        str(row.device): (int(row.last_seq), row.applied_above not in (None, "", "[]"))
        for row in conn.execute(text(_PEERS))
    }
    authors = set(covers) | {c.author for row in rows for c in row.changes if c.author}
    checkable = [
        author for author in sorted(authors) if _can_check(author, own, published, covers, peers)
    ]
    if not checkable:  # a laptop that joins: nothing applied, nothing published
        return []
    in_snapshot: dict[tuple[int, str], WireChange] = {}
    newest: dict[tuple[str, str, str], tuple[int, str]] = {}
    for row in rows:
        for c in row.changes:
            author = c.author_or("")
            in_snapshot[_identity(c.hlc, author)] = c
            slot = (c.entity, c.row_id, c.field)
            newest[slot] = max(newest.get(slot, (0, "")), _identity(c.hlc, author))
    log = received.every_line(conn)
    vouched: list[str] = []
    for author in checkable:
        upto = covers.get(author, 0)
        if author == own:
            end = ranges.end_of(conn, upto)
            # (an entry that goes out is in change_log: it has a number)
            mine = [
                r for r in log if r.device == own and r.bundle_seq is None and (r.seq or 0) <= end
            ]
            every_one_known = upto == published
        else:
            mine = [r for r in log if r.device == author]
            every_one_known = True
        if _confirms(mine, log if every_one_known else mine, author, in_snapshot, newest):
            vouched.append(author)
    return vouched


def _can_check(
    author: str,
    own: str,
    published: int,
    covers: dict[str, int],
    peers: dict[str, tuple[int, bool]],
) -> bool:
    """Whether this laptop's log can tell for ``author``: its own changes as far as it
    published them, another's when it applied exactly what the snapshot covers of them
    (more or less of it: no telling)."""
    upto = covers.get(author, 0)
    if author == own:
        return upto <= published
    last, holes = peers.get(author, (0, False))
    return last == upto and not holes


def _confirms(
    mine: list[Any],
    known: list[Any],
    author: str,
    in_snapshot: dict[tuple[int, str], WireChange],
    newest: dict[tuple[str, str, str], tuple[int, str]],
) -> bool:
    for r in mine:  # nothing left out that was not written over
        found = in_snapshot.get(_identity(r.hlc, r.device))
        if found is not None:
            if (found.entity, found.row_id, found.field, found.value) != (
                r.entity,
                r.row_id,
                r.field,
                r.value,
            ):
                return False
            continue
        if r.entity == SETTLED_ENTITY:
            continue  # kept only while the write it settled is
        if newest.get((r.entity, r.row_id, r.field), (0, "")) <= _identity(r.hlc, r.device):
            return False
    here = {_identity(r.hlc, r.device) for r in known if r.device == author}
    claimed = [key for key in in_snapshot if key[1] == author]
    return all(key in here for key in claimed)  # nothing added in its name


def trusted_for(
    author: str,
    snapshots_newest_first: Iterable[Any],
    cards: dict[str, Any],
    recent: set[str],
) -> Any | None:
    """The newest snapshot whose changes of ``author`` may be taken: one it wrote or
    vouched for on its card; for an author not seen within the horizon (or taken out of
    the team), one written by a laptop seen within it, which retires the away laptop's
    bundles once its own check of them holds."""
    for snapshot in snapshots_newest_first:
        if snapshot.device == author:
            return snapshot
        card = cards.get(author)
        if card is not None and author in card.checked.get(snapshot.name, []):
            return snapshot
        if author not in recent and (
            snapshot.device in recent
            or any(author in other.checked.get(snapshot.name, []) for other in cards.values())
        ):
            return snapshot
    return None
