"""Signature blocks, numbering forms and honest confidence on the kinds of text real decrees have.

Each text is a short synthetic decree written after a layout seen in real ones (Keppres with a
"Diundangkan" block, a certified copy, a delegated agency head, a KPU Kabupaten block,
letter-spaced and split "Ditetapkan di", rubber-stamped English months, OCR-damaged numbers);
the real decrees themselves are measured by ``benchmarks/reader_accuracy.py``.
"""

from __future__ import annotations

from datetime import date

import pytest

from jdih_desktop.documents.reading.reader import read_decree
from jdih_desktop.documents.reading.reader_confidence import SURE, needs_check
from jdih_desktop.documents.reading.reader_number import read_number, written_into_blank


def _decree(head: str, end: str) -> str:
    return (
        f"{head}\n"
        "Menimbang : a. bahwa perlu menetapkan keputusan;\n"
        "Mengingat : 1. Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum;\n"
        "MEMUTUSKAN:\n"
        "Menetapkan : KEPUTUSAN TENTANG HAL ITU.\n"
        "KESATU : Menetapkan hal itu.\n"
        "KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.\n"
        f"{end}\n"
    )


KEPPRES_HEAD = (
    "KEPUTUSAN PRESIDEN REPUBLIK INDONESIA\nNOMOR 33 TAHUN 1988\nTENTANG\n"
    "LEMBAGA PENERBANGAN DAN ANTARIKSA NASIONAL\nPRESIDEN REPUBLIK INDONESIA,"
)


def test_keppres_signer_is_not_the_office_nor_the_promulgating_minister() -> None:
    text = _decree(
        KEPPRES_HEAD,
        "Ditetapkan di Jakarta\npada tanggal 27 September 1988\nPRESIDEN REPUBLIK INDONESIA,\n"
        "ttd.\nSOEHARTO\nDiundangkan di Jakarta\npada tanggal 27 September 1988\n"
        "MENTERI/SEKRETARIS NEGARA\nREPUBLIK INDONESIA,\nttd.\nMOERDIONO",
    )
    found = read_decree(text)
    assert found.penandatangan is not None and found.penandatangan.value == "Soeharto"
    assert found.penandatangan.confidence >= SURE
    assert found.tempat_penetapan is not None and found.tempat_penetapan.value == "Jakarta"
    assert found.tanggal_penetapan is not None
    assert found.tanggal_penetapan.value == date(1988, 9, 27)
    assert found.nomor is not None and found.nomor.value.casefold() == "33 tahun 1988"
    assert found.judul is not None and found.judul.value.startswith("Lembaga Penerbangan")
    assert found.salinan is not None and found.salinan.value is False


def test_certified_copy_certifier_is_not_the_signer() -> None:
    text = _decree(
        KEPPRES_HEAD,
        "Ditetapkan di Jakarta\npada tanggal 7 Juni 1988\nPRESIDEN REPUBLIK INDONESIA,\nttd.\n"
        "ABDURRARMAN WAHID\nSalinan sesuai dengan aslinya\nSEKRETARIAT KABINET RI\n"
        "Kepala Biro Peraturan\nPerundang-undangan II\nttd.\nEdy Sudibyo",
    )
    found = read_decree(text)
    assert found.penandatangan is not None and found.penandatangan.value == "Abdurrarman Wahid"
    assert found.pengesah_salinan is not None and found.pengesah_salinan.value == "Edy Sudibyo"
    assert found.salinan is not None and found.salinan.value is True


def test_delegated_agency_block_letter_spaced_place_and_stamped_english_month() -> None:
    head = (
        "KEPUTUSAN\nKEPALA LEMBAGA PENERBANGAN DAN ANTARIKSA NASIONAL\n"
        "NOMOR : KEP/139/X/2001\nTENTANG\nTATA HUBUNGAN KERJA\n"
        "KEPALA LEMBAGA PENERBANGAN DAN ANTARIKSA NASIONAL"
    )
    text = _decree(
        head,
        "D i t e t a p k a n d i : J A K A R T A\nPada tanggal : 17 OCT 2001\n"
        "A.n. KEPALA LEMBAGA PENERBANGAN DAN ANTARIKSA NASIONAL\nSEKRETARIS UTAMA,\n"
        "Ir. BUDI SANTOSO, M.Eng\nSALINAN Keputusan ini disampaikan kepada:\n1. Para Deputi",
    )
    found = read_decree(text)
    assert found.judul is not None and found.judul.value == "Tata Hubungan Kerja"
    assert found.tempat_penetapan is not None and found.tempat_penetapan.value == "Jakarta"
    assert found.tanggal_penetapan is not None
    assert found.tanggal_penetapan.value == date(2001, 10, 17)
    assert found.penandatangan is not None
    assert found.penandatangan.value == "Ir. Budi Santoso, M.Eng"
    # A distribution list headed "SALINAN" does not make the decree a certified copy.
    assert found.salinan is not None and found.salinan.value is False
    assert found.nomor is not None and found.nomor.value == "KEP/139/X/2001"


