"""outgoing bundles as ranges of the change log; smaller indexes for received changes

- A change this laptop sends keeps ``change_log.bundle_seq`` NULL; which of its outgoing
  bundles carries it is a range of the log, one row in the new table ``bundle_range``
  (bundle N carries the NULL entries numbered above bundle N-1's ``last_seq``, up to its
  own). Numbering a first push of 111,000 changes no longer rewrites every entry, and
  received changes (``bundle_seq`` 0) no longer fill an index only sent ones need.
- ``ix_change_log_device_bundle`` makes way for ``ix_change_log_sending`` (the entries
  that go out, by number); ``ix_change_log_base`` keeps only entries that replaced a value
  (a new row's first writes name no base, and the index is only asked for a base).

Every bundle's entries were numbered as one stretch of the log, in the order they were
written, so the highest entry of each bundle is its range's end.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bundle_range",
        sa.Column("bundle_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_seq", name=op.f("pk_bundle_range")),
    )
    op.execute(
        "INSERT INTO bundle_range (bundle_seq, last_seq)"
        " SELECT bundle_seq, max(seq) FROM change_log WHERE bundle_seq > 0 GROUP BY bundle_seq"
    )
    op.execute("UPDATE change_log SET bundle_seq = NULL WHERE bundle_seq > 0")
    op.drop_index("ix_change_log_device_bundle", table_name="change_log")
    op.drop_index("ix_change_log_base", table_name="change_log")
    op.create_index(
        "ix_change_log_sending",
        "change_log",
        ["seq"],
        sqlite_where=sa.text("bundle_seq IS NULL"),
    )
    op.create_index(
        "ix_change_log_base",
        "change_log",
        ["base_device", "base_hlc"],
        sqlite_where=sa.text("base_hlc IS NOT NULL"),
    )


def downgrade() -> None:
    op.execute(
        "UPDATE change_log SET bundle_seq = (SELECT min(r.bundle_seq) FROM bundle_range r"
        " WHERE r.last_seq >= change_log.seq) WHERE bundle_seq IS NULL"
    )
    op.drop_index("ix_change_log_base", table_name="change_log")
    op.drop_index("ix_change_log_sending", table_name="change_log")
    op.create_index("ix_change_log_base", "change_log", ["base_device", "base_hlc"])
    op.create_index("ix_change_log_device_bundle", "change_log", ["device", "bundle_seq"])
    op.drop_table("bundle_range")
