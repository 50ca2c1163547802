"""The JDIHN feed: exact ILDIS keys, strings only, validated by the draft-07 schema."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import jsonschema
import pytest

from jdih_desktop.publishing.feed import (
    FEED_KEYS,
    SCHEMA_FILE,
    FeedValidationError,
    build_feed,
    dumps_feed,
    feed_record,
    load_schema,
    merge_feed,
    validate_feed,
)
from jdih_desktop.publishing.model import MAIN
from jdih_desktop.publishing.naming import remote_file_name
from tests.publishing.servers.fixtures import ItemFactory

SITE = "https://jdih.kpu.go.id/sulsel/soppeng"


def test_schema_is_valid_draft07_and_lists_exactly_the_ildis_keys() -> None:
    schema = load_schema()
    jsonschema.Draft7Validator.check_schema(schema)
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert tuple(schema["required"]) == FEED_KEYS
    assert set(schema["properties"]) == set(FEED_KEYS)
    assert len(FEED_KEYS) == 28
    for key in ("noPanggil", "penerbit", "deskripsiFisik", "isbn", "teuBadan",
                "nomorIndukBuku", "subjek"):
        assert schema["properties"][key]["type"] == ["string", "null"]
    assert SCHEMA_FILE.parent.name == "schemas"


def test_build_feed_gives_one_string_record_per_item(make_item: ItemFactory) -> None:
    keputusan = make_item()
    peraturan = make_item(
        tanggal_pengundangan=date(2024, 1, 2),
        last_updated=datetime(2023, 12, 31, 20, 0, tzinfo=UTC),
        abstract=False,
        subjek=(),
    )
    feed = build_feed([keputusan, peraturan], SITE + "/")
    validate_feed(feed)
    first, second = feed
    assert tuple(first) == FEED_KEYS
    # Strings, and null where ILDIS's FeedController writes a NULL column.
    assert all(isinstance(v, str | None) for record in feed for v in record.values())
    assert [k for k, v in first.items() if v is None] == [
        "tanggal_pengundangan", "noPanggil", "penerbit", "deskripsiFisik", "isbn",
        "nomorIndukBuku",
    ]
    assert first["idData"] == keputusan.document_id
    assert first["operasi"] == "4" and first["display"] == "1"
    assert first["tanggal_penetapan"] == "2023-05-14"
    # A Keputusan has no pengundangan: null, as ILDIS writes it (no stand-in date).
    assert first["tanggal_pengundangan"] is None
    assert first["tahun_pengundangan"] == "2023"
    # 01:30 UTC is 09:30 in Watansoppeng (WITA).
    assert first["last_updated"] == "2023-05-15 09:30:00"
    assert first["subjek"] == "PEMILIH - DAFTAR PEMILIH TETAP"
    assert first["judul"] == keputusan.judul  # plain text, not HTML-escaped
    assert first["fileDownload"] == remote_file_name(keputusan)
    assert first["urlDownload"] == f"{SITE}/common/dokumen/{first['fileDownload']}"
    assert first["abstrak"].endswith("-abstrak.pdf")
    assert first["urlAbstrak"] == f"{SITE}/common/dokumen/{first['abstrak']}"
    assert first["urlDetailPeraturan"] == f"{SITE}/dokumen/view?id={keputusan.document_id}"
    assert second["tanggal_pengundangan"] == "2024-01-02"
    assert second["tahun_pengundangan"] == "2023"  # ILDIS: tahun_terbit, the decree's year
    assert second["last_updated"] == "2024-01-01 04:00:00"
    assert second["abstrak"] is None and second["urlAbstrak"] == "-"
    assert second["subjek"] == ""


def test_number_without_its_year_and_the_site_s_own_ids(make_item: ItemFactory) -> None:
    """ILDIS keeps "33" and 1988 apart; "33 Tahun 1988" as the number glues the year twice."""
    item = make_item(nomor="33 Tahun 1988", tahun=1988)
    record = feed_record(
        item,
        "http://127.0.0.1:8017",
        record_id="57",
        detail_url="http://127.0.0.1:8017/dokumen/view?id=57",
        file_urls={MAIN: "http://127.0.0.1:8017/common/dokumen/x.pdf"},
    )
    validate_feed([record])
    assert record["noPeraturan"] == "33" and record["tahun_pengundangan"] == "1988"
    assert record["idData"] == "57"
    assert record["urlDetailPeraturan"] == "http://127.0.0.1:8017/dokumen/view?id=57"
    assert record["urlDownload"] == "http://127.0.0.1:8017/common/dokumen/x.pdf"
    # A KPU slashed number ends with its year as part of the number: kept whole.
    slashed = make_item(nomor="12/PL.01-Kpt/06/KPU/I/2026", tahun=2026)
    assert feed_record(slashed, SITE)["noPeraturan"] == "12/PL.01-Kpt/06/KPU/I/2026"


def test_detail_url_template_and_single_line_text(make_item: ItemFactory) -> None:
    item = make_item(judul="Penetapan\nCalon  Terpilih\t2024")
    (record,) = build_feed([item], SITE, detail_url_template="{base}/dokumen/{id}.html")
    assert record["judul"] == "Penetapan Calon Terpilih 2024"
    assert record["urlDetailPeraturan"] == f"{SITE}/dokumen/{item.document_id}.html"


@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [
        ("idData", 7, "idData"),
        ("tanggal_penetapan", "14/05/2023", "tanggal_penetapan"),
        ("tahun_pengundangan", "23", "tahun_pengundangan"),
        ("operasi", "1", "operasi"),
        ("urlDownload", "common/dokumen/x.pdf", "urlDownload"),
        ("last_updated", "2023-05-15T09:30:00", "last_updated"),
        ("judul", None, "judul"),
    ],
)
def test_validate_feed_names_the_bad_key(
    make_item: ItemFactory, key: str, value: object, fragment: str
) -> None:
    (record,) = build_feed([make_item()], SITE)
    bad: dict[str, object] = {**record, key: value}
    with pytest.raises(FeedValidationError) as caught:
        validate_feed([bad])
    assert any(fragment in problem for problem in caught.value.problems)
    assert "#0" in str(caught.value)


def test_validate_feed_rejects_missing_extra_and_duplicate_records(make_item: ItemFactory) -> None:
    (record,) = build_feed([make_item()], SITE)
    missing = {k: v for k, v in record.items() if k != "urlDownload"}
    extra = {**record, "idData": "other", "downloads": "3"}
    with pytest.raises(FeedValidationError) as caught:
        validate_feed([record, missing, extra])
    problems = " | ".join(caught.value.problems)
    assert "duplicate idData" in problems
    assert "'urlDownload' is a required property" in problems
    assert "downloads" in problems
    with pytest.raises(FeedValidationError):
        validate_feed({"not": "a list"})


def test_nullable_keys_accept_null_like_ildis_emits(make_item: ItemFactory) -> None:
    (record,) = build_feed([make_item()], SITE)
    validate_feed([{**record, "isbn": None, "subjek": None, "teuBadan": None}])


def test_merge_feed_keeps_foreign_records_and_replaces_by_string_id(
    make_item: ItemFactory,
) -> None:
    ours = build_feed([make_item(document_id="7"), make_item(document_id="8")], SITE)
    foreign = {"idData": 9, "judul": "Perda lama", "hits": 12}
    existing = [{"idData": 7, "judul": "old"}, foreign, "junk", {"idData": "8", "judul": "x"}]
    merged = merge_feed(existing, [ours[0]], remove_ids=["8"])
    assert merged == [ours[0], foreign, "junk"]
    appended = merge_feed(merged, [ours[1]])
    assert appended[-1] == ours[1]
    assert json.loads(dumps_feed(appended).decode("utf-8")) == appended


def test_dumps_feed_keeps_indonesian_text_readable(make_item: ItemFactory) -> None:
    feed = build_feed([make_item(judul="Pemilihan Bupati — Soppeng")], SITE)
    assert "Pemilihan Bupati — Soppeng".encode() in dumps_feed(feed)
