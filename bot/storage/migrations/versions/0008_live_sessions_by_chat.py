"""Live exercise sessions found by chat: every turn asks whether one runs in its chat (with
the state it loads), so that question is answered from an index, not a scan of all sessions.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_exercise_sessions_chat_id_status", "exercise_sessions", ["chat_id", "status"]
    )


def downgrade() -> None:
    op.drop_index("ix_exercise_sessions_chat_id_status", table_name="exercise_sessions")
