"""One turn of a conversation: load the chat's state (locked), decide, store, then reply.

Handlers hand every update to `Turns`; it is the only place where flows meet storage and
the Bot API. A typed text is read once here (`bot.core.message`) and the turn is decided on
that reading by `bot.transport.dispatch`. Neither names a feature: commands, buttons, flows
and the effects of saved outputs come from the features' declarations (`bot.features`).
The update's id, the new state, what
was saved and the replies (in the outbox) commit together; the replies are sent after, so a
failed send never loses what the user told us, and a retried update never acts twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncConnection
from telegram import CallbackQuery, Update
from telegram import User as TelegramUser
from telegram.ext import ContextTypes

from bot import faults, metrics
from bot.clock import Clock
from bot.core.message import read as read_message
from bot.features import Catalog
from bot.flow import (
    Event,
    FlowState,
    LocationInput,
    OtherInput,
)
from bot.flow import callback_data as cbd
from bot.flow.outputs import WakeExercise
from bot.i18n import switch_language, use_language
from bot.storage import Database, outbox, turn_store
from bot.storage.models import UserStatus
from bot.transport import groups, replies, safety_turn
from bot.transport.chat_locks import ChatLocks
from bot.transport.dispatch import Dispatch
from bot.transport.exercises import LiveExercises
from bot.transport.sender import ReplySender
from bot.transport.turn import Turn

logger = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE


Decide = Callable[[Turn], Awaitable[None]]


class Turns:
    def __init__(
        self,
        *,
        database: Database,
        catalog: Catalog,
        clock: Clock,
        default_zone: str = "UTC",
        exercises: LiveExercises | None = None,
        sender: ReplySender | None = None,
    ) -> None:
        self.database = database
        self.catalog = catalog
        self.clock = clock
        self.default_zone = default_zone
        self.exercises = exercises
        self.sender = sender or ReplySender(database=database, clock=clock, renderers={})
        self.locks = ChatLocks()
        self.dispatch = Dispatch(catalog=catalog, exercises=exercises)

    # --- entry points, one per kind of update -----------------------------------------------

    async def on_command(self, update: Update, context: Context) -> None:
        """A typed command: the declared action of that name, in every state."""
        assert update.effective_message is not None
        text = update.effective_message.text or ""
        name = text.split()[0][1:].split("@")[0].lower() if text.startswith("/") else ""
        parts = text.split(maxsplit=1)
        arg = parts[1].strip()[:64] if len(parts) > 1 else None
        await self._run(update, context, lambda turn: self.dispatch.command(turn, name, arg))

    async def on_message(self, update: Update, context: Context) -> None:
        """Text, a location, or anything else goes to the current flow, or gets the menu."""
        message = update.effective_message
        assert message is not None
        event: Event | None = None
        if message.location is not None:
            event = LocationInput(message.location.latitude, message.location.longitude)
        elif message.text is None:
            event = OtherInput(_kind(update))
        text, caption = message.text, message.caption

        async def decide(turn: Turn) -> None:
            if text is not None:
                await self.dispatch.text(turn, read_message(text))
                return
            # A photo's caption is read for safety like any typed words.
            if caption and safety_turn.answer(turn, read_message(caption), held=False):
                return
            assert event is not None
            await self.dispatch.event(turn, event)

        await self._run(update, context, decide)

    async def on_edit(self, update: Update, context: Context) -> None:
        """An edited message is read for safety only: what it changed is not a new answer."""
        message = update.effective_message
        assert message is not None
        text = message.text or message.caption or ""

        async def decide(turn: Turn) -> None:
            safety_turn.answer(turn, read_message(text), held=False)

        await self._run(update, context, decide)

    async def on_button(self, update: Update, context: Context) -> None:
        """A tap on an inline button: validated, then applied to the flow or an action."""
        query = update.callback_query
        assert query is not None
        chat = update.effective_chat
        if chat is None or chat.type != chat.PRIVATE:
            # Stillpoint keeps nothing in groups, so a button there has nothing to act on.
            await groups.refuse_button(update, context, self.catalog.shell.refused_button)
            return
        button = cbd.parse(query.data)
        if button is None:
            # Forged or malformed data: refuse it without touching any state.
            logger.warning("refused malformed callback data")
            await query.answer(self.catalog.shell.refused_button())
            return
        await self._run(
            update, context, lambda turn: self.dispatch.button(turn, button), query=query
        )

    # --- the turn -------------------------------------------------------------------------------

    async def _run(
        self, update: Update, context: Context, decide: Decide, query: CallbackQuery | None = None
    ) -> None:
        """One transaction: the update is recorded, the state locked, decided and stored, and
        the replies written to the outbox; then the replies are sent. A retried update whose
        turn committed sends only what is still unsent."""
        chat, user = update.effective_chat, update.effective_user
        if chat is None or user is None:
            return
        sender = self.sender
        turn: Turn | None = None
        toast: str | None = None
        async with self.locks.hold(chat.id):
            now = self.clock.now()
            # Every word of the turn is in the person's language, set for its whole length.
            with use_language(user.language_code):
                async with self.database.transaction() as conn:
                    loaded = await turn_store.claim_and_load(
                        conn,
                        update_id=update.update_id,
                        chat_id=chat.id,
                        telegram_id=user.id,
                        now=now,
                    )
                    if loaded is None:
                        metrics.duplicates.inc()
                        pending = await outbox.update_rows(
                            conn,
                            update_id=update.update_id,
                            owner=sender.owner,
                            lease=sender.lease,
                            now=now,
                        )
                    else:
                        faults.reach("after_claim")
                        turn, state = await self._decide(conn, loaded, chat.id, user, now, decide)
                        message = query.message if query is not None else None
                        calls, toast = replies.envelopes(
                            turn.outputs,
                            pressed=query is not None,
                            message_id=message.message_id if message is not None else None,
                        )
                        pending = await turn_store.save_with_replies(
                            conn,
                            chat_id=chat.id,
                            state=state,
                            update_id=update.update_id,
                            envelopes=calls,
                            owner=sender.owner,
                            lease=sender.lease,
                            now=now,
                            waiting=loaded.waiting,
                        )
                faults.reach("after_commit")
                if turn is not None:
                    self._after_commit(turn)
                if query is None:
                    await sender.deliver(context.bot, pending)
                    return
                # Outside the outbox: it only stops the button's spinner, Telegram takes it for
                # a few seconds only, and answering twice does no harm. It goes while the
                # replies go (when polling, two calls to Telegram in flight instead of one
                # after the other; a webhook's answer rides on its response anyway).
                answering = asyncio.ensure_future(replies.answer_button(query, toast))
                try:
                    await sender.deliver(context.bot, pending)
                finally:
                    await answering

    async def _decide(
        self,
        conn: AsyncConnection,
        loaded: turn_store.Loaded,
        chat_id: int,
        user: TelegramUser,
        now: datetime,
        decide: Decide,
    ) -> tuple[Turn, turn_store.NewState | None]:
        """Decide the turn from the chat's locked state; returns it with the state it leaves,
        to be written with its replies (None: nothing to write)."""
        before = FlowState(
            flow=loaded.flow,
            step=loaded.step,
            data=loaded.data,
            history=loaded.history,
            seq=loaded.seq,
            paused=loaded.paused,
        )
        # A flow an upgrade took away (the journal offer was one) is let go, not crashed on.
        gone = loaded.flow is not None and loaded.flow not in self.catalog.flows
        current = FlowState(seq=loaded.seq + 1) if gone else before
        turn = Turn(
            catalog=self.catalog,
            connection=conn,
            person=loaded.person,
            row=loaded.user,
            telegram_id=user.id,
            chat_id=chat_id,
            language_code=user.language_code,
            state=current,
            now=now,
            default_zone=self.default_zone,
            exercises=self.exercises,
            exercising=loaded.exercising,
        )
        saving = None
        try:
            switch_language(turn.language)
            if loaded.person is not None and loaded.person.status is UserStatus.BLOCKED:
                # They wrote to us, so they have unblocked the bot: reminders may come again.
                await turn_store.reactivate(conn, user_id=loaded.person.id, now=now)
            await decide(turn)
            await self.dispatch.effects(turn)
            # The ORM's writes go first (a new person's row, say), then the state.
            await turn.finish()
            state = turn.state
            if turn.user is None and turn.person is None and not state.active and not state.paused:
                # Someone we keep nothing for, between conversations: no row about them stays.
                await turn_store.forget_state(conn, chat_id=chat_id)
            elif state != before:
                saving = turn_store.NewState(
                    flow=state.flow,
                    step=state.step,
                    data=state.data,
                    history=list(state.history),
                    seq=state.seq,
                    paused=state.paused,
                )
        finally:
            await turn.close()
        return turn, saving

    def _after_commit(self, turn: Turn) -> None:
        """What happens in this process once the turn is safe: paced exercises start."""
        if self.exercises is None:
            return
        for output in turn.outputs:
            if isinstance(output, WakeExercise):
                self.exercises.wake(output)


def _kind(update: Update) -> str:
    message = update.effective_message
    if message is None:
        return "unknown"
    for kind in (
        "sticker",
        "photo",
        "voice",
        "video",
        "video_note",
        "audio",
        "document",
        "animation",
        "contact",
        "poll",
        "dice",
    ):
        if getattr(message, kind, None):
            return kind
    return "other"
