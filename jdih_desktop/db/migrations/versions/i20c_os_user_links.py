"""operating-system accounts linked to app accounts for the command line (issue #20)

Revision ID: i20c_os_user_links
Revises: i22_privacy_reviews
Create Date: 2026-12-05 16:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import jdih_desktop.db.types

revision: str = "i20c_os_user_links"
down_revision: str | None = "i22_privacy_reviews"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "os_user_links",
        sa.Column("os_name", sa.String(length=128), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("linked_at", jdih_desktop.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_os_user_links_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("os_name", name=op.f("pk_os_user_links")),
    )
    with op.batch_alter_table("os_user_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_os_user_links_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("os_user_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_os_user_links_user_id"))
    op.drop_table("os_user_links")
