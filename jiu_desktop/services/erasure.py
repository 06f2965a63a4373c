"""Erasure (AVG right to be forgotten): a participant removed for good, on every device."""

from __future__ import annotations

import logging

from jiu_desktop.db.store import Store
from jiu_desktop.errors import NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models import Participant
from jiu_desktop.models.declaration import PARTICIPANT, synced_entities
from jiu_desktop.services.changes import Changes
from jiu_desktop.sync.changelog import write_local
from jiu_desktop.sync.merge import ERASURE_ENTITY, ERASURE_FIELD, erase_participant

log = logging.getLogger(__name__)


def erase(store: Store, participant_id: str) -> Changes:
    """Remove the participant, their notes, referrals, history and change log here, and
    record an erasure that sync carries to every other device. Cannot be undone."""
    with store.session() as session:
        if session.get(Participant, participant_id) is None:
            raise NotFound(translate("participants", "Participant"), participant_id)
    with store.engine.begin() as conn:
        hlc, _device = write_local(
            conn,
            store.clock,
            store.device_id,
            entity=ERASURE_ENTITY,
            row_id=participant_id,
            field=ERASURE_FIELD,
            value="true",
            participant_id=None,
        )
        erase_participant(conn, participant_id, hlc, store.device_id)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    log.info("participant erased")
    return erased(participant_id)


def erased(*participant_ids: str) -> Changes:
    """What erasing these participants changes: them and every kind of row they own
    (removed outside the ORM, so no flush saw it)."""
    owned = frozenset(cls for cls in synced_entities() if cls.sync.owner == PARTICIPANT)
    return Changes(owned | {Participant}, frozenset(participant_ids))
