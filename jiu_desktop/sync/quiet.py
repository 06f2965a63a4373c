"""The quick check of a sync round in which nothing is new, and the fingerprint it compares.

A round that found nothing to send or receive, and nothing wrong, ends by storing a
*fingerprint* of both sides as the round left them (``services/sync_service.run_sync``):

- the target as the round saw it: team.json's bytes, every device folder's bundle numbers
  and card stamp, the snapshot names (:func:`listing`, recorded by :class:`Watched` while
  the round ran, so a file that turned up after the round looked is not in it);
- this profile: the change log's last entry, every ``local_state`` row (the target, the
  team's keys, what was published and pinned, the identity), how far every other
  laptop's bundles were applied, the erasures, the upgrade steps; the program's version and
  schema, and the day (the group of today is brought in line at unlock, as days pass).

The next ``jiu-desktop sync`` (``cli/quick_sync.py``) lists the target with the same
:func:`listing` and reads the same rows; when the fingerprint is equal, compaction is not
due and the profile is where it was, it records the round as a full nothing-new round does,
without loading the database layer. Any difference, or any doubt, runs the full round,
which stays the one that decides. Nothing here imports SQLAlchemy.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Protocol

from jiu_desktop import __version__
from jiu_desktop.sync.transports import Transport
from jiu_desktop.vault.migrate import HEAD_REVISION

#: Where the fingerprint of the last quiet round is kept (``local_state``).
FINGERPRINT_KEY = "sync_quiet_fingerprint"
#: The sync target and its credentials (``services/sync_service.py``).
CONFIG_KEY = "sync_config"
#: The laptops whose files the last round that received found missing
#: (``services/sync_rounds.py``); a quiet round found none.
GAPS_KEY = "sync_last_gaps"
NO_GAPS = "{}"
#: Changes with the way the fingerprint is made: an older one never matches.
FORMAT = 1

#: ``local_state`` keys left out of the fingerprint. Only the fingerprint itself: a full
#: round in which nothing is new writes no other key with a new value (a test runs two such
#: rounds and compares every row, so a key that changes every round is noticed).
EXCLUDED_KEYS = frozenset({FINGERPRINT_KEY})

#: What the fingerprint reads of the profile, the same statements on both paths.
LOCAL_QUERIES = (
    "SELECT max(seq) FROM change_log",
    "SELECT key, value FROM local_state ORDER BY key",
    "SELECT device, last_seq, known_seq, applied_above FROM sync_peer ORDER BY device",
    "SELECT count(*) FROM erased_participant",
    "SELECT count(*) FROM upgrade_step",
    "SELECT version_num FROM alembic_version ORDER BY version_num",
    "SELECT max(seq) FROM received_row",
)


def now_ms() -> int:
    return int(time.time() * 1000)


def today() -> str:
    return date.today().isoformat()


# -- the target -----------------------------------------------------------------------------
class Reading(Protocol):
    """The part of a transport a listing reads."""

    def read_team(self) -> bytes | None: ...

    def list_devices(self) -> list[str]: ...

    def list_bundles(self, device: str) -> list[int]: ...

    def card_stamp(self, device: str) -> str | None: ...

    def list_snapshots(self) -> list[tuple[str, int]]: ...


@dataclass(frozen=True)
class Listing:
    """What the target shows: team.json, each device folder's bundles and card stamp, and
    the snapshots."""

    team: bytes | None
    devices: tuple[tuple[str, tuple[int, ...], str | None], ...]
    snapshots: tuple[tuple[str, int], ...]


def listing(transport: Reading) -> Listing:
    """The target's listing: a folder's card stamp after its bundles (WebDAV takes the stamp
    from that listing)."""
    team = transport.read_team()
    devices = []
    for device in sorted(transport.list_devices()):
        bundles = tuple(sorted(transport.list_bundles(device)))
        devices.append((device, bundles, transport.card_stamp(device)))
    return Listing(team, tuple(devices), tuple(sorted(transport.list_snapshots())))


class Unseen(Exception):
    """The round did not look at a part of the listing: no fingerprint."""


class Watched:
    """A transport that remembers what a round saw: the first answer of every listing call,
    whether a later call answered otherwise (the target changed while the round ran),
    whether anything was written or deleted, and whether a call failed."""

    def __init__(self, inner: Transport) -> None:
        self.inner = inner
        self.seen: dict[tuple[str, ...], Any] = {}
        self.steady = True
        self.wrote = False
        self.failed = False

    @property
    def clean(self) -> bool:
        """Every call succeeded, nothing was written and every listing was the same each
        time it was made."""
        return self.steady and not self.wrote and not self.failed

    def replay(self) -> Reading:
        """The listing calls answered from what the round saw (:class:`Unseen` otherwise)."""
        return _Replay(self.seen)

    def _look(self, key: tuple[str, ...], call: Callable[[], Any]) -> Any:
        try:
            answer = call()
        except BaseException:
            self.failed = True
            raise
        if key not in self.seen:
            self.seen[key] = answer
        elif self.seen[key] != answer:
            self.steady = False
        return answer

    def _write(self, call: Callable[[], Any]) -> Any:
        self.wrote = True
        try:
            return call()
        except BaseException:
            self.failed = True
            raise

    @property
    def description(self) -> str:
        return self.inner.description

    @property
    def requests(self) -> int:
        return self.inner.requests

    def read_team(self) -> bytes | None:
        answer: bytes | None = self._look(("team",), self.inner.read_team)
        return answer

    def list_devices(self) -> list[str]:
        answer: list[str] = self._look(("devices",), self.inner.list_devices)
        return list(answer)

    def list_bundles(self, device: str) -> list[int]:
        answer: list[int] = self._look(
            ("bundles", device), lambda: sorted(self.inner.list_bundles(device))
        )
        return list(answer)

    def card_stamp(self, device: str) -> str | None:
        answer: str | None = self._look(("card", device), lambda: self.inner.card_stamp(device))
        return answer

    def list_snapshots(self) -> list[tuple[str, int]]:
        answer: list[tuple[str, int]] = self._look(
            ("snapshots",), lambda: sorted(self.inner.list_snapshots())
        )
        return list(answer)

    def read_bundle(self, device: str, seq: int) -> bytes:
        return self._read(lambda: self.inner.read_bundle(device, seq))

    def read_snapshot(self, device: str, n: int) -> bytes:
        return self._read(lambda: self.inner.read_snapshot(device, n))

    def read_card(self, device: str) -> bytes | None:
        try:
            return self.inner.read_card(device)
        except BaseException:
            self.failed = True
            raise

    def _read(self, call: Callable[[], bytes]) -> bytes:
        try:
            return call()
        except BaseException:
            self.failed = True
            raise

    def create_team(self, data: bytes) -> bool:
        return bool(self._write(lambda: self.inner.create_team(data)))

    def replace_team(self, data: bytes) -> None:
        self._write(lambda: self.inner.replace_team(data))

    def publish_bundle(self, device: str, seq: int, data: bytes) -> bool:
        return bool(self._write(lambda: self.inner.publish_bundle(device, seq, data)))

    def replace_bundle(self, device: str, seq: int, data: bytes) -> None:
        self._write(lambda: self.inner.replace_bundle(device, seq, data))

    def publish_snapshot(self, device: str, n: int, data: bytes) -> bool:
        return bool(self._write(lambda: self.inner.publish_snapshot(device, n, data)))

    def delete_bundle(self, device: str, seq: int) -> None:
        self._write(lambda: self.inner.delete_bundle(device, seq))

    def delete_snapshot(self, device: str, n: int) -> None:
        self._write(lambda: self.inner.delete_snapshot(device, n))

    def write_card(self, device: str, data: bytes) -> None:
        self._write(lambda: self.inner.write_card(device, data))

    def remove_leftovers(self, device: str) -> int:
        return int(self._write(lambda: self.inner.remove_leftovers(device)))


class _Replay:
    def __init__(self, seen: dict[tuple[str, ...], Any]) -> None:
        self._seen = seen

    def _get(self, *key: str) -> Any:
        if key not in self._seen:
            raise Unseen(key[0])
        return self._seen[key]

    def read_team(self) -> bytes | None:
        answer: bytes | None = self._get("team")
        return answer

    def list_devices(self) -> list[str]:
        return list(self._get("devices"))

    def list_bundles(self, device: str) -> list[int]:
        return list(self._get("bundles", device))

    def card_stamp(self, device: str) -> str | None:
        answer: str | None = self._get("card", device)
        return answer

    def list_snapshots(self) -> list[tuple[str, int]]:
        return list(self._get("snapshots"))


# -- the profile ----------------------------------------------------------------------------
Query = Callable[[str], Sequence[Sequence[Any]]]


def local_rows(query: Query) -> list[list[list[Any]]]:
    """The rows of ``LOCAL_QUERIES``, minus ``EXCLUDED_KEYS`` of ``local_state``."""
    found = []
    for sql in LOCAL_QUERIES:
        rows = [list(row) for row in query(sql)]
        if sql == LOCAL_QUERIES[1]:
            rows = [row for row in rows if row[0] not in EXCLUDED_KEYS]
        found.append(rows)
    return found


def fingerprint(seen: Listing, local: list[list[list[Any]]], day: str) -> str:
    """SHA-256 over the listing, the profile's rows, the program and the day."""
    document = [
        FORMAT,
        __version__,
        HEAD_REVISION,
        day,
        seen.team.hex() if seen.team is not None else None,
        [[device, list(bundles), stamp] for device, bundles, stamp in seen.devices],
        [list(snapshot) for snapshot in seen.snapshots],
        local,
    ]
    canonical = json.dumps(document, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class Stored:
    """The ``FINGERPRINT_KEY`` value: the fingerprint, when it was taken, and when
    compaction is next due (compaction.due's rule: its last run plus its interval)."""

    fingerprint: str
    taken_ms: int
    compaction_due_ms: int

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, raw: str) -> Stored:
        data = json.loads(raw)
        return cls(
            fingerprint=str(data["fingerprint"]),
            taken_ms=int(data["taken_ms"]),
            compaction_due_ms=int(data["compaction_due_ms"]),
        )

    def holds_at(self, moment: int) -> bool:
        """Whether a round at ``moment`` may rely on it: compaction is not due yet, and the
        clock did not go back (a clock set back may make this laptop's changes look
        ahead to the others, which the full round reports)."""
        return self.taken_ms <= moment < self.compaction_due_ms
