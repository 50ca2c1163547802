"""Status links read from a decree's text, proposed to the operator, applied when confirmed.

A decree says itself which decree it revokes or amends: its title "PERUBAHAN ATAS KEPUTUSAN …
NOMOR 136 TAHUN 1998 …", a diktum or Pasal "mencabut Keputusan … Nomor X" or "Keputusan …
Nomor X … dicabut dan dinyatakan tidak berlaku (lagi)". Each such mention becomes a proposed
relation (mencabut / mengubah) to the archived decree with that number and year, or a note that
it is not in the archive. Nothing is written until the operator confirms: then the new decree
records the relation and the older one the reverse (dicabut / diubah) and, when revoked, the
status "tidak_berlaku", which is the status the JDIHN feed publishes for it.

"Keputusan … Nomor A … sebagaimana telah (beberapa kali) diubah(, terakhir) dengan Keputusan …
Nomor B" tells the history of two decrees the text cites: A was amended by B. It is proposed as
"diubah" (A diubah oleh B) when A or B is in the archive — the office's archive rarely holds the
laws a Mengingat cites, and a link between two decrees that are both missing records nothing.
Confirmed, A records "diubah" by B and B (when archived) "mengubah" A; the decree being read
records nothing, since the relation is not its own.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from jdih_desktop.documents.archive.archive import ArchiveService, DocumentView, nomor_key
from jdih_desktop.documents.reading.reader_number import read_number
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.draft_metadata import DraftMetadata
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.metadata import DecreeMetadata, StatusRelation

_INSTRUMENT = r"(?:Keputusan|Peraturan|Surat\s+Keputusan)"
_NUMBER = (
    r"Nomor\s*[:.]?\s*(?P<num>[0-9A-Za-z][0-9A-Za-z./-]*"
    r"(?:\s*/\s*[0-9A-Za-z.-]+)*(?:(?<=/TAHUN)\s+\d{4}|\s+Tahun\s+\d{4})?)"
)
_AMENDS = re.compile(
    r"perubahan\s+(?:\w+\s+)?atas\s+" + _INSTRUMENT + r"[^;]{0,160}?" + _NUMBER, re.IGNORECASE
)
_REVOKES = re.compile(r"\bmencabut\s+" + _INSTRUMENT + r"[^;]{0,160}?" + _NUMBER, re.IGNORECASE)
_REVOKED_SENTENCE = re.compile(
    _INSTRUMENT + r"[^;]{0,400}?(?:dicabut|dinyatakan\s+tidak\s+berlaku)", re.IGNORECASE
)
_ANY_NUMBER = re.compile(_NUMBER, re.IGNORECASE)
_HISTORY = re.compile(
    r"sebagaimana\s+telah\s+(?:beberapa\s+kali\s+)?diubah\s*,?\s*(?:(?:yang\s+)?terakhir\s+)?"
    r"(?:dengan|oleh)\s+",
    re.IGNORECASE,
)
_GAZETTE = re.compile(r"\((?:Lembaran|Berita|Tambahan)[^)]*\)", re.IGNORECASE)
#: An instrument with its number ("Keputusan Presiden Nomor 110 Tahun 2001").
_CITED = re.compile(_INSTRUMENT + r"[^;]{0,120}?" + _NUMBER, re.IGNORECASE)
#: How far before "sebagaimana telah diubah" the amended decree's number may stand (its title
#: lies between): within the same Mengingat point, so never across a ";".
_HISTORY_REACH = 400
#: The other side of each relation, recorded on the older decree.
REVERSE = {"mencabut": "dicabut", "mengubah": "diubah"}


@dataclass(frozen=True)
class ProposedLink:
    kind: str  # mencabut | mengubah (this decree → the older one) | diubah (target ← by_nomor)
    nomor: str  # the older decree's number as read
    tahun: int | None
    excerpt: str  # the words it was read from
    target_document_id: int | None = None
    target_title: str = ""
    note: str = ""  # e.g. "not in the archive"
    #: For "diubah" (history told by the text): the amending decree, instead of this one.
    by_nomor: str = ""
    by_tahun: int | None = None
    by_document_id: int | None = None

    def relation(self) -> StatusRelation:
        """The relation the decree that makes it records (this decree; for "diubah", the
        amending decree B: "mengubah" A)."""
        return StatusRelation(
            kind="mengubah" if self.kind == "diubah" else self.kind,
            target_text=f"Nomor {self.nomor}",
            target_document_id=self.target_document_id,
            note=self.note,
        )


def _number(text: str) -> tuple[str, int | None] | None:
    reading = read_number(text)
    if reading is None or reading.unreadable or reading.year is None:
        return None
    return reading.text, reading.year


_DECIDED = re.compile(r"M\s*E\s*M\s*U\s*T\s*U\s*S\s*K\s*A\s*N")
_ENACTED = re.compile(r"\bDitetapkan\s+di\b", re.IGNORECASE)


def decision_part(body: str) -> str:
    """The text from MEMUTUSKAN to "Ditetapkan di": what the decree itself decides (the
    Menimbang and Mengingat before it cite other decrees' titles, "Perubahan atas …" too)."""
    start = _DECIDED.search(body)
    if start is None:
        return ""
    end = _ENACTED.search(body, start.end())
    return body[start.end() : end.start() if end else len(body)]


def find_mentions(title: str, body: str) -> list[tuple[str, str, int | None, str]]:
    """(kind, nomor, tahun, excerpt) for each decree the title amends or the decision part
    amends or revokes."""
    found: list[tuple[str, str, int | None, str]] = []
    text = " ".join(decision_part(body).split())
    for source in (" ".join(title.split()), text):
        for match in _AMENDS.finditer(source):
            if (number := _number(match.group("num"))) is not None:
                found.append(("mengubah", *number, match.group(0)[:200]))
    for match in _REVOKES.finditer(text):
        if (number := _number(match.group("num"))) is not None:
            found.append(("mencabut", *number, match.group(0)[:200]))
    for sentence in _REVOKED_SENTENCE.finditer(text):
        words = sentence.group(0)
        for match in _ANY_NUMBER.finditer(words):
            if (number := _number(match.group("num"))) is not None:
                found.append(("mencabut", *number, words[:200]))
    unique: dict[tuple[str, str], tuple[str, str, int | None, str]] = {}
    for kind, nomor, tahun, excerpt in found:
        unique.setdefault((kind, nomor_key(nomor)), (kind, nomor, tahun, excerpt))
    return list(unique.values())


def find_history(body: str) -> list[tuple[str, int | None, str, int | None, str]]:
    """(nomor A, tahun A, nomor B, tahun B, excerpt) for each "A … sebagaimana telah diubah
    (terakhir) dengan B" in ``body`` (any section: Menimbang and Mengingat tell it most)."""
    text = _GAZETTE.sub("", " ".join(body.split()))
    found: dict[tuple[str, str], tuple[str, int | None, str, int | None, str]] = {}
    for history in _HISTORY.finditer(text):
        start = max(0, history.start() - _HISTORY_REACH)
        before = text[start : history.start()]
        before = before[before.rfind(";") + 1 :]
        amended = [
            (m, n) for m in _CITED.finditer(before) if (n := _number(m.group("num"))) is not None
        ]
        amending = _CITED.match(text, history.end())
        second = _number(amending.group("num")) if amending else None
        if not amended or amending is None or second is None:
            continue
        cited, first = amended[-1]
        if nomor_key(first[0]) == nomor_key(second[0]):
            continue
        excerpt = (cited.group(0) + " … " + text[history.start() : amending.end()])[:240]
        key = (nomor_key(first[0]), nomor_key(second[0]))
        found.setdefault(key, (*first, *second, excerpt))
    return list(found.values())


def _archived(archive: ArchiveService, nomor: str, tahun: int | None) -> DocumentView | None:
    matches = archive.by_number(nomor, tahun)
    return matches[0] if len(matches) == 1 else None


def _history_links(archive: ArchiveService, body: str) -> list[ProposedLink]:
    """Proposals "diubah" for the history the text tells, where the archive holds a side."""
    links = []
    for nomor, tahun, by_nomor, by_tahun, excerpt in find_history(body):
        amended, amending = _archived(archive, nomor, tahun), _archived(archive, by_nomor, by_tahun)
        if amended is None and amending is None:
            continue
        note = msg("diubah dengan Nomor {by}", "amended by Nomor {by}", by=by_nomor)
        if amended is None:
            note = msg(
                "diubah dengan Nomor {by}; Nomor {nomor} tidak ada di arsip",
                "amended by Nomor {by}; Nomor {nomor} is not in the archive",
                by=by_nomor,
                nomor=nomor,
            )
        elif amending is None:
            note = msg(
                "diubah dengan Nomor {by} (tidak ada di arsip)",
                "amended by Nomor {by} (not in the archive)",
                by=by_nomor,
            )
        links.append(
            ProposedLink(
                "diubah",
                nomor,
                tahun,
                excerpt,
                amended.id if amended else None,
                amended.metadata.judul if amended else "",
                str(note),
                by_nomor,
                by_tahun,
                amending.id if amending else None,
            )
        )
    return links


def propose(
    archive: ArchiveService, title: str, body: str, own_id: int | None = None
) -> list[ProposedLink]:
    """Proposed relations for a decree with ``title`` and ``body`` text: its own (mencabut,
    mengubah) and the history of the decrees it cites (diubah)."""
    proposals = []
    for kind, nomor, tahun, excerpt in find_mentions(title, body):
        matches = [d for d in archive.by_number(nomor, tahun) if d.id != own_id]
        if len(matches) == 1:
            target = matches[0]
            proposals.append(
                ProposedLink(kind, nomor, tahun, excerpt, target.id, target.metadata.judul)
            )
        else:
            note = (
                msg("tidak ada di arsip", "not in the archive")
                if not matches
                else msg(
                    "{n} keputusan di arsip dengan nomor ini",
                    "{n} archived decrees have it",
                    n=len(matches),
                )
            )
            proposals.append(ProposedLink(kind, nomor, tahun, excerpt, None, "", str(note)))
    # A decree whose own text tells that it amended A already proposes "mengubah" A.
    proposals += [
        link
        for link in _history_links(archive, body)
        if own_id is None or link.by_document_id != own_id
    ]
    return proposals


def _with_relation(
    view: DocumentView, relation: StatusRelation, status: str | None = None
) -> DecreeMetadata:
    kept = [r for r in view.metadata.relations if r != relation]
    return dataclasses.replace(
        view.metadata,
        relations=(*kept, relation),
        status=status or view.metadata.status,
    )


def confirm(
    archive: ArchiveService, actor: Actor, document_id: int, links: Iterable[ProposedLink]
) -> list[DocumentView]:
    """Record confirmed ``links`` on the decree and the reverse on each archived target;
    a revoked target becomes "tidak_berlaku". Returns the decrees changed."""
    changed = []
    own = archive.get(document_id)
    for link in links:
        if link.kind == "diubah":
            changed += _confirm_history(archive, actor, link)
            own = archive.get(document_id)
            continue
        relation = dataclasses.replace(
            link.relation(), relation_date=own.metadata.tanggal_penetapan
        )
        own = archive.update_metadata(actor, document_id, _with_relation(own, relation))
        if link.target_document_id is None:
            continue
        target = archive.get(link.target_document_id)
        reverse = StatusRelation(
            kind=REVERSE[link.kind],
            target_text=f"Nomor {own.metadata.nomor}",
            target_document_id=document_id,
            relation_date=own.metadata.tanggal_penetapan,
        )
        status = "tidak_berlaku" if link.kind == "mencabut" else None
        changed.append(
            archive.update_metadata(actor, target.id, _with_relation(target, reverse, status))
        )
    return [own, *changed]


def _confirm_history(
    archive: ArchiveService, actor: Actor, link: ProposedLink
) -> list[DocumentView]:
    """A diubah oleh B: A records "diubah" by B, B records "mengubah" A (each when archived)."""
    amended = archive.get(link.target_document_id) if link.target_document_id else None
    amending = archive.get(link.by_document_id) if link.by_document_id else None
    changed = []
    if amended is not None:
        relation = StatusRelation(
            kind="diubah",
            target_text=f"Nomor {link.by_nomor}",
            target_document_id=link.by_document_id,
            relation_date=amending.metadata.tanggal_penetapan if amending else None,
        )
        changed.append(
            archive.update_metadata(actor, amended.id, _with_relation(amended, relation))
        )
    if amending is not None:
        relation = dataclasses.replace(
            link.relation(), note="", relation_date=amending.metadata.tanggal_penetapan
        )
        changed.append(
            archive.update_metadata(actor, amending.id, _with_relation(amending, relation))
        )
    return changed


def confirm_saved(
    archive: ArchiveService, actor: Actor, document_id: int, metadata: DraftMetadata
) -> list[DocumentView]:
    """Confirm the links the operator ticked in the wizard (kept in the draft's metadata)."""
    names = {f.name for f in dataclasses.fields(ProposedLink)}
    chosen = [
        ProposedLink(**{k: v for k, v in dataclasses.asdict(saved).items() if k in names})
        for saved in metadata.status_links
        if saved.confirmed
    ]
    return confirm(archive, actor, document_id, chosen) if chosen else []


def select(links: Sequence[ProposedLink], choice: str) -> list[ProposedLink]:
    """The links the operator picked: "all", "none" or 1-based numbers "1,3"."""
    if choice.strip().lower() == "all":
        return list(links)
    if choice.strip().lower() in ("", "none"):
        return []
    picked = []
    for part in choice.split(","):
        index = int(part) - 1
        if not 0 <= index < len(links):
            raise IndexError(part)
        picked.append(links[index])
    return picked


__all__ = [
    "REVERSE",
    "ProposedLink",
    "confirm",
    "confirm_saved",
    "decision_part",
    "find_history",
    "find_mentions",
    "propose",
    "select",
]
