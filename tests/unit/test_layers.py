"""Who may write what: only ``sync/`` writes the change log and the clock; and who may
import whom: the infrastructure does not reach up into the services or the views."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.test_view_imports import imported_modules

ROOT = Path(__file__).resolve().parents[2] / "jiu_desktop"
WRITES = re.compile(
    r"(insert|update|delete)\(\s*(ChangeLogEntry|ReceivedRow)|CLOCK_KEY|hlc_last"
    r"|(INSERT( OR \w+)? INTO|UPDATE|DELETE FROM) (change_log|received_row)\b",
    re.IGNORECASE,
)


def test_only_sync_writes_the_change_log_and_the_clock() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in ROOT.rglob("*.py")
        if path.parts[len(ROOT.parts)] not in ("sync", "migrations")
        and WRITES.search(path.read_text())
    ]
    assert offenders == []


#: What each lower package may import of the program besides itself, the error types, the
#: translation helper and where the program's files are (``paths``): the layers point down,
#: views → services → db → sync / models / vault.
BELOW: dict[str, tuple[str, ...]] = {
    "vault": (),
    "models": (),
    "sync": ("models", "vault"),
    "db": ("models", "sync", "vault"),
    "services": ("models", "sync", "vault", "db", "printing"),
}


def reaches_up(package: str, module: str) -> bool:
    if not module.startswith("jiu_desktop."):
        return False
    top = module.split(".")[1]
    return top not in (package, "errors", "i18n", "paths", "__version__", *BELOW[package])


def upward_imports(package: str) -> dict[str, list[str]]:
    offenders: dict[str, list[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        dotted = ".".join(("jiu_desktop", *path.relative_to(ROOT).parent.parts))
        modules = imported_modules(path.read_text(encoding="utf-8"), dotted)
        if hits := sorted({m for m in modules if reaches_up(package, m)}):
            offenders[str(path.relative_to(ROOT))] = hits
    return offenders


def test_the_lower_layers_do_not_import_the_ones_above() -> None:
    offenders = {package: upward_imports(package) for package in BELOW}
    assert offenders == {package: {} for package in BELOW}


def test_an_upward_import_is_seen() -> None:
    assert reaches_up("vault", "jiu_desktop.db.store")
    assert reaches_up("db", "jiu_desktop.services.changes")
    assert not reaches_up("db", "jiu_desktop.sync.identity")
    assert not reaches_up("vault", "jiu_desktop.vault.engine")


def test_entity_modules_evaluate_their_annotations_as_the_classes_are_made() -> None:
    """Postponed annotations (``from __future__ import annotations``) make every
    ``Mapped[...]`` a string SQLAlchemy parses and evaluates itself, at every start
    (``models/__init__.py``); the declaration module has no mapped classes."""
    postponed = [
        path.name
        for path in (ROOT / "models").glob("*.py")
        if path.name != "declaration.py"
        and "from __future__ import annotations" in path.read_text()
    ]
    assert postponed == []
