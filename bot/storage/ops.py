"""Operational queries of the webhook server: health and user counts."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import User, UserStatus


async def count_active_users(session: AsyncSession) -> int:
    result = await session.execute(
        select(func.count()).select_from(User).where(User.status == UserStatus.ACTIVE)
    )
    return int(result.scalar_one())


async def ping(session: AsyncSession) -> None:
    await session.execute(text("SELECT 1"))
