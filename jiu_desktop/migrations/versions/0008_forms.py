"""reflection and evaluation forms: template versions, responses and their answers

Four synced entities and one local table, new tables only: ``form_template`` (team data),
``form_response`` and ``form_answer`` (nested under a response), ``shared_reflection``
(team data) and ``coach_reflection`` (stays on this laptop).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
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
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f(f"fk_{name}_participant_id_participant"),
        ),
    ]


def _foreign(name: str, column: str, table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{table}.id"], name=op.f(f"fk_{name}_{column}_{table}")
    )


def upgrade() -> None:
    op.create_table(
        "form_template",
        sa.Column("slug", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("definition", sa.String(), nullable=False),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("published_by", sa.String(), nullable=False),
        *_bookkeeping("form_template"),
    )
    op.create_index(op.f("ix_form_template_slug"), "form_template", ["slug"])
    op.create_table(
        "form_response",
        sa.Column("template_id", sa.String(), nullable=False),
        sa.Column("filled_on", sa.Date(), nullable=False),
        sa.Column("respondent", sa.String(), nullable=False),
        sa.Column("coach_id", sa.String(), nullable=True),
        sa.Column("from_paper", sa.Boolean(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        *_owned("form_response"),
        *_bookkeeping("form_response"),
        _foreign("form_response", "template_id", "form_template"),
        _foreign("form_response", "coach_id", "coach"),
    )
    for column in ("participant_id", "template_id", "filled_on"):
        op.create_index(op.f(f"ix_form_response_{column}"), "form_response", [column])
    op.create_table(
        "form_answer",
        sa.Column("response_id", sa.String(), nullable=False),
        sa.Column("question_key", sa.String(), nullable=False),
        sa.Column("value_text", sa.String(), nullable=False),
        sa.Column("value_json", sa.String(), nullable=False),
        *_owned("form_answer"),
        *_bookkeeping("form_answer"),
        _foreign("form_answer", "response_id", "form_response"),
    )
    for column in ("participant_id", "response_id"):
        op.create_index(op.f(f"ix_form_answer_{column}"), "form_answer", [column])
    op.create_table(
        "shared_reflection",
        sa.Column("template_id", sa.String(), nullable=False),
        sa.Column("filled_on", sa.Date(), nullable=False),
        sa.Column("coach_id", sa.String(), nullable=True),
        sa.Column("answers", sa.String(), nullable=False),
        *_bookkeeping("shared_reflection"),
        _foreign("shared_reflection", "template_id", "form_template"),
        _foreign("shared_reflection", "coach_id", "coach"),
    )
    op.create_table(
        "coach_reflection",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("template_id", sa.String(), nullable=False),
        sa.Column("filled_on", sa.Date(), nullable=False),
        sa.Column("answers", sa.String(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("shared_id", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coach_reflection")),
    )


def downgrade() -> None:
    for table in (
        "coach_reflection",
        "shared_reflection",
        "form_answer",
        "form_response",
        "form_template",
    ):
        op.drop_table(table)
