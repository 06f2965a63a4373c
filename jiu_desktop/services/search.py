"""Search as you type: one FTS5 prefix query over each participant's search document (their
names and remarks, and every declared ``search`` field of what they own: note text, and
so on). ``services/search_schema.py`` defines that document and the triggers keeping it."""

from __future__ import annotations

import re

from sqlalchemy import Select, column, select, text

TOKEN = re.compile(r"\w+", re.UNICODE)
MATCHING = (
    "SELECT d.participant_id FROM search_doc d WHERE d.fts_rowid IN "
    "(SELECT rowid FROM search_fts WHERE search_fts MATCH :query)"
)


def tokens(query: str) -> list[str]:
    return TOKEN.findall(query.lower())


def match_expression(query: str) -> str | None:
    """Every typed word as a quoted prefix, all required: ``"noor"* "werk"*``."""
    words = list(dict.fromkeys(tokens(query)))
    if not words:
        return None
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def matching_ids(query: str) -> Select[tuple[str]] | None:
    """A subquery of the ids of matching participants; None when nothing was typed."""
    expression = match_expression(query)
    if expression is None:
        return None
    found = text(MATCHING).bindparams(query=expression).columns(column("participant_id"))
    return select(found.subquery().c.participant_id)
