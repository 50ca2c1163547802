"""Each signature case a clerk meets, verified against the office's own trust roots."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdih_desktop.errors import ValidationError
from jdih_desktop.signatures.trust_roots import TrustRootStore
from jdih_desktop.signatures.verify import is_signed, verify_pdf
from tests.support.pki import Pki, append_update, sign_pdf, tamper


@pytest.fixture()
def roots(tmp_path: Path, office_pki: Pki) -> list[bytes]:
    store = TrustRootStore(tmp_path)
    store.add(office_pki.ca_pem(tmp_path / "ca.pem"))
    return store.certificates()


def test_valid_signature_is_intact_whole_file_and_trusted(
    signed_decree: Path, roots: list[bytes]
) -> None:
    check = verify_pdf(signed_decree, roots)
    assert check.state == "intact"
    (sig,) = check.signatures
    assert sig.signer == "Andi Pejabat Uji"
    assert sig.intact and sig.whole_file and sig.trusted
    assert sig.modification == "NONE"
    assert sig.signed_at is not None
    assert "CA Uji Kantor" in sig.chain[-1] and "Andi Pejabat Uji" in sig.chain[0]
    assert is_signed(signed_decree)


def test_bytes_changed_after_signing_are_broken(
    tmp_path: Path, signed_decree: Path, roots: list[bytes]
) -> None:
    data = signed_decree.read_bytes()
    broken = tmp_path / "tampered.pdf"
    broken.write_bytes(tamper(data, b"/MediaBox", b"/MediaBoX"))
    check = verify_pdf(broken, roots)
    assert check.state == "broken"
    assert not check.signatures[0].intact


def test_signer_from_another_ca_is_untrusted(
    tmp_path: Path, unsigned_decree: Path, stranger_pki: Pki, roots: list[bytes]
) -> None:
    path = tmp_path / "stranger.pdf"
    path.write_bytes(sign_pdf(unsigned_decree.read_bytes(), stranger_pki))
    check = verify_pdf(path, roots)
    assert check.state == "untrusted"
    (sig,) = check.signatures
    assert sig.intact and sig.whole_file and not sig.trusted
    assert sig.signer == "Budi Orang Lain" and sig.trust_problem


def test_no_trust_roots_means_untrusted_never_fetched(signed_decree: Path) -> None:
    check = verify_pdf(signed_decree, [])
    assert check.state == "untrusted"
    assert check.signatures[0].intact


def test_incremental_update_after_signing_is_reported_modified(
    tmp_path: Path, signed_decree: Path, roots: list[bytes]
) -> None:
    path = tmp_path / "updated.pdf"
    path.write_bytes(append_update(signed_decree.read_bytes()))
    check = verify_pdf(path, roots)
    assert check.state == "modified"
    (sig,) = check.signatures
    assert sig.intact and not sig.whole_file and sig.modification == "OTHER"


def test_unsigned_pdf(unsigned_decree: Path, roots: list[bytes]) -> None:
    check = verify_pdf(unsigned_decree, roots)
    assert check.state == "unsigned" and check.signatures == ()
    assert not is_signed(unsigned_decree)


def test_a_file_that_is_not_a_certificate_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.pem"
    bogus.write_text("bukan sertifikat")
    with pytest.raises(ValidationError) as caught:
        TrustRootStore(tmp_path).add(bogus)
    assert "bukan sertifikat X.509" in caught.value.message.render("id")
    assert "not an X.509 certificate" in caught.value.message.render("en")
    assert TrustRootStore(tmp_path).list() == []
