"""the dream tin: dreams and their steps (fresh resolutions with a best-before date)

Two synced entities, new tables only: ``dream`` and ``dream_step`` (nested under a dream).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _synced(name: str, *columns: sa.Column[object] | sa.Constraint) -> None:
    op.create_table(
        name,
        sa.Column("participant_id", sa.String(), nullable=False),
        *columns,
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f(f"fk_{name}_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )
    op.create_index(op.f(f"ix_{name}_participant_id"), name, ["participant_id"])


def upgrade() -> None:
    _synced(
        "dream",
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("life_domain", sa.String(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("share_with_group", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
    )
    _synced(
        "dream_step",
        sa.Column("dream_id", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("best_before", sa.Date(), nullable=True),
        sa.Column("helper_lineage_id", sa.String(), nullable=False),
        sa.Column("helper_text", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=True),
        sa.Column("reflection", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dream_id"], ["dream.id"], name=op.f("fk_dream_step_dream_id_dream")
        ),
    )
    op.create_index(op.f("ix_dream_step_dream_id"), "dream_step", ["dream_id"])
    op.create_index(op.f("ix_dream_step_best_before"), "dream_step", ["best_before"])


def downgrade() -> None:
    for table in ("dream_step", "dream"):
        op.drop_table(table)
