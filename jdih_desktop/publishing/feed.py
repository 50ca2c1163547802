"""The JDIHN integration feed: ``feed/document.json`` as ILDIS 4 writes it.

The national portal pulls one JSON array of every published document. We emit exactly the
ILDIS keys (DOMAIN.md §5) with ILDIS's values (``console/controllers/FeedController.php``):
``idData`` the site's record id, ``noPeraturan`` the number without "Tahun YYYY",
``tahun_pengundangan`` the decree's year, ``null`` for what the office does not keep
(``noPanggil``, ``penerbit``, ``deskripsiFisik``, ``isbn``, ``nomorIndukBuku``; ``abstrak``
and ``teuBadan`` when absent). Where ILDIS's output and the JDIHN schema differ the schema
wins; ``resources/schemas/jdihn-document.schema.json`` lists each such point, and
:func:`validate_feed` checks a feed against it before anything is written.

When a feed is merged (a static site), records of other origins are kept untouched: other
sites write integer ids or extra keys, and a reader must tolerate them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime, tzinfo
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import jsonschema

from jdih_desktop.domain.messages import msg
from jdih_desktop.paths import resources_dir
from jdih_desktop.publishing.errors import PermanentPublishError
from jdih_desktop.publishing.model import ABSTRACT, MAIN, PublicationItem
from jdih_desktop.publishing.naming import file_names, file_url

FEED_KEYS = (
    "idData", "tahun_pengundangan", "tanggal_penetapan", "tanggal_pengundangan", "jenis",
    "noPeraturan", "judul", "noPanggil", "singkatanJenis", "tempatTerbit", "penerbit",
    "deskripsiFisik", "sumber", "subjek", "isbn", "status", "bahasa", "bidangHukum",
    "teuBadan", "nomorIndukBuku", "abstrak", "last_updated", "urlAbstrak",
    "urlDetailPeraturan", "fileDownload", "urlDownload", "operasi", "display",
)
SCHEMA_FILE = resources_dir() / "schemas" / "jdihn-document.schema.json"
DEFAULT_DETAIL_URL = "{base}/dokumen/view?id={id}"
OFFICE_ZONE = ZoneInfo("Asia/Makassar")
NONE = "-"


class FeedValidationError(PermanentPublishError):
    """A feed that the JDIHN harvester would reject; ``problems`` lists each (record, key)."""

    def __init__(self, problems: list[str]) -> None:
        shown = "; ".join(problems[:5]) + (" …" if len(problems) > 5 else "")
        super().__init__(
            msg(
                "Feed JDIHN tidak sah ({count} masalah): {problems}",
                "The JDIHN feed is invalid ({count} problems): {problems}",
                count=len(problems),
                problems=shown,
            )
        )
        self.problems = problems


def _text(value: str) -> str:
    """One line of plain text: harvesters show it as is, so newlines and tabs become spaces."""
    return " ".join(value.split())


def _optional(value: str) -> str:
    return _text(value) or NONE


def _nullable(value: str) -> str | None:
    return _text(value) or None


def _timestamp(value: datetime, zone: tzinfo) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(zone)
    return value.strftime("%Y-%m-%d %H:%M:%S")


def feed_record(
    item: PublicationItem,
    site_base_url: str,
    *,
    record_id: str | None = None,
    detail_url: str | None = None,
    file_urls: Mapping[str, str] | None = None,
    zone: tzinfo = OFFICE_ZONE,
) -> dict[str, str | None]:
    """One document's record, keys in ILDIS order.

    ``record_id`` is the site's id (ILDIS's record id), defaulting to our document id (a
    static site we own); ``detail_url`` the site's page of it and ``file_urls`` where the
    site serves its files (default: ILDIS's ``common/dokumen/`` layout). A Keputusan has no
    *pengundangan*: ``null``, as ILDIS writes a NULL column (no other date stands in for it,
    the feed never claims a value the site does not hold).
    """
    base = site_base_url.rstrip("/")
    record_id = record_id or item.document_id
    names = file_names(item)
    urls = dict(file_urls or {})
    pengundangan: date | None = item.tanggal_pengundangan
    abstract_name = names.get(ABSTRACT)
    abstract_url = urls.get(ABSTRACT) or (file_url(base, abstract_name) if abstract_name else "")
    return {
        "idData": str(record_id),
        "tahun_pengundangan": f"{item.tahun:04d}",
        "tanggal_penetapan": item.tanggal_penetapan.isoformat(),
        "tanggal_pengundangan": pengundangan.isoformat() if pengundangan else None,
        "jenis": _text(item.jenis),
        "noPeraturan": _text(item.site_nomor),
        "judul": _text(item.judul),
        "noPanggil": None,
        "singkatanJenis": _nullable(item.singkatan_jenis),
        "tempatTerbit": _nullable(item.tempat_penetapan),
        "penerbit": None,
        "deskripsiFisik": None,
        "sumber": _optional(item.sumber),
        "subjek": " - ".join(_text(s) for s in item.subjek if s.strip()),
        "isbn": None,
        "status": _text(item.status),
        "bahasa": _text(item.bahasa),
        "bidangHukum": _optional(item.bidang_hukum),
        "teuBadan": _nullable(item.teu_badan),
        "nomorIndukBuku": None,
        "abstrak": abstract_name or None,
        "last_updated": _timestamp(item.last_updated, zone),
        "urlAbstrak": abstract_url or NONE,
        "urlDetailPeraturan": detail_url
        or DEFAULT_DETAIL_URL.format(base=base, id=record_id),
        "fileDownload": names[MAIN],
        "urlDownload": urls.get(MAIN) or file_url(base, names[MAIN]),
        "operasi": "4",
        "display": "1",
    }


def build_feed(
    items: Iterable[PublicationItem],
    site_base_url: str,
    *,
    detail_url_template: str = DEFAULT_DETAIL_URL,
    zone: tzinfo = OFFICE_ZONE,
) -> list[dict[str, str | None]]:
    """The feed of a site we own: one record per item, ``idData`` = our document id.

    ``detail_url_template`` may use ``{base}`` and ``{id}``.
    """
    base = site_base_url.rstrip("/")
    return [
        feed_record(
            item,
            base,
            detail_url=detail_url_template.format(base=base, id=item.document_id),
            zone=zone,
        )
        for item in items
    ]


@lru_cache(maxsize=4)
def _cached_schema(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


def load_schema(path: Path = SCHEMA_FILE) -> dict[str, Any]:
    return _cached_schema(str(path))


def _format_checker() -> jsonschema.FormatChecker:
    checker = jsonschema.FormatChecker()

    # jsonschema checks "uri" only with an optional package installed; the harvester needs
    # absolute http(s) URLs, so check that much ourselves.
    @checker.checks("uri", raises=ValueError)
    def _is_uri(value: object) -> bool:
        if not isinstance(value, str):
            return True
        parts = urlsplit(value)
        return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in value

    return checker


def validate_feed(feed: Any, *, schema: Mapping[str, Any] | None = None) -> None:
    """Raise :class:`FeedValidationError` unless ``feed`` is a list of valid, unique records."""
    if not isinstance(feed, list):
        raise FeedValidationError(["the feed is not a JSON array"])
    validator = jsonschema.Draft7Validator(
        dict(schema or load_schema()), format_checker=_format_checker()
    )
    problems: list[str] = []
    seen: set[str] = set()
    for index, record in enumerate(feed):
        label = f"#{index}"
        if isinstance(record, dict) and "idData" in record:
            label += f" (idData {record['idData']})"
            if str(record["idData"]) in seen:
                problems.append(f"{label}: duplicate idData")
            seen.add(str(record["idData"]))
        for error in sorted(validator.iter_errors(record), key=lambda e: list(e.path)):
            where = ".".join(str(part) for part in error.path) or "record"
            problems.append(f"{label} {where}: {error.message}")
    if problems:
        raise FeedValidationError(problems)


def merge_feed(
    existing: Iterable[Any],
    records: Iterable[Mapping[str, Any]],
    *,
    remove_ids: Iterable[str] = (),
) -> list[Any]:
    """Replace records with the same ``idData`` in place, append new ones, drop removed ones.

    Ids compare as strings, so another writer's integer ``idData: 7`` and our ``"7"`` are the
    same document. Anything that is not a record with an id is kept as it was.
    """
    updates = {str(record["idData"]): dict(record) for record in records}
    removed = {str(value) for value in remove_ids}
    merged: list[Any] = []
    for record in existing:
        key = str(record["idData"]) if isinstance(record, dict) and "idData" in record else None
        if key is not None and key in removed:
            continue
        if key is not None and key in updates:
            merged.append(updates.pop(key))
        else:
            merged.append(record)
    merged.extend(updates.values())
    return merged


def dumps_feed(feed: list[Any]) -> bytes:
    """The bytes of ``feed/document.json``: UTF-8, not ASCII-escaped, stable key order."""
    return json.dumps(feed, ensure_ascii=False, indent=1).encode("utf-8")
