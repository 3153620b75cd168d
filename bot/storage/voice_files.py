"""Telegram's file ids for the bot's own voice messages, by content key: a recording is
uploaded once per bot and then sent by its file_id."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import VoiceFile

__all__ = ["find", "forget", "remember"]


async def find(session: AsyncSession, *, bot_id: int, content_key: str) -> str | None:
    """The file_id this bot was given for the recording `content_key`, if any."""
    return await session.scalar(
        select(VoiceFile.file_id).where(
            VoiceFile.bot_id == bot_id, VoiceFile.content_key == content_key
        )
    )


async def remember(
    session: AsyncSession,
    *,
    bot_id: int,
    content_key: str,
    file_id: str,
    duration_s: int,
    now: datetime,
) -> None:
    """Keep (or replace) the file_id of a recording just uploaded."""
    row = await session.get(VoiceFile, (bot_id, content_key))
    if row is None:
        session.add(
            VoiceFile(
                bot_id=bot_id,
                content_key=content_key,
                file_id=file_id,
                duration_s=duration_s,
                created_at=now,
            )
        )
    else:
        row.file_id, row.duration_s, row.created_at = file_id, duration_s, now
    await session.flush()


async def forget(session: AsyncSession, *, bot_id: int, content_key: str) -> None:
    """Drop a file_id Telegram no longer accepts, so the recording is uploaded again."""
    await session.execute(
        delete(VoiceFile).where(VoiceFile.bot_id == bot_id, VoiceFile.content_key == content_key)
    )
