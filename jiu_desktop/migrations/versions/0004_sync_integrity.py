"""sync integrity: outgoing bundle numbers, peer gaps, conflicts derived from the log

- ``change_log.bundle_seq`` now means the number of *this device's* outgoing bundle that
  carries the entry (NULL while it waits for one). Entries that came from other devices
  are already on the remote: they get 0. After a change of team every entry is NULL again,
  so a laptop republishes everything it knows.
- ``sync_peer`` learns the highest bundle number any bundle said a device had written
  (``known_seq``) and which bundles above ``last_seq`` were applied already
  (``applied_above``), so a gap is reported instead of skipped.
- ``sync_run.problems`` counts what a round that ran could not exchange (refused or
  missing files, a full target), apart from a round that could not run (offline).
- Conflict versions are no longer a table filled in the order bundles arrived: an open
  conflict is a write of a text field that nobody built on (a *head*) and that is not the
  field's current value, which every laptop that has seen the same changes computes alike.
  Conflicts the old table had closed are closed in the new way too: by a ``settled``
  change whose base is the losing write.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import time

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LATEST = """
SELECT hlc, device FROM change_log WHERE entity = :entity AND row_id = :row AND field = :field
ORDER BY hlc DESC, device DESC LIMIT 1
"""


def upgrade() -> None:
    bind = op.get_bind()
    own = bind.execute(sa.text("SELECT value FROM local_state WHERE key = 'device_id'")).scalar()
    bind.execute(
        sa.text("UPDATE change_log SET bundle_seq = 0 WHERE device != :own"), {"own": own or ""}
    )
    with op.batch_alter_table("change_log") as batch:
        batch.create_index("ix_change_log_base", ["base_device", "base_hlc"])
    with op.batch_alter_table("sync_peer") as batch:
        batch.add_column(sa.Column("known_seq", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(
            sa.Column("applied_above", sa.String(), nullable=False, server_default="[]")
        )
    with op.batch_alter_table("sync_run") as batch:
        batch.add_column(sa.Column("problems", sa.Integer(), nullable=False, server_default="0"))
    _settle_closed_conflicts(bind, own)
    op.drop_table("conflict_version")


def _settle_closed_conflicts(bind: sa.Connection, own: str | None) -> None:
    """Keep closed what the old table showed as closed (dismissed, or written over)."""
    if own is None:
        return
    rows = bind.execute(
        sa.text(
            "SELECT entity, row_id, field, participant_id, hlc, device, winner_hlc, "
            "winner_device, dismissed FROM conflict_version"
        )
    ).all()
    last = bind.execute(sa.text("SELECT value FROM local_state WHERE key = 'hlc_last'")).scalar()
    clock = max(int(last or 0), (time.time_ns() // 1_000_000) << 16)
    for row in rows:
        current = bind.execute(
            sa.text(LATEST), {"entity": row.entity, "row": row.row_id, "field": row.field}
        ).first()
        still_open = (
            not row.dismissed
            and current is not None
            and (tuple(current) == (row.winner_hlc, row.winner_device))
        )
        if still_open:
            continue
        clock += 1
        bind.execute(
            sa.text(
                "INSERT INTO change_log (hlc, device, entity, row_id, field, value, "
                "participant_id, bundle_seq, base_hlc, base_device) VALUES (:hlc, :own, "
                "'settled', :row, :field, NULL, :participant, NULL, :base_hlc, :base_device)"
            ),
            {
                "hlc": clock,
                "own": own,
                "row": row.row_id,
                "field": row.field,
                "participant": row.participant_id,
                "base_hlc": row.hlc,
                "base_device": row.device,
            },
        )
    bind.execute(
        sa.text("INSERT OR REPLACE INTO local_state (key, value) VALUES ('hlc_last', :v)"),
        {"v": str(clock)},
    )


def downgrade() -> None:
    op.create_table(
        "conflict_version",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("row_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("participant_id", sa.String(), nullable=True),
        sa.Column("value", sa.String(), nullable=True),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(), nullable=False),
        sa.Column("winner_hlc", sa.Integer(), nullable=False),
        sa.Column("winner_device", sa.String(), nullable=False),
        sa.Column("dismissed", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict_version")),
    )
    op.create_index("ix_conflict_version_row", "conflict_version", ["entity", "row_id", "field"])
    op.create_index(
        "ix_conflict_version_unique",
        "conflict_version",
        ["entity", "row_id", "field", "hlc", "device"],
        unique=True,
    )
    with op.batch_alter_table("sync_run") as batch:
        batch.drop_column("problems")
    with op.batch_alter_table("sync_peer") as batch:
        batch.drop_column("applied_above")
        batch.drop_column("known_seq")
    with op.batch_alter_table("change_log") as batch:
        batch.drop_index("ix_change_log_base")
