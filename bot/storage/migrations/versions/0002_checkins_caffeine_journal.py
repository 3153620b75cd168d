"""Check-ins, caffeine logs and journal entries.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.storage.types import UtcDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _user_fk() -> sa.Column[int]:
    return sa.Column("user_id", sa.Integer(), nullable=False)


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("persistence_nudged_at", UtcDateTime(), nullable=True))
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _user_fk(),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("twitch_level", sa.Integer(), nullable=True),
        sa.Column("twitch_score", sa.Integer(), nullable=True),
        sa.Column("locations", sa.JSON(), nullable=False),
        sa.Column("anxiety", sa.Integer(), nullable=True),
        sa.Column("bedtime", sa.Time(), nullable=True),
        sa.Column("wake_time", sa.Time(), nullable=True),
        sa.Column("caffeine_drinks", sa.Integer(), nullable=True),
        sa.Column("caffeine_last", sa.Time(), nullable=True),
        sa.Column("triggers", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("red_flags", sa.JSON(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_checkins_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
        sa.UniqueConstraint("user_id", "local_date", name=op.f("uq_checkins_user_id")),
    )
    op.create_index(op.f("ix_checkins_user_id"), "checkins", ["user_id"], unique=False)
    op.create_table(
        "caffeine_logs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _user_fk(),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("local_time", sa.Time(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_caffeine_logs_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caffeine_logs")),
    )
    op.create_index(op.f("ix_caffeine_logs_user_id"), "caffeine_logs", ["user_id"], unique=False)
    op.create_table(
        "journal_entries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _user_fk(),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_journal_entries_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entries")),
    )
    op.create_index(
        op.f("ix_journal_entries_user_id"), "journal_entries", ["user_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("journal_entries")
    op.drop_table("caffeine_logs")
    op.drop_table("checkins")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("persistence_nudged_at")
