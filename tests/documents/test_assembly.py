"""PDF assembly: bit-exact G4, JPEG for gray/colour, PDF/A-2b, atomic and streaming."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tracemalloc
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageChops

from jdih_desktop.documents.errors import AssemblyError, OperationCancelledError, PageImageError
from jdih_desktop.documents.pdf.assembly import assemble_pdf
from jdih_desktop.documents.pdf.images import PageKind
from jdih_desktop.documents.pdf.pagelist import PageEntry
from jdih_desktop.documents.pdf.pdfa import DocumentMetadata
from jdih_desktop.jobs import CancelToken
from tests.documents.synth import bilevel, random_words_page, save_g4

META = DocumentMetadata(
    title="Penetapan Rekapitulasi Daftar Pemilih Tetap Pemilihan Umum Tahun 2024",
    author="Indonesia. Komisi Pemilihan Umum Kabupaten Soppeng",
    subject="Keputusan KPU Kabupaten Soppeng Nomor 19 Tahun 2023",
    keywords=("DAFTAR PEMILIH TETAP", "PEMILU"),
    identifier="19 Tahun 2023",
    doc_type="Keputusan Komisi Pemilihan Umum Kabupaten",
    issued=date(2023, 6, 23),
)


def _image(pdf: pikepdf.Pdf, index: int) -> pikepdf.Stream:
    xobjects = pdf.pages[index].obj.Resources.XObject
    return xobjects[next(iter(xobjects.keys()))]


def test_bilevel_g4_passes_through_bit_exact(pages_dir: Path, tmp_path: Path) -> None:
    source = pages_dir / "bilevel.tif"
    result = assemble_pdf([source], tmp_path / "out.pdf", metadata=META)
    assert result.passthrough_pages == 1 and result.kinds == (PageKind.BILEVEL,)
    with Image.open(source) as tiff, pikepdf.open(result.path) as pdf:
        strip = tiff.tag_v2[273][0], tiff.tag_v2[279][0]
        image = _image(pdf, 0)
        assert image.Filter == pikepdf.Name.CCITTFaxDecode
        # The very bytes of the scanner's G4 strip, and the same pixels once decoded.
        raw = source.read_bytes()[strip[0] : strip[0] + strip[1]]
        assert image.read_raw_bytes() == raw
        decoded = pikepdf.PdfImage(image).as_pil_image()
        assert ImageChops.difference(decoded.convert("L"), tiff.convert("L")).getbbox() is None


def test_page_size_follows_the_recorded_resolution(pages_dir: Path, tmp_path: Path) -> None:
    result = assemble_pdf([pages_dir / "gray.png"], tmp_path / "out.pdf", pdfa=False)
    with pikepdf.open(result.path) as pdf:
        width_mm, height_mm = (float(v) / 72 * 25.4 for v in pdf.pages[0].mediabox[2:])
    assert (round(width_mm), round(height_mm)) == (215, 330)  # F4


def test_gray_and_colour_become_jpeg_at_the_chosen_quality(pages_dir: Path, tmp_path: Path) -> None:
    sizes = {}
    for quality in (40, 85):
        result = assemble_pdf(
            [pages_dir / "gray.png", pages_dir / "colour.png"],
            tmp_path / f"q{quality}.pdf",
            jpeg_quality=quality,
        )
        assert result.kinds == (PageKind.GRAY, PageKind.COLOR)
        with pikepdf.open(result.path) as pdf:
            assert _image(pdf, 0).Filter == pikepdf.Name.DCTDecode
            assert _image(pdf, 0).ColorSpace == pikepdf.Name.DeviceGray
            assert _image(pdf, 1).ColorSpace == pikepdf.Name.DeviceRGB
        sizes[quality] = result.size_bytes
    assert sizes[40] < sizes[85]


def test_other_bilevel_images_are_g4_encoded_losslessly(tmp_path: Path) -> None:
    page = bilevel(random_words_page(100, seed=3))
    png = tmp_path / "mono.png"
    page.save(png, dpi=(100, 100))
    result = assemble_pdf([png], tmp_path / "out.pdf")
    assert result.passthrough_pages == 0
    with pikepdf.open(result.path) as pdf:
        decoded = pikepdf.PdfImage(_image(pdf, 0)).as_pil_image()
    assert ImageChops.difference(decoded.convert("L"), page.convert("L")).getbbox() is None


def test_pdfa_2b_structure_and_decree_metadata(pages_dir: Path, tmp_path: Path) -> None:
    result = assemble_pdf(
        [pages_dir / "bilevel.tif", pages_dir / "colour.png"],
        tmp_path / "archive.pdf",
        metadata=META,
    )
    with pikepdf.open(result.path) as pdf:
        meta = pdf.open_metadata()
        assert meta.pdfa_status == "2B"
        assert meta["dc:title"] == META.title
        assert meta["dc:identifier"] == "19 Tahun 2023"
        assert pdf.docinfo.Title == META.title  # Info mirrors XMP, as PDF/A requires
        assert pdf.docinfo.Author == META.author
        intent = pdf.Root.OutputIntents[0]
        assert intent.S == pikepdf.Name.GTS_PDFA1
        assert int(intent.DestOutputProfile.N) == 3
        assert len(pdf.trailer.ID) == 2
        assert "/Filter" not in pdf.Root.Metadata  # PDF/A: metadata stays uncompressed
    assert hashlib.sha256(result.path.read_bytes()).hexdigest() == result.sha256


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_qpdf_finds_no_structural_error(pages_dir: Path, tmp_path: Path) -> None:
    result = assemble_pdf(sorted(pages_dir.iterdir()), tmp_path / "out.pdf", metadata=META)
    check = subprocess.run(["qpdf", "--check", str(result.path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No syntax or stream encoding errors" in check.stdout


def test_rotation_is_the_page_attribute_not_new_pixels(pages_dir: Path, tmp_path: Path) -> None:
    source = pages_dir / "bilevel.tif"
    plain = assemble_pdf([source], tmp_path / "plain.pdf")
    turned = assemble_pdf([PageEntry(source, rotation=90)], tmp_path / "turned.pdf")
    with pikepdf.open(plain.path) as a, pikepdf.open(turned.path) as b:
        assert int(b.pages[0].Rotate) == 90
        assert _image(a, 0).read_raw_bytes() == _image(b, 0).read_raw_bytes()


def test_a_bad_page_leaves_no_file_behind(pages_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.tif"
    broken.write_bytes((pages_dir / "bilevel.tif").read_bytes()[:200])
    out = tmp_path / "out.pdf"
    with pytest.raises(PageImageError):
        assemble_pdf([pages_dir / "gray.png", broken], out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.tif"]


def test_cancel_between_pages_leaves_no_file(pages_dir: Path, tmp_path: Path) -> None:
    token = CancelToken()
    seen: list[int] = []

    def progress(percent: int, text: str) -> None:
        seen.append(percent)
        token.cancel()

    with pytest.raises(OperationCancelledError):
        assemble_pdf(
            [pages_dir / "gray.png"] * 3, tmp_path / "out.pdf", progress=progress, cancel=token
        )
    assert seen == [33]
    assert list(tmp_path.iterdir()) == []


def test_an_empty_page_list_is_refused(tmp_path: Path) -> None:
    with pytest.raises(AssemblyError):
        assemble_pdf([], tmp_path / "out.pdf")


def test_memory_stays_flat_in_the_page_count(tmp_path: Path) -> None:
    page = bilevel(random_words_page(150, seed=5))
    sources = [save_g4(page, tmp_path / f"p{i}.tif", 150) for i in range(24)]

    def peak(count: int) -> int:
        tracemalloc.start()
        assemble_pdf(sources[:count], tmp_path / f"out{count}.pdf", pdfa=False)
        high = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return high

    few, many = peak(4), peak(24)
    # Six times the pages may not cost more than a small per-page bookkeeping allowance.
    assert many - few < 200_000, (few, many)
