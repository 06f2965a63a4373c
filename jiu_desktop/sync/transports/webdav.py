"""A WebDAV server (Nextcloud, ownCloud, any RFC 4918 server) through ``webdav4``.

Files appear atomically: each is uploaded under a dot-name and then moved into place with
``MOVE`` and ``Overwrite: F``, so a reader never sees half a bundle and the first writer
of a name wins. Network trouble of any kind is reported as TargetUnreachable (offline is a
normal state); a refused login, a full server (507) and a refused write (403) are each a
SyncError with their own message.
"""

from __future__ import annotations

import contextlib
import io
import ssl
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from webdav4.client import (
    Client,
    ClientError,
    HTTPError,
    InsufficientStorage,
    ResourceAlreadyExists,
    ResourceNotFound,
)

from jiu_desktop.errors import SyncError, TargetFull, TargetReadOnly, TargetUnreachable
from jiu_desktop.i18n import translate
from jiu_desktop.sync.transports import (
    CARD_FILE,
    DEVICES,
    LAYOUT,
    SNAPSHOTS,
    TEAM_FILE,
    TEMP_PREFIX,
    TEMP_SUFFIX,
    bundle_name,
    check_device_name,
    leftover_names,
    parse_bundle_names,
    parse_device_names,
    parse_snapshot_names,
    snapshot_name,
)

DEFAULT_TIMEOUT = 20.0


