"""The templates that come with the app: every ``resources/forms/*.json`` (the schema lives
in the ``schema/`` folder beside them).

A broken file must not take the other forms with it: it is left out and named in
``problems`` (with the place of the problem), and the rest load as usual.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jiu_desktop.i18n import translate
from jiu_desktop.paths import RESOURCES
from jiu_desktop.services.form_check import check_file
from jiu_desktop.services.form_definition import FormDefinition
from jiu_desktop.services.form_schema import shown

FORMS = RESOURCES / "forms"


@dataclass(frozen=True)
class BuiltinTemplates:
    #: By title, then slug.
    templates: tuple[FormDefinition, ...]
    #: One line per problem of a file that was left out, naming the file and the place.
    problems: list[str]

    def get(self, slug: str) -> FormDefinition | None:
        return next((t for t in self.templates if t.slug == slug), None)


def builtin_templates(directory: Path | None = None) -> BuiltinTemplates:
    """The templates in ``directory`` (default: the app's own, read once per run)."""
    return _cached(FORMS) if directory is None else load_templates(directory)


@cache
def _cached(directory: Path) -> BuiltinTemplates:
    return load_templates(directory)


def load_templates(directory: Path) -> BuiltinTemplates:
    templates: list[FormDefinition] = []
    problems: list[str] = []
    for path in sorted(directory.glob("*.json")):
        try:
            result = check_file(path, path.name)
        except OSError as error:
            detail = error.strerror or str(error)
            message = translate("forms", "could not be read ({detail})").format(detail=detail)
            problems.append(f"{path.name}: {message}")
            continue
        problems.extend(result.errors)
        definition = result.definition
        if definition is None:
            continue
        if definition.slug != path.stem:
            message = translate(
                "forms", "{value} is not the file name (a built-in template is <slug>.json)"
            )
            problems.append(f"{path.name}: slug: " + message.format(value=shown(definition.slug)))
            continue
        templates.append(definition)
    templates.sort(key=lambda t: (t.title.casefold(), t.slug))
    return BuiltinTemplates(tuple(templates), problems)