def test_kpu_kabupaten_block_split_ditetapkan() -> None:
    head = (
        "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SOPPENG\nNOMOR 19 TAHUN 2023\nTENTANG\n"
        "PENETAPAN DAFTAR PEMILIH TETAP\nKETUA KOMISI PEMILIHAN UMUM KABUPATEN SOPPENG,"
    )
    text = _decree(
        head,
        "Di tetapkan di Watansoppeng\npada tanggal 14 Mei 2023\n"
        "KETUA KOMISI PEMILIHAN UMUM\nKABUPATEN SOPPENG,\nttd\nANDI MUHAMMAD YUSUF",
    )
    found = read_decree(text)
    assert found.tempat_penetapan is not None and found.tempat_penetapan.value == "Watansoppeng"
    assert found.penandatangan is not None and found.penandatangan.value == "Andi Muhammad Yusuf"
    assert found.jabatan_penandatangan is not None
    assert found.jabatan_penandatangan.value == "Ketua"


def test_year_of_number_against_date_is_flagged_with_a_reason() -> None:
    head = KEPPRES_HEAD.replace("33 TAHUN 1988", "33 TAHUN 2021")
    text = _decree(
        head,
        "Ditetapkan di Jakarta\npada tanggal 2 Maret 2027\nPRESIDEN REPUBLIK INDONESIA,\n"
        "ttd.\nSOEHARTO",
    )
    found = read_decree(text)
    assert found.tahun is not None and found.tanggal_penetapan is not None
    assert needs_check(found.tahun.confidence) and "2021" in found.tahun.reason
    assert needs_check(found.tanggal_penetapan.confidence)


def test_wrapped_date_line_is_no_signer_and_handwritten_date_is_left_out() -> None:
    text = _decree(
        KEPPRES_HEAD,
        "Ditetapkan di Jakarta\nPada tanggal : j . r J u n i 1996\nPRESIDEN REPUBLIK INDONESIA,\n"
        "ttd.\nSOEHARTO",
    )
    found = read_decree(text)
    assert found.tanggal_penetapan is None
    assert found.penandatangan is not None and found.penandatangan.value == "Soeharto"


def test_ocr_name_under_a_stamp_is_never_sure() -> None:
    text = _decree(
        KEPPRES_HEAD,
        "Ditetapkan di Jakarta\npada tanggal 27 September 1988\nPRESIDEN REPUBLIK INDONESIA,\n"
        "ttd.\nSOEHARTO",
    )
    found = read_decree(text, ocr=True)
    assert found.penandatangan is not None and needs_check(found.penandatangan.confidence)
    assert found.penandatangan.reason
    assert "reason" in found.to_dict()["penandatangan"]


@pytest.mark.parametrize(
    ("raw", "text", "year", "sure"),
    [
        (": 33 TAHUN 1988", "33 TAHUN 1988", 1988, True),
        ("No. 99 TAHUN 1993", "99 TAHUN 1993", 1993, True),
        ("KEP/082/VI/1996", "KEP/082/VI/1996", 1996, True),
        ("496/ SK / R/UI/2020", "496/SK/R/UI/2020", 2020, True),
        ("188.45/0581/BAPPEDA/2025", "188.45/0581/BAPPEDA/2025", 2025, True),
        ("Kep/081/lv/2000", "Kep/081/IV/2000", 2000, False),  # "lv" repaired
        ("Kep/ I1O / V /2004", "Kep/110/V/2004", 2004, False),
        ("496/SK/R/UI/2O2L", "496/SK/R/UI/2021", 2021, False),
        ("KEP/^36/VI/1996", None, 1996, False),  # unreadable running number
        ("(62 TAHUN 2018", "162 TAHUN 2018", 2018, False),  # "(" read for a "1"
    ],
)
def test_numbering_forms(raw: str, text: str | None, year: int, sure: bool) -> None:
    reading = read_number(raw)
    assert reading is not None and reading.year == year
    if text is not None:
        assert reading.text == text
    clean = not reading.unreadable and not reading.repairs
    assert clean is sure


