"""Operational queries of the webhook server: update de-duplication, health, user counts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import ProcessedUpdate, User, UserStatus


async def claim_update(session: AsyncSession, *, update_id: int, now: datetime) -> bool:
    """Record `update_id` as handled. False when it already was (by this or another instance):
    the primary key decides, so two instances receiving one retried update cannot both win."""
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    result = await session.execute(
        insert(ProcessedUpdate)
        .values(update_id=update_id, received_at=now)
        .on_conflict_do_nothing(index_elements=["update_id"])
        .returning(ProcessedUpdate.update_id)
    )
    return result.scalar_one_or_none() is not None


async def prune_processed(session: AsyncSession, *, before: datetime) -> int:
    """Forget update ids older than `before`; Telegram stops retrying long before that."""
    result = await session.execute(
        delete(ProcessedUpdate).where(ProcessedUpdate.received_at < before)
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def count_active_users(session: AsyncSession) -> int:
    result = await session.execute(
        select(func.count()).select_from(User).where(User.status == UserStatus.ACTIVE)
    )
    return int(result.scalar_one())


async def ping(session: AsyncSession) -> None:
    await session.execute(text("SELECT 1"))
