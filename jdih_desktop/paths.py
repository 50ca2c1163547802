"""Where the app keeps its data, configuration and logs.

An explicit data folder (``--data-dir`` or ``JDIH_DATA_DIR``) holds everything — config and logs
included — so a test or a USB-stick install is self-contained. Without one, the platform's
user folders are used (``~/.local/share/jdih-desktop`` on Linux, ``%LOCALAPPDATA%`` on Windows).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "jdih-desktop"
DATA_DIR_ENV = "JDIH_DATA_DIR"
CONFIG_ENV = "JDIH_CONFIG"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_file: Path
    log_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / "jdih.sqlite3"

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"

    @property
    def spool_dir(self) -> Path:
        return self.data_dir / "spool"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "instance.lock"


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The folders for this run: the argument, then ``JDIH_DATA_DIR``, then the platform's."""
    explicit = data_dir if data_dir is not None else os.environ.get(DATA_DIR_ENV) or None
    if explicit is not None:
        root = Path(explicit).expanduser().absolute()
        config = root / "config.toml"
        logs = root / "logs"
    else:
        root = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        config = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml"
        logs = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    override = os.environ.get(CONFIG_ENV)
    if override:
        config = Path(override).expanduser().absolute()
    return AppPaths(data_dir=root, config_file=config, log_dir=logs)


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, or in a PyInstaller bundle."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
