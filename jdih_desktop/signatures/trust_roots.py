"""The office's trusted CA certificates, kept as PEM files in ``<data folder>/trust_roots``.

Nothing is fetched at run time: a signature is *trusted* only when its chain ends at a
certificate an Administrator added here (e.g. BSrE's roots). Each root is stored under its
SHA-256 fingerprint, so adding the same certificate twice keeps one file.
"""

from __future__ import annotations

import builtins
import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jdih_desktop.domain.messages import msg
from jdih_desktop.errors import NotFoundError, ValidationError
from jdih_desktop.storage.atomic import write_bytes_atomic

FOLDER = "trust_roots"


@dataclass(frozen=True)
class TrustRoot:
    fingerprint: str  # SHA-256 of the DER certificate, hex
    subject: str
    issuer: str
    not_after: datetime
    path: Path


def load_certificate(data: bytes, name: str = "") -> bytes:
    """The DER bytes of one certificate given as PEM or DER; a clear error otherwise."""
    from asn1crypto import pem, x509

    der = pem.unarmor(data)[2] if pem.detect(data) else data
    try:
        cert = x509.Certificate.load(der)
        cert.native  # noqa: B018 - parsing everything surfaces a broken certificate now
    except (ValueError, TypeError) as exc:
        raise ValidationError(
            msg(
                "Berkas {name} bukan sertifikat X.509 (PEM atau DER).",
                "The file {name} is not an X.509 certificate (PEM or DER).",
                name=name,
            )
        ) from exc
    return bytes(der)


def _describe(der: bytes, path: Path) -> TrustRoot:
    from asn1crypto import x509

    cert = x509.Certificate.load(der)
    return TrustRoot(
        fingerprint=hashlib.sha256(der).hexdigest(),
        subject=cert.subject.human_friendly,
        issuer=cert.issuer.human_friendly,
        not_after=cert.not_valid_after,
        path=path,
    )


class TrustRootStore:
    """Add, list and remove the office's trust roots (one PEM file each)."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / FOLDER

    def add(self, source: Path) -> TrustRoot:
        if not source.is_file():
            raise NotFoundError(
                msg(
                    "Berkas {path} tidak ditemukan.",
                    "The file {path} does not exist.",
                    path=str(source),
                )
            )
        der = load_certificate(source.read_bytes(), source.name)
        from asn1crypto import pem

        fingerprint = hashlib.sha256(der).hexdigest()
        target = self.folder / f"{fingerprint}.pem"
        self.folder.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(target, pem.armor("CERTIFICATE", der))
        return _describe(der, target)

    def remove(self, fingerprint: str) -> TrustRoot:
        found = [r for r in self.list() if r.fingerprint.startswith(fingerprint.lower())]
        if len(found) != 1 or len(fingerprint) < 8:
            raise NotFoundError(
                msg(
                    "Tidak ada satu sertifikat akar dengan sidik {fp}.",
                    "No single trust root has the fingerprint {fp}.",
                    fp=fingerprint,
                )
            )
        found[0].path.unlink()
        return found[0]

    def list(self) -> builtins.list[TrustRoot]:
        if not self.folder.is_dir():
            return []
        roots = []
        for path in sorted(self.folder.glob("*.pem")):
            try:
                roots.append(_describe(load_certificate(path.read_bytes(), path.name), path))
            except ValidationError:
                continue  # a stray file is not a root; `list` must still work
        return roots

    def certificates(self) -> builtins.list[bytes]:
        """DER bytes of every root, for the validation context."""
        return [load_certificate(r.path.read_bytes(), r.path.name) for r in self.list()]
