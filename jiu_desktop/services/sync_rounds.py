"""What a sync round did beyond the counts in its history row: whether it wrote or started
from a snapshot, how many old files it retired, and which laptops' files it found missing.

Kept in ``local_state`` (inside the encrypted database) beside the history, keyed by the
round's ``sync_run`` id, for the newest ``KEEP`` rounds: the history shows no more. Missing
files are kept only for the last round that received, since a round that sent only, or
that could not reach the target, did not look.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from jiu_desktop.db.store import Store
from jiu_desktop.i18n import translate
from jiu_desktop.models import LocalState
from jiu_desktop.sync import quiet
from jiu_desktop.sync.report import SyncReport

ROUNDS_KEY = "sync_round_facts"
GAPS_KEY = quiet.GAPS_KEY
#: As many rounds as the sync history shows.
KEEP = 100


@dataclass(frozen=True)
class RoundFacts:
    snapshot_written: bool = False
    snapshot_applied: bool = False
    #: Files (bundles and snapshots) the round deleted from the target.
    retired: int = 0

    def __bool__(self) -> bool:
        return self.snapshot_written or self.snapshot_applied or self.retired > 0

    def describe(self) -> str:
        """ "Snapshot written, 12 old files cleared away"; "" for a round that did none of it."""
        phrases = []
        if self.snapshot_applied:
            phrases.append(translate("sync history", "started from a snapshot"))
        if self.snapshot_written:
            phrases.append(translate("sync history", "snapshot written"))
        if self.retired == 1:
            phrases.append(translate("sync history", "1 old file cleared away"))
        elif self.retired > 1:
            phrases.append(
                translate("sync history", "{count} old files cleared away").format(
                    count=self.retired
                )
            )
        text = ", ".join(phrases)
        return text[:1].upper() + text[1:]


def facts_of(report: SyncReport) -> RoundFacts:
    return RoundFacts(
        snapshot_written=report.snapshot_written is not None,
        snapshot_applied=report.snapshot_applied is not None,
        retired=report.retired,
    )


def missing_per_laptop(report: SyncReport) -> dict[str, int]:
    """Device id → how many of its files the round found missing."""
    missing: dict[str, int] = {}
    for gap in report.gaps:
        missing[gap.device] = missing.get(gap.device, 0) + max(gap.count, len(gap.missing))
    return missing


def record(store: Store, run_id: int, report: SyncReport, *, looked: bool) -> None:
    """Remember what round ``run_id`` did; ``looked``: it received, so its gaps are the
    current ones (none found clears those of an earlier round)."""
    facts = facts_of(report)
    with store.session() as session:
        if facts:
            stored = session.get(LocalState, ROUNDS_KEY)
            rounds: dict[str, dict[str, object]] = json.loads(stored.value) if stored else {}
            rounds[str(run_id)] = asdict(facts)
            newest = sorted(rounds, key=int)[-KEEP:]
            value = json.dumps({key: rounds[key] for key in newest})
            session.merge(LocalState(key=ROUNDS_KEY, value=value))
        if looked:
            gaps = json.dumps(missing_per_laptop(report))
            session.merge(LocalState(key=GAPS_KEY, value=gaps))


def round_facts(store: Store) -> dict[int, RoundFacts]:
    """Run id → what that round did besides sending and receiving (only rounds that did)."""
    with store.session() as session:
        stored = session.get(LocalState, ROUNDS_KEY)
        rounds = json.loads(stored.value) if stored else {}
    return {int(run): RoundFacts(**facts) for run, facts in rounds.items()}


def missing_files(store: Store) -> dict[str, int]:
    """Device id → how many of its files the last round that received found missing."""
    with store.session() as session:
        stored = session.get(LocalState, GAPS_KEY)
        return {str(d): int(n) for d, n in json.loads(stored.value).items()} if stored else {}
