"""The abstract of a decree in the ILDIS/BPHN format (DOMAIN.md §6).

An abstract summarises and never comments: SUBJEK (upper-case keywords joined by " - "),
TAHUN, SINGKATAN (the citation abbreviation), JUDUL (the title without number and year),
ABSTRAK (three dash bullets: the considerations, the legal basis, what is decided) and
CATATAN (one to five notes). The operator edits the draft; :meth:`Abstract.problems` says
what still keeps it from being printed.
"""

from __future__ import annotations

from dataclasses import dataclass

from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.messages import Msg, msg

MAX_NOTES = 5
BULLETS = 3


@dataclass(frozen=True)
class Abstract:
    subjek: tuple[str, ...]
    tahun: int | None
    singkatan: str
    judul: str
    abstrak: tuple[str, ...]  # (considerations, legal basis, what is decided)
    catatan: tuple[str, ...]

    @property
    def subjek_text(self) -> str:
        """ "DAFTAR PEMILIH TETAP - PEMILU - KPU KABUPATEN SOPPENG"."""
        return " - ".join(s.strip().upper() for s in self.subjek if s.strip())

    def problems(self) -> list[Msg]:
        """What a clerk must still fill in or fix; empty when the abstract is complete."""
        found: list[Msg] = []
        if not self.subjek_text:
            found.append(msg("SUBJEK belum diisi.", "SUBJEK is empty."))
        if self.tahun is None:
            found.append(msg("TAHUN belum diisi.", "TAHUN is empty."))
        if not self.judul.strip():
            found.append(msg("JUDUL belum diisi.", "JUDUL is empty."))
        filled = [b for b in self.abstrak if b.strip()]
        if len(filled) != BULLETS:
            found.append(
                msg(
                    "ABSTRAK harus berisi {n} butir (pertimbangan, dasar hukum, isi); kini {got}.",
                    "ABSTRAK must have {n} bullets (considerations, legal basis, content); it "
                    "has {got}.",
                    n=BULLETS,
                    got=len(filled),
                )
            )
        notes = [c for c in self.catatan if c.strip()]
        if not 1 <= len(notes) <= MAX_NOTES:
            found.append(
                msg(
                    "CATATAN harus berisi 1 sampai {max} butir; kini {got}.",
                    "CATATAN must have 1 to {max} notes; it has {got}.",
                    max=MAX_NOTES,
                    got=len(notes),
                )
            )
        return found

    def validate(self) -> None:
        """Raise :class:`ValidationError` with the first problem, if any."""
        problems = self.problems()
        if problems:
            raise ValidationError(problems[0])

    def as_text(self) -> str:
        """The printed layout as plain text (preview, CLI, clipboard)."""
        rows = [
            f"SUBJEK    : {self.subjek_text}",
            f"TAHUN     : {self.tahun if self.tahun is not None else ''}",
            f"SINGKATAN : {self.singkatan}",
            f"JUDUL     : {self.judul}",
            "",
            "ABSTRAK   :",
            *(f"- {bullet}" for bullet in self.abstrak if bullet.strip()),
            "",
            "CATATAN   :",
            *(f"- {note}" for note in self.catatan if note.strip()),
        ]
        return "\n".join(rows)
