"""One person per chat: an update whose sender is not the owner of the private chat it
addresses is dropped before any handler sees it.

Telegram never sends such an update (a button can only be pressed in the chat that shows it),
but the turn loads the chat's flow state by chat id and the user's records by sender id, so a
forged one could otherwise move one person's flow with another's press.
"""

from __future__ import annotations

import logging

from telegram import Chat, Update
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, TypeHandler

logger = logging.getLogger(__name__)


async def same_person(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not isinstance(update, Update):
        return
    chat, user = update.effective_chat, update.effective_user
    if chat is not None and user is not None and chat.type == Chat.PRIVATE and chat.id != user.id:
        logger.warning("dropped an update whose sender is not the private chat's owner")
        raise ApplicationHandlerStop


def install(application: Application) -> None:
    # Group -2: before the flood limit (-1) and every handler (0).
    application.add_handler(TypeHandler(Update, same_person), group=-2)
