"""Tables that stay on this device: the change log (with the rows received whole), small
bits of local state, and the data steps a migration left for the next unlock."""

from sqlalchemy import Index, text
from sqlalchemy.orm import Mapped, mapped_column

from jiu_desktop.models.base import Base


class ChangeLogEntry(Base):
    """One captured write of one syncable field (see ``sync/changelog.py``).

    ``value`` is JSON. ``hlc`` is the hybrid-logical-clock timestamp packed as an integer;
    ``(hlc, device)`` identifies and orders all writes of all devices; ``device`` is the
    author. ``bundle_seq`` is NULL for an entry this device sends (``BundleRange`` says in
    which of its bundles), 0 for an entry that came from the team's remote.
    """

    __tablename__ = "change_log"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    hlc: Mapped[int]
    device: Mapped[str]
    entity: Mapped[str]
    row_id: Mapped[str]
    field: Mapped[str]
    value: Mapped[str | None]
    participant_id: Mapped[str | None]
    bundle_seq: Mapped[int | None] = mapped_column(default=None)
    #: The stamp of the value this write replaced (None for a new row): lets every device
    #: tell a sequential overwrite from a concurrent edit.
    base_hlc: Mapped[int | None] = mapped_column(default=None)
    base_device: Mapped[str | None] = mapped_column(default=None)

    __table_args__ = (
        Index("ix_change_log_row", "entity", "row_id", "field", "hlc"),
        Index("ix_change_log_participant", "participant_id"),
        Index("ix_change_log_sending", "seq", sqlite_where=text("bundle_seq IS NULL")),
        Index("ix_change_log_device_hlc", "device", "hlc", unique=True),
        Index(
            "ix_change_log_base",
            "base_device",
            "base_hlc",
            sqlite_where=text("base_hlc IS NOT NULL"),
        ),
    )


class ReceivedRow(Base):
    """Received writes of one row by one author that replaced nothing (a new row, a field
    filled for the first time), kept as one entry instead of one per field: the log of
    ``sync/received.py``. Together with ``change_log`` it is read through the view
    ``log_entry``, one line per field as ``change_log`` has them.

    ``fields`` is JSON, ``{"field": [hlc, value], ...}`` with each value as the JSON text
    ``change_log.value`` would hold; the stamps lie between ``lo_hlc`` and ``hi_hlc``, at
    most ``received.SPAN`` apart, so the write with an author and a stamp is found by a
    range of the author index.
    """

    __tablename__ = "received_row"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    device: Mapped[str]
    entity: Mapped[str]
    row_id: Mapped[str]
    participant_id: Mapped[str | None]
    lo_hlc: Mapped[int]
    hi_hlc: Mapped[int]
    fields: Mapped[str]

    __table_args__ = (
        Index("ix_received_row_row", "entity", "row_id"),
        Index("ix_received_row_author", "device", "lo_hlc", "hi_hlc"),
        Index("ix_received_row_participant", "participant_id"),
    )


class BundleRange(Base):
    """One of this device's outgoing bundles: it carries the change_log entries with
    ``bundle_seq`` NULL numbered above the previous bundle's ``last_seq``, up to its own
    (``sync/ranges.py``)."""

    __tablename__ = "bundle_range"

    bundle_seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_seq: Mapped[int]


class LocalState(Base):
    """Key/value state of this device: its id, the last clock reading."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str]


class UpgradeStep(Base):
    """Data a migration left to be written as synced rows, through the ORM, at the unlock
    that follows (``services/upgrade_steps.py``): so those rows are captured and sync like
    any edit. A step row is removed in the transaction that writes its rows."""

    __tablename__ = "upgrade_step"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    #: Which step writes it, e.g. ``0005_consent`` (a name ``upgrade_steps`` knows).
    step: Mapped[str]
    #: JSON: what the step needs (a participant id, a consent kind, a date).
    payload: Mapped[str]