class WebDavTransport:
    def __init__(
        self,
        url: str,
        user: str | None = None,
        password: str | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        verify: bool | str = True,
    ) -> None:
        """``verify`` is True (the system's trusted certificates), False, or the path of a
        CA certificate for a server with a certificate of its own."""
        self.url = url.rstrip("/")
        self._requests = 0
        self._known_folders: set[str] = set()
        self._card_stamps: dict[str, str | None] = {}
        trust: bool | ssl.SSLContext = (
            ssl.create_default_context(cafile=verify) if isinstance(verify, str) else verify
        )
        self.client = Client(
            self.url,
            auth=(user, password or "") if user else None,
            retry=False,
            timeout=timeout,
            verify=trust,
            event_hooks={"request": [self._count]},
        )

    def _count(self, _request: httpx.Request) -> None:
        self._requests += 1

    @property
    def description(self) -> str:
        return self.url

    @property
    def requests(self) -> int:
        return self._requests

    @contextmanager
    def _talking(self, *, writing: bool = False) -> Iterator[None]:
        try:
            yield
        except (httpx.TransportError, httpx.TimeoutException) as exc:
            if _certificate_problem(exc):
                raise SyncError(
                    translate(
                        "sync",
                        "The certificate of {url} is not trusted by this laptop. Nothing was sent.",
                    ).format(url=self.url)
                ) from None
            raise TargetUnreachable(self.url) from None
        except ClientError as exc:
            raise self._refused(exc, writing) from None

    def _refused(self, exc: ClientError, writing: bool) -> SyncError:
        """What an answer that is not a success means. A 403 on a write is a folder this
        user may not write in; on a read, as 401, the login was refused."""
        status = 507 if isinstance(exc, InsufficientStorage) else _status(exc)
        if status == 507:
            return TargetFull(self.url)
        if status == 403 and writing:
            return TargetReadOnly(self.url)
        if status in (401, 403):
            return SyncError(
                translate("sync", "The server {url} refused the user name or password.").format(
                    url=self.url
                )
            )
        if status >= 500 or status == 0 or isinstance(exc, ResourceNotFound):
            return TargetUnreachable(self.url)
        return SyncError(
            translate("sync", "The server {url} answered with error {status}.").format(
                url=self.url, status=status
            )
        )

    # -- reading ---------------------------------------------------------------------------
    def _download(self, path: str) -> bytes:
        """One GET (webdav4's download asks for the size first: two requests a file)."""
        return bytes(self.client.request("GET", path).content)

    def _names(self, path: str) -> list[str]:
        entries: list[Any] = self.client.ls(path, detail=False)
        return [str(entry).rstrip("/").rsplit("/", 1)[-1] for entry in entries]

    def read_team(self) -> bytes | None:
        with self._talking():
            try:
                return self._download(f"{LAYOUT}/{TEAM_FILE}")
            except ResourceNotFound:
                return None

    def list_devices(self) -> list[str]:
        with self._talking():
            try:
                return parse_device_names(self._names(f"{LAYOUT}/{DEVICES}"))
            except ResourceNotFound:
                return []

    def list_bundles(self, device: str) -> list[int]:
        with self._talking():
            try:
                entries: list[Any] = self.client.ls(f"{LAYOUT}/{DEVICES}/{device}", detail=True)
            except ResourceNotFound:
                self._card_stamps[device] = None
                return []
        names: list[str] = []
        self._card_stamps[device] = None
        for entry in entries:
            name = str(entry["name"]).rstrip("/").rsplit("/", 1)[-1]
            names.append(name)
            if name == CARD_FILE:
                stamp = [entry.get(k) for k in ("etag", "modified", "content_length")]
                self._card_stamps[device] = ":".join(str(part) for part in stamp)
        return parse_bundle_names(names)

    def card_stamp(self, device: str) -> str | None:
        check_device_name(device)
        if device not in self._card_stamps:
            return uuid.uuid4().hex  # not listed in this round: look at the card
        return self._card_stamps[device]

    def read_bundle(self, device: str, seq: int) -> bytes:
        with self._talking():
            return self._download(f"{LAYOUT}/{DEVICES}/{device}/{bundle_name(seq)}")

    def list_snapshots(self) -> list[tuple[str, int]]:
        with self._talking():
            try:
                return parse_snapshot_names(self._names(f"{LAYOUT}/{SNAPSHOTS}"))
            except ResourceNotFound:
                return []

    def read_snapshot(self, device: str, n: int) -> bytes:
        with self._talking():
            return self._download(f"{LAYOUT}/{SNAPSHOTS}/{snapshot_name(device, n)}")

    def read_card(self, device: str) -> bytes | None:
        check_device_name(device)
        with self._talking():
            try:
                return self._download(f"{LAYOUT}/{DEVICES}/{device}/{CARD_FILE}")
            except ResourceNotFound:
                return None

    # -- writing ---------------------------------------------------------------------------
    def write_card(self, device: str, data: bytes) -> None:
        check_device_name(device)
        folder = f"{LAYOUT}/{DEVICES}/{device}"
        with self._talking(writing=True):
            self._ensure_folder(folder)
            try:
                self._replace(folder, CARD_FILE, data)
            except ClientError as exc:
                if _status(exc) != 409:
                    raise
                self._known_folders.clear()  # the folder was removed on the server since
                self._ensure_folder(folder)
                self._replace(folder, CARD_FILE, data)

    def create_team(self, data: bytes) -> bool:
        with self._talking(writing=True):
            return self._publish_in(LAYOUT, TEAM_FILE, data)

    def replace_team(self, data: bytes) -> None:
        with self._talking(writing=True):
            self._replace(LAYOUT, TEAM_FILE, data)

    def publish_bundle(self, device: str, seq: int, data: bytes) -> bool:
        with self._talking(writing=True):
            return self._publish_in(f"{LAYOUT}/{DEVICES}/{device}", bundle_name(seq), data)

    def publish_snapshot(self, device: str, n: int, data: bytes) -> bool:
        with self._talking(writing=True):
            return self._publish_in(f"{LAYOUT}/{SNAPSHOTS}", snapshot_name(device, n), data)

    def delete_bundle(self, device: str, seq: int) -> None:
        check_device_name(device)
        self._remove(f"{LAYOUT}/{DEVICES}/{device}/{bundle_name(seq)}")

    def delete_snapshot(self, device: str, n: int) -> None:
        self._remove(f"{LAYOUT}/{SNAPSHOTS}/{snapshot_name(device, n)}")

    def _remove(self, path: str) -> None:
        with self._talking(writing=True):
            try:
                self.client.remove(path)
            except ResourceNotFound:
                return

    def replace_bundle(self, device: str, seq: int, data: bytes) -> None:
        with self._talking(writing=True):
            self._replace(f"{LAYOUT}/{DEVICES}/{device}", bundle_name(seq), data)

    def remove_leftovers(self, device: str) -> int:
        check_device_name(device)
        removed = 0
        for folder, only_beside_team in ((f"{LAYOUT}/{DEVICES}/{device}", False), (LAYOUT, True)):
            with self._talking():
                try:
                    names = self._names(folder)
                except ResourceNotFound:
                    continue
            if only_beside_team and TEAM_FILE not in names:
                continue  # a team is being created there: its temporary file is in use
            for name in leftover_names(names):
                with self._talking(writing=True):
                    try:
                        self.client.remove(f"{folder}/{name}")
                    except ResourceNotFound:
                        continue
                removed += 1
        return removed

    def _publish_in(self, folder: str, name: str, data: bytes) -> bool:
        """Publish into ``folder``, made first. A folder made earlier in this session can
        have been removed on the server since (409: no such parent): then it is made again."""
        self._ensure_folder(folder)
        try:
            return self._publish(folder, name, data)
        except ClientError as exc:
            if _status(exc) != 409:
                raise
        self._known_folders.clear()
        self._ensure_folder(folder)
        return self._publish(folder, name, data)

    def _publish(self, folder: str, name: str, data: bytes) -> bool:
        """Upload under a temporary name, then MOVE without overwrite; False if it existed.

        When either step fails the temporary file is deleted again, except after a timeout
        (a second wait for a silent server helps nobody): remove_leftovers takes it later."""
        temporary = f"{folder}/{TEMP_PREFIX}{uuid.uuid4().hex}{TEMP_SUFFIX}"
        try:
            self.client.upload_fileobj(io.BytesIO(data), temporary, overwrite=True)
            self.client.move(temporary, f"{folder}/{name}", overwrite=False)
        except ResourceAlreadyExists:
            self._discard(temporary)
            return False
        except httpx.TimeoutException:
            raise
        except (ClientError, httpx.TransportError) as exc:
            self._discard(temporary)
            if _status(exc) == 412:
                return False
            raise
        return True

    def _replace(self, folder: str, name: str, data: bytes) -> None:
        """Upload under a temporary name, then MOVE over ``name``: the file is whole or old."""
        temporary = f"{folder}/{TEMP_PREFIX}{uuid.uuid4().hex}{TEMP_SUFFIX}"
        try:
            self.client.upload_fileobj(io.BytesIO(data), temporary, overwrite=True)
            self.client.move(temporary, f"{folder}/{name}", overwrite=True)
        except (ClientError, httpx.TransportError):
            self._discard(temporary)
            raise

    def _discard(self, temporary: str) -> None:
        """Delete a temporary upload; a failure here must not hide the one that led here."""
        with contextlib.suppress(ClientError, httpx.TransportError, httpx.TimeoutException):
            self.client.remove(temporary)

    def _ensure_folder(self, path: str) -> None:
        parts = path.split("/")
        for depth in range(1, len(parts) + 1):
            folder = "/".join(parts[:depth])
            if folder in self._known_folders:
                continue
            try:
                self.client.mkdir(folder)
            except (ResourceAlreadyExists, HTTPError) as exc:
                if not isinstance(exc, ResourceAlreadyExists) and _status(exc) != 405:
                    raise
            self._known_folders.add(folder)


def _certificate_problem(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)


def _status(exc: BaseException) -> int:
    """The HTTP status behind a webdav4 error (some keep it on the error they wrap); 0 when
    there is none."""
    seen: BaseException | None = exc
    while seen is not None:
        status = getattr(getattr(seen, "response", None), "status_code", 0)
        if status:
            return int(status)
        seen = seen.__cause__
    return 0
