"""search index: one document per participant (names, remarks and all note text)

Also drops ix_change_log_unpublished: ix_change_log_device_bundle serves the same queries,
and every captured write paid for both.

One document per participant makes a query with several words one MATCH (the words may
come from the name and from different notes) and keeps the number of hits at most the
number of participants, which keeps search as you type fast on large profiles.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

OLD_TRIGGERS = [
    f"{t}_search_{w}"
    for t in ("participant", "session_note")
    for w in ("insert", "update", "delete")
]

BODY = """
    p.first_name || ' ' || p.last_name || ' ' || p.email || ' ' || p.remarks || ' ' ||
    coalesce((SELECT group_concat(n.text || ' ' || n.follow_up, ' ') FROM session_note n
              WHERE n.participant_id = p.id AND n.deleted = 0), '')
"""


def _rebuild(participant: str) -> str:
    """SQL that replaces the search document of one participant (an expression)."""
    return f"""
        DELETE FROM search_fts WHERE rowid =
            (SELECT fts_rowid FROM search_doc WHERE participant_id = {participant});
        INSERT OR IGNORE INTO search_doc (participant_id) VALUES ({participant});
        INSERT INTO search_fts (rowid, body)
            SELECT d.fts_rowid, {BODY}
            FROM participant p JOIN search_doc d ON d.participant_id = p.id
            WHERE p.id = {participant} AND p.deleted = 0;"""


def _trigger(name: str, event: str, body: str) -> str:
    return f"CREATE TRIGGER {name} {event} BEGIN {body} END"


SCHEMA = [
    """CREATE TABLE search_doc (
        fts_rowid INTEGER PRIMARY KEY,
        participant_id TEXT NOT NULL UNIQUE)""",
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        body, content='', contentless_delete=1,
        tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')""",
    _trigger("participant_search_insert", "AFTER INSERT ON participant", _rebuild("new.id")),
    _trigger(
        "participant_search_update",
        "AFTER UPDATE OF first_name, last_name, email, remarks, deleted ON participant",
        _rebuild("new.id"),
    ),
    _trigger(
        "participant_search_delete",
        "AFTER DELETE ON participant",
        """DELETE FROM search_fts WHERE rowid =
            (SELECT fts_rowid FROM search_doc WHERE participant_id = old.id);
        DELETE FROM search_doc WHERE participant_id = old.id;""",
    ),
    _trigger(
        "session_note_search_insert",
        "AFTER INSERT ON session_note",
        _rebuild("new.participant_id"),
    ),
    _trigger(
        "session_note_search_update",
        "AFTER UPDATE OF text, follow_up, deleted, participant_id ON session_note",
        _rebuild("old.participant_id") + _rebuild("new.participant_id"),
    ),
    _trigger(
        "session_note_search_delete",
        "AFTER DELETE ON session_note",
        _rebuild("old.participant_id"),
    ),
]


def upgrade() -> None:
    op.drop_index("ix_change_log_unpublished", table_name="change_log")
    for name in OLD_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute("DROP TABLE IF EXISTS search_doc")
    for statement in SCHEMA:
        op.execute(statement)
    op.execute(
        "INSERT INTO search_doc (participant_id) SELECT id FROM participant WHERE deleted = 0"
    )
    op.execute(
        f"INSERT INTO search_fts (rowid, body) SELECT d.fts_rowid, {BODY} "
        "FROM participant p JOIN search_doc d ON d.participant_id = p.id"
    )


def downgrade() -> None:  # pragma: no cover - restore the automatic backup instead
    raise NotImplementedError("the old search index is rebuilt by going back to a backup")
