"""Page clean-up: orientation, deskew, crop to the paper, blank flags, wizard operations."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from jdih_desktop.documents.errors import PageOperationError
from jdih_desktop.documents.pdf.deskew import estimate_skew, rotate_page, work_copy
from jdih_desktop.documents.pdf.osd import OrientationStatus, detect_orientation, parse_osd
from jdih_desktop.documents.pdf.pagelist import PageEntry, PageList
from jdih_desktop.documents.pdf.pageproc import (
    PageFlag,
    ProcessOptions,
    check_blank,
    find_paper_box,
    process_page,
)
from tests.documents.synth import bilevel, needs_tesseract, random_words_page, save_g4, text_page

NO_OSD = ProcessOptions(auto_orient=False)


@pytest.mark.parametrize("angle", [-3.2, -0.8, 1.5, 4.0])
def test_deskew_finds_the_tilt(angle: float) -> None:
    page = random_words_page(150, seed=2).rotate(
        angle, resample=Image.Resampling.BICUBIC, fillcolor=248
    )
    estimate = estimate_skew(work_copy(page, 150))
    assert estimate.reliable
    assert estimate.angle == pytest.approx(-angle, abs=0.15)


def test_a_blank_page_gives_no_reliable_skew() -> None:
    blank = text_page([], 150, seed=4)
    estimate = estimate_skew(work_copy(blank, 150))
    assert (estimate.angle, estimate.reliable) == (0.0, False)


def test_process_page_straightens_and_writes_a_bilevel_g4(tmp_path: Path) -> None:
    page = bilevel(rotate_page(random_words_page(150, seed=6), 2.0, 248))
    source = save_g4(page, tmp_path / "tilted.tif", 150)
    report = process_page(source, tmp_path / "out.tif", NO_OSD)
    assert report.changed and report.output == tmp_path / "out.tif"
    assert report.skew_angle == pytest.approx(-2.0, abs=0.15)
    with Image.open(report.output) as out:
        assert out.mode == "1" and out.info["compression"] == "group4"
        assert round(out.info["dpi"][0]) == 150
        again = estimate_skew(work_copy(out, 150))
    assert abs(again.angle) < 0.15


def test_an_upright_clean_page_is_left_untouched(tmp_path: Path) -> None:
    source = save_g4(bilevel(random_words_page(150, seed=7)), tmp_path / "page.tif", 150)
    before = source.read_bytes()
    report = process_page(source, tmp_path / "out.tif", NO_OSD)
    assert not report.changed and report.output == source
    assert not (tmp_path / "out.tif").exists()
    assert source.read_bytes() == before  # bit-exact: the scan is what gets archived
    assert PageFlag.BLANK_SUSPECT not in report.flags


def test_crop_to_the_paper_on_a_dark_backing(tmp_path: Path) -> None:
    paper = random_words_page(100, seed=8)
    scan = Image.new("L", (paper.width + 120, paper.height + 90), 25)
    scan.paste(paper, (70, 40))
    source = tmp_path / "dark.png"
    scan.save(source, dpi=(100, 100))
    report = process_page(source, tmp_path / "cropped.png", NO_OSD)
    assert report.crop_box is not None
    with Image.open(report.output) as out:
        assert abs(out.width - paper.width) <= 6 and abs(out.height - paper.height) <= 6
    assert find_paper_box(work_copy(paper, 100)) is None  # white backing: keep the scan


def test_blank_pages_are_flagged_never_dropped(tmp_path: Path) -> None:
    blank = save_g4(bilevel(text_page([], 150, seed=9, specks=300)), tmp_path / "b.tif", 150)
    one_line = save_g4(
        bilevel(
            text_page(
                [
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
                ],
                150,
                seed=9,
            )
        ),
        tmp_path / "l.tif",
        150,
    )
    blank_report = process_page(blank, tmp_path / "b_out.tif", NO_OSD)
    line_report = process_page(one_line, tmp_path / "l_out.tif", NO_OSD)
    assert PageFlag.BLANK_SUSPECT in blank_report.flags
    assert blank_report.output.exists()  # flagged for review, still a page
    assert PageFlag.BLANK_SUSPECT not in line_report.flags
    assert line_report.blank is not None and line_report.blank.ink_tiles > 0


def test_blank_check_ignores_bleed_through() -> None:
    ghost = text_page(["bleed-through from the other side"] * 30, 100, seed=10)
    faint = ghost.point(lambda v: 215 + v * 40 // 255)  # gray 215..255: visible, not ink
    assert check_blank(work_copy(faint, 100), 0.004).suspect


@needs_tesseract
def test_osd_turns_an_upside_down_page_upright(tmp_path: Path) -> None:
    upright = random_words_page(200, seed=11)
    source = save_g4(bilevel(upright.rotate(180)), tmp_path / "upside_down.tif", 200)
    report = process_page(source, tmp_path / "out.tif", ProcessOptions(deskew=False))
    if report.orientation and report.orientation.status is OrientationStatus.UNAVAILABLE:
        pytest.skip("Tesseract's osd model is not installed")
    assert report.rotated_cw == 180 and report.changed


def test_missing_tesseract_only_flags_the_page(tmp_path: Path) -> None:
    page = random_words_page(100, seed=12)
    assert (
        detect_orientation(page, 100, tesseract="no-such-tesseract").status
        is OrientationStatus.UNAVAILABLE
    )
    source = tmp_path / "p.png"
    page.save(source, dpi=(100, 100))
    report = process_page(
        source, tmp_path / "o.png", ProcessOptions(tesseract="no-such-tesseract", deskew=False)
    )
    assert PageFlag.ORIENTATION_UNCHECKED in report.flags


@pytest.mark.parametrize(
    ("stdout", "stderr", "status", "rotate"),
    [
        (
            "Orientation in degrees: 270\nRotate: 90\nOrientation confidence: 34.2\n",
            "",
            OrientationStatus.OK,
            90,
        ),
        (
            "Orientation in degrees: 180\nRotate: 180\nOrientation confidence: 1.1\n",
            "",
            OrientationStatus.UNCERTAIN,
            180,
        ),
        ("", "Too few characters. Skipping this page\n", OrientationStatus.UNCERTAIN, 0),
        (
            "",
            "Error opening data file .../osd.traineddata\nFailed loading language 'osd'\n",
            OrientationStatus.UNAVAILABLE,
            0,
        ),
    ],
)
def test_osd_output_is_read_conservatively(
    stdout: str, stderr: str, status: OrientationStatus, rotate: int
) -> None:
    result = parse_osd(stdout, stderr)
    assert (result.status, result.rotate_cw) == (status, rotate)


def test_page_list_operations() -> None:
    pages = PageList(PageEntry(Path(f"p{i}.tif")) for i in range(4))
    pages.rotate(1, 90)
    pages.rotate(1, 270)
    pages.rotate(2, -90)
    assert [e.rotation for e in pages.entries] == [0, 0, 270, 0]
    removed = pages.delete(0)
    assert [e.source.name for e in pages.entries] == ["p1.tif", "p2.tif", "p3.tif"]
    pages.move(2, 0)
    assert [e.source.name for e in pages.entries] == ["p3.tif", "p1.tif", "p2.tif"]
    pages.reorder([2, 1, 0])
    assert [e.source.name for e in pages.entries] == ["p2.tif", "p1.tif", "p3.tif"]
    assert pages.undo_delete() == removed
    assert pages[0].source.name == "p0.tif"
    assert pages.undo_delete() is None


def test_page_list_flags_and_bad_requests() -> None:
    flagged = PageEntry(Path("b.tif"), flags=frozenset({PageFlag.BLANK_SUSPECT}))
    pages = PageList([PageEntry(Path("a.tif")), flagged])
    assert pages.flagged(PageFlag.BLANK_SUSPECT) == [1]
    pages.clear_flag(1, PageFlag.BLANK_SUSPECT)
    assert pages.flagged(PageFlag.BLANK_SUSPECT) == []
    with pytest.raises(PageOperationError, match="Halaman 3 tidak ada"):
        pages.delete(2)
    with pytest.raises(PageOperationError):
        pages.rotate(0, 45)
    with pytest.raises(PageOperationError):
        pages.reorder([0, 0])
    with pytest.raises(PageOperationError):
        pages.move(0, 5)
    assert [e.source.name for e in pages.entries] == ["a.tif", "b.tif"]
