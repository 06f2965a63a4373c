"""The transports on their own: no overwriting, no leftovers, clear words for a full or
read-only target, and files the other accounts of a shared folder can read."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from jiu_desktop.errors import (
    SyncError,
    TargetFull,
    TargetNotReadable,
    TargetReadOnly,
    TargetUnreachable,
)
from jiu_desktop.sync.transports.folder import FolderTransport
from jiu_desktop.sync.transports.webdav import WebDavTransport
from tests.sync.conftest import Remote
from tests.sync.webdav_server import PASSWORD, USER, WebDavServer

LAYOUT = "jiu-sync-v1"


def new_device() -> str:
    return uuid.uuid4().hex


def device_folder(root: Path, device: str) -> Path:
    return root / LAYOUT / "devices" / device


def temporary_files(root: Path) -> list[Path]:
    return sorted(root.rglob(".upload-*"))


# -- publishing ------------------------------------------------------------------------------
def test_publish_says_whether_it_created_the_file_and_never_overwrites(remote: Remote) -> None:
    make, root = remote
    transport = make()
    device = new_device()
    assert transport.publish_bundle(device, 1, b"eerste") is True
    assert transport.publish_bundle(device, 1, b"tweede") is False
    assert transport.read_bundle(device, 1) == b"eerste"
    assert transport.list_bundles(device) == [1]
    assert temporary_files(root) == []


def test_concurrent_publishers_of_one_name_leave_exactly_one_winner(tmp_path: Path) -> None:
    device = new_device()
    writers = 8
    for seq in range(1, 6):
        start = threading.Barrier(writers)
        results: dict[int, bool] = {}

        def publish(i: int, seq: int, start: threading.Barrier, results: dict[int, bool]) -> None:
            transport = FolderTransport(tmp_path)
            start.wait()
            results[i] = transport.publish_bundle(device, seq, f"schrijver {i}".encode() * 500)

        threads = [
            threading.Thread(target=publish, args=(i, seq, start, results)) for i in range(writers)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        winners = [i for i, created in results.items() if created]
        assert len(results) == writers
        assert len(winners) == 1, results
        content = (device_folder(tmp_path, device) / f"{seq:08d}.bin").read_bytes()
        assert content == f"schrijver {winners[0]}".encode() * 500
    assert temporary_files(tmp_path) == []


def test_without_hard_links_a_rename_puts_files_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT on a USB stick and some network shares refuse link() with EPERM or ENOTSUP."""
    calls: list[str] = []

    def no_links(source: object, target: object) -> None:
        calls.append(str(target))
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    transport = FolderTransport(tmp_path)
    assert transport.create_team(b"team") is True
    assert transport.create_team(b"ander team") is False
    device = new_device()
    assert transport.publish_bundle(device, 1, b"een") is True
    assert transport.publish_bundle(device, 1, b"ander") is False
    assert transport.publish_bundle(device, 2, b"twee") is True
    assert transport.read_team() == b"team"
    assert transport.read_bundle(device, 1) == b"een"
    assert len(calls) == 1, "after the first refusal the transport renames straight away"
    assert temporary_files(tmp_path) == []


# -- leftovers --------------------------------------------------------------------------------
def test_remove_leftovers_removes_only_this_devices_temporary_files(remote: Remote) -> None:
    make, root = remote
    transport = make()
    own, other = new_device(), new_device()
    assert transport.create_team(b"team")
    assert transport.publish_bundle(own, 1, b"een")
    assert transport.publish_bundle(other, 1, b"van een ander")
    own_folder, other_folder = device_folder(root, own), device_folder(root, other)
    leftovers = [
        own_folder / ".upload-abc123.tmp",
        own_folder / f".upload-{uuid.uuid4().hex}.tmp",
        root / LAYOUT / ".upload-k3y_x9.tmp",
    ]
    kept = [
        other_folder / ".upload-zzz999.tmp",  # another device's write may be in progress
        own_folder / "notes.txt",
        own_folder / ".upload-abc.bin",
        own_folder / "upload-abc.tmp",
        root / LAYOUT / "devices" / ".upload-abc.tmp",
    ]
    for path in leftovers + kept:
        path.write_bytes(b"half")

    assert transport.remove_leftovers(own) == len(leftovers)
    assert not any(path.exists() for path in leftovers)
    assert all(path.exists() for path in kept)
    assert transport.read_bundle(own, 1) == b"een"
    assert transport.read_team() == b"team"
    assert transport.remove_leftovers(own) == 0


