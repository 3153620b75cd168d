"""Sending the bot's own voice messages: by the file_id Telegram gave the same recording before,
or, the first time (or when Telegram has forgotten it), made and uploaded, and its new file_id
kept for next time."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from sqlalchemy.exc import IntegrityError
from telegram import Bot, InputFile, Message
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from bot.clock import Clock
from bot.flow import SendVoice
from bot.storage import Database, voice_files
from bot.transport.replies import MAX_CAPTION, Delivery, inline, retry_after_seconds

__all__ = ["bot_id_of", "send_voice"]

logger = logging.getLogger(__name__)


def bot_id_of(bot: Bot) -> int:
    """The bot's id, the part of its token before the colon: known without asking Telegram."""
    return int(bot.token.split(":", 1)[0])


async def send_voice(
    bot: Bot,
    database: Database,
    clock: Clock,
    chat_id: int,
    voice: SendVoice,
    *,
    refused: Callable[[float], object] | None = None,
) -> Delivery:
    """Send `voice` to the chat, reusing a file_id where this bot has one for its content.
    `refused` hears the wait a 429 asked for."""
    bot_id = bot_id_of(bot)
    async with database.session() as session:
        file_id = await voice_files.find(session, bot_id=bot_id, content_key=voice.key)
    if file_id is not None:
        try:
            await _post(bot, chat_id, file_id, voice)
        except BadRequest as exc:
            # A file_id Telegram no longer knows (another bot token, a purge): upload again.
            logger.info("a stored voice file_id was refused (%s); uploading again", exc)
            async with database.session() as session, session.begin():
                await voice_files.forget(session, bot_id=bot_id, content_key=voice.key)
        except RetryAfter as exc:
            if refused is not None:
                refused(retry_after_seconds(exc))
            return Delivery.LATER
        except NetworkError:
            return Delivery.LATER
        except Forbidden:
            return Delivery.DROPPED
        else:
            return Delivery.SENT
    # Making it takes a few hundred milliseconds of CPU: off the event loop.
    try:
        data = await asyncio.to_thread(voice.make)
    except Exception:
        # A broken encoder must not hold up the chat's other replies.
        logger.exception("could not make a voice message")
        return Delivery.DROPPED
    try:
        message = await _post(bot, chat_id, InputFile(data, filename="breathe.ogg"), voice)
    except RetryAfter as exc:
        if refused is not None:
            refused(retry_after_seconds(exc))
        return Delivery.LATER
    except NetworkError:
        return Delivery.LATER
    except (Forbidden, BadRequest) as exc:
        logger.warning("a voice message was refused (%s)", type(exc).__name__)
        return Delivery.DROPPED
    logger.info("uploaded a voice message of %d s", voice.duration)
    if message.voice is not None:
        try:
            async with database.session() as session, session.begin():
                await voice_files.remember(
                    session,
                    bot_id=bot_id,
                    content_key=voice.key,
                    file_id=message.voice.file_id,
                    duration_s=voice.duration,
                    now=clock.now(),
                )
        except IntegrityError:
            pass  # another process kept one for the same recording meanwhile: either will do
    return Delivery.SENT


async def _post(bot: Bot, chat_id: int, voice: str | InputFile, sent: SendVoice) -> Message:
    return await bot.send_voice(
        chat_id,
        voice,
        duration=sent.duration,
        caption=sent.caption[:MAX_CAPTION] or None,
        reply_markup=inline(sent.buttons),
    )
