"""What one sync round did, and what it found wrong, in words a coach can act on."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from jiu_desktop.errors import BundleRejected, SyncError
from jiu_desktop.i18n import translate
from jiu_desktop.sync.clock import unpack

#: (phase, done, total) while a round runs: "push" or "pull".
Progress = Callable[[str, int, int], None]

#: The longest laptop name shown (as on its card, sync/devices.py).
MAX_LABEL_NAME = 80


def laptop_label(device: str, names: Mapping[str, str] | None = None) -> str:
    """A laptop as a coach knows it: the name its coach gave it, with the start of its id
    so two laptops of one name stay apart ("Laptop van Sanne (3f2a1b9c)"), or "laptop
    3f2a1b9c" while it has no name here."""
    name = " ".join((names or {}).get(device, "").split())[:MAX_LABEL_NAME]
    if not name:
        return translate("sync", "laptop {device}").format(device=device[:8])
    return translate("sync", "{name} ({device})").format(name=name, device=device[:8])


@dataclass(frozen=True)
class Gap:
    """Bundles of a device that should exist on the remote but cannot be found there."""

    device: str
    #: The first few missing numbers.
    missing: tuple[int, ...]
    #: How many are missing in all.
    count: int = 0

    def describe(self, names: Mapping[str, str] | None = None) -> str:
        shown = ", ".join(str(n) for n in self.missing[:5])
        if max(self.count, len(self.missing)) > len(self.missing[:5]):
            shown += ", …"
        return translate(
            "sync",
            "Sync files of {laptop} are missing from the sync target (number {numbers});"
            " their changes cannot arrive until that laptop syncs again.",
        ).format(laptop=laptop_label(self.device, names), numbers=shown)


@dataclass(frozen=True)
class FutureChanges:
    """Changes refused because their clock was too far ahead of this laptop's."""

    device: str
    count: int
    hlc: int

    def describe(self, names: Mapping[str, str] | None = None) -> str:
        when = datetime.fromtimestamp(unpack(self.hlc)[0] / 1000, UTC).strftime("%Y-%m-%d")
        return translate(
            "sync",
            "{count} changes from {laptop} are waiting: they are dated {date}, too far"
            " ahead of this laptop's clock. Check the date on that laptop and on this one.",
        ).format(count=self.count, laptop=laptop_label(self.device, names), date=when)


@dataclass(frozen=True)
class Clash:
    """Changes whose identity another change already has here (two copies of one profile
    that wrote at the same instant); the first one is kept."""

    device: str
    count: int

    def describe(self, names: Mapping[str, str] | None = None) -> str:
        return translate(
            "sync",
            "{count} changes from {laptop} carry the identity of other changes already"
            " here: two copies of one profile wrote at the same instant. The first version is"
            " kept; check the latest edits of that laptop.",
        ).format(count=self.count, laptop=laptop_label(self.device, names))


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    erased: int = 0
    bundles_out: int = 0
    bundles_in: int = 0
    #: Own bundles that had gone missing from the remote and were written again.
    healed: int = 0
    rejected: list[BundleRejected] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    future: list[FutureChanges] = field(default_factory=list)
    clashes: list[Clash] = field(default_factory=list)
    #: This laptop's own clock reading when it is so far ahead that others wait for it.
    own_clock_ahead: int = 0
    #: Why sending failed (a full or read-only target); receiving still went on.
    push_error: SyncError | None = None
    #: Why this profile took a new device id in this round or since the last one.
    identity: str | None = None
    touched: dict[str, set[str]] = field(default_factory=dict)
    #: Device cards that could not be taken (unreadable, or another key than pinned).
    refused_cards: list[str] = field(default_factory=list)
    #: What the coaches call their laptops (device id → name from its card), so the lines
    #: below name a laptop as they know it (filled at the end of the round).
    names: dict[str, str] = field(default_factory=dict)
    #: Snapshots (sync/snapshots.py): the one written, the one started from, files retired.
    snapshot_written: str | None = None
    snapshot_applied: str | None = None
    retired: int = 0
    #: Snapshots that could not be used, one line each.
    snapshot_problems: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        """Everything that needs the coach's attention, one line each; empty when all is well."""
        lines: list[str] = []
        if self.push_error is not None:
            lines.append(str(self.push_error))
        lines += [str(r) for r in self.rejected]
        lines += [g.describe(self.names) for g in self.gaps]
        lines += [f.describe(self.names) for f in self.future]
        lines += [c.describe(self.names) for c in self.clashes]
        lines += self.refused_cards
        lines += self.snapshot_problems
        if self.own_clock_ahead:
            when = datetime.fromtimestamp(unpack(self.own_clock_ahead)[0] / 1000, UTC)
            lines.append(
                translate(
                    "sync",
                    "This laptop's clock has run ahead: its changes are dated up to {date}, and"
                    " the other laptops take them only when their own date is close to that."
                    " Check the date and time of this laptop.",
                ).format(date=when.strftime("%Y-%m-%d"))
            )
        return lines

    def notices(self) -> list[str]:
        """Things worth saying that are not problems."""
        lines: list[str] = []
        if self.identity is not None:
            lines.append(identity_message(self.identity))
        if self.healed:
            lines.append(
                translate(
                    "sync",
                    "{count} sync files of this laptop had gone missing from the target and were"
                    " written again.",
                ).format(count=self.healed)
            )
        if self.snapshot_applied:
            lines.append(
                translate(
                    "sync",
                    "This laptop started from a snapshot of the team's data instead of every"
                    " older sync file.",
                )
            )
        if self.snapshot_written or self.retired:
            lines.append(self.compaction_line())
        return lines

    def compaction_line(self) -> str:
        if self.snapshot_written:
            return translate(
                "sync", "Snapshot written; {count} older sync files removed from the target."
            ).format(count=self.retired)
        return translate("sync", "{count} older sync files removed from the target.").format(
            count=self.retired
        )


def identity_message(reason: str) -> str:
    from jiu_desktop.sync.identity import CLASHED, RESTORED

    if reason == RESTORED:
        return translate(
            "sync",
            "This profile was restored from a backup, so it now syncs as a new laptop; changes"
            " made since the backup come back from the sync target.",
        )
    if reason == CLASHED:
        return translate(
            "sync",
            "Another copy of this profile syncs with the same identity, so this one now syncs"
            " as a new laptop. Nothing was lost.",
        )
    return translate(
        "sync",
        "This profile was copied or moved, so it now syncs as a new laptop. Nothing was lost.",
    )
