"""A month of the social-media SOP as sample data, and its evaluation report as a PNG.

    python -m jdih_desktop.printing.content_sample [OUT_DIR]   (default: docs/print)

writes ``evaluasi-konten.png`` (page 1) for the README; needs ``pdftoppm``.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from jdih_desktop.domain.content_report import (
    ContentMonthReport,
    PlatformFigures,
    PostFigures,
    StepFigures,
)
from jdih_desktop.printing import samples
from jdih_desktop.printing.content_report import render_content_report
from jdih_desktop.printing.data import Signatory
from jdih_desktop.printing.fonts import default_resources_dir
from jdih_desktop.printing.render_samples import render_png

_STEPS = (  # no, activity, target, working time, count, median min, p90 min, target min, within
    (1, "Melakukan rapat Pengelolaan Media sosial JDIH", "1 hari", False, 6, 150, 1310, 1440, 6),
    (2, "Rancangan Bahan/Materi Konten", "10 menit (jam kerja)", True, 6, 9, 16, 10, 4),
    (3, "Pembuatan desain materi konten untuk berbagai platform media sosial", "2 hari", False,
     7, 1260, 3100, 2880, 6),
    (4, "Analisis desain konten oleh TIM", "1 jam (jam kerja)", True, 7, 35, 70, 60, 6),
    (5, "Pengunggahan konten ke platform media sosial", "10 menit (jam kerja)", True, 6, 7, 12,
     10, 5),
    (6, "Evaluasi pengelolaan Media Sosial JDIH", "-", False, 4, 4320, 8640, None, 0),
)  # fmt: skip

_POSTS = (  # title, platform, day, reach, likes, comments, shares
    ("Ayo cek DPT", "Instagram", 3, 2150, 312, 41, 27),
    ("Ayo cek DPT", "Facebook", 3, 1320, 96, 18, 33),
    ("Ayo cek DPT", "TikTok", 4, 5400, 610, 58, 71),
    ("Mengenal JDIH KPU", "Instagram", 10, 1780, 205, 22, 15),
    ("Mengenal JDIH KPU", "X", 10, 640, 38, 6, 12),
    ("Keputusan terbaru bulan ini", "Facebook", 17, 980, 61, 9, 20),
    ("Keputusan terbaru bulan ini", "Instagram", 17, 1490, 174, 12, 19),
    ("Tanya jawab daftar pemilih", "YouTube", 24, 860, 77, 14, 8),
    ("Tanya jawab daftar pemilih", "TikTok", 25, 4100, 455, 61, 40),
)


def sample_content_report() -> ContentMonthReport:
    steps = tuple(
        StepFigures(
            no,
            activity,
            target_text,
            working,
            count,
            timedelta(minutes=median),
            timedelta(minutes=p90),
            None if target is None else timedelta(minutes=target),
            within,
            None if target is None else within / count,
            running_now=(1 if no in (3, 6) else 0),
        )
        for no, activity, target_text, working, count, median, p90, target, within in _STEPS
    )
    posts = tuple(
        PostFigures(n, title, platform, f"https://{platform.lower()}.com/jdihkpusoppeng/{n}",
                    datetime(2026, 3, day, 2, 30, tzinfo=UTC), reach, likes, comments, shares)
        for n, (title, platform, day, reach, likes, comments, shares) in enumerate(_POSTS, 1)
    )  # fmt: skip
    platforms = tuple(
        PlatformFigures(
            name,
            sum(1 for p in posts if p.platform == name),
            *(
                sum(p.value(k) for p in posts if p.platform == name)
                for k in ("reach", "likes", "comments", "shares")
            ),
        )
        for name in ("Instagram", "Facebook", "X", "YouTube", "TikTok")
    )
    return ContentMonthReport("2026-03", steps, platforms, posts, items_started=7,
                              items_finished=4)  # fmt: skip


def render_sample(resources_dir: Path | None = None) -> bytes:
    return render_content_report(
        sample_content_report(),
        samples.sample_letterhead(resources_dir),
        Signatory("Kepala Subbagian Hukum", "Hasnah, S.H.", "198001012005012001"),
        datetime(2026, 4, 1, 1, 0, tzinfo=UTC),
        resources_dir=resources_dir,
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else default_resources_dir().parent / "docs" / "print"
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "evaluasi-konten.pdf"
        pdf.write_bytes(render_sample())
        print(render_png(pdf, out_dir / "evaluasi-konten.png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
