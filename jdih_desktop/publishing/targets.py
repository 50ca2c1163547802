"""The office's publishing targets by name, from the ``[publishing]`` table of config.toml.

The site set in Settings (``kind`` + ``options``) is the target named :data:`MAIN_TARGET`;
``[publishing.targets.NAME]`` tables add more (e.g. an export drive beside the ILDIS site).
Targets live in each PC's configuration, not in the shared database, because what makes them
work is per PC too: the keyring holding the passwords and the drive letter of an export.

With nothing configured the embedded default applies: an export package in
``<data>/ekspor`` for the office's website, so a fresh install can publish by hand at once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from jdih_desktop.domain.messages import msg
from jdih_desktop.publishing.base import Publisher
from jdih_desktop.publishing.credentials import CredentialStore
from jdih_desktop.publishing.errors import PublisherConfigError
from jdih_desktop.publishing.factory import create_publisher
from jdih_desktop.publishing.http import HttpSettings

MAIN_TARGET = "utama"
EXPORT_FOLDER = "ekspor"

PublisherFactory = Callable[[str], Publisher]


class Targets:
    """Resolves a target name to its profile and builds its publisher.

    ``http`` (tests: short timeouts, no environment proxy) overrides every profile's own
    network table.
    """

    def __init__(
        self,
        main_kind: str,
        main_options: Mapping[str, Any],
        extra: Mapping[str, Any],
        *,
        data_dir: Path,
        site_url: Callable[[], str],
        credentials: CredentialStore | None = None,
        http: HttpSettings | None = None,
    ) -> None:
        self._main = {"kind": main_kind or "export", **dict(main_options)}
        self._extra = {str(k): v for k, v in extra.items()}
        self._data_dir = data_dir
        self._site_url = site_url
        self.credentials = credentials or CredentialStore()
        self.http = http

    def names(self) -> list[str]:
        return [MAIN_TARGET, *sorted(n for n in self._extra if n != MAIN_TARGET)]

    def resolve(self, name: str | None) -> str:
        """The canonical name for ``name`` (None: the main target); unknown names refused."""
        chosen = name or MAIN_TARGET
        if chosen == MAIN_TARGET or chosen in self._extra:
            return chosen
        raise PublisherConfigError(
            msg(
                "Tujuan penerbitan {name} tidak ada di konfigurasi (yang ada: {names}).",
                "The publishing target {name} is not configured (configured: {names}).",
                name=chosen,
                names=", ".join(self.names()),
            )
        )

    def profile(self, name: str) -> dict[str, Any]:
        """The factory profile of a target, with the export defaults filled in."""
        name = self.resolve(name)
        raw = self._main if name == MAIN_TARGET else self._extra[name]
        if not isinstance(raw, Mapping):
            raise PublisherConfigError(
                msg(
                    "Tujuan penerbitan {name} harus berupa tabel TOML.",
                    "The publishing target {name} must be a TOML table.",
                    name=name,
                )
            )
        profile = dict(raw)
        if profile.get("kind", "export") == "export":
            default_dir = self._data_dir / EXPORT_FOLDER
            profile.setdefault("target_dir", str(default_dir))
            profile.setdefault("site_base_url", self._site_url())
            if Path(str(profile["target_dir"])) == default_dir:
                # Our own folder always exists; a removable drive's absence is reported later.
                default_dir.mkdir(parents=True, exist_ok=True)
        return profile

    def kind(self, name: str) -> str:
        return str(self.profile(name).get("kind", "export"))

    def publisher(self, name: str) -> Publisher:
        return create_publisher(self.profile(name), self.credentials, http=self.http)
