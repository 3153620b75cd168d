"""Outbox payloads as text, so they can be encrypted like journal entries (EncryptedJSON);
their files are encrypted in the same binary column (EncryptedBytes). And `reply_owners`: each
sending process's heartbeat, so a dead process's replies are taken over at once.

Rows waiting now keep their JSON text and read back unchanged. Downgrading works only while no
waiting reply is encrypted (the database cannot read a ciphertext as JSON): let the outbox
drain first.

Revision ID: 0013
Revises: 0010
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.storage.types import UtcDateTime

revision: str = "0013"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reply_owners",
        sa.Column("owner", sa.String(length=64), nullable=False),
        sa.Column("alive_until", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("owner", name=op.f("pk_reply_owners")),
    )
    with op.batch_alter_table("outbox") as batch:
        batch.alter_column(
            "payload",
            existing_type=sa.JSON(),
            type_=sa.Text(),
            existing_nullable=False,
            postgresql_using="payload::text",
        )


def downgrade() -> None:
    op.drop_table("reply_owners")
    with op.batch_alter_table("outbox") as batch:
        batch.alter_column(
            "payload",
            existing_type=sa.Text(),
            type_=sa.JSON(),
            existing_nullable=False,
            postgresql_using="payload::json",
        )
