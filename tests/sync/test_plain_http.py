"""A plain http:// server address is refused unless the coach accepts it (loopback is
fine): the app password would otherwise travel readable without a word."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jiu_desktop import cli
from jiu_desktop.db.store import Store
from jiu_desktop.errors import InsecureAddress, TargetUnreachable
from jiu_desktop.services import profile, sync_service
from tests.conftest import PASSPHRASE
from tests.sync.webdav_server import PASSWORD, USER, WebDavServer

TEAM = "kaars fiets zevende molen"
PLAIN = "http://nas.voorbeeld.nl/remote.php/dav/files/coach/jiu"


@pytest.mark.parametrize(
    "address",
    [
        PLAIN,
        "HTTP://nas.voorbeeld.nl/dav",
        "http://192.168.1.20:8080/dav",
        "http://[fe80::1]/dav",
        "http://127.0.0.1.nip.io/dav",
        "http://localhost.voorbeeld.nl/dav",
    ],
)
def test_a_plain_http_address_elsewhere_is_refused(address: str) -> None:
    with pytest.raises(InsecureAddress) as error:
        sync_service.check_address(sync_service.WEBDAV, address, allow_plain_http=False)
    assert address in str(error.value) and "https://" in str(error.value)
    sync_service.check_address(sync_service.WEBDAV, address, allow_plain_http=True)


@pytest.mark.parametrize(
    "address",
    [
        "https://nas.voorbeeld.nl/dav",
        "http://127.0.0.1:8080/dav",
        "http://127.10.0.3/dav",
        "http://[::1]:8080/dav",
        "http://localhost/dav",
        "http://LocalHost:80/dav",
    ],
)
def test_https_and_this_laptop_itself_need_no_consent(address: str) -> None:
    sync_service.check_address(sync_service.WEBDAV, address, allow_plain_http=False)


def test_a_folder_is_never_an_address() -> None:
    sync_service.check_address(sync_service.FOLDER, "http:/odd/folder/name", False)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Store]:
    store, _ = profile.create_profile(tmp_path / "laptop", "Coach", PASSPHRASE)
    yield store
    store.close()


def test_setup_refuses_plain_http_before_anything_is_asked_or_saved(
    laptop: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(sync_service, "make_transport", lambda *args: asked.append("transport"))
    with pytest.raises(InsecureAddress):
        sync_service.setup_sync(
            laptop, kind="webdav", target=PLAIN, team_passphrase=TEAM, create=True, user=USER
        )
    assert asked == [], "the server was not even contacted"
    assert sync_service.load_config(laptop) is None


def test_setup_goes_ahead_with_plain_http_once_accepted(
    laptop: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacted: list[str] = []

    def offline(kind: str, target: str, *_credentials: str) -> None:
        contacted.append(target)
        raise TargetUnreachable(target)

    monkeypatch.setattr(sync_service, "make_transport", offline)
    with pytest.raises(TargetUnreachable):
        sync_service.setup_sync(
            laptop,
            kind="webdav",
            target=PLAIN,
            team_passphrase=TEAM,
            create=True,
            allow_plain_http=True,
        )
    assert contacted == [PLAIN]


def test_setup_with_a_server_on_this_laptop_over_http_just_works(
    laptop: Store, tmp_path: Path
) -> None:
    server = WebDavServer(tmp_path / "dav")
    try:
        assert server.url.startswith("http://127.0.0.1")
        config = sync_service.setup_sync(
            laptop,
            kind="webdav",
            target=server.url,
            team_passphrase=TEAM,
            create=True,
            user=USER,
            password=PASSWORD,
        )
    finally:
        server.stop()
    assert config.target == server.url


# -- the command line ---------------------------------------------------------------------------
@pytest.fixture
def profile_dir_with_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object) -> Path:
    """A profile and its passphrases in the environment. ``qapp`` first: the command line
    makes a bare QCoreApplication when none exists, which later GUI tests could not use."""
    root = tmp_path / "cli-profile"
    store, _ = profile.create_profile(root, "Coach", PASSPHRASE)
    store.close()
    monkeypatch.setenv("JIU_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("JIU_TEAM_PASSPHRASE", TEAM)
    monkeypatch.setenv("JIU_WEBDAV_PASSWORD", PASSWORD)
    return root


def saved_config(root: Path) -> sync_service.SyncConfig | None:
    store = profile.open_profile(root, PASSPHRASE)
    try:
        return sync_service.load_config(store)
    finally:
        store.close()


def test_cli_refuses_plain_http_in_one_line_without_asking(
    profile_dir_with_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("JIU_TEAM_PASSPHRASE")  # it must not even be asked for
    monkeypatch.delenv("JIU_WEBDAV_PASSWORD")
    argv = ["sync-setup", "--profile", str(profile_dir_with_env), "--webdav", PLAIN]
    code = cli.main([*argv, "--user", USER, "--create-team"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("jiu-desktop: ")
    assert PLAIN in err and "--allow-http" in err
    assert saved_config(profile_dir_with_env) is None


def test_cli_goes_ahead_with_allow_http(
    profile_dir_with_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    contacted: list[str] = []

    def offline(kind: str, target: str, *_credentials: str) -> None:
        contacted.append(target)
        raise TargetUnreachable(target)

    monkeypatch.setattr(sync_service, "make_transport", offline)
    argv = ["sync-setup", "--profile", str(profile_dir_with_env), "--webdav", PLAIN]
    code = cli.main([*argv, "--user", USER, "--create-team", "--allow-http"])
    assert code == 1
    assert contacted == [PLAIN]
    assert "--allow-http" not in capsys.readouterr().err


def test_cli_sets_up_a_server_on_this_laptop_over_http(
    profile_dir_with_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = WebDavServer(tmp_path / "dav")
    try:
        argv = ["sync-setup", "--profile", str(profile_dir_with_env), "--webdav", server.url]
        code = cli.main([*argv, "--user", USER, "--create-team"])
    finally:
        server.stop()
    assert code == 0, capsys.readouterr().err
    config = saved_config(profile_dir_with_env)
    assert config is not None and config.target == server.url
