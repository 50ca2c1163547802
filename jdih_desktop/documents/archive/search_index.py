"""Full-text search over the archive: decree metadata and body text, ranked, with snippets.

SQLite keeps an FTS5 table ``fts_documents`` (rowid = document id; columns nomor, judul,
meta, body, facets; ``unicode61 remove_diacritics 2``) ranked with ``bm25``; the facets column
holds filter tokens so year/status/jenis filters run inside the index, and the
``fts_documents_terms`` vocabulary turns a short prefix into its words. PostgreSQL keeps a table
``fts_documents`` with a weighted ``tsvector`` ('simple' configuration) under a GIN index,
ranked with ``ts_rank`` and highlighted with ``ts_headline``. Both tables are created by the
migration and kept current by :func:`index_document`, which the archive calls inside the same
unit of work as its own writes: a decree is never stored without being findable.

For PostgreSQL the text is tokenised here first (lower case, diacritics removed, punctuation
to spaces) so both engines split "19/PL.02.1-Kpt/7311/2023" and "pénétapan" the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, func, or_, select, text
from sqlalchemy.orm import Session

from jdih_desktop.db import models
from jdih_desktop.db.engine import Database
from jdih_desktop.documents.archive.search_query import (
    Term,
    facet_tokens,
    fold,
    fts5_query,
    parse_query,
    tokens,
    tsquery,
)

__all__ = [
    "SearchHit",
    "SearchPage",
    "SearchService",
    "fold",
    "index_document",
    "parse_query",
    "rebuild",
    "remove_document",
    "tokens",
]

FTS_TABLE = "fts_documents"
#: Highlight markers put around matched words in snippets unless the caller asks for others.
DEFAULT_MARKS = ("[", "]")
MAX_LIMIT = 500
#: Above this many matches, hits come newest first instead of by rank: ranking every decree
#: that contains a word all decrees contain costs ~150 ms per 100k and tells the clerk nothing.
RANK_LIMIT = 20_000
#: A prefix covering at most this many indexed words is searched as those words (SQLite).
MAX_EXPANSION = 32
# bm25 weights of the FTS5 columns (nomor, judul, meta, body, facets): number and title count
# most; the filter tokens not at all.
_BM25 = "bm25(fts_documents, 10.0, 5.0, 2.0, 1.0, 0.0)"


@dataclass(frozen=True)
class SearchHit:
    """One row of a result page; ``rank`` is higher for a better match (0 without a query)."""

    id: int
    nomor: str
    tahun: int
    judul: str
    snippet: str
    rank: float
    jenis: str = ""
    status: str = ""
    tanggal_penetapan: date | None = None


@dataclass(frozen=True)
class SearchPage:
    """A page of hits and the total number of matches, so a table model can page through all."""

    hits: tuple[SearchHit, ...]
    total: int
    limit: int
    offset: int
    #: False when more than RANK_LIMIT decrees matched: hits are then newest first (the UI
    #: suggests adding words or filters).
    ranked: bool = True

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.hits) < self.total


# --- queries -------------------------------------------------------------------------------


def expand_prefixes(session: Session, terms: Sequence[Term]) -> dict[str, list[str]]:
    """Indexed words for each prefix of 3+ letters that covers at most MAX_EXPANSION of them."""
    found: dict[str, list[str]] = {}
    for term in terms:
        prefix = term.words[-1]
        if not term.prefix or len(prefix) < 3:
            continue
        words = session.scalars(
            text(
                f"SELECT term FROM {FTS_TABLE}_terms WHERE term >= :low AND term < :high LIMIT :n"
            ),
            {"low": prefix, "high": prefix + "\uffff", "n": MAX_EXPANSION + 1},
        ).all()
        if 0 < len(words) <= MAX_EXPANSION:
            found[prefix] = [str(w) for w in words]
    return found


# --- keeping the index ------------------------------------------------------------------------


@dataclass(frozen=True)
class IndexedText:
    nomor: str
    judul: str
    meta: str
    body: str
    facets: str = ""  # filter tokens for SQLite: "y2023 sberlaku j1"


def document_text(row: models.Document) -> IndexedText:
    """What is searchable of a decree: its number, title, other metadata and its body."""
    meta = [
        row.type.name if row.type is not None else "",
        row.type.abbreviation if row.type is not None else "",
        " ".join(s.term for s in row.subjects),
        row.tempat_penetapan,
        row.penandatangan,
        row.teu_badan,
        row.pemrakarsa,
        row.bidang_hukum,
        row.urusan_pemerintahan,
        str(row.tahun),
    ]
    return IndexedText(
        nomor=row.nomor,
        judul=row.judul,
        meta=" ".join(m for m in meta if m),
        body=row.body_text or "",
        facets=" ".join(facet_tokens(row.tahun, row.status, row.type_id)),
    )


def _pg_vector_sql() -> str:
    return (
        "setweight(to_tsvector('simple', :nomor_t), 'A') || "
        "setweight(to_tsvector('simple', :judul_t), 'B') || "
        "setweight(to_tsvector('simple', :meta_t), 'C') || "
        "setweight(to_tsvector('simple', :body_t), 'D')"
    )


def write_entry(session: Session, document_id: int, indexed: IndexedText) -> None:
    """Replace the index entry of one document, in the caller's transaction."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"), {"id": document_id})
        session.execute(
            text(
                f"INSERT INTO {FTS_TABLE} (rowid, nomor, judul, meta, body, facets) "
                "VALUES (:id, :nomor, :judul, :meta, :body, :facets)"
            ),
            {
                "id": document_id,
                "nomor": indexed.nomor,
                "judul": indexed.judul,
                "meta": indexed.meta,
                "body": indexed.body,
                "facets": indexed.facets,
            },
        )
        return
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE document_id = :id"), {"id": document_id})
    session.execute(
        text(
            f"INSERT INTO {FTS_TABLE} (document_id, content, tsv) "
            f"VALUES (:id, :content, {_pg_vector_sql()})"
        ),
        {
            "id": document_id,
            "content": f"{indexed.judul}\n{indexed.body}",
            "nomor_t": " ".join(tokens(indexed.nomor)),
            "judul_t": " ".join(tokens(indexed.judul)),
            "meta_t": " ".join(tokens(indexed.meta)),
            "body_t": " ".join(tokens(indexed.body)),
        },
    )