def test_remove_leftovers_leaves_a_team_creation_in_progress_alone(remote: Remote) -> None:
    make, root = remote
    (root / LAYOUT).mkdir(parents=True)
    in_progress = root / LAYOUT / ".upload-abc123.tmp"
    in_progress.write_bytes(b"half a team file")
    transport = make()
    assert transport.remove_leftovers(new_device()) == 0, "no device folder yet, no team yet"
    assert in_progress.exists()


def test_remove_leftovers_refuses_a_name_outside_the_device_folders(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        FolderTransport(tmp_path).remove_leftovers("../..")


# -- permissions follow the folder -------------------------------------------------------------
@pytest.mark.skipif(os.name != "posix", reason="Unix permissions")
@pytest.mark.parametrize(
    ("folder_mode", "file_mode"),
    [(0o770, 0o660), (0o700, 0o600), (0o777, 0o666), (0o755, 0o644), (0o750, 0o640)],
)
def test_new_files_and_folders_follow_the_shared_folders_permissions(
    tmp_path: Path, folder_mode: int, file_mode: int
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(folder_mode)
    old_umask = os.umask(0o077)  # a strict umask must not narrow what the folder allows
    try:
        transport = FolderTransport(shared)
        device = new_device()
        assert transport.create_team(b"team")
        assert transport.publish_bundle(device, 1, b"een")
    finally:
        os.umask(old_umask)

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    base = shared / LAYOUT
    for folder in (base, base / "devices", device_folder(shared, device)):
        assert mode(folder) == folder_mode, folder
    assert mode(base / "team.json") == file_mode
    assert mode(device_folder(shared, device) / "00000001.bin") == file_mode


@pytest.mark.skipif(os.name != "posix", reason="Unix permissions")
def test_a_folder_made_by_another_device_is_left_as_it_is(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    (shared / LAYOUT / "devices").mkdir(parents=True)
    shared.chmod(0o770)
    (shared / LAYOUT).chmod(0o750)
    (shared / LAYOUT / "devices").chmod(0o711)
    device = new_device()
    assert FolderTransport(shared).publish_bundle(device, 1, b"een")
    assert stat.S_IMODE((shared / LAYOUT).stat().st_mode) == 0o750
    assert stat.S_IMODE((shared / LAYOUT / "devices").stat().st_mode) == 0o711
    assert stat.S_IMODE(device_folder(shared, device).stat().st_mode) == 0o711


# -- a full or read-only folder ----------------------------------------------------------------
def mount_tiny_tmpfs(where: Path) -> None:
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("a full or read-only folder needs root to mount a tiny tmpfs")
    if shutil.which("mount") is None:
        pytest.skip("no mount command to make a tiny tmpfs")
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k,mode=0777", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tiny tmpfs here: {done.stderr.strip()}")


@pytest.fixture
def tiny_tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB filesystem of its own, so that filling it up or making it read-only is real."""
    where = tmp_path / "tiny"
    mount_tiny_tmpfs(where)
    yield where
    if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(where)], check=True)


def fill_up(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError as error:
            assert error.errno == errno.ENOSPC
    return filler


def test_a_full_folder_says_so_and_leaves_no_temporary_file(tiny_tmpfs: Path) -> None:
    transport = FolderTransport(tiny_tmpfs)
    device = new_device()
    assert transport.create_team(b"team")
    assert transport.publish_bundle(device, 1, b"een")
    filler = fill_up(tiny_tmpfs)

    with pytest.raises(TargetFull) as error:
        transport.publish_bundle(device, 2, os.urandom(16_384))
    assert not isinstance(error.value, TargetUnreachable), "full is not offline"
    assert str(tiny_tmpfs) in str(error.value) and "full" in str(error.value)
    assert temporary_files(tiny_tmpfs) == []
    assert transport.list_bundles(device) == [1]

    filler.unlink()  # room made: the same bundle goes out next time
    assert transport.publish_bundle(device, 2, b"twee")
    assert transport.list_bundles(device) == [1, 2]


def test_a_read_only_folder_says_so_and_can_still_be_read(tiny_tmpfs: Path) -> None:
    transport = FolderTransport(tiny_tmpfs)
    device = new_device()
    assert transport.create_team(b"team")
    assert transport.publish_bundle(device, 1, b"een")
    leftover = device_folder(tiny_tmpfs, device) / ".upload-abc123.tmp"
    leftover.write_bytes(b"half")
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_tmpfs)], check=True)

    for write in (
        lambda: transport.publish_bundle(device, 2, b"twee"),
        lambda: transport.publish_bundle(new_device(), 1, b"nieuw apparaat"),
        lambda: transport.create_team(b"ander team"),
        lambda: transport.remove_leftovers(device),
    ):
        with pytest.raises(TargetReadOnly) as error:
            write()
        assert not isinstance(error.value, TargetUnreachable)
        assert str(tiny_tmpfs) in str(error.value)
    assert transport.read_team() == b"team"
    assert transport.list_devices() == [device]
    assert transport.read_bundle(device, 1) == b"een"


@contextlib.contextmanager
def as_another_account() -> Iterator[None]:
    """As root, permissions stop nobody: act as the 'nobody' account meanwhile (the real
    user id stays root, so this can be undone). As any other user, permissions already work."""
    if os.geteuid() != 0:
        yield
        return
    groups = os.getgroups()
    os.setgroups([])
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)
        os.setgroups(groups)


NOBODY = 65534


@pytest.fixture
def outside_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder another account can reach (the test sandbox is private to this one)."""
    if os.geteuid() != 0:
        yield tmp_path
        return
    if not os.path.isdir("/tmp"):
        pytest.skip("no /tmp to share with another account")
    folder = Path(tempfile.mkdtemp(prefix="jiu-permissions-", dir="/tmp"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder)


def outcome(call: Callable[[], object]) -> str:
    try:
        call()
    except SyncError as error:
        return type(error).__name__
    return "ok"


@pytest.mark.skipif(sys.platform != "linux", reason="Unix permissions and accounts")
def test_no_permission_is_said_in_words_for_writing_and_for_reading(outside_folder: Path) -> None:
    read_only = outside_folder / "read-only"
    (read_only / LAYOUT).mkdir(parents=True)
    (read_only / LAYOUT / "team.json").write_bytes(b"team")
    locked = outside_folder / "locked"
    (locked / LAYOUT / "devices").mkdir(parents=True)
    (locked / LAYOUT / "team.json").write_bytes(b"team")
    for folder in (read_only / LAYOUT, read_only):
        folder.chmod(0o555)
    locked.chmod(0o311)  # may be entered, not listed
    (locked / LAYOUT).chmod(0o000)  # the files are there, out of reach
    writable_by_none, unreadable = FolderTransport(read_only), FolderTransport(locked)
    device = new_device()
    try:
        with as_another_account():
            seen = {
                "publish": outcome(lambda: writable_by_none.publish_bundle(device, 1, b"een")),
                "create": outcome(lambda: writable_by_none.create_team(b"team")),
                "leftovers": outcome(lambda: writable_by_none.remove_leftovers(device)),
                "read_team": outcome(writable_by_none.read_team),
                "read_locked_team": outcome(unreadable.read_team),
                "list_locked": outcome(unreadable.list_devices),
            }
    finally:
        for folder in (read_only, read_only / LAYOUT, locked, locked / LAYOUT):
            folder.chmod(0o755)
    assert seen == {
        "publish": TargetReadOnly.__name__,
        "create": TargetReadOnly.__name__,
        "leftovers": "ok",
        "read_team": "ok",
        "read_locked_team": TargetNotReadable.__name__,
        "list_locked": TargetNotReadable.__name__,
    }
    assert list((read_only / LAYOUT).iterdir()) == [read_only / LAYOUT / "team.json"]


def test_the_new_messages_are_not_the_offline_one() -> None:
    offline = str(TargetUnreachable("/media/usb"))
    for error in (
        TargetFull("/media/usb"),
        TargetReadOnly("/media/usb"),
        TargetNotReadable("/media/usb"),
    ):
        assert isinstance(error, SyncError) and not isinstance(error, TargetUnreachable)
        assert "/media/usb" in str(error) and str(error) != offline


# -- a WebDAV server that refuses ---------------------------------------------------------------
class Refusing:
    """WSGI middleware before WsgiDAV: answers ``status`` to requests of ``methods``.

    With ``after_storing``, the real server handles the request first (so a PUT leaves its
    file behind, as a server that ran out of room halfway can) and only the answer changes.
    """

    def __init__(
        self, app: Any, methods: Iterable[str], status: str, *, after_storing: bool = False
    ) -> None:
        self.app = app
        self.methods = set(methods)
        self.status = status
        self.after_storing = after_storing
        self.refused: list[str] = []

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        if environ["REQUEST_METHOD"] not in self.methods:
            return self.app(environ, start_response)
        self.refused.append(f"{environ['REQUEST_METHOD']} {environ['PATH_INFO']}")
        if self.after_storing:
            answer = self.app(environ, lambda *_args, **_kwargs: None)
            for _chunk in answer:
                pass
            getattr(answer, "close", lambda: None)()
        else:
            length = int(environ.get("CONTENT_LENGTH") or 0)
            environ["wsgi.input"].read(length)
        start_response(self.status, [("Content-Type", "text/plain"), ("Content-Length", "0")])
        return [b""]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[WebDavServer]:
    running = WebDavServer(tmp_path / "dav")
    yield running
    running.stop()


def refuse(server: WebDavServer, methods: Iterable[str], status: str, **options: Any) -> Refusing:
    wrapper = Refusing(server.server.wsgi_app, methods, status, **options)
    server.server.wsgi_app = wrapper
    return wrapper


def client(server: WebDavServer) -> WebDavTransport:
    return WebDavTransport(server.url, USER, PASSWORD, timeout=5)


def test_a_full_server_says_so_and_the_half_upload_is_deleted(server: WebDavServer) -> None:
    transport = client(server)
    device = new_device()
    assert transport.create_team(b"team")
    assert transport.publish_bundle(device, 1, b"een")
    wrapper = refuse(server, ["PUT"], "507 Insufficient Storage", after_storing=True)

    with pytest.raises(TargetFull) as error:
        transport.publish_bundle(device, 2, b"twee")
    assert not isinstance(error.value, TargetUnreachable)
    assert server.url in str(error.value)
    assert wrapper.refused, "the server was asked"
    assert temporary_files(server.root) == [], "the temporary upload was deleted again"
    assert transport.list_bundles(device) == [1]


def test_a_full_server_refusing_a_new_folder_says_so(server: WebDavServer) -> None:
    refuse(server, ["MKCOL"], "507 Insufficient Storage")
    with pytest.raises(TargetFull):
        client(server).create_team(b"team")


def test_a_server_that_forbids_writing_says_so(server: WebDavServer) -> None:
    transport = client(server)
    device = new_device()
    assert transport.create_team(b"team")
    refuse(server, ["PUT"], "403 Forbidden")
    with pytest.raises(TargetReadOnly) as error:
        transport.publish_bundle(device, 1, b"een")
    assert server.url in str(error.value)
    assert transport.read_team() == b"team", "reading still works"


def test_a_server_that_forbids_new_folders_or_moves_says_so(server: WebDavServer) -> None:
    refuse(server, ["MKCOL"], "403 Forbidden")
    with pytest.raises(TargetReadOnly):
        client(server).create_team(b"team")


def test_a_refused_move_deletes_the_temporary_upload(server: WebDavServer) -> None:
    transport = client(server)
    refuse(server, ["MOVE"], "403 Forbidden")
    with pytest.raises(TargetReadOnly):
        transport.publish_bundle(new_device(), 1, b"een")
    assert temporary_files(server.root) == []


def test_a_folder_removed_on_the_server_is_made_again(server: WebDavServer) -> None:
    transport = client(server)
    device = new_device()
    assert transport.publish_bundle(device, 1, b"een")
    shutil.rmtree(device_folder(server.root, device))  # someone tidied the server
    assert transport.publish_bundle(device, 1, b"een") is True
    shutil.rmtree(server.root / LAYOUT)
    assert transport.create_team(b"team") is True
    assert transport.publish_bundle(device, 2, b"twee") is True
    assert transport.list_bundles(device) == [2]


def test_a_forbidden_read_or_a_refused_login_is_still_about_the_password(
    server: WebDavServer,
) -> None:
    refuse(server, ["PROPFIND", "GET"], "403 Forbidden")
    with pytest.raises(SyncError) as forbidden:
        client(server).list_devices()
    assert "password" in str(forbidden.value)
    assert not isinstance(forbidden.value, TargetReadOnly | TargetUnreachable)
    with pytest.raises(SyncError) as refused:
        WebDavTransport(server.url, USER, "verkeerd", timeout=5).publish_bundle(
            new_device(), 1, b"een"
        )
    assert "password" in str(refused.value)
