"""privacy reviews and per-jenis privacy check setting (issue #22)

Revision ID: i22_privacy_reviews
Revises: i18_scan_draft
Create Date: 2026-12-05 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import jdih_desktop.db.types

revision: str = "i22_privacy_reviews"
down_revision: str | None = "i18_scan_draft"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "privacy_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("checked_at", jdih_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("findings", sa.JSON(), nullable=False),
        sa.Column("manual_regions", sa.JSON(), nullable=False),
        sa.Column("redacted_sha256", sa.String(length=64), nullable=True),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=False),
        sa.Column("decided_at", jdih_desktop.db.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_privacy_reviews_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_reviews")),
    )
    with op.batch_alter_table("privacy_reviews", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_privacy_reviews_document_id"), ["document_id"], unique=False
        )
    op.create_table(
        "privacy_jenis_settings",
        sa.Column("jenis", sa.String(length=200), nullable=False),
        sa.Column("check_enabled", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("jenis", name=op.f("pk_privacy_jenis_settings")),
    )


def downgrade() -> None:
    op.drop_table("privacy_jenis_settings")
    with op.batch_alter_table("privacy_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_privacy_reviews_document_id"))
    op.drop_table("privacy_reviews")
