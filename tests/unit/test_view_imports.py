"""Views reach the models only through ``views/labels.py``, so the codes and their labels
stay in one place and the layers keep pointing down (views → services → models)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VIEWS = ROOT / "jiu_desktop" / "views"
DOOR = VIEWS / "labels.py"


def imported_modules(source: str, package: str) -> list[str]:
    """Every module (and imported name) the imports in ``source`` name, relative ones
    resolved against ``package``; imports inside functions count too."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parent = parts[: len(parts) - node.level + 1]
                base = ".".join([*parent, *([base] if base else [])])
            found.append(base)
            found += [f"{base}.{alias.name}" for alias in node.names]
    return found


def touches_models(module: str) -> bool:
    return module == "jiu_desktop.models" or module.startswith("jiu_desktop.models.")


def test_no_view_but_labels_imports_the_models() -> None:
    offenders: dict[str, list[str]] = {}
    for path in sorted(VIEWS.rglob("*.py")):
        if path == DOOR:
            continue
        package = ".".join(path.relative_to(ROOT).parent.parts)
        modules = imported_modules(path.read_text(encoding="utf-8"), package)
        if hits := sorted({m for m in modules if touches_models(m)}):
            offenders[str(path.relative_to(ROOT))] = hits
    assert not offenders, f"import these through jiu_desktop/views/labels.py: {offenders}"


def test_the_check_sees_every_way_of_importing() -> None:
    source = (
        "import jiu_desktop.models.notes\n"
        "from jiu_desktop import models\n"
        "from jiu_desktop.services import participants\n"
        "def later():\n"
        "    from ....models import Participant\n"
    )
    modules = imported_modules(source, "jiu_desktop.views.participants.tabs")
    assert [m for m in modules if touches_models(m)] == [
        "jiu_desktop.models.notes",
        "jiu_desktop.models",
        "jiu_desktop.models",
        "jiu_desktop.models.Participant",
    ]
