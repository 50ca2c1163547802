"""A social-media content item through SOP b's six steps with ``jdih konten``, then the
monthly evaluation report as CSV and PDF, its figures checked against the inputs."""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from tests.cli.conftest import ADMIN, Runner

USERS = (
    ("users", "add", "nur", "--role", "tim_jdih", "--full-name", "Nurhayati", "--by", ADMIN),
    ("users", "add", "dimas", "--role", "desainer", "--full-name", "Dimas", "--by", ADMIN),
    ("users", "add", "hasnah", "--role", "kasubag", "--full-name", "Hasnah, S.H.", "--by", ADMIN),
)


def at(text: str) -> dict[str, str]:
    return {"JDIH_NOW": f"{text}:00+08:00"}


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr + result.stdout
    return result.stdout


@pytest.mark.usefixtures("demo_office", "admin")  # the report carries the letterhead
def test_an_item_through_six_steps_and_the_monthly_report(jdih: Runner, tmp_path: Path) -> None:
    for user in USERS:
        ok(jdih(*user))
    new = ok(
        jdih(
            "konten", "new", "--judul", "Ayo cek DPT", "--rencana", "2026-03-04",
            "--started-at", "2026-03-02 08:00", "--by", "nur", env=at("2026-03-02 08:05"),
        )
    )  # fmt: skip
    item = new.splitlines()[0]
    assert item == "1"
    ok(
        jdih(
            "konten", "meeting", item, "--date", "2026-03-02", "--attendees", "Nur, Dimas",
            "--theme", "Pemutakhiran data pemilih", "--minutes", "Tema disepakati",
            "--by", "nur", env=at("2026-03-02 09:00"),
        )
    )  # fmt: skip
    ok(jdih("konten", "done", item, "1", "--by", "nur", env=at("2026-03-02 09:30")))
    ok(jdih("konten", "draft", item, "--text", "Cek DPT", "--by", "nur",
            env=at("2026-03-02 09:35")))  # fmt: skip
    ok(jdih("konten", "done", item, "2", "--by", "nur", env=at("2026-03-02 09:38")))

    refused = jdih("konten", "design", "attach", item, str(tmp_path / "x.png"), "--platform", "X",
                   "--by", "nur", env=at("2026-03-02 09:40"))  # fmt: skip
    assert refused.returncode == 1 and "Admin/Desainer" in refused.stderr
    image = tmp_path / "ig.png"
    Image.new("RGB", (1080, 1080), "#0d47a1").save(image)
    ok(jdih("konten", "design", "attach", item, str(image), "--platform", "Instagram",
            "--by", "dimas", env=at("2026-03-03 10:00")))  # fmt: skip
    text = tmp_path / "naskah.txt"
    text.write_text("bukan desain")
    bad = jdih("konten", "design", "attach", item, str(text), "--platform", "Facebook",
               "--by", "dimas", env=at("2026-03-03 10:01"))  # fmt: skip
    assert bad.returncode == 1 and "jenis .txt tidak didukung" in bad.stderr
    ok(jdih("konten", "done", item, "3", "--by", "dimas", env=at("2026-03-03 11:00")))
    back = ok(jdih("konten", "review", "changes", item, "--comment", "Perbesar logo",
                   "--by", "nur", env=at("2026-03-03 11:20")))  # fmt: skip
    assert "minta perubahan — Perbesar logo" in back
    ok(jdih("konten", "done", item, "3", "--by", "dimas", env=at("2026-03-03 13:30")))
    ok(jdih("konten", "review", "approve", item, "--by", "nur", env=at("2026-03-03 14:00")))
    ok(jdih("konten", "publish", "record", item, "--platform", "instagram",
            "--url", "https://instagram.com/p/1", "--at", "2026-03-03 14:05",
            "--by", "dimas", env=at("2026-03-03 14:06")))  # fmt: skip
    ok(jdih("konten", "publish", "record", item, "--platform", "Facebook",
            "--url", "https://facebook.com/jdih/posts/1", "--at", "2026-03-03 14:07",
            "--by", "dimas", env=at("2026-03-03 14:08")))  # fmt: skip
    ok(jdih("konten", "done", item, "5", "--by", "dimas", env=at("2026-03-03 14:10")))
    shown = ok(jdih("konten", "show", item, env=at("2026-03-03 14:11")))
    post_ids = [line.split()[1].rstrip(":") for line in shown.splitlines()
                if line.startswith("Unggahan ")]  # fmt: skip
    figures = {"1": ("1200", "150", "12", "8"), "2": ("800", "40", "5", "3")}
    assert post_ids == ["1", "2"]
    for post in post_ids:
        reach, likes, comments, shares = figures[post]
        ok(jdih("konten", "engagement", item, post, "--reach", reach, "--likes", likes,
                "--comments", comments, "--shares", shares, "--by", "hasnah",
                env=at("2026-03-09 09:00")))  # fmt: skip
    final = ok(jdih("konten", "done", item, "6", "--by", "hasnah", env=at("2026-03-09 09:30")))
    assert "selesai" in final and "Ayo cek DPT" in final
    assert "Tidak ada konten." in ok(jdih("konten", "list", env=at("2026-03-09 10:00")))
    assert "Ayo cek DPT" in ok(jdih("konten", "list", "--all", env=at("2026-03-09 10:00")))

    report = ok(jdih("report", "konten", "--month", "2026-03", env=at("2026-04-01 08:00")))
    rows = list(csv.DictReader(io.StringIO(report)))
    steps = {r["step_no"]: r for r in rows if r["section"] == "step"}
    # Step 3 ran twice; the second attempt (11:20 → 13:30, calendar time) is the one measured.
    assert steps["3"]["median_minutes"] == "130.0" and steps["3"]["count"] == "1"
    assert steps["1"]["median_minutes"] == "90.0" and steps["1"]["within_target"] == "1"
    # 8 working minutes for the draft (target 10), 30 for the review (target 60).
    assert steps["2"]["median_minutes"] == "8.0" and steps["4"]["median_minutes"] == "30.0"
    platforms = {r["platform"]: r for r in rows if r["section"] == "platform"}
    assert platforms["Instagram"]["posts"] == "1" and platforms["Instagram"]["reach"] == "1200"
    assert platforms["Jumlah"]["reach"] == "2000" and platforms["Jumlah"]["likes"] == "190"
    assert platforms["X"]["posts"] == "0"

    pdf = tmp_path / "evaluasi.pdf"
    saved = jdih("report", "konten", "--month", "2026-03", "--format", "pdf", "-o", str(pdf),
                 env=at("2026-04-01 08:00"))  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    text_of_pdf = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in ("Laporan Evaluasi Pengelolaan Media Sosial JDIH", "Maret 2026",
                     "Instagram", "1.200", "2.000", "Hasnah, S.H."):  # fmt: skip
        assert expected in text_of_pdf
    assert jdih("report", "konten", "--month", "2026-13").returncode == 1


