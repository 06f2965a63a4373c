"""The search schema, generated from the declarations: the one place it is defined.

Each participant has one document in ``search_fts`` (FTS5) with two columns: ``name`` (the
participant's name) and ``body`` (the participant's other ``search`` columns, then the
``search`` columns of every row of every participant-owned entity that is not deleted,
``Synced.search``). The table keeps the text, so a hit in the body can be shown with the
words around it (``snippet()``); a hit in the name needs no such help, the name is on
screen. Triggers keep a document up to date on every write, whoever writes (a service, a
sync, an import, an erasure); an erased person's text is overwritten (``secure_delete``).

``bring_in_line`` runs at every unlock, after the migrations: it compares the tables and
triggers the declarations want with the database's (``sqlite_master``), recreates what
differs and then rebuilds every document. When nothing differs it costs one read of the
schema table. Migration 0003 created the first version by hand and keeps that as history;
a new searchable entity or field needs no migration and no trigger of its own.

Triggers of this schema are named ``<table>_search_<insert|update|delete>``.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine

from jiu_desktop.models.declaration import PARTICIPANT, synced_entities, table_of

log = logging.getLogger(__name__)

DOC_TABLE = "search_doc"
FTS_TABLE = "search_fts"
#: The index keeps the prefixes of one letter apart: a search of one letter matches most
#: words, and without it took 20 times as long (50 ms over 10,000 participants). Longer
#: prefixes are found among the words themselves within a few milliseconds; keeping those
#: of two and three letters as well made the index, and every write of a document, more
#: than twice as large (a joining laptop's search documents: 0.095 s against 0.057 s).
TABLES = {
    DOC_TABLE: """CREATE TABLE search_doc (
        fts_rowid INTEGER PRIMARY KEY,
        participant_id TEXT NOT NULL UNIQUE)""",
    FTS_TABLE: """CREATE VIRTUAL TABLE search_fts USING fts5(
        name, body, tokenize='unicode61 remove_diacritics 2', prefix='1')""",
}
#: The participant's columns that make the ``name`` column of the document.
NAME_COLUMNS = ("first_name", "last_name")
#: Between the texts of a body (no word of its own for the tokenizer), so the words around
#: a hit read as what they are: "…wil naar de stage · Gesprek over…".
SEPARATOR = " · "
EVENTS = ("insert", "update", "delete")


@dataclass(frozen=True)
class Source:
    """A table whose declared ``search`` columns feed the participant's document."""

    table: str
    #: Each column as an SQL expression on alias ``n`` (``p`` for the participant).
    values: tuple[str, ...]
    columns: tuple[str, ...]


def sources(tables: Collection[str] | None = None) -> tuple[Source, tuple[Source, ...]]:
    """The participant and the participant-owned entities with ``search`` columns (only
    those whose table exists in ``tables``, when given: an older database lacks some)."""
    participant: Source | None = None
    owned: list[Source] = []
    for cls in synced_entities():
        name, spec = cls.__tablename__, cls.sync
        if spec.owner != PARTICIPANT or (tables is not None and name not in tables):
            continue
        alias = "p" if name == "participant" else "n"
        table = table_of(cls)
        values = tuple(
            f"coalesce({alias}.{c}, '')" if table.c[c].nullable else f"{alias}.{c}"
            for c in spec.search
        )
        source = Source(name, values, tuple(spec.search))
        if name == "participant":
            participant = source
        elif spec.search:
            owned.append(source)
    if participant is None:
        raise LookupError("no participant entity is declared")
    return participant, tuple(owned)


def document_sql(tables: Collection[str] | None = None) -> str:
    """Participant ``p``'s document as two SQL expressions, ``name, body``, in the order of
    the table's columns."""
    participant, owned = sources(tables)
    pairs = list(zip(participant.columns, participant.values, strict=True))
    name = [value for column, value in pairs if column in NAME_COLUMNS]
    body = [value for column, value in pairs if column not in NAME_COLUMNS]
    for source in owned:
        body.append(
            f"coalesce((SELECT group_concat({_joined(source.values, SEPARATOR)}, "
            f"'{SEPARATOR}') FROM {source.table} n "
            "WHERE n.participant_id = p.id AND n.deleted = 0), '')"
        )
    return f"{_joined(name, ' ')}, {_joined(body, SEPARATOR)}"


def _joined(parts: Sequence[str], separator: str) -> str:
    return f" || '{separator}' || ".join(parts) if parts else "''"


