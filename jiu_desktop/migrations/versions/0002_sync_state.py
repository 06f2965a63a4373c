"""sync state: peers, conflict versions, erasures, sync history

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        batch.add_column(sa.Column("base_hlc", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("base_device", sa.String(), nullable=True))
        batch.create_index("ix_change_log_participant", ["participant_id"])
        batch.create_index("ix_change_log_device_bundle", ["device", "bundle_seq"])
        batch.create_index("ix_change_log_device_hlc", ["device", "hlc"], unique=True)
        batch.drop_index("ix_change_log_row")
        batch.create_index("ix_change_log_row", ["entity", "row_id", "field", "hlc"])
    op.create_table(
        "sync_peer",
        sa.Column("device", sa.String(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("device", name=op.f("pk_sync_peer")),
    )
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
    op.create_table(
        "erased_participant",
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("participant_id", name=op.f("pk_erased_participant")),
    )
    op.create_table(
        "sync_run",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("target", sa.String(), nullable=False),
        sa.Column("pushed", sa.Integer(), nullable=False),
        sa.Column("pulled", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("error", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_run")),
    )


def downgrade() -> None:
    for table in ("sync_run", "erased_participant", "conflict_version", "sync_peer"):
        op.drop_table(table)
    with op.batch_alter_table("change_log") as batch:
        batch.drop_index("ix_change_log_row")
        batch.create_index("ix_change_log_row", ["entity", "row_id", "field"])
        batch.drop_index("ix_change_log_device_hlc")
        batch.drop_index("ix_change_log_device_bundle")
        batch.drop_index("ix_change_log_participant")
        batch.drop_column("base_device")
        batch.drop_column("base_hlc")