@pytest.mark.usefixtures("admin")
def test_check_reports_a_deleted_attachment(jdih: Runner, tmp_path: Path, data_dir: Path) -> None:
    for user in USERS:
        ok(jdih(*user))
    ok(jdih("konten", "new", "--judul", "K", "--by", "nur", env=at("2026-03-02 08:00")))
    ok(jdih("konten", "meeting", "1", "--date", "2026-03-02", "--attendees", "Nur",
            "--theme", "T", "--minutes", "m", "--by", "nur",
            env=at("2026-03-02 08:10")))  # fmt: skip
    ok(jdih("konten", "done", "1", "1", "--by", "nur", env=at("2026-03-02 08:20")))
    ok(jdih("konten", "draft", "1", "--text", "d", "--by", "nur", env=at("2026-03-02 08:21")))
    ok(jdih("konten", "done", "1", "2", "--by", "nur", env=at("2026-03-02 08:22")))
    image = tmp_path / "fb.jpg"
    Image.new("RGB", (640, 480), "#2e7d32").save(image)
    ok(jdih("konten", "design", "attach", "1", str(image), "--platform", "Facebook",
            "--by", "dimas", env=at("2026-03-02 09:00")))  # fmt: skip
    assert ok(jdih("konten", "check")).strip().endswith("utuh.")
    originals = [p for p in (data_dir / "files").rglob("*") if p.is_file()
                 and p.stat().st_size == image.stat().st_size]  # fmt: skip
    assert len(originals) == 1
    originals[0].unlink()
    check = jdih("konten", "check")
    assert check.returncode == 1
    assert "desain Facebook fb.jpg" in check.stdout and "hilang" in check.stdout
    assert ok(jdih("konten", "show", "1")).count("fb.jpg") == 1  # still shown, no crash
    assert jdih("verify").returncode == 1  # the general integrity check names it too
