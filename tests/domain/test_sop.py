"""SOP definitions: targets, steps and the messages that point at a bad line."""

from __future__ import annotations

import copy
from datetime import timedelta
from typing import Any

import pytest

from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.roles import Role
from jdih_desktop.domain.sop import (
    SopDefinitionError,
    Target,
    TargetUnit,
    parse_sop,
)
from jdih_desktop.domain.worktime import TimeBasis

MINIMAL: dict[str, Any] = {
    "schema": 1,
    "code": "contoh",
    "title": "Contoh SOP",
    "steps": [
        {"no": 1, "key": "terima", "activity": "Terima", "role": "operator",
         "inputs": ["Nota Dinas"], "target": {"value": 20, "unit": "minutes", "basis": "working"},
         "output": "Diterima"},
        {"no": 2, "key": "setuju", "activity": "Setujui", "role": "kasubag", "inputs": [],
         "target": {"value": 2, "unit": "working_days"}, "output": "Disetujui"},
        {"no": 3, "key": "unggah", "activity": "Unggah", "role": "operator", "inputs": [],
         "target": "none", "output": "Terbit"},
    ],
}


def _with(step: int, **changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(MINIMAL)
    for key, value in changes.items():
        if value is None:
            data["steps"][step - 1].pop(key)
        else:
            data["steps"][step - 1][key] = value
    return data


def test_a_valid_definition_parses() -> None:
    sop = parse_sop(MINIMAL)
    assert sop.code == "contoh"
    assert [s.no for s in sop.steps] == [1, 2, 3]
    assert sop.step(2).role is Role.KASUBAG
    assert sop.step(1).target == Target(20, TargetUnit.MINUTES, TimeBasis.WORKING)
    assert sop.step(2).target == Target(2, TargetUnit.WORKING_DAYS, TimeBasis.WORKING)
    assert sop.step(3).target is None
    assert sop.step(1).inputs == ("Nota Dinas",)


def test_target_amounts() -> None:
    day = timedelta(hours=7, minutes=30)
    assert Target(20, TargetUnit.MINUTES, TimeBasis.WORKING).amount(day) == timedelta(minutes=20)
    assert Target(1.5, TargetUnit.HOURS, TimeBasis.CALENDAR).amount(day) == timedelta(minutes=90)
    assert Target(10, TargetUnit.DAYS, TimeBasis.CALENDAR).amount(day) == timedelta(days=10)
    assert Target(2, TargetUnit.WORKING_DAYS, TimeBasis.WORKING).amount(day) == 15 * timedelta(
        hours=1
    )


def test_target_descriptions() -> None:
    minutes = Target(20, TargetUnit.MINUTES, TimeBasis.WORKING)
    assert str(minutes.describe()) == "20 menit (jam kerja)"
    assert str(Target(1.5, TargetUnit.HOURS, TimeBasis.CALENDAR).describe()) == (
        "1,5 jam (waktu kalender)"
    )
    assert Target(2, TargetUnit.WORKING_DAYS, TimeBasis.WORKING).describe().render("en") == (
        "2 working days"
    )


@pytest.mark.parametrize(
    ("step", "changes", "expected"),
    [
        (3, {"target": {"value": -5, "unit": "minutes", "basis": "working"}},
         "langkah 3: target negatif (-5 menit)"),
        (1, {"target": {"value": 0, "unit": "minutes", "basis": "working"}},
         "langkah 1: target harus lebih dari nol"),
        (2, {"target": {"value": 400, "unit": "days"}}, "langkah 2: target tidak masuk akal"),
        (2, {"target": {"value": "dua", "unit": "days"}},
         "langkah 2: nilai target harus berupa angka"),
        (2, {"target": {"value": 2, "unit": "weeks"}}, "langkah 2: satuan target tidak dikenal"),
        (2, {"target": {"value": 2, "unit": "minutes"}}, "langkah 2: \"basis\" target harus"),
        (2, {"target": {"value": 2, "unit": "days", "basis": "working"}},
         "langkah 2: satuan \"days\" adalah hari kalender"),
        (2, {"target": {"value": 2, "unit": "working_days", "basis": "calendar"}},
         "langkah 2: satuan \"working_days\" selalu"),
        (2, {"target": {"value": 2, "unit": "days", "due": 3}}, "langkah 2: kunci tidak dikenal"),
        (2, {"target": None}, "langkah 2: target belum diisi"),
        (2, {"target": 5}, "langkah 2: target harus berupa tabel"),
        (1, {"role": "kepala"}, "langkah 1: peran tidak dikenal di \"role\": 'kepala'"),
        (1, {"from_role": "tamu"}, "langkah 1: peran tidak dikenal di \"from_role\""),
        (1, {"activity": "  "}, "langkah 1: \"activity\" wajib diisi"),
        (1, {"output": None}, "langkah 1: \"output\" wajib diisi"),
        (1, {"key": "Terima Permohonan"}, "langkah 1: \"key\" harus"),
        (2, {"key": "terima"}, "langkah 2: \"key\" 'terima' sudah dipakai"),
        (1, {"inputs": "Nota Dinas"}, "langkah 1: \"inputs\" harus daftar"),
        (1, {"targt": {"value": 1}}, "langkah 1: kunci tidak dikenal di langkah: targt"),
        (3, {"no": 4}, "langkah 4: nomor langkah harus urut: seharusnya 3, tertulis 4"),
        (2, {"no": "dua"}, "langkah 2: \"no\" wajib diisi"),
        (1, {"no": True}, "langkah 1: \"no\" wajib diisi"),
    ],
)
def test_each_problem_names_the_step(step: int, changes: dict, expected: str) -> None:
    with pytest.raises(SopDefinitionError) as caught:
        parse_sop(_with(step, **changes))
    assert str(caught.value).startswith(expected)
    assert caught.value.step == int(expected.split()[1].rstrip(":"))


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"code": "Media Sosial"}, "\"code\" harus"),
        ({"steps": []}, "SOP belum punya langkah"),
        ({"schema": 2}, "versi format 2 tidak didukung"),
        ({"title": ""}, "\"title\" wajib diisi"),
        ({"owner": "x"}, "kunci tidak dikenal di bagian atas berkas: owner"),
    ],
)
def test_file_level_problems(changes: dict, expected: str) -> None:
    data = {**copy.deepcopy(MINIMAL), **changes}
    with pytest.raises(SopDefinitionError, match=expected):
        parse_sop(data)


def test_located_message_in_both_languages() -> None:
    with pytest.raises(SopDefinitionError) as caught:
        parse_sop(_with(3, target={"value": -5, "unit": "minutes", "basis": "working"}))
    error = caught.value.located(source="sop/contoh.toml")
    assert str(error) == "sop/contoh.toml, langkah 3: target negatif (-5 menit)"
    assert error.message.render("en") == "sop/contoh.toml, step 3: negative target (-5 minutes)"


def test_missing_step_lookup_is_an_error() -> None:
    with pytest.raises(ValidationError, match="tidak punya langkah 9"):
        parse_sop(MINIMAL).step(9)
