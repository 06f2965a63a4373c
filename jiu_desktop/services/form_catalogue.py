"""The form templates a coach can choose from: the built-in ones in ``resources/forms``
and the team's own versions in the database; drafts, copies and publishing.

Listing never writes: a built-in template gets its database row only when a response to
it is stored (``template_row``), under the id ``"<slug>@<version>"``, so two laptops that
do that offline write one row. A draft is edited freely; *publishing* writes a new,
immutable version (the draft stays a draft, for the next version). Two coordinators who
publish "version 2" offline each write their own row: both are listed, each with who
published it ("v2 (Sanne)", "v2 (Henk)"), and the newest is the default.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jiu_desktop.db.store import Store
from jiu_desktop.errors import InvalidInput, NotFound
from jiu_desktop.i18n import translate
from jiu_desktop.models import FormResponse, FormTemplate, SharedReflection
from jiu_desktop.models.base import utc_now
from jiu_desktop.models.forms import builtin_template_id
from jiu_desktop.services.changes import Added, Changes, added, written
from jiu_desktop.services.form_builtin import builtin_templates
from jiu_desktop.services.form_check import check_text
from jiu_desktop.services.form_definition import (
    DEFAULT_LINES,
    FormDefinition,
    FormSection,
    Question,
    parse_definition,
    to_json,
)

BUILTIN, OWN = "ingebouwd", "eigen"


@dataclass(frozen=True)
class TemplateVersion:
    """One version of a template, as the lists and the renderers use it."""

    id: str
    definition: FormDefinition
    source: str
    published: bool = True
    published_by: str = ""
    #: When this version was published (a built-in one: None).
    published_on: datetime | None = None

    @property
    def slug(self) -> str:
        return self.definition.slug

    @property
    def version(self) -> int:
        return self.definition.version

    @property
    def title(self) -> str:
        return self.definition.title


@dataclass(frozen=True)
class Catalogue:
    #: Every published version, by title then version (newest last).
    versions: tuple[TemplateVersion, ...]
    #: Built-in files that could not be read, each named with its place.
    problems: tuple[str, ...] = ()

    def latest(self) -> tuple[TemplateVersion, ...]:
        """The newest version of every template, by title: what a coach chooses from."""
        newest: dict[str, TemplateVersion] = {}
        for found in self.versions:
            newest[found.slug] = found  # versions are in order: the last one wins
        return tuple(sorted(newest.values(), key=lambda t: (t.title.casefold(), t.slug)))

    def of(self, slug: str) -> tuple[TemplateVersion, ...]:
        return tuple(t for t in self.versions if t.slug == slug)

    def get(self, template_id: str) -> TemplateVersion:
        for found in self.versions:
            if found.id == template_id:
                return found
        raise NotFound(translate("forms", "Form"), template_id)

    def labels(self) -> dict[str, str]:
        """A short name per version id: "v2", or "v2 (Sanne)" when two versions share a
        number."""
        counts: dict[tuple[str, int], int] = {}
        for found in self.versions:
            counts[(found.slug, found.version)] = counts.get((found.slug, found.version), 0) + 1
        labels = {}
        for found in self.versions:
            label = translate("forms", "v{version}").format(version=found.version)
            if counts[(found.slug, found.version)] > 1 and found.published_by:
                label = translate("forms", "{version} ({name})").format(
                    version=label, name=found.published_by
                )
            labels[found.id] = label
        return labels


def _order(found: TemplateVersion) -> tuple[str, int, datetime, str]:
    return (found.slug, found.version, found.published_on or datetime.min, found.id)


def row_definition(row: FormTemplate) -> FormDefinition | None:
    """The row's template, or None when this version cannot read it (written by a newer
    JIU Desktop, or damaged): callers leave it out or say so, they do not crash. The row's
    own name and number count (the columns are what sync merges)."""
    try:
        definition = parse_definition(json.loads(row.definition))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return replace(definition, slug=row.slug, version=row.version)


def _from_row(row: FormTemplate) -> TemplateVersion | None:
    definition = row_definition(row)
    if definition is None:
        return None
    return TemplateVersion(
        row.id,
        definition,
        row.source,
        row.published,
        row.published_by,
        row.created_at if row.source == OWN else None,
    )


def catalogue(store: Store) -> Catalogue:
    """Every published template version: built in and the team's own. Only reads."""
    shipped = builtin_templates()
    found = {builtin_template_id(d.slug, d.version): d for d in shipped.templates}
    versions = [TemplateVersion(ident, d, BUILTIN) for ident, d in found.items()]
    with store.session() as session:
        rows = session.scalars(
            select(FormTemplate).where(
                FormTemplate.deleted.is_(False), FormTemplate.published.is_(True)
            )
        ).all()
        for row in rows:
            if row.id in found:
                continue  # a built-in version's row: the file says the same
            version = _from_row(row)
            if version is not None:
                versions.append(version)
    ordered = sorted(versions, key=_order)
    by_slug: dict[str, str] = {}
    for version in ordered:
        by_slug[version.slug] = version.title  # the newest title names the template
    ordered.sort(key=lambda t: (by_slug[t.slug].casefold(), *_order(t)))
    return Catalogue(tuple(ordered), tuple(shipped.problems))


