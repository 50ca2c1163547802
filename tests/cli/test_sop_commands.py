"""The SOP through the command line: definitions, a request's four steps, the SLA report."""

from __future__ import annotations

import csv
import io
import json
import statistics
from pathlib import Path

import pytest

from tests.cli.conftest import ADMIN, Runner

OPERATOR = ("users", "add", "andi", "--role", "operator", "--full-name", "Andi Baso", "--by", ADMIN)
KASUBAG = (
    "users",
    "add",
    "hasnah",
    "--role",
    "kasubag",
    "--full-name",
    "Hasnah, S.H.",
    "--by",
    ADMIN,
)


def at(text: str) -> dict[str, str]:
    """Freeze the app's clock at an office-time instant (WITA)."""
    return {"JDIH_NOW": f"{text}:00+08:00"}


def test_sop_show_prints_the_seed_steps_and_targets(jdih: Runner) -> None:
    listing = jdih("sop", "list")
    assert listing.returncode == 0, listing.stderr
    assert "penerbitan-salinan-sk" in listing.stdout and "media-sosial" in listing.stdout
    shown = jdih("sop", "show", "penerbitan-salinan-sk")
    assert shown.returncode == 0
    for text in (
        "Penyampaian permohonan penerbitan salinan surat keputusan",
        "Disposisi permohonan penerbitan salinan surat keputusan kepada operator",
        "Pembuatan abstrak Surat Keputusan",
        "Mengunggah salinan surat keputusan",
        "20 menit",
        "10 menit",
        "10 hari",
        "Kasubag Hukum",
        "Nota Dinas",
    ):
        assert text in shown.stdout
    social = jdih("sop", "show", "media-sosial")
    for text in ("1 hari", "2 hari", "1 jam", "Admin/Desainer", "Tim JDIH"):
        assert text in social.stdout
    assert jdih("sop", "show", "tidak-ada").returncode == 1


@pytest.mark.usefixtures("admin")
def test_a_request_through_four_steps(jdih: Runner) -> None:
    assert jdih(*OPERATOR).returncode == 0 and jdih(*KASUBAG).returncode == 0
    new = jdih(
        "request",
        "new",
        "--pengusul",
        "Rahmat",
        "--hal",
        "Salinan SK Nomor 19 Tahun 2026",
        "--received-at",
        "2026-02-02 08:00",
        "--by",
        "andi",
        env=at("2026-02-02 08:02"),
    )
    assert new.returncode == 0, new.stderr
    request_id = new.stdout.splitlines()[0]
    assert request_id == "1"
    steps = [
        ("1", "andi", "2026-02-02 08:15"),
        ("2", "hasnah", "2026-02-02 08:40"),
        ("3", "andi", "2026-02-02 09:00"),
        ("4", "andi", "2026-02-05 10:00"),
    ]
    for step, user, when in steps:
        if step == "2":  # the disposition step closes only with a disposition on file
            bare = jdih("step", "done", request_id, step, "--by", user, env=at(when))
            assert bare.returncode == 1 and "Traceback" not in bare.stderr
            assert "jdih disposition" in bare.stderr
            command = ["disposition", request_id, "--to", "andi", "--instruction", "Proses"]
        else:
            command = ["step", "done", request_id, step]
        result = jdih(*command, "--by", user, env=at(when))
        assert result.returncode == 0, result.stderr
    shown = jdih("request", "show", request_id, env=at("2026-02-06 08:00"))
    lines = shown.stdout.splitlines()
    row = {line.split()[0]: line for line in lines if line[:1].isdigit()}
    assert "selesai" in shown.stdout
    assert "0:15" in row["1"] and "andi" in row["1"]
    assert "0:25" in row["2"] and "hasnah" in row["2"] and "melewati target" in row["2"]
    assert "0:20" in row["3"]
    assert "73:00" in row["4"]  # 3 days 1 hour, calendar days
    assert "2 Februari 2026, 08.00 WITA" in shown.stdout


@pytest.mark.usefixtures("admin")
def test_wrong_role_exits_1_and_late_listing(jdih: Runner) -> None:
    assert jdih(*OPERATOR).returncode == 0
    jdih(
        "request",
        "new",
        "--pengusul",
        "R",
        "--hal",
        "H",
        "--by",
        "andi",
        env=at("2026-02-02 08:00"),
    )
    refused = jdih("step", "done", "1", "2", "--by", "andi", env=at("2026-02-02 08:05"))
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    assert jdih("request", "list", "--late", env=at("2026-02-02 08:10")).stdout.strip() == (
        "Tidak ada permohonan."
    )
    late = jdih("request", "list", "--late", env=at("2026-02-02 08:30"))
    assert "0001/2026" in late.stdout


@pytest.mark.usefixtures("admin")
def test_sla_report_matches_independent_figures(jdih: Runner, data_dir: Path) -> None:
    """Eight requests in February 2026, step 1 taking known minutes inside one morning."""
    assert jdih(*OPERATOR).returncode == 0
    minutes = [5, 12, 18, 19, 21, 30, 8, 40]
    weekdays = ["02", "03", "04", "05", "06", "09", "10", "11"]  # no holiday among them
    for request_id, (day, spent) in enumerate(zip(weekdays, minutes, strict=True), start=1):
        start = f"2026-02-{day} 08:00"
        new = jdih(
            "request",
            "new",
            "--pengusul",
            "R",
            "--hal",
            f"SK {day}",
            "--by",
            "andi",
            "--received-at",
            start,
            env=at(start),
        )
        assert new.stdout.splitlines()[0] == str(request_id)
        done = jdih(
            "step",
            "done",
            str(request_id),
            "1",
            "--by",
            "andi",
            env=at(f"2026-02-{day} 08:{spent:02d}"),
        )
        assert done.returncode == 0, done.stderr

    out = data_dir / "sla.csv"
    report = jdih(
        "report",
        "sla",
        "--month",
        "2026-02",
        "--format",
        "csv",
        "-o",
        str(out),
        env=at("2026-03-01 08:00"),
    )
    assert report.returncode == 0, report.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    everyone = next(r for r in rows if r["step_no"] == "1" and r["person"] == "")
    expected_p90 = statistics.quantiles(minutes, n=10, method="inclusive")[8]
    assert int(everyone["count"]) == len(minutes)
    assert float(everyone["median_minutes"]) == statistics.median(minutes)
    assert abs(float(everyone["p90_minutes"]) - expected_p90) < 0.01
    within = sum(1 for m in minutes if m <= 20)
    assert int(everyone["within_target"]) == within
    assert abs(float(everyone["share_within_target"]) - within / len(minutes)) < 0.001
    assert float(everyone["target_minutes"]) == 20

    as_json = jdih("report", "sla", "--month", "2026-02", "--format", "json")
    parsed = json.loads(as_json.stdout)
    first = next(r for r in parsed if r["step_no"] == 1 and r["person"] is None)
    assert len(first["late"]) == len(minutes) - within
    assert jdih("report", "sla", "--month", "2026-13").returncode == 1
