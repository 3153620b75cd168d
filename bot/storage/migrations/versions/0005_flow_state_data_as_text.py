"""Flow state data as text, so it can be encrypted like journal entries (EncryptedJSON).

Existing rows keep their JSON text and read back unchanged; `stillpoint reencrypt` encrypts
them, or the bot does on the chat's next turn. Downgrading works only while no row is
encrypted (the database cannot read a ciphertext as JSON).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("flow_states") as batch:
        batch.alter_column(
            "data",
            existing_type=sa.JSON(),
            type_=sa.Text(),
            existing_nullable=False,
            postgresql_using="data::text",
        )


def downgrade() -> None:
    with op.batch_alter_table("flow_states") as batch:
        batch.alter_column(
            "data",
            existing_type=sa.Text(),
            type_=sa.JSON(),
            existing_nullable=False,
            postgresql_using="data::json",
        )