def get_template(store: Store, template_id: str) -> TemplateVersion:
    """One version, published or a draft, from the database or the built-in files."""
    with store.session() as session:
        row = session.get(FormTemplate, template_id)
        if row is not None and not row.deleted:
            version = _from_row(row)
            if version is not None:
                return version
    return catalogue(store).get(template_id)


def template_row(session: Session, template_id: str) -> FormTemplate:
    """The database row of a published version, written now for a built-in version that
    has none yet (the same row on every laptop). NotFound for a draft or an unknown id."""
    row = session.get(FormTemplate, template_id)
    if row is not None and not row.deleted and row.published:
        return row
    for definition in builtin_templates().templates:
        if builtin_template_id(definition.slug, definition.version) == template_id:
            if row is None:
                row = FormTemplate(
                    id=template_id,
                    slug=definition.slug,
                    version=definition.version,
                    title=definition.title,
                    definition=to_json(definition),
                    published=True,
                    source=BUILTIN,
                )
                session.add(row)
            else:
                row.deleted = False
            session.flush()  # before the rows that refer to it (no relationship orders them)
            return row
    raise NotFound(translate("forms", "Form"), template_id)


# -- drafts and publishing ------------------------------------------------------------------
def drafts(store: Store) -> list[TemplateVersion]:
    with store.session() as session:
        rows = session.scalars(
            select(FormTemplate)
            .where(FormTemplate.deleted.is_(False), FormTemplate.published.is_(False))
            .order_by(FormTemplate.title, FormTemplate.id)
        ).all()
        return [v for v in (_from_row(row) for row in rows) if v is not None]


def slug_for(title: str, taken: set[str]) -> str:
    """A template name from its title: ``"Terugblik week 3"`` → ``terugblik-week-3``."""
    base = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-") or "formulier"
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


#: A question key made from its text keeps this many words: readable, and short.
KEY_WORDS = 5
KEY_LENGTH = 40