def index_document(session: Session, row: models.Document) -> None:
    """(Re)index a stored decree; call after ``flush()`` so the row has its id."""
    write_entry(session, row.id, document_text(row))


def remove_document(session: Session, document_id: int) -> None:
    key = "rowid" if session.get_bind().dialect.name == "sqlite" else "document_id"
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE {key} = :id"), {"id": document_id})


def rebuild(session: Session) -> int:
    """Re-create every entry from the documents table (after a restore or an old import)."""
    session.execute(text(f"DELETE FROM {FTS_TABLE}"))
    count = 0
    for row in session.query(models.Document).yield_per(500):
        index_document(session, row)
        count += 1
    return count


# --- searching --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Filters:
    year: int | None
    jenis: str | None
    status: str | None

    def sql(self) -> tuple[str, dict[str, object]]:
        clauses: list[str] = []
        params: dict[str, object] = {}
        if self.year is not None:
            clauses.append("d.tahun = :year")
            params["year"] = self.year
        if self.jenis:
            clauses.append("(lower(t.name) = :jenis OR lower(t.abbreviation) = :jenis)")
            params["jenis"] = self.jenis.strip().lower()
        if self.status:
            clauses.append("d.status = :status")
            params["status"] = self.status
        return "".join(f" AND {c}" for c in clauses), params

    def fts5(self, session: Session) -> str | None:
        """The filters as FTS5 terms on the facets column ("" for none, None: nothing matches)."""
        parts = [f'facets : "{t}"' for t in facet_tokens(self.year, self.status)]
        if self.jenis:
            key = self.jenis.strip().lower()
            ids = session.scalars(
                select(models.DocumentType.id).where(
                    or_(
                        func.lower(models.DocumentType.name) == key,
                        func.lower(models.DocumentType.abbreviation) == key,
                    )
                )
            ).all()
            if not ids:
                return None
            parts.append("facets : (" + " OR ".join(f'"j{i}"' for i in ids) + ")")
        return "".join(f" AND {p}" for p in parts)


