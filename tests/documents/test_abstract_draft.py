"""Abstract drafts in the ILDIS/BPHN layout, from the reader's extraction."""

from __future__ import annotations

import pytest

from jdih_desktop.documents.reading.abstract_draft import decided, draft_abstract, notes
from jdih_desktop.documents.reading.reader import read_decree
from jdih_desktop.domain.abstract import Abstract
from jdih_desktop.domain.errors import ValidationError


@pytest.fixture()
def dpt(decree_texts: dict[str, str]) -> Abstract:
    return draft_abstract(
        read_decree(decree_texts["01_dpt_soppeng_2023"]), singkatan_jenis="KEP KPU KAB"
    )


def test_header_fields(dpt: Abstract) -> None:
    assert dpt.tahun == 2023
    assert dpt.singkatan == "KEP KPU KAB SOPPENG NO. 19 TAHUN 2023, 3 HLM."
    assert dpt.judul == (
        "Keputusan Komisi Pemilihan Umum Kabupaten Soppeng tentang Penetapan "
        "Rekapitulasi Daftar Pemilih Tetap Pemilihan Umum Tahun 2024 di "
        "Kabupaten Soppeng"
    )
    assert dpt.subjek_text == "DAFTAR PEMILIH TETAP - REKAPITULASI - KPU KABUPATEN SOPPENG"


def test_three_bullets_condensed_from_the_sections(dpt: Abstract) -> None:
    considerations, basis, decided = dpt.abstrak
    assert considerations.startswith("bahwa berdasarkan ketentuan Pasal 208")
    assert "perlu menetapkan" not in considerations  # the closing boilerplate point is dropped
    assert basis.startswith("Dasar hukum Keputusan ini adalah: Undang-Undang Nomor 7 Tahun 2017")
    assert "Lembaran Negara" not in basis and "sebagaimana telah diubah" not in basis
    assert decided.startswith("Dalam Keputusan ini ditetapkan rekapitulasi Daftar Pemilih Tetap")
    assert "bagian tidak terpisahkan" not in decided
    assert "mulai berlaku" not in decided


def test_notes(dpt: Abstract) -> None:
    assert dpt.catatan == (
        "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        "Ditetapkan di Watansoppeng pada tanggal 23 Juni 2023.",
        "Lampiran: 1 halaman.",
        "Salinan sesuai dengan aslinya.",
    )
    assert dpt.problems() == []
    dpt.validate()


def test_the_diktum_verb_becomes_a_noun(decree_texts: dict[str, str]) -> None:
    draft = draft_abstract(read_decree(decree_texts["07_tim_jdih_soppeng_2023"]))
    assert draft.abstrak[2].startswith("Dalam Keputusan ini ditetapkan pembentukan Tim Pengelola")
    assert draft.singkatan.startswith("KEP KPU KAB SOPPENG NO. 45 TAHUN 2023")
    assert "PEMILIHAN UMUM" not in draft.subjek  # the body's name is not a subject


def test_slashed_numbers_keep_their_case(decree_texts: dict[str, str]) -> None:
    draft = draft_abstract(read_decree(decree_texts["04_dpt_sumut_2018"]))
    assert "NO. 4/PL.03.4-Kpt/12/Prov/III/2018" in draft.singkatan
    assert draft.singkatan.startswith("KEP KPU PROV SUMATERA UTARA")


def test_as_text_layout(dpt: Abstract) -> None:
    text = dpt.as_text()
    assert text.splitlines()[0] == f"SUBJEK    : {dpt.subjek_text}"
    assert text.count("\n- ") == 3 + 4


def test_an_empty_extraction_gives_an_honest_incomplete_draft() -> None:
    draft = draft_abstract(read_decree(""))
    assert draft.judul == "" and draft.tahun is None
    problems = {str(p) for p in draft.problems()}
    assert "JUDUL belum diisi." in problems and "TAHUN belum diisi." in problems
    with pytest.raises(ValidationError):
        draft.validate()


def test_too_many_notes_is_a_problem() -> None:
    abstract = Abstract(
        ("PEMILU",),
        2024,
        "KEP KPU KAB X NO. 1 TAHUN 2024",
        "Keputusan …",
        ("bahwa …", "Dasar hukum …", "Dalam Keputusan ini …"),
        ("a",) * 6,
    )
    assert [p.render("en") for p in abstract.problems()] == [
        "CATATAN must have 1 to 5 notes; it has 6."
    ]


KEPPRES_IN_ARTICLES = """KEPUTUSAN PRESIDEN REPUBLIK INDONESIA
NOMOR 20 TAHUN 1996
TENTANG
PENGESAHAN KONVENSI TENTANG BENDA ANTARIKSA
PRESIDEN REPUBLIK INDONESIA,
Menimbang : a. bahwa konvensi itu telah ditandatangani;
Mengingat : Pasal 4 ayat (1) dan Pasal 11 Undang-Undang Dasar 1945;
MEMUTUSKAN :
Menetapkan : KEPUTUSAN PRESIDEN TENTANG PENGESAHAN KONVENSI TENTANG BENDA ANTARIKSA.
BAB I
KETENTUAN UMUM
Pasal 1
(1) Mengesahkan Konvensi tentang Benda Antariksa yang salinan naskah aslinya
terlampir pada Keputusan Presiden ini.
Pasal 2
Apabila terjadi perbedaan penafsiran, yang berlaku adalah naskah aslinya.
BAB II
PENUTUP
Pasal 3
Keputusan Presiden ini mulai berlaku pada tanggal ditetapkan.
Ditetapkan di Jakarta
pada tanggal 27 Februari 1996
PRESIDEN REPUBLIK INDONESIA,
ttd
SOEHARTO
\f
LAMPIRAN
KONVENSI TENTANG BENDA ANTARIKSA
Pasal I
Negara peluncur bertanggung jawab mutlak.
Pasal II
Tembusan disampaikan kepada para pihak.
"""


def test_articles_of_a_keppres_are_its_pokok_isi_and_the_lampiran_is_not() -> None:
    extraction = read_decree(KEPPRES_IN_ARTICLES)
    assert [i.label for i in extraction.diktum] == ["Pasal 1", "Pasal 2", "Pasal 3"]
    assert "KETENTUAN UMUM" not in " ".join(i.text for i in extraction.diktum)  # a chapter
    text = decided(extraction.diktum)
    assert text.startswith("Dalam Keputusan ini ditetapkan pengesahan Konvensi tentang Benda")
    assert "perbedaan penafsiran" in text
    assert "bertanggung jawab mutlak" not in text and "Tembusan" not in text
    assert notes(extraction)[0] == "Keputusan ini mulai berlaku pada tanggal ditetapkan."


def test_a_compilations_running_header_is_in_no_article() -> None:
    header = "Himpunan Peraturan tentang Organisasi Tahun 1963-2005\n"
    pages = KEPPRES_IN_ARTICLES.replace("Pasal 2\n", "\f" + header + "Pasal 2\n")
    extraction = read_decree(header + pages.replace("\fLAMPIRAN", "\f" + header + "LAMPIRAN"))
    assert [i.label for i in extraction.diktum] == ["Pasal 1", "Pasal 2", "Pasal 3"]
    assert not any("Himpunan" in i.text for i in extraction.diktum)
    assert extraction.judul is not None and "Himpunan" not in extraction.judul.value