@pytest.mark.parametrize(
    ("heading", "number", "block", "name", "office"),
    [
        (
            "KOMISI PEMILIHAN UMUM PROVINSI SULAWESI SELATAN",
            "4/PL.03.4-Kpt/73/Prov/III/2018",
            "Plh. KETUA KOMISI PEMILIHAN UMUM\nPROVINSI SULAWESI SELATAN,\nttd\n"
            "Dr. FAISAL AMIR, S.IP., M.Si.\nNIP 197001012000031001",
            "Dr. Faisal Amir, S.IP., M.Si.",
            "Plh. Ketua",
        ),
        (
            "KOMISI PEMILIHAN UMUM KOTA MAKASSAR",
            "37/Kpts/KPU-Kota-025.433570/TAHUN 2014",
            "KOMISI PEMILIHAN UMUM KOTA MAKASSAR\nKETUA,\n\nNURMAL IDRUS",
            "Nurmal Idrus",
            "Ketua",
        ),
        (
            "KOMISI PEMILIHAN UMUM",
            "19 TAHUN 2023",
            "KOMISI PEMILIHAN UMUM\nREPUBLIK INDONESIA\nKETUA,\nttd.\nHASYIM ASY'ARI",
            "Hasyim Asy'ari",
            "Ketua",
        ),
    ],
)
def test_kpu_blocks_at_every_level(
    heading: str, number: str, block: str, name: str, office: str
) -> None:
    head = f"KEPUTUSAN {heading}\nNOMOR {number}\nTENTANG\nPENETAPAN HAL ITU\nKETUA {heading},"
    found = read_decree(
        _decree(head, f"Ditetapkan di Makassar\npada tanggal 1 Maret 2018\n{block}")
    )
    assert found.penandatangan is not None and found.penandatangan.value == name
    assert found.penandatangan.confidence >= SURE, found.penandatangan.reason
    assert found.jabatan_penandatangan is not None
    assert found.jabatan_penandatangan.value == office
    assert found.nomor is not None and found.nomor_parsed is not None


KPU_HEAD = (
    "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SOPPENG\nNOMOR {number}\nTENTANG\n"
    "PENETAPAN DAFTAR PEMILIH TETAP\nKETUA KOMISI PEMILIHAN UMUM KABUPATEN SOPPENG,"
)
KPU_BLOCK = "KETUA KOMISI PEMILIHAN UMUM\nKABUPATEN SOPPENG,\nttd\nANDI MUHAMMAD YUSUF"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("1 4 MEI ongt", date(2023, 5, 14)),  # letter-spaced day, year smudged
        ("14 0cT 2901", date(2023, 10, 14)),  # "0" for "O", a year no decree has
        ("Hf 9 SEP 9199", None),  # debris before a one-digit day: a digit may be lost
    ],
)
def test_stamped_date_whose_year_is_illegible_takes_the_numbers_year(
    stamp: str, expected: date | None
) -> None:
    head = KPU_HEAD.format(number="123/PL.01.1-Kpt/7312/2023")
    text = _decree(head, f"Ditetapkan di Watansoppeng\npada tanggal : {stamp}\n{KPU_BLOCK}")
    found = read_decree(text, ocr=True)
    if expected is None:
        assert found.tanggal_penetapan is None
        return
    assert found.tanggal_penetapan is not None and found.tanggal_penetapan.value == expected
    assert needs_check(found.tanggal_penetapan.confidence)
    assert "nomor" in found.tanggal_penetapan.reason


def test_year_of_an_unreadable_number_gives_way_to_a_clean_date() -> None:
    head = KPU_HEAD.format(number="1?8-As/ose9/PL.01/2020")  # handwritten, year misread
    text = _decree(head, f"Ditetapkan di Watansoppeng\npada tanggal 14 Mei 2025\n{KPU_BLOCK}")
    found = read_decree(text, ocr=True)
    assert found.nomor is not None and needs_check(found.nomor.confidence)
    assert found.tahun is not None and found.tahun.value == 2025
    assert needs_check(found.tahun.confidence) and found.tahun.reason


