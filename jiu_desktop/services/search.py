"""Search as you type: one FTS5 prefix query over each participant's search document (their
names and remarks, and every declared ``search`` field of what they own: note text, and
so on). ``services/search_schema.py`` defines that document and the triggers keeping it.

A participant found through their text rather than their name is shown with the words
around the hit (:func:`snippets`), so the coach sees why they are in the list."""

from __future__ import annotations

import re
from collections.abc import Collection

from sqlalchemy import Select, bindparam, column, select, text

from jiu_desktop.db.store import Store
from jiu_desktop.services.search_schema import SEPARATOR

TOKEN = re.compile(r"\w+", re.UNICODE)
MATCHING = (
    "SELECT d.participant_id FROM search_doc d WHERE d.fts_rowid IN "
    "(SELECT rowid FROM search_fts WHERE search_fts MATCH :query)"
)
#: What marks a hit in a snippet (characters no typed text holds).
HIT_START, HIT_END = "\x02", "\x03"
#: About this many words around the hits.
SNIPPET_WORDS = 10
SNIPPETS = text(
    "SELECT d.participant_id, snippet(search_fts, 1, :start, :end, '…', :words) "
    "FROM search_doc d JOIN search_fts ON search_fts.rowid = d.fts_rowid "
    "WHERE d.participant_id IN :ids AND search_fts MATCH :query"
).bindparams(bindparam("ids", expanding=True))
#: Participants per snippet query (a screenful is far fewer).
CHUNK = 500


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


def snippets(store: Store, query: str, participant_ids: Collection[str]) -> dict[str, str]:
    """The words around the hits, for those of ``participant_ids`` the query finds in their
    text (notes, remarks, …) and not in their name alone: "…gesprek over de \\x02stage\\x03
    bij…", each hit between :data:`HIT_START` and :data:`HIT_END`. A participant whose
    name holds every typed word gets none: the name is on screen already."""
    expression = match_expression(query)
    ids = list(dict.fromkeys(participant_ids))
    if expression is None or not ids:
        return {}
    through_text = f"({expression}) NOT name : ({expression})"
    found: dict[str, str] = {}
    with store.engine.connect() as conn:
        for start in range(0, len(ids), CHUNK):
            rows = conn.execute(
                SNIPPETS,
                {
                    "ids": ids[start : start + CHUNK],
                    "query": through_text,
                    "start": HIT_START,
                    "end": HIT_END,
                    "words": SNIPPET_WORDS,
                },
            )
            found.update((pid, _tidy(snippet)) for pid, snippet in rows if snippet)
    return {pid: snippet for pid, snippet in found.items() if HIT_START in snippet}


def _tidy(snippet: str) -> str:
    """One line, and one separator where empty texts left several (no email, no remarks)."""
    mark = SEPARATOR.strip()
    lines = " ".join(snippet.split())
    return re.sub(rf"(?:\s*{re.escape(mark)})+\s*", SEPARATOR, lines).strip(f" {mark}")


def plain(snippet: str) -> str:
    """The snippet without its hit marks."""
    return snippet.replace(HIT_START, "").replace(HIT_END, "")
