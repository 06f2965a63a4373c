"""the network map: versions, the persons on them (with their line to the middle), and
the steps to improve a connection

Three synced entities, new tables only: ``network_map``, ``map_person`` (nested under a
map) and ``improvement_step`` (the participant's, keyed by the person across versions).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
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


def upgrade() -> None:
    _synced(
        "network_map",
        sa.Column("drawn_on", sa.Date(), nullable=False),
        sa.Column("coach_id", sa.String(), nullable=True),
        sa.Column("backdrop", sa.Boolean(), nullable=False),
        sa.Column("copied_from", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coach_id"], ["coach.id"], name=op.f("fk_network_map_coach_id_coach")
        ),
    )
    op.create_index("ix_network_map_participant", "network_map", ["participant_id", "drawn_on"])
    _synced(
        "map_person",
        sa.Column("map_id", sa.String(), nullable=False),
        sa.Column("person_key", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("annotations", sa.String(), nullable=False),
        sa.Column("own_words", sa.String(), nullable=False),
        sa.Column("coach_note", sa.String(), nullable=False),
        sa.Column("position", sa.String(), nullable=False),
        sa.Column("strength", sa.Integer(), nullable=False),
        sa.Column("trust", sa.String(), nullable=False),
        sa.Column("improve", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["map_id"], ["network_map.id"], name=op.f("fk_map_person_map_id_network_map")
        ),
    )
    op.create_index(op.f("ix_map_person_map_id"), "map_person", ["map_id"])
    op.create_index(op.f("ix_map_person_participant_id"), "map_person", ["participant_id"])
    _synced(
        "improvement_step",
        sa.Column("person_key", sa.String(), nullable=False),
        sa.Column("what", sa.String(), nullable=False),
        sa.Column("with_whom", sa.String(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("feedback", sa.String(), nullable=False),
        sa.Column("feedback_on", sa.Date(), nullable=True),
    )
    op.create_index(
        "ix_improvement_step_participant", "improvement_step", ["participant_id", "person_key"]
    )


def downgrade() -> None:
    for table in ("improvement_step", "map_person", "network_map"):
        op.drop_table(table)
