"""A scan draft's metadata is typed in code and saved in the flat shape drafts always had, so
drafts saved by earlier versions resume, and a resumed draft saves back what it read."""

from __future__ import annotations

import json
from pathlib import Path

from jdih_desktop.documents.drafts import DRAFT_FILE, DraftStore
from jdih_desktop.domain.draft_metadata import DraftLink, DraftMetadata, FieldReading

#: ``metadata`` of a draft.json as the wizard wrote it before the type existed.
SAVED_BEFORE = {
    "nomor": {"value": "12 Tahun 2024", "confidence": 0.97, "page": 1, "line": 4, "reason": ""},
    "tahun": {"value": "2024", "confidence": 0.97, "page": 1, "line": 4, "reason": ""},
    "judul": {
        "value": "Penetapan Jadwal Pemutakhiran Data Pemilih",
        "confidence": 0.62,
        "page": 1,
        "line": 6,
        "reason": "judul terpotong",
    },
    "teu_badan": {"value": "", "confidence": None, "page": None, "line": None, "reason": ""},
    "bidang_hukum": {"confidence": None, "value": "Hukum Tata Negara"},  # typed by the operator
    "subjek": ["PEMILU", "DATA PEMILIH"],
    "status_links": [
        {
            "kind": "mencabut",
            "nomor": "5 Tahun 2022",
            "tahun": 2022,
            "excerpt": "mencabut Keputusan Nomor 5 Tahun 2022",
            "target_document_id": 3,
            "target_title": "Pembentukan Tim",
            "note": "",
            "confirmed": True,
        }
    ],
}


def _old_draft(store: DraftStore) -> str:
    draft = store.new()
    path = store.folder(draft) / DRAFT_FILE
    data = json.loads(path.read_bytes())
    data["metadata"] = SAVED_BEFORE
    path.write_text(json.dumps(data), encoding="utf-8")
    return draft.id


def test_a_draft_saved_before_the_type_resumes_typed_and_saves_back_the_same(
    tmp_path: Path,
) -> None:
    store = DraftStore(tmp_path / "drafts")
    draft = store.load(_old_draft(store))

    assert draft.metadata.fields["judul"] == FieldReading(
        "Penetapan Jadwal Pemutakhiran Data Pemilih", 0.62, 1, 6, "judul terpotong"
    )
    assert draft.metadata.fields["bidang_hukum"] == FieldReading("Hukum Tata Negara", None)
    assert draft.metadata.subjek == ["PEMILU", "DATA PEMILIH"]
    assert draft.metadata.status_links == [
        DraftLink(
            "mencabut", "5 Tahun 2022", 2022, "mencabut Keputusan Nomor 5 Tahun 2022", 3,
            "Pembentukan Tim", "", True,
        )
    ]  # fmt: skip
    # The drafts list names it by its title, not by the saved entry's text.
    assert draft.title() == "Penetapan Jadwal Pemutakhiran Data Pemilih"

    store.save(draft)
    saved = json.loads((store.folder(draft) / DRAFT_FILE).read_bytes())["metadata"]
    expected = dict(SAVED_BEFORE)
    expected["bidang_hukum"] = {  # the missing keys are written out with their defaults
        "value": "Hukum Tata Negara", "confidence": None, "page": None, "line": None, "reason": "",
    }  # fmt: skip
    assert saved == expected


def test_what_older_versions_left_loose_is_read_not_refused() -> None:
    metadata = DraftMetadata.from_json(
        {
            "tahun": {"value": 2024, "confidence": "tinggi"},  # a number; a word for confidence
            "judul": "Penetapan Tim",  # a bare value instead of an entry
            "status_links": [{"kind": "mengubah", "nomor": "7 Tahun 2021"}, "rusak"],
            "nomor": None,
        }
    )
    assert metadata.value("tahun") == "2024"
    assert metadata.fields["tahun"].confidence is None
    assert metadata.value("judul") == "Penetapan Tim"
    assert metadata.status_links == [DraftLink("mengubah", "7 Tahun 2021")]
    assert "nomor" not in metadata.fields
    assert metadata.value("nomor") == ""


def test_a_new_draft_has_no_metadata_and_saves_none(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    draft = store.load(store.new().id)
    assert not draft.metadata
    assert json.loads((store.folder(draft) / DRAFT_FILE).read_bytes())["metadata"] == {}
    assert draft.title().startswith("0 halaman")
    draft.metadata.fields["judul"] = FieldReading("Uji", None)
    assert draft.metadata
    store.save(draft)
    assert store.load(draft.id).metadata == draft.metadata
