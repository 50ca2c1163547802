"""Saving a built PDF: temp file in the target folder, fsync, rename (never a half-written file)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from jdih_desktop.domain.messages import msg
from jdih_desktop.printing.errors import PrintingError
from jdih_desktop.storage.atomic import user_file_mode


def save_pdf(data: bytes, path: Path) -> Path:
    """Write ``data`` to ``path`` atomically and return ``path``.

    A crash or a full disk leaves either the old file or none, never a truncated PDF that
    a printer would choke on.
    """
    path = Path(path)
    tmp_name: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name != "nt":
            os.chmod(tmp_name, user_file_mode())  # the user's printout, not a private temp
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as error:
        raise PrintingError(
            msg(
                "Berkas {path} tidak dapat disimpan: {error}",
                "The file {path} cannot be saved: {error}",
                path=str(path),
                error=error.strerror or str(error),
            )
        ) from error
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return path
