"""The plain values the publishing layer takes and returns.

Publishers never see ORM rows or Qt objects: the caller (the outbox, the CLI, a GUI job)
copies what a site needs into a :class:`PublicationItem`, and gets back a
:class:`PublishResult` or :class:`VerifyResult` to store. Keeping these frozen dataclasses
free of any I/O means the feed generator and the adapters can be tested without a database.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jdih_desktop.domain.number_parts import site_number

MAIN = "main"
ABSTRACT = "abstrak"


@dataclass(frozen=True)
class PublicationItem:
    """One decree as a site should show it; the PDFs are read from the archive paths given.

    ``sha256`` values are the archive's own hashes: they are what a published copy is proved
    against, so a file changed on disk after archiving is refused rather than published.
    """

    document_id: str
    jenis: str
    singkatan_jenis: str
    bentuk: str
    judul: str
    nomor: str
    tahun: int
    tempat_penetapan: str
    tanggal_penetapan: date
    main_pdf: Path
    main_sha256: str
    last_updated: datetime
    ildis_jenis_id: int | None = None
    tanggal_pengundangan: date | None = None
    penandatangan: str = ""
    pemrakarsa: str = ""
    sumber: str = "-"
    bahasa: str = "Indonesia"
    bidang_hukum: str = ""
    urusan_pemerintahan: str = ""
    teu_badan: str = ""
    subjek: tuple[str, ...] = ()
    status: str = "Berlaku"
    abstract_pdf: Path | None = None
    abstract_sha256: str | None = None

    @property
    def site_nomor(self) -> str:
        """The number without a glued "Tahun YYYY" (the year is :attr:`tahun`): what ILDIS's
        ``nomor_peraturan`` and the JDIHN feed's ``noPeraturan`` hold."""
        return site_number(self.nomor)

    def metadata(self) -> dict[str, Any]:
        """Our own fields as JSON-ready values (``metadata.json`` of an export package).

        File paths are reduced to their hashes: the receiving side gets the files beside
        the metadata, and an archive path on this PC means nothing elsewhere.
        """
        data = asdict(self)
        data.pop("main_pdf")
        data.pop("abstract_pdf")
        data["tanggal_penetapan"] = self.tanggal_penetapan.isoformat()
        data["tanggal_pengundangan"] = (
            self.tanggal_pengundangan.isoformat() if self.tanggal_pengundangan else None
        )
        data["last_updated"] = self.last_updated.isoformat()
        data["subjek"] = list(self.subjek)
        return data

    def metadata_json(self) -> str:
        return json.dumps(self.metadata(), ensure_ascii=False, indent=2, sort_keys=True)


@dataclass(frozen=True)
class PublishResult:
    """Where a document ended up: the site's record id, its public page and file URLs.

    ``file_urls`` maps :data:`MAIN` / :data:`ABSTRACT` to the public URL of each file;
    ``file_names`` to the name uploaded. ``public_url`` is None when the site gives no page
    (an export package: the operator pastes the URL after uploading by hand).

    ``published`` is False unless an adapter *observed* that the site shows the record to
    the public (ILDIS: ``is_publish`` in its backend list; the API: its answer; WebDAV: the
    file in the public web root). Never a default: a false "terbit" closes SOP step 4 while
    the public sees nothing.
    """

    publisher: str
    remote_id: str
    public_url: str | None
    file_urls: dict[str, str] = field(default_factory=dict)
    file_names: dict[str, str] = field(default_factory=dict)
    published: bool = False
    verified: tuple[VerifyResult, ...] = ()


@dataclass(frozen=True)
class VerifyResult:
    """Proof of publication: this URL served these bytes at this instant (UTC)."""

    url: str
    final_url: str
    checked_at: datetime
    sha256: str
    size: int
    content_type: str
