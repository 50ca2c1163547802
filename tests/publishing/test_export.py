"""Export package: complete or absent, never half-written; verified once the URL is pasted."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from jdih_desktop.publishing import (
    MAIN,
    HttpSettings,
    PermanentPublishError,
    RetryablePublishError,
    VerificationError,
    create_publisher,
    validate_feed,
)
from jdih_desktop.publishing.export import ExportPublisher
from jdih_desktop.publishing.feed import SCHEMA_FILE
from jdih_desktop.publishing.model import PublicationItem
from tests.publishing.servers.base import Response, TestServer
from tests.publishing.servers.fixtures import ItemFactory
from tests.publishing.servers.keyrings import MemoryKeyring
from tests.publishing.servers.static import RoutesApp

SITE = "https://jdih.kpu.go.id/sulsel/soppeng"
ROOT = Path(__file__).resolve().parents[2]


def exporter(target: Path, http: HttpSettings | None = None) -> ExportPublisher:
    from jdih_desktop.publishing import CredentialStore

    publisher = create_publisher(
        {"kind": "export", "target_dir": str(target), "site_base_url": SITE},
        CredentialStore(MemoryKeyring()),
        http=http,
    )
    assert isinstance(publisher, ExportPublisher)
    return publisher


def test_package_holds_pdfs_metadata_and_jdihn_record(
    tmp_path: Path, make_item: ItemFactory
) -> None:
    drive = tmp_path / "flashdisk"
    drive.mkdir()
    item = make_item()
    result = exporter(drive).publish(item)
    package = drive / result.remote_id
    assert sorted(p.name for p in drive.iterdir()) == [result.remote_id]  # no temp left
    assert (package / result.file_names[MAIN]).read_bytes() == item.main_pdf.read_bytes()
    metadata = json.loads((package / "metadata.json").read_text(encoding="utf-8"))
    schema = json.loads((SCHEMA_FILE.parent / "publication-metadata.schema.json").read_text())
    jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker()).validate(
        metadata
    )
    assert metadata["judul"] == item.judul and metadata["main_sha256"] == item.main_sha256
    record = json.loads((package / "jdihn.json").read_text(encoding="utf-8"))
    validate_feed(record)
    assert record[0]["fileDownload"] == result.file_names[MAIN]
    assert result.file_names[MAIN] in (package / "PETUNJUK.txt").read_text(encoding="utf-8")
    assert result.public_url is None and result.published is False


def test_export_again_replaces_the_package_and_find_existing_sees_it(
    tmp_path: Path, make_item: ItemFactory
) -> None:
    item = make_item()
    drive = tmp_path / "drive"
    drive.mkdir()
    publisher = exporter(drive)
    assert publisher.find_existing(item) is None
    first = publisher.publish(item)
    edited = replace(item, judul=item.judul + " (perbaikan)")
    second = publisher.publish(edited)
    assert second.remote_id == first.remote_id
    metadata = json.loads((drive / first.remote_id / "metadata.json").read_text())
    assert metadata["judul"].endswith("(perbaikan)")
    assert [p.name for p in drive.iterdir()] == [first.remote_id]
    found = publisher.find_existing(edited)
    assert found is not None and found.remote_id == first.remote_id
    publisher.withdraw(first.remote_id)
    assert list(drive.iterdir()) == []
    with pytest.raises(PermanentPublishError):
        publisher.withdraw("../elsewhere")


def test_missing_drive_is_retryable(tmp_path: Path, make_item: ItemFactory) -> None:
    with pytest.raises(RetryablePublishError) as caught:
        exporter(tmp_path / "E-drive-not-inserted").publish(make_item())
    assert "flashdisk" in str(caught.value)


def test_changed_archive_file_is_refused(tmp_path: Path, make_item: ItemFactory) -> None:
    item = make_item()
    item.main_pdf.write_bytes(b"%PDF-1.4 edited after archiving")
    drive = tmp_path / "drive"
    drive.mkdir()
    with pytest.raises(PermanentPublishError) as caught:
        exporter(drive).publish(item)
    assert "berubah sejak diarsipkan" in str(caught.value)
    assert list(drive.iterdir()) == []


def test_full_drive_leaves_nothing_half_written(tmp_path: Path, make_item: ItemFactory) -> None:
    """A real write failure: the export runs in a child limited to 64 KB files (EFBIG)."""
    drive = tmp_path / "small-drive"
    drive.mkdir()
    item = make_item(main_size=256 * 1024)
    existing = exporter(drive).publish(make_item())  # an earlier package must survive
    script = textwrap.dedent(
        """
        import json, resource, signal, sys
        from datetime import date, datetime
        from pathlib import Path
        from jdih_desktop.publishing import PublicationItem, PublishError
        from jdih_desktop.publishing.export import ExportConfig, ExportPublisher

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
        raw = json.loads(sys.argv[1])
        item = PublicationItem(
            **{**raw, "main_pdf": Path(raw["main_pdf"]), "abstract_pdf": None,
               "abstract_sha256": None,
               "tanggal_penetapan": date.fromisoformat(raw["tanggal_penetapan"]),
               "last_updated": datetime.fromisoformat(raw["last_updated"])})
        publisher = ExportPublisher(ExportConfig(Path(sys.argv[2]), "https://jdih.example"))
        try:
            publisher.publish(item)
        except PublishError as exc:
            print(type(exc).__name__, exc.message.render("en"))
        """
    )
    raw = _item_json(item)
    done = subprocess.run(
        [sys.executable, "-c", script, raw, str(drive)],
        capture_output=True, text=True, cwd=ROOT, timeout=60, check=True,
    )
    assert done.stdout.startswith("RetryablePublishError The drive"), done.stdout + done.stderr
    assert [p.name for p in drive.iterdir()] == [existing.remote_id]


def _item_json(item: PublicationItem) -> str:
    data = item.metadata()
    for key in ("tanggal_pengundangan", "abstract_sha256"):
        data.pop(key)
    data["subjek"] = tuple(data["subjek"])
    data["main_pdf"] = str(item.main_pdf)
    return json.dumps(data)


def test_verify_pasted_url(
    tmp_path: Path, make_item: ItemFactory, http_settings: HttpSettings
) -> None:
    item = make_item(abstract=False)
    publisher = exporter(tmp_path, http_settings)
    result = publisher.publish(item)
    with pytest.raises(VerificationError) as caught:
        publisher.verify(item, result)
    assert caught.value.reason == "no_url"
    app = RoutesApp({"/sk.pdf": Response(200, item.main_pdf.read_bytes(), "application/pdf")})
    with TestServer(app) as site:
        pasted = replace(result, file_urls={MAIN: f"{site.url}/sk.pdf"})
        proof = publisher.verify(item, pasted).verified[0]
    assert proof.sha256 == item.main_sha256
