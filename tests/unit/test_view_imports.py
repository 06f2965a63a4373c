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


TAB_MODULES = (
    "jiu_desktop.views.participants.tabs.details",
    "jiu_desktop.views.participants.tabs.conversations",
    "jiu_desktop.views.participants.tabs.talents",
    "jiu_desktop.views.network_map.tab",
    "jiu_desktop.views.dream_tin.tab",
    "jiu_desktop.views.spiral.tab",
)


def test_each_tab_module_can_be_imported_on_its_own() -> None:
    """A tab imports ``tabs.base`` and small widgets, not the page or the other tabs: each
    one, imported first in a fresh interpreter, loads (no circular import)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for module in TAB_MODULES:
        done = subprocess.run(
            [sys.executable, "-c", f"import {module}"],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            check=False,
        )
        assert done.returncode == 0, (module, done.stderr.splitlines()[-1:])


def test_starting_the_window_does_not_load_the_printing_libraries() -> None:
    """reportlab's page layout and PDFium cost about half a second at start; they are
    loaded when something is printed (``bench.startup`` measures the start)."""
    import os
    import subprocess
    import sys

    script = (
        "import sys, jiu_desktop.views.main_window; "
        "print(sorted(m for m in ('reportlab.platypus', 'pypdfium2', 'reportlab.pdfgen.canvas')"
        " if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
