"""Users and the live flow state of each chat.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.storage.types import UtcDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("time_zone", sa.String(length=64), nullable=True),
        sa.Column("wake_time", sa.Time(), nullable=True),
        sa.Column("bedtime", sa.Time(), nullable=True),
        sa.Column("caffeine_cutoff", sa.Time(), nullable=True),
        sa.Column("checkin_time", sa.Time(), nullable=True),
        sa.Column(
            "consent",
            sa.Enum("GIVEN", "DECLINED", name="consent", native_enum=False, length=16),
            nullable=True,
        ),
        sa.Column("consent_at", UtcDateTime(), nullable=True),
        sa.Column("onboarded_at", UtcDateTime(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("ACTIVE", "BLOCKED", name="userstatus", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("paused_until", UtcDateTime(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("telegram_id", name=op.f("uq_users_telegram_id")),
    )
    op.create_table(
        "flow_states",
        sa.Column("chat_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("flow", sa.String(length=32), nullable=True),
        sa.Column("step", sa.String(length=32), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("history", sa.JSON(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("chat_id", name=op.f("pk_flow_states")),
    )
    op.create_index(
        op.f("ix_flow_states_telegram_id"), "flow_states", ["telegram_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_flow_states_telegram_id"), table_name="flow_states")
    op.drop_table("flow_states")
    op.drop_table("users")
