"""When a drink was logged (so "undo" can keep to the last ten minutes, whatever time the drink
itself had), and two optional answers for the doctor's report: when the twitching started and
the medications and supplements taken (the person's own words, encrypted like notes), and
what they noticed when they ticked a warning sign (their words, for the report).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.storage.types import UtcDateTime

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("caffeine_logs") as batch:
        batch.add_column(sa.Column("logged_at", UtcDateTime(), nullable=True))
    with op.batch_alter_table("checkins") as batch:
        batch.add_column(sa.Column("warning_words", sa.Text(), nullable=True))
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("onset_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("medications", sa.Text(), nullable=True))
        batch.add_column(sa.Column("report_asked_at", UtcDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("report_asked_at")
        batch.drop_column("medications")
        batch.drop_column("onset_date")
    with op.batch_alter_table("checkins") as batch:
        batch.drop_column("warning_words")
    with op.batch_alter_table("caffeine_logs") as batch:
        batch.drop_column("logged_at")