def question_key(text: str, taken: set[str]) -> str:
    """A key for a new question (or option) from its text, not in ``taken``: ``"Hoe ging
    het vandaag?"`` → ``hoe-ging-het-vandaag``. It is made once, when the question is
    added, and kept when the text changes later: answers of every version join on it."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    words = re.sub(r"[^a-z0-9]+", " ", plain).split()[:KEY_WORDS]
    base = "-".join(words)[:KEY_LENGTH].strip("-") or "vraag"
    key, number = base, 2
    while key in taken:
        key, number = f"{base}-{number}", number + 1
    return key


def keys_in_use(store: Store, slug: str) -> set[str]:
    """Every question key any version or draft of the template ``slug`` has or had: a new
    question never takes the key of one that was removed, so old answers stay its own."""
    found = [t.definition for t in catalogue(store).of(slug)]
    found += [t.definition for t in drafts(store) if t.slug == slug]
    return {q.key for definition in found for q in definition.questions()}


def _taken_slugs(store: Store) -> set[str]:
    with store.session() as session:
        own = set(session.scalars(select(FormTemplate.slug)).all())
    return own | {d.slug for d in builtin_templates().templates}


def _checked(definition: FormDefinition) -> FormDefinition:
    """The definition when it passes the template checks; InvalidInput naming the first
    problem otherwise (a draft may be unfinished, but never malformed)."""
    result = check_text(to_json(definition), definition.title or definition.slug)
    if result.errors:
        raise InvalidInput(result.errors[0])
    return definition


def new_draft(store: Store, base_id: str | None = None, *, title: str = "") -> Added[FormTemplate]:
    """A draft: a copy of ``base_id`` under a new name (its questions and keys), or a
    new empty form. See ``next_version_draft`` for the next version of one template."""
    taken = _taken_slugs(store)
    if base_id is not None:
        base = get_template(store, base_id).definition
        name = title or translate("forms", "{title} (copy)").format(title=base.title)
        definition = replace(base, slug=slug_for(name, taken), version=1, title=name)
    else:
        name = title or translate("forms", "New form")
        definition = _first_draft(slug_for(name, taken), name)
    return _add_draft(store, definition)


def _first_draft(slug: str, title: str) -> FormDefinition:
    """A new form: one part with one open question, to change from there."""
    question = Question(
        "vraag-1", "open", translate("forms", "What went well?"), lines=DEFAULT_LINES
    )
    section = FormSection(translate("forms", "Part 1"), questions=(question,))
    return FormDefinition(slug, 1, title, sections=(section,))


def next_version_draft(store: Store, template_id: str) -> Added[FormTemplate]:
    """A draft of the next version of the template ``template_id`` is a version of: the
    same name and question keys, so answers to both versions line up in the growth chart."""
    base = get_template(store, template_id).definition
    highest = max(
        [t.version for t in catalogue(store).of(base.slug)]
        + [t.version for t in drafts(store) if t.slug == base.slug]
        + [base.version]
    )
    return _add_draft(store, replace(base, version=highest + 1))


def _add_draft(store: Store, definition: FormDefinition) -> Added[FormTemplate]:
    _checked(definition)
    with store.session() as session:
        row = FormTemplate(
            slug=definition.slug,
            version=definition.version,
            title=definition.title,
            definition=to_json(definition),
            published=False,
            source=OWN,
        )
        session.add(row)
        return added(session, row)


def _draft_row(session: Session, draft_id: str) -> FormTemplate:
    row = session.get(FormTemplate, draft_id)
    if row is None or row.deleted:
        raise NotFound(translate("forms", "Form"), draft_id)
    if row.published:
        raise InvalidInput(
            translate("forms", "A published form does not change. Make a new version instead.")
        )
    return row


def save_draft(store: Store, draft_id: str, definition: FormDefinition) -> Changes:
    """Store an edited draft (its name and version number stay the draft's own)."""
    with store.session() as session:
        row = _draft_row(session, draft_id)
        definition = _checked(replace(definition, slug=row.slug, version=row.version))
        text = to_json(definition)
        if row.definition != text:
            row.definition = text
        if row.title != definition.title:
            row.title = definition.title
        return written(session)


def publish(store: Store, draft_id: str, published_by: str = "") -> Added[FormTemplate]:
    """Freeze the draft as a published version; the draft then holds the next version
    number, ready for later changes."""
    with store.session() as session:
        draft = _draft_row(session, draft_id)
        stored = parse_definition(json.loads(draft.definition))
        definition = _checked(replace(stored, slug=draft.slug, version=draft.version))
        if not definition.questions():
            raise InvalidInput(translate("forms", "A form needs at least one question."))
        row = FormTemplate(
            slug=draft.slug,
            version=draft.version,
            title=definition.title,
            definition=to_json(definition),
            published=True,
            source=OWN,
            published_by=published_by.strip(),
            created_at=utc_now(),
        )
        session.add(row)
        draft.version = draft.version + 1
        draft.definition = to_json(replace(definition, version=draft.version))
        return added(session, row)


def delete_draft(store: Store, draft_id: str) -> Changes:
    with store.session() as session:
        row = _draft_row(session, draft_id)
        row.deleted = True
        return written(session)


def in_use(store: Store, template_id: str) -> bool:
    """Whether any response or shared reflection refers to this version."""
    with store.session() as session:
        response = session.scalar(
            select(FormResponse.id).where(FormResponse.template_id == template_id).limit(1)
        )
        shared = session.scalar(
            select(SharedReflection.id).where(SharedReflection.template_id == template_id).limit(1)
        )
        return response is not None or shared is not None
