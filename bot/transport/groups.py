"""Group chats: Stillpoint is a one-to-one companion and keeps nothing about a group. A crisis
or emergency sentence there still gets the resource answer at once (in the writer's language,
for the country their Telegram language names); any command gets one line pointing to a
private chat; a button pressed in a group is refused. Nothing here touches the database."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ContextTypes

from bot.core import safety
from bot.core.helplines import country_for
from bot.core.safety import Concern
from bot.i18n import use_language
from conversations import menu, safety_answers

logger = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE


async def on_command(update: Update, context: Context) -> None:
    """Any command in a group: one line on where to find Stillpoint."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None:
        return
    with use_language(user.language_code if user else None):
        await context.bot.send_message(chat.id, safety_answers.group_command())


async def on_text(update: Update, context: Context) -> None:
    """Text or a caption in a group: answered only when it is a crisis or an emergency."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None or message is None:
        return
    check = safety.check_text(message.text or message.caption or "")
    if check.concern not in (Concern.EMERGENCY, Concern.CRISIS):
        return
    language = user.language_code if user else None
    country = country_for(language, None)
    logger.warning("%s words in a group chat: resources sent", check.concern.value)
    with use_language(language):
        if check.concern is Concern.EMERGENCY:
            text = safety_answers.emergency_message(country, check.emergency_signs)
        else:
            text = safety_answers.crisis(country=country, in_flow=False).text
        await context.bot.send_message(chat.id, text, reply_to_message_id=message.message_id)


async def refuse_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is not None:
        user = update.effective_user
        with use_language(user.language_code if user else None):
            await query.answer(menu.refused_button())