def _rebuild(participant: str, body: str) -> str:
    """SQL that replaces the document of one participant (an SQL expression); ``body`` is
    the document's columns (:func:`document_sql`)."""
    return f"""
        DELETE FROM search_fts WHERE rowid =
            (SELECT fts_rowid FROM search_doc WHERE participant_id = {participant});
        INSERT OR IGNORE INTO search_doc (participant_id) VALUES ({participant});
        INSERT INTO search_fts (rowid, name, body)
            SELECT d.fts_rowid, {body}
            FROM participant p JOIN search_doc d ON d.participant_id = p.id
            WHERE p.id = {participant} AND p.deleted = 0;"""


def _trigger(table: str, event: str, on: str, body: str) -> tuple[str, str]:
    name = f"{table}_search_{event}"
    return name, f"CREATE TRIGGER {name} {on} BEGIN {body} END"


FORGET = """DELETE FROM search_fts WHERE rowid =
            (SELECT fts_rowid FROM search_doc WHERE participant_id = old.id);
        DELETE FROM search_doc WHERE participant_id = old.id;"""


def wanted_triggers(tables: Collection[str] | None = None) -> dict[str, str]:
    """Every search trigger the declarations call for, by name, as its CREATE statement."""
    participant, owned = sources(tables)
    body = document_sql(tables)
    watched = ", ".join((*participant.columns, "deleted"))
    triggers = [
        _trigger("participant", "insert", "AFTER INSERT ON participant", _rebuild("new.id", body)),
        _trigger(
            "participant",
            "update",
            f"AFTER UPDATE OF {watched} ON participant",
            _rebuild("new.id", body),
        ),
        _trigger("participant", "delete", "AFTER DELETE ON participant", FORGET),
    ]
    for source in owned:
        t, old, new = source.table, "old.participant_id", "new.participant_id"
        watched = ", ".join((*source.columns, "deleted", "participant_id"))
        triggers += [
            _trigger(t, "insert", f"AFTER INSERT ON {t}", _rebuild(new, body)),
            _trigger(
                t,
                "update",
                f"AFTER UPDATE OF {watched} ON {t}",
                _rebuild(old, body) + _rebuild(new, body),
            ),
            _trigger(t, "delete", f"AFTER DELETE ON {t}", _rebuild(old, body)),
        ]
    return dict(triggers)


def _same(a: str | None, b: str) -> bool:
    """Equal up to layout (sqlite_master keeps a statement as it was written)."""
    return a is not None and a.split() == b.split()


def _is_search_trigger(name: str) -> bool:
    return any(name.endswith(f"_search_{event}") for event in EVENTS)


def bring_in_line(engine: Engine) -> bool:
    """Make the database's search schema the declared one; True when it had to change
    (and every document was rebuilt). Run after the migrations."""
    with engine.begin() as conn:
        return bring_in_line_on(conn)


def bring_in_line_on(conn: Connection) -> bool:
    rows = conn.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')"
    ).all()
    tables = {name: sql for kind, name, sql in rows if kind == "table"}
    if "participant" not in tables:
        return False  # not migrated: nothing to index yet
    present = {n: sql for kind, n, sql in rows if kind == "trigger" and _is_search_trigger(n)}
    wanted = wanted_triggers(tables)
    same_tables = all(_same(tables.get(name), sql) for name, sql in TABLES.items())
    if same_tables:
        drop = [n for n, sql in present.items() if not _same(sql, wanted.get(n, ""))]
        create = [n for n in wanted if n not in present or n in drop]
    else:
        drop, create = list(present), list(wanted)
    if not drop and not create:
        return False
    for name in drop:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    if not same_tables:
        for name in (FTS_TABLE, DOC_TABLE):
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")
        for sql in TABLES.values():
            conn.exec_driver_sql(sql)
    for name in create:
        conn.exec_driver_sql(wanted[name])
    rebuild_all(conn, tables)
    log.info("search schema brought in line with the declarations; documents rebuilt")
    return True


def rebuild_all(conn: Connection, tables: Collection[str] | None = None) -> None:
    """Every document again from the rows (one per participant that is not deleted). The
    index is made anew: emptying it row by row would read every document first."""
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    conn.exec_driver_sql(TABLES[FTS_TABLE])
    conn.exec_driver_sql("DELETE FROM search_doc")
    conn.exec_driver_sql(
        "INSERT INTO search_doc (participant_id) SELECT id FROM participant WHERE deleted = 0"
    )
    conn.exec_driver_sql(
        f"INSERT INTO search_fts (rowid, name, body) SELECT d.fts_rowid, {document_sql(tables)} "
        "FROM participant p JOIN search_doc d ON d.participant_id = p.id"
    )
