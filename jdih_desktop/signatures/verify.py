"""Verify every electronic signature in a PDF with pyHanko, against the office's roots only.

Per signature we report what a clerk must know before calling a copy certified: who signed and
when, the certificate chain, whether the signed bytes are intact, whether the signature covers
the whole file (or the file was changed after signing), and whether the chain ends at one of
the office's trust roots. Revocation is not looked up (nothing is fetched at run time).
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from jdih_desktop.documents.errors import CorruptPdfError
from jdih_desktop.storage.filestore import sha256_of

log = logging.getLogger(__name__)

# Overall and per-signature states, worst first.
BROKEN, MODIFIED, UNTRUSTED, INTACT, UNSIGNED = (
    "broken",
    "modified",
    "untrusted",
    "intact",
    "unsigned",
)
_RANK = {BROKEN: 0, MODIFIED: 1, UNTRUSTED: 2, INTACT: 3}
# Changes after signing that PAdES allows without touching the signed content.
_HARMLESS = {"NONE", "LTA_UPDATES"}


@dataclass(frozen=True)
class SignatureReport:
    field_name: str
    signer: str  # the signing certificate's common name (or whole subject)
    signer_subject: str
    signed_at: datetime | None  # the time the signer's software claims
    chain: tuple[str, ...]  # subjects from the signer up to the last known issuer
    intact: bool  # the signed bytes hash to what was signed and the signature verifies
    whole_file: bool  # the signature covers every byte of the file
    modification: str  # NONE / LTA_UPDATES / FORM_FILLING / ANNOTATIONS / OTHER / UNKNOWN
    trusted: bool  # the chain ends at one of the office's trust roots
    trust_problem: str  # pyHanko's sub-indication when not trusted
    state: str  # intact | modified | untrusted | broken

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["signed_at"] = self.signed_at.isoformat() if self.signed_at else None
        data["chain"] = list(self.chain)
        return data


@dataclass(frozen=True)
class SignatureCheck:
    file_name: str
    sha256: str
    signatures: tuple[SignatureReport, ...] = field(default_factory=tuple)

    @property
    def signed(self) -> bool:
        return bool(self.signatures)

    @property
    def state(self) -> str:
        if not self.signatures:
            return UNSIGNED
        return min((s.state for s in self.signatures), key=_RANK.__getitem__)

    @property
    def signer(self) -> str:
        return ", ".join(dict.fromkeys(s.signer for s in self.signatures))

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "sha256": self.sha256,
            "state": self.state,
            "signatures": [s.as_json() for s in self.signatures],
        }


def is_signed(path: Path) -> bool:
    """True when the PDF carries at least one signature field with a value (cheap: pikepdf)."""
    import pikepdf

    try:
        with pikepdf.open(path) as pdf:
            form = pdf.Root.get("/AcroForm")
            if not isinstance(form, pikepdf.Dictionary):
                return False
            stack = list(form.get("/Fields", pikepdf.Array()))
            seen = 0
            while stack and seen < 10000:
                seen += 1
                node = stack.pop()
                if not isinstance(node, pikepdf.Dictionary):
                    continue
                if node.get("/FT") == pikepdf.Name.Sig and isinstance(
                    node.get("/V"), pikepdf.Dictionary
                ):
                    return True
                stack.extend(node.get("/Kids", pikepdf.Array()))
    except pikepdf.PdfError:
        return False
    return False


def _name(cert: Any) -> str:
    native = cert.subject.native
    return str(native.get("common_name") or cert.subject.human_friendly)


def _chain(embedded: Any, status: Any) -> tuple[str, ...]:
    path = getattr(status, "validation_path", None)
    if path is not None:
        certs = list(reversed(list(path.iter_certs(include_root=True))))
        if certs:
            return tuple(c.subject.human_friendly for c in certs)
    # Not validated: follow issuers through the certificates the signature carries.
    cert = embedded.signer_cert
    pool = {c.subject.dump(): c for c in embedded.other_embedded_certs}
    chain = [cert.subject.human_friendly]
    for _ in range(8):
        issuer = pool.get(cert.issuer.dump())
        if issuer is None or issuer.subject.dump() == cert.subject.dump():
            if cert.issuer.dump() != cert.subject.dump():
                chain.append(cert.issuer.human_friendly)
            break
        chain.append(issuer.subject.human_friendly)
        cert = issuer
    return tuple(chain)


def _report(embedded: Any, roots: list[bytes]) -> SignatureReport:
    from asn1crypto import x509
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(
        trust_roots=[x509.Certificate.load(r) for r in roots],
        allow_fetching=False,
        revocation_mode="soft-fail",
    )
    status = validate_pdf_signature(embedded, context)
    level = status.modification_level
    modification = level.name if level is not None else "UNKNOWN"
    intact = bool(status.intact and status.valid)
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if not intact:
        state = BROKEN
    elif not whole and modification not in _HARMLESS:
        state = MODIFIED
    elif not status.trusted:
        state = UNTRUSTED
    else:
        state = INTACT
    problem = status.trust_problem_indic
    return SignatureReport(
        field_name=str(embedded.field_name),
        signer=_name(embedded.signer_cert),
        signer_subject=embedded.signer_cert.subject.human_friendly,
        signed_at=status.signer_reported_dt,
        chain=_chain(embedded, status),
        intact=intact,
        whole_file=whole,
        modification=modification,
        trusted=bool(status.trusted),
        trust_problem=str(getattr(problem, "name", problem or "")) if not status.trusted else "",
        state=state,
    )


def verify_pdf(path: Path, roots: list[bytes]) -> SignatureCheck:
    """Every signature of ``path`` checked against ``roots`` (DER); the file is only read."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    sha = sha256_of(path)
    try:
        with path.open("rb") as handle:
            reader = PdfFileReader(handle, strict=False)
            reports = tuple(_report(sig, roots) for sig in reader.embedded_signatures)
    except (PdfError, ValueError, KeyError) as exc:
        raise CorruptPdfError(path.name, str(exc)[:160]) from exc
    log.info("verified %d signature(s) of %s", len(reports), path.name)
    return SignatureCheck(path.name, sha, reports)
