"""publications lease, file urls and note

Revision ID: 2ebbc0604e50
Revises: 09e1ad4bb7de
Create Date: 2026-11-30 13:15:09.886500
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import jdih_desktop.db.types

revision: str = "2ebbc0604e50"
down_revision: str | None = "09e1ad4bb7de"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Existing rows get empty values through a temporary server default, dropped again so the
    # schema matches the models (which set their defaults in Python).
    with op.batch_alter_table("publications", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("lease_owner", sa.String(length=120), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column(
                "lease_until", jdih_desktop.db.types.UTCDateTime(timezone=True), nullable=True
            )
        )
        batch_op.add_column(sa.Column("file_urls", sa.JSON(), nullable=False, server_default="{}"))
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("publications", schema=None) as batch_op:
        batch_op.alter_column("lease_owner", server_default=None)
        batch_op.alter_column("file_urls", server_default=None)
        batch_op.alter_column("note", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("publications", schema=None) as batch_op:
        batch_op.drop_column("note")
        batch_op.drop_column("file_urls")
        batch_op.drop_column("lease_until")
        batch_op.drop_column("lease_owner")
