"""The transport of a configured sync target (``services/sync_service.py`` keeps the
configuration). Without the database layer: the quick sync check uses it too."""

from __future__ import annotations

from pathlib import Path

from jiu_desktop.errors import SyncError
from jiu_desktop.i18n import translate
from jiu_desktop.sync.transports import Transport
from jiu_desktop.sync.transports.folder import FolderTransport

FOLDER, WEBDAV = "folder", "webdav"


def make_transport(kind: str, target: str, user: str = "", password: str = "") -> Transport:
    if kind == FOLDER:
        return FolderTransport(Path(target))
    if kind == WEBDAV:
        from jiu_desktop.sync.transports.webdav import WebDavTransport

        if not target.startswith(("http://", "https://")):
            raise SyncError(
                translate("sync", "A server address starts with https:// (or http://).")
            )
        return WebDavTransport(target, user or None, password or None)
    raise SyncError(translate("sync", "Unknown kind of sync target: {kind}").format(kind=kind))
