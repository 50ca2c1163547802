"""``jdih verify``: is every record still what was written? Audit chain, stored files, database.

Each finding names exactly one thing (an audit row, a stored file, a database table) so the clerk
or the administrator knows where to look. Errors mean data was lost or changed; warnings are
leftovers a crash explains (a file stored just before the program died, before the database
recorded it) and are harmless to the archive.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select

from jdih_desktop.db import models
from jdih_desktop.db.audit import document_digest, iter_chain
from jdih_desktop.db.audit_anchor import read_head
from jdih_desktop.db.base import Base
from jdih_desktop.db.engine import Database
from jdih_desktop.db.migrate import check_health
from jdih_desktop.domain.audit_chain import (
    KEY_MISMATCH,
    KEY_MISSING,
    KEYED_ACTION,
    head_mac,
    verify_chain,
)
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.messages import Msg, msg
from jdih_desktop.storage.filestore import CHUNK, FileStore
from jdih_desktop.trust.bundle import BundleReader

_HEX = frozenset("0123456789abcdef")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Area(StrEnum):
    DATABASE = "database"
    AUDIT = "audit"
    FILES = "files"


@dataclass(frozen=True)
class Finding:
    area: Area
    severity: Severity
    subject: str  # "audit_log #17", "file 3fa1…", a table name
    message: Msg
    details: tuple[str, ...] = ()  # the records a file belongs to; what an audit row says

    def __str__(self) -> str:
        more = f" [{', '.join(self.details)}]" if self.details else ""
        return f"[{self.area}] {self.subject}: {self.message}{more}"


@dataclass
class IntegrityReport:
    database: str
    audit_events: int = 0
    files_checked: int = 0
    bytes_checked: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors

    def add(self, area: Area, severity: Severity, subject: str, message: Msg) -> None:
        self.findings.append(Finding(area, severity, subject, message))


def verify_integrity(db: Database, files: FileStore) -> IntegrityReport:
    """Check the database, then the audit chain, then every stored file; never changes a thing."""
    report = IntegrityReport(database=db.describe())
    _check_database(db, report)
    _check_audit(db, report)
    _check_head_file(db, report)
    _check_published(db, report)
    _check_files(db, files, report)
    return report


def check_audit_anchor(db: Database, backup: Path, report: IntegrityReport) -> None:
    """The newest audit event a backup recorded must still be in the log, unchanged.

    The chain shows an edited or removed row *inside* the log; removing the newest rows leaves
    a shorter but valid chain, which only an outside record (the backup's manifest) reveals.
    """
    try:
        with BundleReader(backup) as reader:
            head = reader.manifest.audit_head
    except JdihError as exc:
        report.add(Area.AUDIT, Severity.WARNING, backup.name, exc.message)
        return
    if head is None:
        return
    with db.read() as session:
        stored = session.get(models.AuditEvent, head["id"])
        stored_hash = stored.hash if stored is not None else None
    count = head.get("count")
    if stored_hash == head["hash"] and count is not None and _count_upto(db, head["id"]) != count:
        stored_hash = ""  # same newest row, fewer rows before it: rows were deleted
    if stored_hash != head["hash"]:
        report.add(
            Area.AUDIT,
            Severity.ERROR,
            f"audit_log #{head['id']}",
            msg(
                "baris ini tercatat di cadangan {name} tetapi {what} di log audit: baris "
                "terbaru dihapus atau ditulis ulang (wajar hanya bila cadangan lama baru saja "
                "dipulihkan).",
                "the backup {name} recorded this row but the audit log {what_en}: the newest "
                "rows were deleted or rewritten (expected only right after restoring an older "
                "backup).",
                name=backup.name,
                what="hilang" if stored_hash is None else "berbeda",
                what_en="no longer has it" if stored_hash is None else "holds another",
            ),
        )


def _check_database(db: Database, report: IntegrityReport) -> None:
    health = check_health(db)  # SQLite integrity_check + foreign_key_check, schema revision
    for problem in health.problems:
        report.add(Area.DATABASE, Severity.ERROR, db.url.get_backend_name(), msg(problem, problem))
    if db.is_sqlite:
        return
    with db.engine.connect() as connection:
        # PostgreSQL enforces keys itself; what can still be wrong is a constraint added
        # NOT VALID and never validated, or an index left invalid by a failed build.
        for table, name in connection.exec_driver_sql(
            "SELECT conrelid::regclass::text, conname FROM pg_constraint "
            "WHERE NOT convalidated AND connamespace = 'public'::regnamespace"
        ):
            report.add(
                Area.DATABASE,
                Severity.ERROR,
                str(table),
                msg(
                    "Batasan {name} belum divalidasi; data lama mungkin melanggarnya.",
                    "The constraint {name} is not validated; older rows may break it.",
                    name=name,
                ),
            )
        for (index,) in connection.exec_driver_sql(
            "SELECT indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid"
        ):
            report.add(
                Area.DATABASE,
                Severity.ERROR,
                str(index),
                msg(
                    "Indeks {name} tidak sah; bangun ulang dengan REINDEX.",
                    "The index {name} is invalid; rebuild it with REINDEX.",
                    name=index,
                ),
            )


def _check_audit(db: Database, report: IntegrityReport) -> None:
    anchor = db.audit_anchor
    key = anchor.key if anchor is not None else None
    with db.read() as session:
        rows = list(iter_chain(session))
    report.audit_events = len(rows)
    contents = {row[0]: row[3] for row in rows}
    for problem in verify_chain(rows, key):
        if problem.problem == KEY_MISSING:
            where = anchor.key_file if anchor is not None else None
            text = msg(
                "kunci log audit tidak ditemukan ({path}); baris sejak baris ini tidak dapat "
                "diperiksa. Pulihkan berkas kunci dari salinan amannya.",
                "the audit log key was not found ({path}); rows from this one on cannot be "
                "checked. Put the key file back from its safe copy.",
                path=str(where or "-"),
            )
        elif problem.problem == KEY_MISMATCH:
            text = msg(
                "kunci log audit ({path}) tidak cocok dengan satu pun baris berkunci: kunci "
                "kantor lain (mis. pemulihan di PC yang membuat kuncinya sendiri), atau seluruh "
                "rantai berkunci ditulis ulang.",
                "the audit log key ({path}) fits none of the keyed rows: another office's key "
                "(e.g. a restore on a PC that made its own), or the whole keyed chain was "
                "rewritten.",
                path=str(anchor.key_file if anchor is not None else "-"),
            )
        elif problem.problem.startswith("prev_hash"):
            text = msg(
                "rantai terputus: baris sebelumnya dihapus, disisipkan, atau hash-nya diubah.",
                "the chain is broken: the row before it was deleted, inserted, or re-hashed.",
            )
        else:
            text = msg(
                "isi baris ini telah diubah (tidak cocok lagi dengan hash-nya).",
                "this row was edited (its content no longer matches its hash).",
            )
        content = contents.get(problem.event_id, {})
        said = (
            f"{content.get('at', '')} {content.get('actor_name', '')}: {content.get('action', '')}"
        )
        report.findings.append(
            Finding(Area.AUDIT, Severity.ERROR, f"audit_log #{problem.event_id}", text, (said,))
        )


def _count_upto(db: Database, event_id: int) -> int:
    with db.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(models.AuditEvent)
                .where(models.AuditEvent.id <= event_id)
            )
            or 0
        )


def _check_head_file(db: Database, report: IntegrityReport) -> None:
    """The head file (written after every event) must still match the log: the newest rows
    deleted leave a valid but shorter chain that only this outside record reveals."""
    anchor = db.audit_anchor
    if anchor is None or anchor.head_file is None:
        return
    head = read_head(anchor.head_file)
    subject = anchor.head_file.name
    if head is None:
        if anchor.key is not None and report.audit_events:
            with db.read() as session:
                keyed = session.scalar(
                    select(models.AuditEvent.id)
                    .where(models.AuditEvent.action == KEYED_ACTION)
                    .limit(1)
                )
            if keyed is not None:
                report.add(
                    Area.AUDIT,
                    Severity.ERROR,
                    subject,
                    msg(
                        "berkas kepala log audit hilang; baris terbaru mungkin telah dihapus.",
                        "the audit log head file is missing; the newest rows may have been "
                        "deleted.",
                    ),
                )
        return
    if anchor.key is not None and head["mac"] != head_mac(
        anchor.key, head["id"], head["hash"], head["count"]
    ):
        report.add(
            Area.AUDIT,
            Severity.ERROR,
            subject,
            msg(
                "berkas kepala log audit rusak atau ditulis ulang tanpa kunci.",
                "the audit log head file is damaged or was rewritten without the key.",
            ),
        )
        return
    with db.read() as session:
        stored = session.get(models.AuditEvent, head["id"])
        stored_hash = stored.hash if stored is not None else None
    if stored_hash != head["hash"] or _count_upto(db, head["id"]) != head["count"]:
        report.add(
            Area.AUDIT,
            Severity.ERROR,
            f"audit_log #{head['id']}",
            msg(
                "kepala log audit mencatat {count} baris sampai baris ini, tetapi log kini "
                "{what}: baris dihapus atau ditulis ulang.",
                "the audit head recorded {count} rows up to this one, but the log now "
                "{what_en}: rows were deleted or rewritten.",
                count=head["count"],
                what="berbeda" if stored_hash is not None else "tidak memuat baris ini",
                what_en="differs" if stored_hash is not None else "lacks this row",
            ),
        )


def _check_published(db: Database, report: IntegrityReport) -> None:
    """Each decree's published metadata must match the digest its newest audited change
    recorded; an edit made in SQL, around the app, shows up here."""
    recorded: dict[str, tuple[int, str]] = {}
    with db.read() as session:
        events = session.execute(
            select(models.AuditEvent.id, models.AuditEvent.entity_id, models.AuditEvent.after)
            .where(models.AuditEvent.entity == "document")
            .order_by(models.AuditEvent.id)
        )
        for event_id, entity_id, after in events:
            if isinstance(after, dict) and isinstance(after.get("published"), str):
                recorded[entity_id] = (event_id, after["published"])
        for row in session.scalars(select(models.Document).order_by(models.Document.id)):
            found = recorded.get(str(row.id))
            if found is None or found[1] == document_digest(row):
                continue
            report.findings.append(
                Finding(
                    Area.AUDIT,
                    Severity.ERROR,
                    f"documents #{row.id}",
                    msg(
                        "metadata terbit keputusan ini berubah di luar aplikasi (tidak cocok "
                        "dengan log audit #{event}).",
                        "this decree's published metadata was changed outside the app (it no "
                        "longer matches audit_log #{event}).",
                        event=found[0],
                    ),
                    (f"{row.nomor}: {row.judul}",),
                )
            )


def _short(sha256: str) -> str:
    return f"{sha256[:12]}…"


def _check_files(db: Database, files: FileStore, report: IntegrityReport) -> None:
    with db.read() as session:
        rows = session.execute(select(models.StoredFile.sha256, models.StoredFile.size))
        known = {sha: size for sha, size in rows}
    for sha, size in sorted(known.items()):
        before = len(report.findings)
        _check_one(files, sha, size, report)
        if len(report.findings) > before:  # say which decree or request lost its file
            found = report.findings[-1]
            report.findings[-1] = replace(found, details=_users_of(db, sha))
    for path, severity, problem in _strays(files.root, set(known)):
        report.add(Area.FILES, severity, str(path.relative_to(files.root)), problem)


def _users_of(db: Database, sha: str) -> tuple[str, ...]:
    """``documents #4 (sk-19.pdf)``-style references to a stored file, from every table whose
    column points at ``stored_files.sha256``."""
    found: list[str] = []
    with db.read() as session:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if not any(
                    fk.target_fullname == "stored_files.sha256" for fk in column.foreign_keys
                ):
                    continue
                owner = next(
                    (c for c in table.columns if c.name in ("document_id", "request_id")),
                    None,
                )
                key = owner if owner is not None else next(iter(table.primary_key.columns))
                label = owner.name.removesuffix("_id") if owner is not None else table.name
                name_column = table.columns.get("file_name")
                picked = [key] + ([name_column] if name_column is not None else [])
                for row in session.execute(select(*picked).where(column == sha).limit(5)):
                    detail = f" ({row[1]})" if len(row) > 1 else ""
                    found.append(f"{label} #{row[0]}{detail}")
    return tuple(found)


def _check_one(files: FileStore, sha: str, size: int, report: IntegrityReport) -> None:
    subject = f"file {_short(sha)}"
    try:
        path = files.path_for(sha)
    except ValueError:
        report.add(
            Area.FILES,
            Severity.ERROR,
            subject,
            msg("nama hash di basis data tidak sah.", "the hash in the database is malformed."),
        )
        return
    if not path.is_file():
        report.add(
            Area.FILES,
            Severity.ERROR,
            subject,
            msg(
                "berkas hilang dari penyimpanan ({path}).",
                "the file is missing from the store ({path}).",
                path=str(path),
            ),
        )
        return
    digest = hashlib.sha256()
    actual_size = 0
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
            actual_size += len(chunk)
    report.files_checked += 1
    report.bytes_checked += actual_size
    if digest.hexdigest() != sha:
        report.add(
            Area.FILES,
            Severity.ERROR,
            subject,
            msg(
                "isi berkas berubah (SHA-256 kini {actual}); pulihkan dari cadangan ({path}).",
                "the content changed (SHA-256 is now {actual}); restore it from a backup ({path}).",
                actual=_short(digest.hexdigest()),
                path=str(path),
            ),
        )
    elif actual_size != size:
        report.add(
            Area.FILES,
            Severity.ERROR,
            subject,
            msg(
                "ukuran tercatat {expected} byte, di disk {actual} byte.",
                "the recorded size is {expected} bytes, on disk {actual} bytes.",
                expected=size,
                actual=actual_size,
            ),
        )


def _hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _strays(root: Path, known: set[str]) -> Iterator[tuple[Path, Severity, Msg]]:
    """Files in the store the database does not know: crash leftovers or foreign files.

    A file stored just before a crash, before the database recorded it, is complete (it is
    renamed into place only once written and synced); one under a hash name whose content does
    not match would be damage, and is an error.
    """
    if not root.is_dir():
        return
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        name = path.name
        rel = path.relative_to(root).parts
        if name.endswith((".part", ".tmp")):
            yield (
                path,
                Severity.WARNING,
                msg(
                    "sisa penyimpanan yang terhenti (mis. program mati); aman dihapus.",
                    "left over from an interrupted store (e.g. a crash); safe to delete.",
                ),
            )
        elif len(name) == 64 and set(name) <= _HEX and rel == (name[:2], name[2:4], name):
            if name in known:
                continue
            if _hash(path) != name:
                yield (
                    path,
                    Severity.ERROR,
                    msg(
                        "berkas tak tercatat yang isinya tidak cocok dengan namanya (rusak).",
                        "an unrecorded file whose content does not match its name (damaged).",
                    ),
                )
            else:
                yield (
                    path,
                    Severity.WARNING,
                    msg(
                        "berkas tersimpan tetapi tidak tercatat di basis data (penyimpanan "
                        "terhenti sebelum dicatat).",
                        "the file is stored but not recorded in the database (the store was "
                        "interrupted before it was recorded).",
                    ),
                )
        else:
            yield (
                path,
                Severity.WARNING,
                msg("berkas asing di folder penyimpanan.", "a foreign file in the store folder."),
            )
