"""progress and accountability: the spiral, meetings and attendance, results and quotes

New tables ``spiral_assessment`` and ``spiral_criterion_check`` (nested under an
assessment), ``meeting`` and ``team_settings`` (team data), ``attendance``, ``outcome`` and
``quote``; new columns ``participant.referral_source`` and ``participant.left_reason`` (''),
``team_group.attendance_rule`` ('') and ``form_response.meeting_id`` (null).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _bookkeeping(name: str) -> list[sa.Column[object] | sa.Constraint]:
    return [
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    ]


def _owned(name: str) -> list[sa.Column[object] | sa.Constraint]:
    return [
        sa.Column("participant_id", sa.String(), nullable=False),
        _foreign(name, "participant_id", "participant"),
    ]


def _foreign(name: str, column: str, table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{table}.id"], name=op.f(f"fk_{name}_{column}_{table}")
    )


def _text(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.String(), nullable=False, server_default="")


def upgrade() -> None:
    op.create_table(
        "team_settings",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("spiral_step_six", sa.Boolean(), nullable=False),
        *_bookkeeping("team_settings"),
    )
    op.create_table(
        "meeting",
        sa.Column("group_id", sa.String(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.String(), nullable=False),
        sa.Column("ends_at", sa.String(), nullable=False),
        sa.Column("part", sa.String(), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("place", sa.String(), nullable=False),
        sa.Column("led_by", sa.String(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        *_bookkeeping("meeting"),
        _foreign("meeting", "group_id", "team_group"),
    )
    op.create_index("ix_meeting_group", "meeting", ["group_id", "held_on"])
    op.create_table(
        "attendance",
        sa.Column("meeting_id", sa.String(), nullable=False),
        sa.Column("presence", sa.String(), nullable=False),
        sa.Column("note_id", sa.String(), nullable=False),
        *_owned("attendance"),
        *_bookkeeping("attendance"),
        _foreign("attendance", "meeting_id", "meeting"),
    )
    op.create_index(op.f("ix_attendance_meeting_id"), "attendance", ["meeting_id"])
    op.create_index("ix_attendance_participant", "attendance", ["participant_id", "meeting_id"])
    op.create_table(
        "spiral_assessment",
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("domain", sa.String(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("together", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("coach_id", sa.String(), nullable=True),
        *_owned("spiral_assessment"),
        *_bookkeeping("spiral_assessment"),
        _foreign("spiral_assessment", "coach_id", "coach"),
    )
    op.create_index(
        "ix_spiral_assessment_participant",
        "spiral_assessment",
        ["participant_id", "domain", "assessed_on"],
    )
    op.create_table(
        "spiral_criterion_check",
        sa.Column("assessment_id", sa.String(), nullable=False),
        sa.Column("criterion", sa.String(), nullable=False),
        sa.Column("met", sa.Boolean(), nullable=False),
        *_owned("spiral_criterion_check"),
        *_bookkeeping("spiral_criterion_check"),
        _foreign("spiral_criterion_check", "assessment_id", "spiral_assessment"),
    )
    op.create_index(
        op.f("ix_spiral_criterion_check_assessment_id"),
        "spiral_criterion_check",
        ["assessment_id"],
    )
    op.create_table(
        "outcome",
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("achieved_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        *_owned("outcome"),
        *_bookkeeping("outcome"),
    )
    op.create_index(op.f("ix_outcome_participant_id"), "outcome", ["participant_id"])
    op.create_table(
        "quote",
        sa.Column("said_on", sa.Date(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("attribution", sa.String(), nullable=False),
        *_owned("quote"),
        *_bookkeeping("quote"),
    )
    op.create_index(op.f("ix_quote_participant_id"), "quote", ["participant_id"])
    op.add_column("participant", _text("referral_source"))
    op.add_column("participant", _text("left_reason"))
    op.add_column("team_group", _text("attendance_rule"))
    with op.batch_alter_table("form_response") as batch:
        batch.add_column(sa.Column("meeting_id", sa.String(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_form_response_meeting_id_meeting"), "meeting", ["meeting_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("form_response") as batch:
        batch.drop_constraint(op.f("fk_form_response_meeting_id_meeting"), type_="foreignkey")
        batch.drop_column("meeting_id")
    op.drop_column("team_group", "attendance_rule")
    op.drop_column("participant", "left_reason")
    op.drop_column("participant", "referral_source")
    for table in (
        "quote",
        "outcome",
        "spiral_criterion_check",
        "spiral_assessment",
        "attendance",
        "meeting",
        "team_settings",
    ):
        op.drop_table(table)
