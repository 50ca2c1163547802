"""Publishing tests: real HTTP/WebDAV servers on 127.0.0.1, fixtures from ``servers.fixtures``."""

from __future__ import annotations

from tests.publishing.servers.fixtures import (  # noqa: F401
    api_profile,
    api_server,
    credentials,
    http_settings,
    ildis_profile,
    ildis_server,
    make_item,
    memory_keyring,
    webdav_profile,
    webdav_server,
)
