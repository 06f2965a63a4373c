"""Every text is looked up at run time under the context lupdate files it under.

PySide's ``tr`` uses the class of the object at run time: ``form.tr(...)`` inside another
class, or ``self.tr(...)`` in a class that is subclassed, asks for a context lupdate never
wrote, and the text stays English. Such a text takes ``QCoreApplication.translate`` with
a fixed context instead.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "jiu_desktop"


def classes() -> dict[str, tuple[str, ast.ClassDef]]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                found[node.name] = (str(path.relative_to(PACKAGE)), node)
    return found


def tr_calls(node: ast.AST) -> list[ast.Call]:
    return [
        call
        for call in ast.walk(node)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "tr"
    ]


def test_tr_is_only_called_on_self() -> None:
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for call in tr_calls(ast.parse(path.read_text(encoding="utf-8"))):
            target = call.func.value  # type: ignore[attr-defined]
            if not (isinstance(target, ast.Name) and target.id == "self"):
                wrong.append(f"{path.relative_to(PACKAGE)}:{call.lineno} {ast.unparse(target)}.tr")
    assert not wrong, wrong


def test_no_class_with_tr_texts_is_subclassed() -> None:
    found = classes()
    wrong = []
    for name, (path, node) in found.items():
        for base in node.bases:
            base_name = base.id if isinstance(base, ast.Name) else None
            if base_name in found and tr_calls(found[base_name][1]):
                wrong.append(f"{path}: {name} subclasses {base_name}, whose texts use self.tr")
    assert not wrong, wrong


def translate_calls(node: ast.AST) -> list[tuple[ast.Call, list[ast.expr]]]:
    """Each ``translate(ctx, text)``, ``QCoreApplication.translate(ctx, text)`` and
    ``self.tr(text)`` call, with the arguments that must be written out."""
    found = []
    for call in ast.walk(node):
        if not isinstance(call, ast.Call):
            continue
        func = call.func
        if isinstance(func, ast.Name) and func.id == "translate":
            found.append((call, call.args[:2]))
        elif isinstance(func, ast.Attribute) and func.attr == "translate":
            if isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication":
                found.append((call, call.args[:2]))
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            found.append((call, call.args[:1]))
    return found


def literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


#: Lookups of texts written out elsewhere: the field labels marked with
#: ``QT_TRANSLATE_NOOP("fields", …)`` in the models, and Qt's own wizard buttons.
LOOKED_UP_ELSEWHERE = {("views/sync/conflict_panel.py", "fields"), ("views/wizard.py", "QWizard")}


def test_every_text_is_written_out_where_it_is_translated() -> None:
    """lupdate only finds a text written out in the call itself: a helper such as
    ``def _t(text): return translate("ctx", text)`` hides its texts, which then stay
    English without any test noticing. (``i18n.translate`` itself passes them on.)"""
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "i18n.py":
            continue
        for call, texts in translate_calls(ast.parse(path.read_text(encoding="utf-8"))):
            where = str(path.relative_to(PACKAGE))
            context = texts[0].value if texts and literal(texts[0]) else None  # type: ignore[attr-defined]
            if (where, context) in LOOKED_UP_ELSEWHERE:
                continue
            if not texts or not all(literal(arg) for arg in texts):
                wrong.append(f"{path.relative_to(PACKAGE)}:{call.lineno} {ast.unparse(call)[:90]}")
    assert not wrong, wrong
