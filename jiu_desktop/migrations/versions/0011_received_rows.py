"""received writes that replaced nothing kept one entry per row; the view of the whole log

- ``received_row``: what another laptop wrote to one row that replaced no earlier value
  (a new row, a field filled for the first time), one entry with every field's stamp and
  value (``sync/received.py``). A joining laptop's first sync wrote one ``change_log``
  entry per field: 111,000 of them for 12,000 rows in ``make bench``'s team.
- ``log_entry``: ``change_log`` and the unpacked ``received_row`` entries together, one
  line per field, for everything that reads the log.

The entries already in ``change_log`` stay where they are: the view reads both.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

#: The view as this revision made it (``sync/received.py`` keeps the current one).
LOG_ENTRY_VIEW = """
CREATE VIEW log_entry AS
SELECT hlc, device, entity, row_id, field, value, participant_id, bundle_seq,
       base_hlc, base_device, seq
FROM change_log
UNION ALL
SELECT json_extract(f.value, '$[0]'), r.device, r.entity, r.row_id, f.key,
       json_extract(f.value, '$[1]'), r.participant_id, 0, NULL, NULL, NULL
FROM received_row r, json_each(r.fields) f
"""


def upgrade() -> None:
    op.create_table(
        "received_row",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("row_id", sa.String(), nullable=False),
        sa.Column("participant_id", sa.String(), nullable=True),
        sa.Column("lo_hlc", sa.Integer(), nullable=False),
        sa.Column("hi_hlc", sa.Integer(), nullable=False),
        sa.Column("fields", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_received_row")),
    )
    op.create_index("ix_received_row_row", "received_row", ["entity", "row_id"])
    op.create_index("ix_received_row_author", "received_row", ["device", "lo_hlc", "hi_hlc"])
    op.create_index("ix_received_row_participant", "received_row", ["participant_id"])
    op.execute(LOG_ENTRY_VIEW)


def downgrade() -> None:
    # The packed entries back into change_log, one per field (the view's lines without a
    # number are theirs).
    op.execute(
        "INSERT INTO change_log (hlc, device, entity, row_id, field, value, participant_id,"
        " bundle_seq) SELECT hlc, device, entity, row_id, field, value, participant_id, 0"
        " FROM log_entry WHERE seq IS NULL"
    )
    op.execute("DROP VIEW log_entry")
    op.drop_table("received_row")
