"""Paper sizes, the two-up host pages, atomic saving, fonts and the logo loader."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jdih_desktop.printing import (
    A4,
    A5,
    F4,
    HALF_F4,
    PrintingError,
    paper_by_key,
    register_fonts,
    save_pdf,
)
from jdih_desktop.printing.fonts import default_logo_path, default_resources_dir
from jdih_desktop.printing.letterhead import load_logo
from jdih_desktop.printing.paper import require_full_sheet, require_half_sheet, two_up_host
from tests.printing.pdfcheck import MM


def test_paper_sizes_in_points_match_the_millimetre_definitions() -> None:
    assert A4.size == pytest.approx((210 * MM, 297 * MM))
    assert F4.size == pytest.approx((215 * MM, 330 * MM))
    assert A5.size == pytest.approx((148 * MM, 210 * MM))
    assert HALF_F4.size == pytest.approx((165 * MM, 215 * MM))


def test_two_half_sheets_sit_side_by_side_on_a_landscape_full_sheet() -> None:
    assert (two_up_host(A5).width_mm, two_up_host(A5).height_mm) == (297, 210)
    assert (two_up_host(HALF_F4).width_mm, two_up_host(HALF_F4).height_mm) == (330, 215)
    assert 2 * HALF_F4.width_mm == two_up_host(HALF_F4).width_mm
    with pytest.raises(PrintingError):
        two_up_host(A4)


def test_paper_keys_and_wrong_choices_give_clear_errors() -> None:
    assert paper_by_key(" F4 ") is F4
    assert paper_by_key("half-f4") is HALF_F4
    with pytest.raises(PrintingError, match="Ukuran kertas tidak dikenal"):
        paper_by_key("letter")
    with pytest.raises(PrintingError):
        require_half_sheet(F4)
    with pytest.raises(PrintingError):
        require_full_sheet(A5)


def test_save_pdf_replaces_the_file_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "out" / "sheet.pdf"
    save_pdf(b"%PDF-old", target)
    save_pdf(b"%PDF-new", target)
    assert target.read_bytes() == b"%PDF-new"
    assert os.listdir(target.parent) == ["sheet.pdf"]


def test_save_pdf_into_an_impossible_folder_raises_a_printing_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(PrintingError, match="tidak dapat disimpan"):
        save_pdf(b"%PDF", blocker / "sheet.pdf")


def test_fonts_are_found_in_the_resources_folder_and_missing_ones_are_reported(
    tmp_path: Path,
) -> None:
    fonts = register_fonts(default_resources_dir())
    assert (fonts.regular, fonts.bold) == ("JdihSans", "JdihSans-Bold")
    assert (default_resources_dir() / "fonts" / "LICENSE-DejaVu.txt").is_file()
    with pytest.raises(PrintingError, match="DejaVuSans"):
        register_fonts(tmp_path)


def test_broken_or_missing_logos_are_skipped_not_fatal(tmp_path: Path) -> None:
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"\x89PNG not really")
    assert load_logo(broken) is None
    assert load_logo(tmp_path / "nowhere.png") is None
    assert load_logo(None) is None
    assert load_logo(default_logo_path()) is not None
