"""A real WebDAV server (WsgiDAV on cheroot) on 127.0.0.1, for the sync tests."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp

USER, PASSWORD = "coach", "app-wachtwoord-123"


class WebDavServer:
    def __init__(self, root: Path) -> None:
        root.mkdir(parents=True, exist_ok=True)
        self.root = root
        config = {
            "host": "127.0.0.1",
            "port": 0,
            "provider_mapping": {"/dav": str(root)},
            "http_authenticator": {
                "accept_basic": True,
                "accept_digest": False,
                "default_to_digest": False,
            },
            "simple_dc": {"user_mapping": {"*": {USER: {"password": PASSWORD}}}},
            "verbose": 0,
            "logging": {"enable": False},
            "property_manager": True,
            "lock_storage": True,
        }
        self.server = wsgi.Server(("127.0.0.1", 0), WsgiDAVApp(config))
        self.server.prepare()
        self.port = self.server.bind_addr[1]
        self.thread = threading.Thread(target=self.server.serve, daemon=True)
        self.thread.start()
        logging.getLogger("wsgidav").setLevel(logging.WARNING)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/dav"

    def stop(self) -> None:
        self.server.stop()
        self.thread.join(timeout=5)
