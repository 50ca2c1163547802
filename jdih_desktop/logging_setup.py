"""Logging to a rotating file in the user log folder; tracebacks go there, not to the user."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Attach one rotating handler to the root logger; returns the log file (None if unwritable)."""
    root = logging.getLogger()
    root.setLevel(level)
    log_file = log_dir / "jdih.log"
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(log_file):
            return log_file
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    return log_file