@pytest.mark.parametrize(
    ("end", "name"),
    [
        (  # the name on the distribution heading's line
            "A.n. KETUA\nLEMBAGA PENERBANGAN DAN ANTARIKSA NASIONAL\nDEPUTI BIDANG ADMINISTRASI\n"
            "Kepada Yth. : SUHARSO MARTADIWIRYA, MM\n1. PARA KAPUS LAPAN\nTembusan :",
            "Suharso Martadiwirya, MM",
        ),
        (  # the name just below the heading, before the list's items
            "A.n. KETUA\nLEMBAGA PENERBANGAN DAN ANTARIKSA NASIONAL\nDEPUTI BIDANG ADMINISTRASI\n"
            "Tembusan :\nIr. DIJARDJANA\n1. KETUA LAPAN\n2. Para Deputi",
            "Ir. Dijardjana",
        ),
        (  # a list item in title case is never the signer
            "A.n. KETUA\nLEMBAGA PENERBANGAN DAN ANTARIKSA NASIONAL\nDEPUTI BIDANG ADMINISTRASI\n"
            "Tembusan :\nPara Deputi LAPAN\n1. KETUA LAPAN",
            None,
        ),
    ],
)
def test_signer_beside_a_distribution_list_is_read_but_not_sure(end: str, name: str | None) -> None:
    head = (
        "KEPUTUSAN\nKETUA LEMBAGA PENERBANGAN DAN ANTARIKSA NASIONAL\nNOMOR : KEP/120/XI/1998\n"
        "TENTANG\nKOP SURAT\nKETUA LEMBAGA PENERBANGAN DAN ANTARIKSA NASIONAL"
    )
    found = read_decree(
        _decree(head, f"Ditetapkan di : Jakarta\nPada tanggal : 6 Nopember 1998\n{end}")
    )
    if name is None:
        assert found.penandatangan is None
        return
    assert found.penandatangan is not None and found.penandatangan.value == name
    assert needs_check(found.penandatangan.confidence) and found.penandatangan.reason


def test_name_cut_by_a_stamp_is_completed_from_the_lampirans_closing_block() -> None:
    head = KPU_HEAD.format(number="19 TAHUN 2023")
    block = "KETUA KOMISI PEMILIHAN UMUM\nKABUPATEN SOPPENG,\nMUHAMMAD YUSUF"  # "ANDI" stamped
    lampiran = (
        "\fLAMPIRAN\nKEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SOPPENG\nNOMOR 19 TAHUN 2023\n"
        "1. Rahmat, S.H. Anggota\nKETUA KOMISI PEMILIHAN UMUM\nKABUPATEN SOPPENG,\n"
        "ANDI MUHAMMAD YUSUF"
    )
    text = _decree(head, f"Ditetapkan di Watansoppeng\npada tanggal 14 Mei 2023\n{block}")
    found = read_decree(text + lampiran, ocr=True)
    assert found.penandatangan is not None
    assert found.penandatangan.value == "Andi Muhammad Yusuf"
    assert needs_check(found.penandatangan.confidence)
    # A Lampiran whose last name is someone else's leaves the reading as it was.
    other = lampiran.replace("ANDI MUHAMMAD YUSUF", "SITI AMINAH")
    kept = read_decree(text + other, ocr=True).penandatangan
    assert kept is not None and kept.value == "Muhammad Yusuf"


@pytest.mark.parametrize(
    ("raw", "text", "year"),
    [
        ("Lac/SK/R/UI/2020", "Lac/SK/R/UI/2020", 2020),  # a handwritten number read as a word
        ("KEP//VI/1996", "KEP//VI/1996", 1996),  # the blank left empty
        ("188.45/0581/BAPPEDA/3025", "188.45/0581/BAPPEDA/2025", 2025),  # stamped "2" as "3"
        ("162 TAHUN 7018", "162 TAHUN 2018", 2018),  # worn "2" as "7"
        ("KEP/082/VI/9199", "KEP/082/VI/9199", None),  # no digit repair makes it a year
        ("KEP/082/VI/3999", "KEP/082/VI/3999", None),  # "2999" is no decree's year either
    ],
)
def test_numbers_without_running_number_and_stamped_years(
    raw: str, text: str, year: int | None
) -> None:
    reading = read_number(raw)
    assert reading is not None and reading.text == text and reading.year == year
    if "TAHUN" in raw or raw.startswith("188"):
        assert not reading.unreadable and reading.repairs  # read, but never as clean
    else:
        assert reading.unreadable


