"""A coach leaves, a laptop is lost: the coordinator takes a laptop out of the team.

The team key is rotated under a new team passphrase (sync/team.py): the laptops that stay
get the new key once their coach types the new passphrase, the removed laptop cannot unwrap
it, and from then on every laptop refuses the removed one's bundles numbered above what it
had published at its removal (sync/removals.py). What it published before stays.

All or nothing: the new team.json is written in place of the old one only when the target
answers, and this laptop takes the new key only once that worked; when keeping the key here
fails, the old team.json is put back.
"""

from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass

from sqlalchemy import select

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, SyncError
from jiu_desktop.i18n import translate
from jiu_desktop.models import SyncPeer
from jiu_desktop.services import sync_service
from jiu_desktop.services.team_passphrase import check_team_passphrase
from jiu_desktop.sync import compaction, devices
from jiu_desktop.sync.engine import TeamMissing
from jiu_desktop.sync.team import Removal, TeamKeyRotated, newest_key_id, rotate_team
from jiu_desktop.sync.transports import Transport

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RemovalDone:
    removal: Removal
    #: The id of the team's new key.
    key_id: str


def remove_device(store: Store, device_id: str, new_passphrase: str) -> RemovalDone:
    """Remove ``device_id`` from the team and rotate the team key under ``new_passphrase``."""
    config = sync_service.load_config(store)
    if config is None:
        raise SyncError(translate("sync", "Sync is not set up for this profile."))
    device_id = device_id.strip().lower()
    if device_id == store.device_id:
        raise InvalidInput(
            translate(
                "team_removal",
                "That is this laptop. Remove it from another laptop of the team.",
            )
        )
    team = config.team
    if team.removal(device_id) is not None:
        raise InvalidInput(
            translate("team_removal", "Laptop {device} was removed from the team already.").format(
                device=device_id[:8]
            )
        )
    check_team_passphrase(new_passphrase, re.split(r"[^\w]+", config.target))
    transport = sync_service.make_transport(
        config.kind, config.target, config.user, config.password
    )
    before = transport.read_team()
    if before is None:
        raise TeamMissing(transport.description)
    team_id, newest = newest_key_id(before)
    if team_id != team.team_id or newest != team.key_id:
        raise TeamKeyRotated()
    removal = _removal(store, transport, device_id)
    rotated, document = rotate_team(team, new_passphrase, removal)
    transport.replace_team(document)
    try:
        sync_service.save_config(store, config.with_team(rotated))
    except BaseException:
        transport.replace_team(before)
        raise
    with store.engine.begin() as conn:
        compaction.compact_soon(
            conn
        )  # a snapshot under the new key, the removed one's files retired
    log.info("a device was removed from the team; the team key was rotated")
    return RemovalDone(removal, rotated.key_id)


def _removal(store: Store, transport: Transport, device_id: str) -> Removal:
    """The removal of ``device_id``, with the highest of its bundle numbers this laptop
    knows of (applied, claimed by others, on its card or on the target); InvalidInput
    when this laptop knows no such laptop in the team."""
    with store.engine.begin() as conn:
        peer = conn.execute(
            select(SyncPeer.last_seq, SyncPeer.known_seq, SyncPeer.applied_above).where(
                SyncPeer.device == device_id
            )
        ).first()
        card = devices.pinned_cards(conn).get(device_id)
    listed = device_id in transport.list_devices()
    if peer is None and card is None and not listed:
        raise InvalidInput(
            translate(
                "team_removal",
                "This laptop does not know a laptop {device} in the team. The command"
                " “jiu-desktop team” lists them.",
            ).format(device=device_id[:32])
        )
    heads = [card.head if card else 0]
    if peer is not None:
        heads += [peer.last_seq, peer.known_seq, *json.loads(peer.applied_above or "[]")]
    if listed:
        heads += transport.list_bundles(device_id)
    return Removal(device_id, max(heads), int(time.time() * 1000), card.name if card else "")


def describe(done: RemovalDone) -> str:
    """What was done, in a sentence for the coordinator."""
    removal = done.removal
    return translate(
        "team_removal",
        "Laptop “{laptop}” was removed from the team; its sync files up to number {head} stay."
        " The other laptops ask for the new team passphrase at their next sync.",
    ).format(laptop=removal.name or removal.device[:8], head=removal.head)
