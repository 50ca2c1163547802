"""The one interface every publishing adapter implements, and checks they share.

An adapter is cheap to build and holds no open connection: each call opens a client, does
its work and closes it, so a GUI job thread or the CLI can use it without lifecycle care.
Failures are :class:`~jdih_desktop.publishing.errors.PublishError` subclasses only.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol, runtime_checkable

from jdih_desktop.domain.messages import msg
from jdih_desktop.publishing.errors import (
    PermanentPublishError,
    PublishError,
    VerificationError,
)
from jdih_desktop.publishing.model import ABSTRACT, MAIN, PublicationItem, PublishResult


@runtime_checkable
class Publisher(Protocol):
    """Publishes decree copies to one site (or one export folder)."""

    #: ``export``, ``ildis``, ``api`` or ``webdav``; stored with each result.
    kind: str

    def check(self) -> None:
        """Prove the settings work (reach the site, log in) without changing anything."""
        ...

    def publish(self, item: PublicationItem) -> PublishResult:
        """Create the document on the site with its PDFs; verified when the site allows."""
        ...

    def find_existing(self, item: PublicationItem) -> PublishResult | None:
        """The site's record of ``item`` (by number, year and title), or None.

        Call it after an :class:`~jdih_desktop.publishing.errors.AmbiguousPublishError`
        before publishing again.
        """
        ...

    def verify(self, item: PublicationItem, result: PublishResult) -> PublishResult:
        """Download the published files and compare their SHA-256 with the archive's."""
        ...

    def withdraw(self, remote_id: str) -> None:
        """Take the document off the site; withdrawing an absent document is not an error."""
        ...


@contextmanager
def record_exists(result: PublishResult) -> Iterator[None]:
    """Errors raised inside carry ``result`` as ``remote``: the record was already created.

    The caller must then store ``error.remote`` and later ``verify`` (or fix) it, never
    ``publish`` the item again, or the site shows the decree twice.
    """
    try:
        yield
    except PublishError as exc:
        if exc.remote is None:
            exc.remote = result
        raise


def read_checked(path: Path, sha256: str) -> bytes:
    """The archive file's bytes, refused if missing or changed since it was archived."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PermanentPublishError(
            msg(
                "Berkas arsip {path} tidak dapat dibaca: {detail}.",
                "The archive file {path} cannot be read: {detail}.",
                path=str(path),
                detail=exc.strerror or str(exc),
            )
        ) from exc
    if hashlib.sha256(data).hexdigest() != sha256.lower():
        raise PermanentPublishError(
            msg(
                "Berkas arsip {path} berubah sejak diarsipkan (SHA-256 berbeda); tidak "
                "diterbitkan. Periksa integritas arsip.",
                "The archive file {path} changed since it was archived (different SHA-256); "
                "it is not published. Check the archive's integrity.",
                path=str(path),
            )
        )
    if not data.startswith(b"%PDF-"):
        raise PermanentPublishError(
            msg(
                "Berkas {path} bukan PDF; situs JDIH hanya menerima PDF.",
                "The file {path} is not a PDF; the JDIH site accepts PDF only.",
                path=str(path),
            )
        )
    return data


def item_files(item: PublicationItem) -> dict[str, bytes]:
    """Both PDFs of an item, checked against their archive hashes."""
    files = {MAIN: read_checked(item.main_pdf, item.main_sha256)}
    if item.abstract_pdf is not None:
        if not item.abstract_sha256:
            raise PermanentPublishError(
                msg(
                    "PDF abstrak {path} tidak memiliki SHA-256 arsip.",
                    "The abstract PDF {path} has no archive SHA-256.",
                    path=str(item.abstract_pdf),
                )
            )
        files[ABSTRACT] = read_checked(item.abstract_pdf, item.abstract_sha256)
    return files


def no_url_error(item: PublicationItem) -> VerificationError:
    return VerificationError(
        msg(
            "Belum ada URL publik untuk dokumen {nomor}; tempelkan URL dari situs JDIH.",
            "There is no public URL for document {nomor} yet; paste the URL from the JDIH site.",
            nomor=item.nomor,
        ),
        reason="no_url",
        url="",
    )


def same_document(item: PublicationItem, nomor: str, tahun: str, judul: str) -> bool:
    """Whether a site's record is ``item``: number and year exactly, title loosely.

    The number may be stored whole ("33 Tahun 1988", as older uploads sent it) or bare ("33").

    Titles are compared after undoing HTML escaping (ILDIS stores ``&`` as ``&amp;``, and
    pages escape it once more) and ignoring case and spacing.
    """
    return (
        normalize(nomor) in (normalize(item.nomor), normalize(item.site_nomor))
        and tahun.strip() == str(item.tahun)
        and normalize(judul) == normalize(item.judul)
    )


_UPPER_ENTITY = re.compile(r"&([A-Z][A-Z0-9]+);")


def normalize(text: str) -> str:
    """Unescaped (as often as it was escaped), spacing and case folded.

    ILDIS's list shows ``strtoupper`` of text stored through ``htmlentities``, so "–" can
    arrive as ``&NDASH;``, no entity at all until its name is lower-cased.
    """
    previous = None
    while previous != text:
        previous = text
        text = html.unescape(_UPPER_ENTITY.sub(lambda m: f"&{m.group(1).lower()};", text))
    return " ".join(text.split()).casefold()