@pytest.mark.parametrize(
    ("raw", "spaced"),
    [
        ("1481 /SK/R/UI/2020", True),  # the running number written into the frame's blank
        ("NOMOR : KEP/ 082 /VI/1996", True),
        ("KEP/082 /VI/1996", True),
        ("496/SK/R/UI/2020", False),
        ("188.45/0581/BAPPEDA/2025", False),
        ("33 TAHUN 1988", False),
        ("KEP/082/VI /1996", False),  # a space before the year is no blank for a number
    ],
)
def test_a_running_number_apart_from_its_slashes_is_written_into_a_blank(
    raw: str, spaced: bool
) -> None:
    assert written_into_blank(raw) is spaced


def test_a_number_written_into_a_blank_is_doubtful_only_in_ocr_text() -> None:
    head = (
        "KEPUTUSAN REKTOR UNIVERSITAS INDONESIA\nNOMOR 1481 /SK/R/UI/2020\nTENTANG\n"
        "TIM REVISI STATUTA\nREKTOR UNIVERSITAS INDONESIA,"
    )
    text = _decree(head, "Ditetapkan di Jakarta\npada tanggal 28 September 2020\nRektor,\nARI")
    scanned = read_decree(text, ocr=True)
    assert scanned.nomor is not None and scanned.nomor.value == "1481/SK/R/UI/2020"
    assert needs_check(scanned.nomor.confidence) and "tangan" in scanned.nomor.reason
    assert scanned.tahun is not None and scanned.tahun.value == 2020  # the typed year stands
    typed = read_decree(text)  # a born-digital layer: spacing is only layout
    assert typed.nomor is not None and typed.nomor.confidence >= SURE


def test_a_lost_heading_takes_no_number_from_the_considerations() -> None:
    head = (
        "KFPTJTTJ$AN K0MI5I PFMTLTHAN\n^oM;R Ag0 /sK/2o2o\nTENTANG\nHAL ITU\nKETUA,\n"
        "Menimbang : a. bahwa berdasarkan ketentuan Undang-Undang\n"
        "Nomor 7 Tahun 2017 tentang Pemilihan Umum perlu menetapkan;"
    )
    text = _decree(head, f"Ditetapkan di Watansoppeng\npada tanggal 14 Mei 2025\n{KPU_BLOCK}")
    found = read_decree(text, ocr=True)
    assert found.jenis is None
    assert found.nomor is None  # not "7 Tahun 2017" opening a Menimbang line
    kept = read_decree(
        text.replace(
            "KFPTJTTJ$AN K0MI5I PFMTLTHAN\n^oM;R Ag0 /sK/2o2o",
            ("KEPUTUSAN KOMISI PEMILIHAN UMUM\nNOMOR 5 TAHUN 2025"),
        ),
        ocr=True,
    )
    assert kept.nomor is not None and kept.nomor.value.casefold() == "5 tahun 2025"


LAMPIRAN_HEAD = "LAMPIRAN\nKEPUTUSAN BUPATI DONGGALA\nNOMOR : {number}\nTENTANG\nTIM ITU\n"


@pytest.mark.parametrize(
    ("lampiran", "year"),
    [
        (LAMPIRAN_HEAD.format(number="188-As/osbg\nowwes /3025"), 2025),  # wrapped, "2" as "3"
        (LAMPIRAN_HEAD.format(number="188.45/0569/DINKES/2025"), 2025),
        (LAMPIRAN_HEAD.format(number="188-As/osbg/x"), None),  # no year there either
        ("", None),  # no Lampiran
    ],
)
def test_a_year_lost_in_the_heading_is_taken_from_the_lampirans_number(
    lampiran: str, year: int | None
) -> None:
    head = (
        "KEPUTUSAN BUPATI DONGGALA\nNOMOR : 168-AS/ose9/Dwkees/202x\nTENTANG\nTIM ITU\n"
        "BUPATI DONGGALA,"
    )
    end = "Ditetapkan di Donggala\npada tanggal 12 vovember 2p1x .\nBUPATI DONGGALA,\nVERA"
    found = read_decree(_decree(head, end) + lampiran, ocr=True)
    if year is None:
        assert found.tahun is None and found.tanggal_penetapan is None
        return
    assert found.tahun is not None and found.tahun.value == year
    assert needs_check(found.tahun.confidence) and "Lampiran" in found.tahun.reason
    when = found.tanggal_penetapan
    assert when is not None and when.value == date(year, 11, 12)
    assert needs_check(when.confidence) and when.reason


