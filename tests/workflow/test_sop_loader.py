"""Loading the SOP files: the two packaged SOPs exactly, and named errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdih_desktop.domain.roles import Role
from jdih_desktop.domain.sop import SopDefinitionError, Target, TargetUnit
from jdih_desktop.domain.worktime import TimeBasis
from jdih_desktop.workflow.sop_loader import default_sop_dir, load_sop_file, load_sops

MINUTES_W = TimeBasis.WORKING


def test_both_packaged_sops_load() -> None:
    sops = load_sops(default_sop_dir())
    assert list(sops) == ["media-sosial", "penerbitan-salinan-sk"]


def test_sop_a_matches_the_seed() -> None:
    sop = load_sops(default_sop_dir())["penerbitan-salinan-sk"]
    assert sop.title == "Penerbitan salinan Surat Keputusan dalam halaman website JDIH"
    assert [(s.no, s.key, s.role, s.target) for s in sop.steps] == [
        (1, "permohonan", Role.OPERATOR, Target(20, TargetUnit.MINUTES, MINUTES_W)),
        (2, "disposisi", Role.KASUBAG, Target(10, TargetUnit.MINUTES, MINUTES_W)),
        (3, "abstrak", Role.OPERATOR, Target(20, TargetUnit.MINUTES, MINUTES_W)),
        (4, "unggah", Role.OPERATOR, Target(10, TargetUnit.DAYS, TimeBasis.CALENDAR)),
    ]
    first = sop.step(1)
    assert first.activity == "Penyampaian permohonan penerbitan salinan surat keputusan"
    assert first.from_role is Role.PENGUSUL
    assert first.inputs == ("Salinan surat keputusan", "Nota Dinas")
    assert sop.step(3).output == "Resume Putusan"
    assert sop.step(4).output == "Dokumen softfile dan terbitnya surat keputusan pada laman JDIH"


def test_sop_b_matches_the_seed() -> None:
    sop = load_sops(default_sop_dir())["media-sosial"]
    assert sop.title == "Pengelolaan Akun Media Sosial JDIH"
    assert [(s.no, s.role, s.target) for s in sop.steps] == [
        (1, Role.TIM_JDIH, Target(1, TargetUnit.DAYS, TimeBasis.CALENDAR)),
        (2, Role.TIM_JDIH, Target(10, TargetUnit.MINUTES, MINUTES_W)),
        (3, Role.DESAINER, Target(2, TargetUnit.DAYS, TimeBasis.CALENDAR)),  # "2 Hari Menit"
        (4, Role.TIM_JDIH, Target(1, TargetUnit.HOURS, MINUTES_W)),
        (5, Role.DESAINER, Target(10, TargetUnit.MINUTES, MINUTES_W)),
        (6, Role.KASUBAG, None),
    ]
    assert sop.step(1).inputs == ()
    assert sop.step(4).activity == "Analisis desain konten oleh TIM"
    assert sop.step(6).output == "Laporan Evaluasi"


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _packaged(name: str) -> str:
    return (default_sop_dir() / name).read_text(encoding="utf-8")


def test_a_bad_target_names_file_step_and_problem(tmp_path: Path) -> None:
    text = _packaged("penerbitan-salinan-sk.toml").replace(
        'target = { value = 20, unit = "minutes", basis = "working" }\noutput = "Resume Putusan"',
        'target = { value = -5, unit = "minutes", basis = "working" }\noutput = "Resume Putusan"',
    )
    path = _write(tmp_path, "penerbitan.toml", text)
    with pytest.raises(SopDefinitionError) as caught:
        load_sops(tmp_path)
    assert str(caught.value) == f"{path}, langkah 3: target negatif (-5 menit)"
    assert caught.value.source == str(path) and caught.value.step == 3


def test_malformed_toml_names_the_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "rusak.toml", 'code = "x"\n[[steps]\nno = 1\n')
    with pytest.raises(SopDefinitionError, match=r"rusak\.toml: penulisan TOML salah: .*line 2"):
        load_sop_file(path)


def test_an_office_override_replaces_the_packaged_definition(tmp_path: Path) -> None:
    text = _packaged("penerbitan-salinan-sk.toml").replace(
        'target = { value = 10, unit = "days" }', 'target = { value = 7, unit = "working_days" }'
    )
    _write(tmp_path, "penerbitan-salinan-sk.toml", text)
    sops = load_sops(default_sop_dir(), override_dir=tmp_path)
    assert sops["penerbitan-salinan-sk"].step(4).target == Target(
        7, TargetUnit.WORKING_DAYS, TimeBasis.WORKING
    )
    assert "media-sosial" in sops
    assert load_sops(default_sop_dir(), override_dir=tmp_path / "none") == load_sops(
        default_sop_dir()
    )


def test_duplicate_codes_in_one_folder_are_refused(tmp_path: Path) -> None:
    text = _packaged("media-sosial.toml")
    _write(tmp_path, "a.toml", text)
    _write(tmp_path, "b.toml", text)
    with pytest.raises(SopDefinitionError, match=r"b\.toml: kode SOP 'media-sosial' sudah dipakai"):
        load_sops(tmp_path)


def test_missing_or_empty_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SopDefinitionError, match="tidak ada berkas SOP"):
        load_sops(tmp_path)
    with pytest.raises(SopDefinitionError, match="folder definisi SOP tidak ditemukan"):
        load_sops(tmp_path / "hilang")
    with pytest.raises(SopDefinitionError, match="tidak dapat dibaca"):
        load_sop_file(tmp_path / "hilang.toml")
