"""the record as the method keeps it: intake, care workers, talents, consent on record,
team notes, group history

- New tables for six synced entities (``intake``, ``care_contact``, ``talent``,
  ``consent_record``, ``team_note``, ``group_membership``) and the local ``upgrade_step``.
- The three consent checkboxes leave the participant. What they said is not lost: every
  *ticked* box becomes a step ``0005_consent`` (participant, kind, today), and every
  participant with a group a step ``0005_membership``; the next unlock writes those as
  consent records (wording ``overgenomen``) and memberships through the ORM, so they are
  captured and sync (``services/upgrade_steps.py``). Their ids are derived from the
  participant, the kind or group and ``overgenomen``, so two laptops that both migrate
  write the same rows. An unticked box says no decision was recorded: it becomes nothing,
  which reads as "not given", as the box did.
- ``participant.group_id`` stays: the group of today, written by the membership service.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import json
from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: The checkbox columns and the consent kind each one was about.
CHECKBOXES = {
    "consent_data_kept": "gegevens_bewaren",
    "consent_contact_shared": "contact_delen",
    "consent_photos": "beeldmateriaal",
}


def _synced(name: str, *columns: sa.Column[object] | sa.Constraint) -> None:
    op.create_table(
        name,
        *columns,
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )


def _owner(name: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["participant_id"], ["participant.id"], name=op.f(f"fk_{name}_participant_id_participant")
    )


def _create_tables() -> None:
    _synced(
        "team_note",
        sa.Column("note_date", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
    )
    op.create_index(op.f("ix_team_note_note_date"), "team_note", ["note_date"], unique=False)
    op.create_table(
        "upgrade_step",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("step", sa.String(), nullable=False),
        sa.Column("payload", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_upgrade_step")),
    )
    _synced(
        "care_contact",
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("first_name", sa.String(), nullable=False),
        sa.Column("reach", sa.String(), nullable=False),
        sa.Column("subjects", sa.String(), nullable=False),
        _owner("care_contact"),
    )
    op.create_index(
        op.f("ix_care_contact_participant_id"), "care_contact", ["participant_id"], unique=False
    )
    _synced(
        "consent_record",
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("decision", sa.String(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("coach_id", sa.String(), nullable=True),
        sa.Column("wording_version", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coach_id"], ["coach.id"], name=op.f("fk_consent_record_coach_id_coach")
        ),
        _owner("consent_record"),
    )
    op.create_index(
        "ix_consent_record_participant_kind", "consent_record", ["participant_id", "kind"]
    )
    _synced(
        "group_membership",
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("group_id", sa.String(), nullable=True),
        sa.Column("from_date", sa.Date(), nullable=False),
        sa.Column("to_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"], ["team_group.id"], name=op.f("fk_group_membership_group_id_team_group")
        ),
        _owner("group_membership"),
    )
    op.create_index("ix_group_membership_group", "group_membership", ["group_id", "from_date"])
    op.create_index(
        "ix_group_membership_participant", "group_membership", ["participant_id", "from_date"]
    )
    _synced(
        "intake",
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("days_now", sa.String(), nullable=False),
        sa.Column("income", sa.String(), nullable=False),
        sa.Column("has_computer", sa.Boolean(), nullable=False),
        sa.Column("has_email", sa.Boolean(), nullable=False),
        sa.Column("social_services_permission_needed", sa.Boolean(), nullable=False),
        sa.Column("social_services_permission_given", sa.Boolean(), nullable=False),
        sa.Column("verbinder_name", sa.String(), nullable=False),
        sa.Column("verbinder_reach", sa.String(), nullable=False),
        sa.Column("parent_contact", sa.Boolean(), nullable=False),
        sa.Column("parent_who", sa.String(), nullable=False),
        sa.Column("parent_contact_allowed", sa.Boolean(), nullable=False),
        sa.Column("reach_by", sa.String(), nullable=False),
        sa.Column("coach_subjects", sa.String(), nullable=False),
        _owner("intake"),
    )
    op.create_index(op.f("ix_intake_participant_id"), "intake", ["participant_id"], unique=False)
    _synced(
        "talent",
        sa.Column("participant_id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        _owner("talent"),
    )
    op.create_index("ix_talent_participant_date", "talent", ["participant_id", "noted_on"])


def _leave_steps(bind: sa.Connection) -> None:
    """What the checkboxes and the group said, for the next unlock to write as rows."""
    today = date.today().isoformat()
    steps: list[dict[str, str]] = []
    columns = ", ".join(CHECKBOXES)
    for row in bind.execute(sa.text(f"SELECT id, group_id, {columns} FROM participant")):
        values = row._mapping
        for column, kind in CHECKBOXES.items():
            if values[column]:
                payload = {"participant_id": row.id, "kind": kind, "on": today}
                steps.append({"step": "0005_consent", "payload": json.dumps(payload)})
        if row.group_id:
            payload = {"participant_id": row.id, "group_id": row.group_id}
            steps.append({"step": "0005_membership", "payload": json.dumps(payload)})
    if steps:
        bind.execute(
            sa.text("INSERT INTO upgrade_step (step, payload) VALUES (:step, :payload)"), steps
        )


def upgrade() -> None:
    _create_tables()
    _leave_steps(op.get_bind())
    for column in CHECKBOXES:
        op.drop_column("participant", column)


def downgrade() -> None:
    for column in CHECKBOXES:
        op.add_column(
            "participant",
            sa.Column(column, sa.Boolean(), nullable=False, server_default=sa.false()),
        )
    for table in (
        "talent",
        "intake",
        "group_membership",
        "consent_record",
        "care_contact",
        "upgrade_step",
        "team_note",
    ):
        op.drop_table(table)
