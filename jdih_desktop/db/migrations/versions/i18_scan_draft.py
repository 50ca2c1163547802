"""documents remember the scan-wizard draft they were stored from

Revision ID: i18_scan_draft
Revises: 2ebbc0604e50
Create Date: 2026-12-05 14:40:00

The wizard's store commits the decree, its final abstract, the request's SOP step and this
draft id in one transaction; a resumed draft finds its decree here instead of importing it
again (a unique index: one decree per draft).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "i18_scan_draft"
down_revision: str | None = "2ebbc0604e50"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scan_draft_id", sa.String(length=40), nullable=True))
        batch_op.create_index("ix_documents_scan_draft_id", ["scan_draft_id"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index("ix_documents_scan_draft_id")
        batch_op.drop_column("scan_draft_id")
