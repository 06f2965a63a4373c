"""Search as you type: FTS5 prefix queries over participant names, remarks and note text."""

from __future__ import annotations

import re

from sqlalchemy import Select, text
from sqlalchemy.orm import Session

TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(query: str) -> list[str]:
    return TOKEN.findall(query.lower())


def matching_participant_ids(session: Session, query: str) -> set[str] | None:
    """Ids of participants where every typed word starts a word in their name, remarks or
    any of their notes (words may come from different notes). None when nothing was typed."""
    words = tokens(query)
    if not words:
        return None
    parts = []
    params: dict[str, str] = {}
    for i, word in enumerate(dict.fromkeys(words)):
        params[f"w{i}"] = '"' + word.replace('"', '""') + '"*'
        parts.append(
            "SELECT d.participant_id FROM search_fts f JOIN search_doc d "
            f"ON d.fts_rowid = f.rowid WHERE search_fts MATCH :w{i}"
        )
    rows = session.execute(text(" INTERSECT ".join(parts)), params).scalars()
    return set(rows)


def restrict(stmt: Select[tuple[str]], ids: set[str] | None, column: object) -> object:
    return stmt if ids is None else stmt.where(column.in_(ids))  # type: ignore[attr-defined]
