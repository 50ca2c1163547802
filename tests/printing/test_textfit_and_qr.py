"""Text fitting never leaves its box; QR payloads round-trip; Indonesian formatting."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from jdih_desktop.domain.display import format_minutes, format_moment, format_share
from jdih_desktop.printing import PrintingError, parse_qr_payload, qr_payload, register_fonts
from jdih_desktop.printing.textfit import CONTINUED_MARK, fit_text, wrap_text

FONT = register_fonts().regular


def test_long_words_such_as_urls_are_broken_to_the_width() -> None:
    url = "https://jdih.kpu.go.id/sulsel/soppeng/dokumen/view?id=" + "9" * 80
    lines = wrap_text(url, FONT, 8, 100)
    assert len(lines) > 1
    assert "".join(lines) == url
    assert all(stringWidth(line, FONT, 8) <= 100 for line in lines)


def test_text_shrinks_before_it_overflows() -> None:
    text = "Permohonan penerbitan salinan keputusan " * 4
    fitted = fit_text(text, FONT, 200, 30, max_size=9, min_size=6)
    assert not fitted.overflow
    assert fitted.size < 9
    assert fitted.height <= 30


def test_text_that_cannot_fit_is_cut_with_a_continuation_mark() -> None:
    fitted = fit_text("kata " * 400, FONT, 200, 40, max_size=9, min_size=6)
    assert fitted.overflow
    assert fitted.size == 6
    assert fitted.lines[-1].endswith(CONTINUED_MARK)
    assert fitted.height <= 40


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=600),
    width=st.floats(20, 300),
    height=st.floats(5, 120),
)
def test_fitted_lines_always_stay_inside_the_box(text: str, width: float, height: float) -> None:
    fitted = fit_text(text, FONT, width, height, max_size=9, min_size=6)
    assert fitted.height <= height + 0.01
    for line in fitted.lines:
        # A single glyph wider than the box is the only thing allowed to stick out.
        assert stringWidth(line, FONT, fitted.size) <= width + 0.01 or len(line) == 1


def test_qr_payload_round_trips_and_rejects_foreign_codes() -> None:
    assert qr_payload(42) == "JDIH-REQ:42"
    assert parse_qr_payload("JDIH-REQ:42") == "42"
    assert parse_qr_payload(b" jdih-req:REQ-2023.0127 \n") == "REQ-2023.0127"
    assert parse_qr_payload("https://jdih.kpu.go.id/dokumen/view?id=42") is None
    assert parse_qr_payload("JDIH-REQ:") is None
    for bad in ("", "a b", "x" * 65, "42/2023"):
        with pytest.raises(PrintingError):
            qr_payload(bad)


def test_dates_and_times_print_the_indonesian_way_in_office_time() -> None:
    instant = datetime(2023, 5, 15, 1, 20, tzinfo=UTC)
    assert format_moment(instant, "Asia/Makassar") == "15 Mei 2023 pukul 09.20 WITA"
    assert format_moment(instant, "Asia/Jakarta", compact=True) == "15 Mei 2023, 08.20 WIB"
    assert format_moment(datetime(2023, 5, 15, 9, 20), "Asia/Makassar").endswith("09.20 WITA")
    assert format_moment(date(2023, 5, 15), "Asia/Makassar") == "15 Mei 2023"
    assert format_moment(None, "Asia/Makassar") == ""


def test_durations_and_shares_for_reports() -> None:
    assert format_minutes(18) == "18 mnt"
    assert format_minutes(125) == "2 j 05 mnt"
    assert format_minutes(3 * 1440 + 240) == "3 hr 4 j"
    assert format_minutes(1590, working_time=True) == "26 j 30 mnt kerja"
    assert format_minutes(None) == "–"
    assert format_share(0.875) == "87,5 %"
    assert format_share(1.0) == "100 %"
    assert format_share(None) == "–"
