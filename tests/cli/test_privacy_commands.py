"""``jdih privacy check|redact|decide|setting`` in-process, as a clerk runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import ADMIN
from tests.cli.inline import inline_jdih
from tests.documents.decree_pdfs import decree_text, text_decree_pdf
from tests.documents.synth import needs_tesseract
from tests.privacy.annex import annex_text_pdf, people


@pytest.mark.usefixtures("admin")
@needs_tesseract
def test_check_redact_and_decide(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jdih = inline_jdih(data_dir, capsys)

    persons = people(seed=31, count=3)
    annex = annex_text_pdf(persons, tmp_path / "lampiran.pdf")
    decree = decree_text("01_dpt_soppeng_2023")
    combined = text_decree_pdf(
        decree + "\f" + "\n".join(_annex_lines(persons)), tmp_path / "sk.pdf"
    )
    code, out, _err = jdih("privacy", "check", str(annex), "--json")
    report = json.loads(out)
    assert code == 0 and report["counts"]["nik"] == 3
    assert persons[0].nik not in out  # masked unless --reveal

    code, out, err = jdih("import", str(combined), "--no-ocr", "--by", ADMIN)
    assert code == 0, err
    doc = out.splitlines()[0]
    code, out, _err = jdih("privacy", "check", doc, "--reveal")
    assert "NIK" in out and "hal.   4" in out and persons[0].nik in out
    public = tmp_path / "publik.pdf"
    code, out, err = jdih("privacy", "redact", doc, "-o", str(public), "--by", ADMIN)
    assert code == 0, err
    assert "tidak ada nilai yang terbaca" in out and public.is_file()
    assert json.loads(jdih("privacy", "check", str(public), "--json")[1])["counts"] == {}
    assert jdih("privacy", "decide", doc, "--redact", "--by", ADMIN)[0] == 0


def _annex_lines(persons: list) -> list[str]:  # type: ignore[type-arg]
    return ["LAMPIRAN", "Nama NIK Tempat, Tgl Lahir Alamat No. HP"] + [
        f"{p.name} {p.nik} {p.birth} {p.address} {p.phone}" for p in persons
    ]
