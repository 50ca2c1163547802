"""Dates, durations and step names on screen follow the UI language; printed forms do not."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from jdih_desktop.domain.display import format_moment
from jdih_desktop.domain.messages import set_language
from jdih_desktop.paths import resources_dir
from jdih_desktop.ui.common import short_moment
from jdih_desktop.ui.dates import day_text, minutes_text, moment_text, share_text
from jdih_desktop.ui.labels import step_activity
from jdih_desktop.ui.translation import install_translators

AT = datetime(2026, 5, 14, 2, 30, tzinfo=UTC)  # 10.30 WITA, a Thursday
TZ = "Asia/Makassar"


@pytest.fixture()
def english(qapp: QApplication) -> Iterator[None]:
    set_language("en")
    translators = install_translators(qapp, "en", resources_dir() / "i18n")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    set_language("id")


def test_indonesian_screens_keep_the_office_forms() -> None:
    assert day_text(date(2026, 5, 14), with_weekday=True) == "Kamis, 14 Mei 2026"
    assert moment_text(AT, TZ) == "14 Mei 2026 pukul 10.30 WITA"
    assert short_moment(AT, TZ) == "14 Mei 10.30"
    assert minutes_text(125) == "2 j 05 mnt" and share_text(0.875) == "87,5 %"
    assert step_activity("Pembuatan abstrak Surat Keputusan") == "Pembuatan abstrak Surat Keputusan"


@pytest.mark.usefixtures("english")
def test_english_screens_say_dates_spans_and_steps_in_english() -> None:
    assert day_text(date(2026, 5, 14), with_weekday=True) == "Thursday, 14 May 2026"
    assert moment_text(AT, TZ, compact=True) == "14 May 2026, 10:30 WITA"
    assert short_moment(AT, TZ) == "14 May 10:30"
    assert minutes_text(125) == "2 h 05 min" and minutes_text(3000) == "2 d 2 h"
    assert minutes_text(90, working_time=True) == "1 h 30 min working"
    assert share_text(0.875) == "87.5 %"
    assert step_activity("Pembuatan abstrak Surat Keputusan") == "Writing the decree's abstract"
    assert step_activity("Langkah baru di berkas SOP") == "Langkah baru di berkas SOP"
    # A printed form is the office's Indonesian document whatever the screen speaks.
    assert format_moment(AT, TZ) == "14 Mei 2026 pukul 10.30 WITA"
