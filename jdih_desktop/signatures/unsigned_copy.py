"""A working copy of a signed PDF without its signature fields, for tools that must not see one.

OCRmyPDF refuses a signed PDF (its output would invalidate the signature); the OCR of a signed
decree only feeds the searchable text beside the untouched original, so it runs on this copy.
The redacted public copy is built from it too, since redaction breaks the signature anyway.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf

from jdih_desktop.storage.atomic import atomic_writer


def unsigned_copy(source: Path, out: Path) -> Path:
    """Write ``source`` without AcroForm signature fields and widgets to ``out``."""
    if out.resolve() == source.resolve():
        raise ValueError("unsigned_copy never overwrites the original")
    with pikepdf.open(source) as pdf:
        for key in ("/AcroForm", "/Perms"):
            if key in pdf.Root:
                del pdf.Root[key]
        for page in pdf.pages:
            annots = page.obj.get("/Annots")
            if isinstance(annots, pikepdf.Array):
                kept = [a for a in annots if a.get("/FT") != pikepdf.Name.Sig]
                if kept:
                    page.obj["/Annots"] = pikepdf.Array(kept)
                else:
                    del page.obj["/Annots"]
        with atomic_writer(out) as handle:
            pdf.save(handle)
    return out
