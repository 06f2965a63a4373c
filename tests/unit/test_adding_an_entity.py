"""The path for a new synced entity (docs/adding-an-entity.md) is guarded by tests."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy.orm import Session

from jiu_desktop.models import SYNCED_ENTITIES, SyncEntity, check_declarations

ROOT = Path(__file__).resolve().parents[2]


def test_every_synced_entity_is_declared_by_the_rules() -> None:
    assert check_declarations() == []
    assert len(SYNCED_ENTITIES) >= 6


def test_an_undeclared_entity_is_reported() -> None:
    code = (
        "from sqlalchemy.orm import Mapped, mapped_column\n"
        "from jiu_desktop.models import SyncEntity, check_declarations\n"
        "class Forgotten(SyncEntity):\n"
        "    __tablename__ = 'zz_forgotten'\n"
        "    name: Mapped[str] = mapped_column(default='')\n"
        "print(check_declarations())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    assert "Forgotten has no `sync = Synced(...)` declaration" in out


def test_no_service_imports_a_model_list_by_hand() -> None:
    """Services and sync read the declarations, not their own lists of models."""
    for folder in ("services", "sync"):
        for path in (ROOT / "jiu_desktop" / folder).rglob("*.py"):
            tree = ast.parse(path.read_text())
            for node in ast.walk(tree):
                if isinstance(node, ast.Tuple) and len(node.elts) >= 3:
                    names = {getattr(e, "id", None) for e in node.elts}
                    models = {c.__name__ for c in SYNCED_ENTITIES}
                    assert len(names & models) < 3, f"{path.name}: a hand-kept list of models"


def test_a_throwaway_nested_pair_goes_the_whole_way() -> None:
    checks = ROOT / "tests" / "platform" / "entity_path_checks.py"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(checks)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "failed" not in result.stdout


def test_sync_entity_subclasses_are_all_known() -> None:
    assert all(isinstance(cls.sync.export, str) for cls in SYNCED_ENTITIES)
    assert SyncEntity not in SYNCED_ENTITIES


def _minimal_row(
    cls: type[SyncEntity], participant_id: str, session: Session | None = None, **values: object
) -> SyncEntity:
    """A row with every required column filled, for entities of any kind (a nested one's
    parent row is made too, in ``session``)."""
    from datetime import date

    from sqlalchemy import Boolean, Date, String

    from jiu_desktop.models.declaration import by_table, table_of

    fields: dict[str, object] = {}
    for column in table_of(cls).columns:
        if column.nullable or column.default is not None or column.primary_key:
            continue
        if column.name == "participant_id":
            fields[column.name] = participant_id
        elif column.foreign_keys and session is not None:
            parent_table = next(iter(column.foreign_keys)).column.table.name
            parent = _minimal_row(by_table()[parent_table], participant_id, session)
            session.add(parent)
            session.flush()
            fields[column.name] = parent.id
        elif isinstance(column.type, Date):
            fields[column.name] = date(2026, 12, 1)
        elif isinstance(column.type, Boolean):
            fields[column.name] = False
        elif isinstance(column.type, String):
            fields[column.name] = "x"
    return cls(**{**fields, **values})


def test_every_declared_search_field_is_found_by_search(store) -> None:  # type: ignore[no-untyped-def]
    """What the declarations call searchable is searchable (``services/search_schema.py``
    makes the triggers from them; ``tests/unit/test_search_schema.py`` checks them)."""
    from jiu_desktop.models import Participant
    from jiu_desktop.services import participants

    checked = 0
    for cls in SYNCED_ENTITIES:
        for name in cls.sync.search:
            marker = f"zoekwoord{checked}qx"
            person = participants.create_participant(store, first_name=f"P{checked}")
            with store.session() as session:
                if cls is Participant:
                    row = session.get(Participant, person.id)
                    setattr(row, name, marker)
                else:
                    session.add(_minimal_row(cls, person.id, session, **{name: marker}))
            found = [r.id for r in participants.list_participants(store, query=marker)]
            assert found == [person.id], (cls.__tablename__, name)
            checked += 1
    assert checked >= 5
