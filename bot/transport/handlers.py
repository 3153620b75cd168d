"""Registers the handlers on the PTB Application; the order of groups matters, see below."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.error import Forbidden
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

from bot.transport import groups
from bot.transport.turns import Context, Turns

logger = logging.getLogger(__name__)

# Stillpoint is a one-to-one companion: a private chat gets the whole bot; an edited message
# there is read for safety only (an edit is not a new answer); groups see bot.transport.groups.
_PRIVATE = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
_EDITED = filters.ChatType.PRIVATE & filters.UpdateType.EDITED_MESSAGE
_GROUP = filters.ChatType.GROUPS & filters.UpdateType.MESSAGES


def register(application: Application, turns: Turns) -> None:
    # Groups share the turns' chat locks, sender and database: their answers go through the
    # same update ledger and outbox.
    group = groups.GroupAnswers(
        database=turns.database,
        sender=turns.sender,
        locks=turns.locks,
        clock=turns.clock,
        answers=turns.catalog.safety,
    )
    # Group 0, first match wins: commands before text so "/cancel" is never read as an answer,
    # and the catch-all for stickers, photos and voice comes last.
    application.add_handler(MessageHandler(_PRIVATE & filters.COMMAND, turns.on_command))
    application.add_handler(CallbackQueryHandler(turns.on_button))
    application.add_handler(
        MessageHandler(_PRIVATE & (filters.TEXT | filters.LOCATION), turns.on_message)
    )
    application.add_handler(MessageHandler(_PRIVATE & ~filters.StatusUpdate.ALL, turns.on_message))
    application.add_handler(
        MessageHandler(_EDITED & (filters.TEXT | filters.CAPTION), turns.on_edit)
    )
    application.add_handler(MessageHandler(_GROUP & filters.COMMAND, group.on_command))
    application.add_handler(
        MessageHandler(_GROUP & (filters.TEXT | filters.CAPTION), group.on_text)
    )
    application.add_error_handler(on_error(turns.catalog.shell.something_went_wrong))


def on_error(
    sorry: Callable[[], str],
) -> Callable[[object, Context], Coroutine[Any, Any, None]]:
    """The error handler: it says `sorry` to the user when something went wrong."""

    async def handle(update: object, context: Context) -> None:
        await _on_error(update, context, sorry)

    return handle


async def _on_error(update: object, context: Context, sorry: Callable[[], str]) -> None:
    """Log first (never the user's text), then tell the user kindly if we can reach them."""
    logger.error(
        "error while handling an update: %r", type(context.error).__name__, exc_info=context.error
    )
    if isinstance(update, Update) and update.effective_chat is not None:
        if isinstance(context.error, Forbidden):
            return
        try:
            await context.bot.send_message(update.effective_chat.id, sorry())
        except Exception:
            logger.warning("could not tell the user about the error", exc_info=True)
