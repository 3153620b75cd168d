"""Group chats: Stillpoint is a one-to-one companion and keeps nothing about a group. A crisis
or emergency sentence there still gets the resource answer at once (in the writer's language,
for the country their Telegram language names); any command gets one line pointing to a
private chat; a button pressed in a group is refused.

An answer goes through the update ledger and the outbox, as a private chat's replies do: the
update's id and the answer commit together, so a delivery Telegram repeats (to this instance or
another) is answered once. Nothing about the person is stored: the ledger holds the update's
number, the outbox our own words until Telegram takes them. Text that needs no answer touches
no database at all."""

from __future__ import annotations

import logging
from collections.abc import Callable

from telegram import Update
from telegram.ext import ContextTypes

from bot.clock import Clock
from bot.core.helplines import country_for
from bot.core.message import read as read_message
from bot.core.safety import Concern
from bot.features import SafetyAnswers
from bot.i18n import use_language
from bot.storage import Database, outbox
from bot.storage.outbox import Envelope
from bot.transport.chat_locks import ChatLocks
from bot.transport.sender import ReplySender

logger = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE


class GroupAnswers:
    """The handlers for group chats, answering once per update through the outbox."""

    def __init__(
        self,
        *,
        database: Database,
        sender: ReplySender,
        locks: ChatLocks,
        clock: Clock,
        answers: SafetyAnswers,
    ) -> None:
        self.answers = answers
        self.database = database
        self.sender = sender
        self.locks = locks
        self.clock = clock

    async def on_command(self, update: Update, context: Context) -> None:
        """Any command in a group: one line on where to find Stillpoint."""
        chat, user = update.effective_chat, update.effective_user
        if chat is None:
            return
        with use_language(user.language_code if user else None):
            text = self.answers.group_command()
        await self._answer(update, context, chat.id, {"text": text})

    async def on_text(self, update: Update, context: Context) -> None:
        """Text or a caption in a group: answered only when it is a crisis or an emergency."""
        chat, user = update.effective_chat, update.effective_user
        message = update.effective_message
        if chat is None or message is None:
            return
        # Read as a private chat reads it (rules, model and the same guards): a bare
        # "respirar" asks for the exercise and is no emergency, here as there.
        check = read_message(message.text or message.caption or "").safety
        if check.concern not in (Concern.EMERGENCY, Concern.CRISIS):
            return
        language = user.language_code if user else None
        country = country_for(language, None)
        logger.warning("%s words in a group chat: resources sent", check.concern.value)
        with use_language(language):
            if check.concern is Concern.EMERGENCY:
                text = self.answers.emergency_text(country, check.emergency_signs)
            else:
                text = self.answers.crisis(country, False).text
        payload = {"text": text, "reply_to": message.message_id}
        await self._answer(update, context, chat.id, payload)

    async def _answer(
        self, update: Update, context: Context, chat_id: int, payload: dict[str, object]
    ) -> None:
        """Record the update and write the answer in one transaction, then send it; a
        repeated delivery whose answer committed sends only what is still unsent."""
        sender = self.sender
        envelope = Envelope("sendMessage", {"buttons": [], "reply_keys": [], **payload})
        async with self.locks.hold(chat_id):
            now = self.clock.now()
            async with self.database.transaction() as conn:
                if await outbox.claim_update(conn, update_id=update.update_id, now=now):
                    pending = await outbox.add(
                        conn,
                        chat_id=chat_id,
                        update_id=update.update_id,
                        envelopes=[envelope],
                        owner=sender.owner,
                        lease=sender.lease,
                        now=now,
                    )
                else:
                    pending = await outbox.update_rows(
                        conn,
                        update_id=update.update_id,
                        owner=sender.owner,
                        lease=sender.lease,
                        now=now,
                    )
            await sender.deliver(context.bot, pending)


async def refuse_button(update: Update, context: Context, refused: Callable[[], str]) -> None:
    """A button pressed in a group: nothing to act on (`refused` words it). Answering a button
    twice does no harm, so this stays outside the outbox."""
    query = update.callback_query
    if query is not None:
        user = update.effective_user
        with use_language(user.language_code if user else None):
            await query.answer(refused())