_COLUMNS = "d.id, d.nomor, d.tahun, d.judul, t.name, d.status, d.tanggal_penetapan"
_JOIN = "JOIN document_types t ON t.id = d.type_id"


def _hit(row: Sequence[object], snippet: str, rank: float) -> SearchHit:
    day = row[6]
    if isinstance(day, str):  # SQLite hands back ISO text through a raw query
        day = date.fromisoformat(day)
    return SearchHit(
        id=int(str(row[0])),
        nomor=str(row[1]),
        tahun=int(str(row[2])),
        judul=str(row[3]),
        snippet=" ".join(snippet.split()),  # one line, whatever the page layout
        rank=rank,
        jenis=str(row[4]),
        status=str(row[5]),
        tanggal_penetapan=day if isinstance(day, date) else None,
    )


def _rows(session: Session, ids: Sequence[int]) -> dict[int, Sequence[object]]:
    """The listed columns of these decrees, by id."""
    if not ids:
        return {}
    found = session.execute(
        text(f"SELECT {_COLUMNS} FROM documents d {_JOIN} WHERE d.id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": list(ids)},
    ).all()
    return {int(r[0]): tuple(r) for r in found}


class SearchService:
    """Ranked search with filters and paging; returns plain dataclasses, safe across threads."""

    def __init__(self, db: Database, *, rank_limit: int = RANK_LIMIT) -> None:
        self._db = db
        self._rank_limit = rank_limit

    def search(
        self,
        query: str = "",
        *,
        year: int | None = None,
        jenis: str | None = None,
        status: str | None = None,
        limit: int = 50,
        offset: int = 0,
        marks: tuple[str, str] = DEFAULT_MARKS,
    ) -> SearchPage:
        """A page of matches, best first; an empty query lists the filtered archive, newest first.

        ``marks`` wrap the matched words in snippets (plain text is not escaped: a caller that
        passes HTML tags should escape the rest itself).
        """
        limit = max(1, min(int(limit), MAX_LIMIT))
        offset = max(0, int(offset))
        filters = _Filters(year, jenis, status)
        terms = parse_query(query)
        with self._db.read() as session:
            if not terms:
                return self._listing(session, *filters.sql(), limit, offset)
            if self._db.is_sqlite:
                return self._sqlite(session, terms, filters, limit, offset, marks)
            return self._postgres(session, terms, *filters.sql(), limit, offset, marks)

    def _ranked(self, total: int) -> bool:
        return total <= self._rank_limit

    def count(
        self,
        query: str = "",
        *,
        year: int | None = None,
        jenis: str | None = None,
        status: str | None = None,
    ) -> int:
        return self.search(query, year=year, jenis=jenis, status=status, limit=1).total

    @staticmethod
    def _listing(
        session: Session, where: str, params: dict[str, object], limit: int, offset: int
    ) -> SearchPage:
        base = f"FROM documents d {_JOIN} WHERE 1 = 1{where}"
        total = session.execute(text(f"SELECT count(*) {base}"), params).scalar_one()
        rows = session.execute(
            text(
                f"SELECT {_COLUMNS} {base} ORDER BY d.tahun DESC, d.id DESC "
                "LIMIT :limit OFFSET :offset"
            ),
            {**params, "limit": limit, "offset": offset},
        ).all()
        return SearchPage(tuple(_hit(r, "", 0.0) for r in rows), int(total), limit, offset)

    def _sqlite(
        self,
        session: Session,
        terms: Sequence[Term],
        filters: _Filters,
        limit: int,
        offset: int,
        marks: tuple[str, str],
    ) -> SearchPage:
        user_query = fts5_query(terms, expand_prefixes(session, terms))
        facets = filters.fts5(session)
        if facets is None:  # a jenis no decree has
            return SearchPage((), 0, limit, offset)
        query = f"({user_query}){facets}"
        match = f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q"
        total = int(session.execute(text(f"SELECT count(*) {match}"), {"q": query}).scalar_one())
        if not total or offset >= total:
            return SearchPage((), total, limit, offset)
        ranked = self._ranked(total)
        order = (
            f"{_BM25} AS score {match} ORDER BY score, rowid"
            if ranked
            else (f"0.0 AS score {match} ORDER BY rowid DESC")
        )
        scores: dict[int, float] = dict(
            session.execute(
                text(f"SELECT rowid, {order} LIMIT :limit OFFSET :offset"),
                {"q": query, "limit": limit, "offset": offset},
            ).all()
        )
        rows = _rows(session, list(scores))
        # Snippets for this page only (snippet() over every match is slow), from the words the
        # clerk typed: never from the filter tokens.
        snippets: dict[object, object] = dict(
            session.execute(
                text(
                    f"SELECT rowid, snippet({FTS_TABLE}, -1, :open, :close, '…', 16) "
                    f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q AND rowid IN :ids"
                ).bindparams(bindparam("ids", expanding=True)),
                {"q": user_query, "ids": list(scores), "open": marks[0], "close": marks[1]},
            ).all()
        )
        hits = tuple(
            _hit(rows[i], str(snippets.get(i, "")), -float(scores[i])) for i in scores if i in rows
        )
        return SearchPage(hits, total, limit, offset, ranked)

    def _postgres(
        self,
        session: Session,
        terms: Sequence[Term],
        where: str,
        params: dict[str, object],
        limit: int,
        offset: int,
        marks: tuple[str, str],
    ) -> SearchPage:
        params = {**params, "q": tsquery(terms)}
        base = (
            f"FROM {FTS_TABLE} f JOIN documents d ON d.id = f.document_id {_JOIN} "
            f"WHERE f.tsv @@ to_tsquery('simple', :q){where}"
        )
        total = int(session.execute(text(f"SELECT count(*) {base}"), params).scalar_one())
        if not total or offset >= total:
            return SearchPage((), total, limit, offset)
        ranked = self._ranked(total)
        order = (
            "ts_rank(f.tsv, to_tsquery('simple', :q)) AS score {base} ORDER BY score DESC, d.id"
            if ranked
            else "0.0 AS score {base} ORDER BY d.id DESC"
        ).format(base=base)
        rows = session.execute(
            text(f"SELECT {_COLUMNS}, {order} LIMIT :limit OFFSET :offset"),
            {**params, "limit": limit, "offset": offset},
        ).all()
        ids = [int(r[0]) for r in rows]
        options = (
            f'StartSel="{marks[0]}", StopSel="{marks[1]}", MaxWords=20, MinWords=8, '
            'MaxFragments=1, FragmentDelimiter=" … "'
        )
        snippets: dict[object, object] = dict(
            session.execute(
                text(
                    "SELECT document_id, ts_headline('simple', content, "
                    "to_tsquery('simple', :q), :options) "
                    f"FROM {FTS_TABLE} WHERE document_id IN :ids"
                ).bindparams(bindparam("ids", expanding=True)),
                {"q": params["q"], "ids": ids, "options": options},
            ).all()
        )
        hits = tuple(_hit(r, str(snippets.get(r[0], "")), float(r[7])) for r in rows)
        return SearchPage(hits, total, limit, offset, ranked)
