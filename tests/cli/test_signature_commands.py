"""``jdih signature roots add`` and ``jdih signature verify`` as a clerk runs them.

In-process (see ``tests/cli/inline.py``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jdih_desktop.storage.filestore import sha256_of
from tests.cli.conftest import ADMIN
from tests.cli.inline import inline_jdih
from tests.documents.decree_pdfs import decree_text, text_decree_pdf
from tests.support.pki import make_pki, sign_pdf


@pytest.mark.usefixtures("admin")
def test_verify_lists_the_signature_and_trust_follows_the_office_roots(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jdih = inline_jdih(data_dir, capsys)

    pki = make_pki()
    unsigned = text_decree_pdf(decree_text("01_dpt_soppeng_2023"), tmp_path / "sk.pdf")
    signed = tmp_path / "sk_tte.pdf"
    signed.write_bytes(sign_pdf(unsigned.read_bytes(), pki))

    assert json.loads(jdih("signature", "verify", str(signed), "--json")[1])["state"] == (
        "untrusted"
    )
    code, _out, err = jdih(
        "signature", "roots", "add", str(pki.ca_pem(tmp_path / "ca.pem")), "--by", ADMIN
    )
    assert code == 0, err
    assert "CA Uji Coba" in jdih("signature", "roots", "list")[1]
    report = json.loads(jdih("signature", "verify", str(signed), "--json")[1])
    assert report["state"] == "intact"
    assert report["signatures"][0]["signer"] == "Andi Pejabat Uji"
    plain = jdih("signature", "verify", str(signed))[1]
    assert "utuh dan tepercaya" in plain and "Andi Pejabat Uji" in plain
    assert "tidak bertanda tangan" in jdih("signature", "verify", str(unsigned))[1]
    code, out, err = jdih("import", str(signed), "--json", "--by", ADMIN)
    assert code == 0, err
    imported = json.loads(out)
    assert imported["signature"]["state"] == "intact"
    by_id = json.loads(jdih("signature", "verify", str(imported["id"]), "--json")[1])
    assert by_id["sha256"] == imported["signature"]["sha256"] == sha256_of(signed)
    code, _out, err = jdih("signature", "verify", str(tmp_path / "tidak_ada.pdf"))
    assert code == 1 and "tidak ditemukan" in err
