"""A throwaway PKI for tests: a CA, a signer certificate, and PDFs signed with pyHanko.

Every key is generated in the test run; nothing here is a real certificate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Pki:
    ca_cert: x509.Certificate
    signer_cert: x509.Certificate
    signer_key: ec.EllipticCurvePrivateKey

    def ca_pem(self, path: Path) -> Path:
        path.write_bytes(self.ca_cert.public_bytes(serialization.Encoding.PEM))
        return path


def _name(common: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Uji Coba CA"),
            x509.NameAttribute(NameOID.COMMON_NAME, common),
        ]
    )


def make_pki(ca_name: str = "CA Uji Coba", signer: str = "Andi Pejabat Uji") -> Pki:
    now = datetime.now(UTC) - timedelta(days=1)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name(ca_name))
        .issuer_name(_name(ca_name))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(signer))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=730))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    return Pki(ca_cert, cert, key)


def sign_pdf(source: bytes, pki: Pki, field: str = "TTE1") -> bytes:
    """``source`` signed (PAdES baseline B) by the PKI's signer, as an incremental update."""
    from asn1crypto import keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = serialization.Encoding.DER
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(pki.signer_cert.public_bytes(der)),
        signing_key=keys.PrivateKeyInfo.load(
            pki.signer_key.private_bytes(
                der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
        cert_registry=SimpleCertificateStore.from_certs(
            [asn1_x509.Certificate.load(pki.ca_cert.public_bytes(der))]
        ),
    )
    writer = IncrementalPdfFileWriter(BytesIO(source))
    out = signers.sign_pdf(
        writer,
        signers.PdfSignatureMetadata(field_name=field, subfilter=None),
        signer=signer,
    )
    return out.getvalue()


def append_update(signed: bytes) -> bytes:
    """An incremental update after signing that draws on the page (changes what is shown)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(signed))
    stream = generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 72 Td (DIUBAH) Tj ET")
    writer.add_stream_to_page(0, writer.add_object(stream), prepend=False)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def tamper(signed: bytes, old: bytes, new: bytes) -> bytes:
    """Change bytes inside the signed range (same length, so offsets still match)."""
    assert len(old) == len(new) and old in signed
    return signed.replace(old, new, 1)