LAPAN_HEAD = (
    "KEPUTUSAN\nKEPALA LEMBAGA PENERBANGAN DAN ANTARIKSA NASIONAL\nNOMOR : {number}\n"
    "TENTANG\nKOP SURAT\nKEPALA LEMBAGA PENERBANGAN DAN ANTARIKSA NASIONAL,"
)
LAPAN_END = "Ditetapkan di : Jakarta\nPada tanggal : {day}\nKEPALA,\nttd.\nDrs. SURYA DARMA, M.Sc."


@pytest.mark.parametrize(
    ("number", "day", "doubt"),
    [
        ("KEP/082/VI/1996", "25 Juni 1996", False),  # the number's month is the date's
        ("KEP/082/VII/1996", "25 Juni 1996", True),  # one of them misread
        ("KEP/082/III/2001", "2 Maret 2001", False),
        ("KEP/082/XI/2001", "2 Maret 2001", True),
        ("KEP/010/II/2001", "16 November 2005", False),  # years differ: the year's check speaks
        ("496/SK/R/UI/2020", "27 Maret 2020", False),  # "UI" is a unit, no month
    ],
)
def test_a_numbers_roman_month_is_checked_against_the_date(
    number: str, day: str, doubt: bool
) -> None:
    text = _decree(LAPAN_HEAD.format(number=number), LAPAN_END.format(day=day))
    found = read_decree(text)
    assert found.nomor is not None and found.tanggal_penetapan is not None
    assert found.nomor.value == number
    month_doubt = "bulan nomor" in found.nomor.reason
    assert month_doubt is doubt
    assert needs_check(found.nomor.confidence) is doubt
    assert ("bulan nomor" in found.tanggal_penetapan.reason) is doubt
    if doubt:
        assert needs_check(found.tanggal_penetapan.confidence)


@pytest.mark.parametrize(
    ("raw", "year"),
    [
        ("NOMOR -29/ TAHUN 2016", 2016),  # a handwritten running number lost by OCR
        ("NOMOR ^?. TAHUN 2O16", 2016),
        ("NOMOR -29/ TAHUN 7016", 2016),  # a worn "2"
        ("NOMOR -29/ TAHUN ab", None),
    ],
)
def test_the_printed_year_beside_an_unreadable_running_number_is_read_doubtful(
    raw: str, year: int | None
) -> None:
    reading = read_number(raw)
    assert reading is not None and reading.unreadable and reading.year == year
    head = KEPPRES_HEAD.replace("NOMOR 33 TAHUN 1988", raw)
    end = "Ditetapkan di Jakarta\nPRESIDEN REPUBLIK INDONESIA,"
    found = read_decree(_decree(head, end), ocr=True)
    if year is None:
        assert found.tahun is None
        return
    assert found.tahun is not None and found.tahun.value == year
    assert needs_check(found.tahun.confidence) and "TAHUN" in found.tahun.reason
    assert found.nomor is not None and needs_check(found.nomor.confidence)


@pytest.mark.parametrize(
    ("block", "name", "office"),
    [
        (  # the list's heading read before the office: columns interleaved line by line
            "Tembusan\nKETUA\nLEMBAGA PENERBANGAN DAN ANTARIKSA NASIONAL\n"
            "Prof. Dr. Ir. H. WIRYOSUMARTO\nPARA DEPUTI KETUA LAPAN",
            "Prof. Dr. Ir. H. Wiryosumarto",
            "Ketua",
        ),
        (  # no office beside the list: a capitals line there is no signer
            "Tembusan\nPARA DEPUTI KETUA LAPAN\nSEKRETARIS UTAMA\n1. Inspektur",
            None,
            None,
        ),
        ("Tembusan\nDJAMALUDDIN\n1. Para Deputi", None, None),  # a name with no office above
    ],
)
def test_an_office_and_name_read_beside_a_distribution_heading(
    block: str, name: str | None, office: str | None
) -> None:
    end = f"Ditetapkan di\nPada tanggal\nJakarta\n13 Agustus 1997\n{block}"
    found = read_decree(_decree(LAPAN_HEAD.format(number="KEP/099/VIII/1997"), end))
    if name is None:
        assert found.penandatangan is None
        return
    assert found.penandatangan is not None and found.penandatangan.value == name
    assert needs_check(found.penandatangan.confidence) and found.penandatangan.reason
    assert found.jabatan_penandatangan is not None
    assert found.jabatan_penandatangan.value == office
