"""full-text search index fts_documents

SQLite: an FTS5 virtual table (rowid = documents.id) with the unicode61 tokenizer folding
diacritics; its ``facets`` column holds filter tokens (y2023, sberlaku, j1) so year, status
and jenis filters run inside the full-text index. PostgreSQL: a table with a weighted 'simple'
tsvector under a GIN index. Neither is a model: ``jdih_desktop.documents.archive.search_index``
writes them, and schema comparison skips tables named ``fts_*``. Existing decrees are
indexed here (approximately for PostgreSQL: ``search_index.rebuild`` re-tokenises exactly).

Revision ID: 2bc5039ba0ca
Revises: fee1ffbac43b
Create Date: 2026-11-30 13:14:36.194372
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "2bc5039ba0ca"
down_revision: str | None = "fee1ffbac43b"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_tahun"), ["tahun"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE fts_documents USING fts5("
            "nomor, judul, meta, body, facets, tokenize = 'unicode61 remove_diacritics 2')"
        )
        op.execute(
            "INSERT INTO fts_documents (rowid, nomor, judul, meta, body, facets) "
            "SELECT d.id, d.nomor, d.judul, t.name || ' ' || t.abbreviation, d.body_text, "
            "'y' || d.tahun || ' s' || replace(d.status, '_', '') || ' j' || d.type_id "
            "FROM documents d JOIN document_types t ON t.id = d.type_id"
        )
        # The index's words, to turn a prefix query into the few words it covers.
        op.execute("CREATE VIRTUAL TABLE fts_documents_terms USING fts5vocab(fts_documents, 'row')")
        return
    op.execute(
        "CREATE TABLE fts_documents ("
        "document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE, "
        "content TEXT NOT NULL DEFAULT '', "
        "tsv TSVECTOR NOT NULL)"
    )
    op.execute("CREATE INDEX fts_documents_tsv ON fts_documents USING GIN (tsv)")
    op.execute(
        "INSERT INTO fts_documents (document_id, content, tsv) "
        "SELECT d.id, d.judul || E'\\n' || d.body_text, "
        "setweight(to_tsvector('simple', d.nomor), 'A') || "
        "setweight(to_tsvector('simple', d.judul), 'B') || "
        "setweight(to_tsvector('simple', t.name || ' ' || t.abbreviation), 'C') || "
        "setweight(to_tsvector('simple', d.body_text), 'D') "
        "FROM documents d JOIN document_types t ON t.id = d.type_id"
    )


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS fts_documents_terms")
    op.execute("DROP TABLE IF EXISTS fts_documents")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_tahun"))
