"""Exercise sessions kept for no one: `user_id` may be empty (help before sign-up or without
consent; such a row is deleted when its session ends), and `telegram_id` names who started a
session, so only they can press its buttons.

Downgrading deletes the sessions that belong to no user (they are live ones: ended ones are
already gone), since the older schema cannot hold them.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("exercise_sessions") as batch:
        batch.alter_column("user_id", existing_type=sa.Integer(), nullable=True)
        batch.add_column(sa.Column("telegram_id", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    op.execute("DELETE FROM exercise_sessions WHERE user_id IS NULL")
    with op.batch_alter_table("exercise_sessions") as batch:
        batch.drop_column("telegram_id")
        batch.alter_column("user_id", existing_type=sa.Integer(), nullable=False)
