"""The list of forms in *Formulieren beheren*: one row per template, its versions and drafts
under it (newest first), from ``form_catalogue``.

A template's own row stands for its newest published version (or, for a form never
published, its draft): choosing it and pressing *Kopiëren* copies that one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from jiu_desktop.db.store import Store
from jiu_desktop.i18n import translate
from jiu_desktop.services import form_catalogue
from jiu_desktop.services.form_catalogue import BUILTIN, TemplateVersion
from jiu_desktop.views.labels import format_date

ENTRY_ROLE = Qt.ItemDataRole.UserRole
DRAFT, VERSION = "draft", "version"


@dataclass(frozen=True)
class Entry:
    """What a row stands for."""

    kind: str  # DRAFT or VERSION
    version: TemplateVersion
    label: str

    @property
    def id(self) -> str:
        return self.version.id


def _status(entry: Entry) -> str:
    version = entry.version
    if entry.kind == DRAFT:
        return translate("form_admin", "Draft: not published yet")
    if version.source == BUILTIN:
        return translate("form_admin", "Built in")
    day = format_date(version.published_on.date()) if version.published_on else ""
    if version.published_by:
        return translate("form_admin", "Published {date} by {name}").format(
            date=day, name=version.published_by
        )
    return translate("form_admin", "Published {date}").format(date=day)


def _row(entry: Entry, title: str) -> list[QStandardItem]:
    items = [QStandardItem(title), QStandardItem(entry.label), QStandardItem(_status(entry))]
    for item in items:
        item.setEditable(False)
        item.setData(entry, ENTRY_ROLE)
    return items


def catalogue_model(store: Store) -> QStandardItemModel:
    found = form_catalogue.catalogue(store)
    labels = found.labels()
    drafts: dict[str, list[TemplateVersion]] = {}
    for draft in form_catalogue.drafts(store):
        drafts.setdefault(draft.slug, []).append(draft)
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(
        [
            translate("form_admin", "Form"),
            translate("form_admin", "Version"),
            translate("form_admin", "Status"),
        ]
    )
    newest = list(found.latest())
    never_published = sorted(
        (d for slug, ds in drafts.items() if not found.of(slug) for d in ds),
        key=lambda d: (d.title.casefold(), d.id),
    )
    draft_label = translate("form_admin", "draft v{version}")
    for latest in newest:
        head = Entry(VERSION, latest, labels[latest.id])
        parent = _row(head, latest.title)
        versions = found.of(latest.slug)
        waiting = drafts.get(latest.slug, [])
        if len(versions) + len(waiting) > 1:  # one version alone: its row says it all
            for draft in waiting:
                entry = Entry(DRAFT, draft, draft_label.format(version=draft.version))
                parent[0].appendRow(_row(entry, draft.title))
            for version in reversed(versions):
                entry = Entry(VERSION, version, labels[version.id])
                parent[0].appendRow(_row(entry, version.title))
        model.appendRow(parent)
    for draft in never_published:
        entry = Entry(DRAFT, draft, draft_label.format(version=draft.version))
        parent = _row(entry, draft.title)
        model.appendRow(parent)
    return model
