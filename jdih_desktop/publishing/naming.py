"""Names of uploaded files and the public URLs they get.

ILDIS stores an upload under the client's file name in ``common/dokumen/`` and silently
overwrites another document's file with the same name, so every name we upload is unique
and stable: jenis, number, year and the start of the file's SHA-256. The same file always
gets the same name (a retry overwrites only itself); a different file never does.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from jdih_desktop.publishing.model import ABSTRACT, MAIN, PublicationItem

_NOT_SAFE = re.compile(r"[^A-Za-z0-9]+")
FILES_PATH = "common/dokumen"


def slug(text: str, max_length: int) -> str:
    """ASCII letters and digits joined by ``-``: safe on every web server and file system."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    cleaned = _NOT_SAFE.sub("-", ascii_text).strip("-")
    return cleaned[:max_length].rstrip("-") or "dokumen"


def remote_file_name(item: PublicationItem, role: str = MAIN) -> str:
    """E.g. ``KEP-KPU-KAB_123-PL-01-1-Kpt-7312-2023_2023_1a2b3c4d5e.pdf`` (``-abstrak`` suffix)."""
    if role == MAIN:
        sha256, suffix = item.main_sha256, ""
    elif role == ABSTRACT:
        if not item.abstract_sha256:
            raise ValueError("the item has no abstract PDF")
        sha256, suffix = item.abstract_sha256, "-abstrak"
    else:
        raise ValueError(f"unknown file role {role!r}")
    kind = slug(item.singkatan_jenis or item.jenis, 24)
    number = slug(item.nomor, 48)
    return f"{kind}_{number}_{item.tahun}_{sha256[:10].lower()}{suffix}.pdf"


def file_url(site_base_url: str, file_name: str) -> str:
    """The public URL of an uploaded file, following ILDIS's ``common/dokumen/`` layout."""
    return f"{site_base_url.rstrip('/')}/{FILES_PATH}/{quote(file_name)}"


def file_names(item: PublicationItem) -> dict[str, str]:
    names = {MAIN: remote_file_name(item, MAIN)}
    if item.abstract_pdf is not None and item.abstract_sha256:
        names[ABSTRACT] = remote_file_name(item, ABSTRACT)
    return names
