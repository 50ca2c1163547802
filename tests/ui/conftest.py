"""GUI tests: the publishing suite's real loopback servers and test keyrings, for the screens
that publish (Pengaturan's connection test, the wizard's publish page)."""

from __future__ import annotations

from tests.publishing.servers.fixtures import (  # noqa: F401  (fixtures by import)
    credentials,
    http_settings,
    ildis_server,
    memory_keyring,
)
