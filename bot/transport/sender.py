"""Sending what the outbox holds: after a turn commits, and from the sweeper for what a dead
process left. Per chat, in order; each reply is deleted from the outbox as soon as Telegram
has taken it, so after a crash only a reply taken but not yet deleted can go out twice.

A network error or a 5xx is retried a few times with growing pauses; if Telegram is still
struggling, the chat's remaining replies stay in the outbox for the sweeper, in order. A reply
Telegram can never take (a bad request, a blocked bot) is given up and the rest still goes
out. Work that draws (charts, the report) is stored as a recipe and drawn when it is sent.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot
from telegram.ext import Application, ContextTypes

from bot import faults, metrics
from bot.clock import Clock
from bot.flow import Output, SendVoice
from bot.storage import Database
from bot.storage import outbox as store
from bot.storage.outbox import Pending
from bot.transport import replies
from bot.transport.budget import COUNTED, ChatBudget
from bot.transport.replies import Delivery
from bot.transport.voice import send_voice

logger = logging.getLogger(__name__)

__all__ = ["DEFAULT_LEASE", "Renderer", "ReplySender", "install", "reply_sender_of"]

# Long enough for a turn's replies and their retries; a dead process's replies wait this long.
DEFAULT_LEASE = timedelta(seconds=30)
# A row whose lease ends sooner than this is not sent: another process may take it over.
LEASE_MARGIN = timedelta(seconds=5)
RETRY_PAUSES_S = (0.5, 1.0, 2.0)
# After the in-turn retries, the sweeper tries a struggling chat again after this long.
LATER = timedelta(seconds=10)

# Telegram stops retrying an update long before this: ids older are forgotten.
KEEP_UPDATE_IDS = timedelta(days=2)
PRUNE_EVERY = timedelta(minutes=10)

Renderer = Callable[[AsyncSession, int, Mapping[str, Any]], Awaitable[list[Output]]]
Pause = Callable[[float], Awaitable[None]]


class ReplySender:
    def __init__(
        self,
        *,
        database: Database,
        clock: Clock,
        renderers: Mapping[str, Renderer],
        lease: timedelta = DEFAULT_LEASE,
        pauses: Sequence[float] = RETRY_PAUSES_S,
        pause: Pause = asyncio.sleep,
        budget: ChatBudget | None = None,
    ) -> None:
        self.database = database
        self.clock = clock
        self.renderers = renderers
        # Shared with reminders and live exercises; a reply may use all of a chat's budget.
        self.budget = budget or ChatBudget(clock=clock)
        self.lease = lease
        self.pauses = tuple(pauses)
        self._pause = pause
        # Which process holds a lease; a restart is a new owner.
        self.owner = f"replies-{uuid.uuid4().hex[:12]}"

    async def deliver(self, bot: Bot, rows: Sequence[Pending]) -> None:
        """Send leased rows, chat by chat, oldest first."""
        ordered = sorted(rows, key=lambda r: (r.chat_id, r.id))
        for chat_id, chat_rows in itertools.groupby(ordered, key=lambda r: r.chat_id):
            await self._chat(bot, chat_id, list(chat_rows))

    async def sweep(self, bot: Bot) -> int:
        """Send what no live process is sending: replies of a crashed turn, and replies kept
        back while Telegram struggled. Returns how many rows were taken."""
        async with self.database.session() as session, session.begin():
            rows = await store.claim_due(
                session, owner=self.owner, lease=self.lease, now=self.clock.now()
            )
        if rows:
            logger.info("sweeping %d unsent replies", len(rows))
            await self.deliver(bot, rows)
        return len(rows)

    async def forget_old_updates(self) -> int:
        """Forget update ids older than Telegram would ever deliver again."""
        async with self.database.session() as session, session.begin():
            return await store.prune_processed(session, before=self.clock.now() - KEEP_UPDATE_IDS)

    async def _chat(self, bot: Bot, chat_id: int, rows: list[Pending]) -> None:
        for index, row in enumerate(rows):
            faults.reach("between_sends", when=index > 0)
            now = self.clock.now()
            if row.expires_at is not None and row.expires_at <= now:
                await self._done(row)
                continue
            if row.lease_until - now < LEASE_MARGIN:
                # Taking longer than the lease allows: leave the rest to whoever takes it next.
                return
            quiet = self.budget.quiet_until(chat_id) if row.method in COUNTED else None
            if quiet is not None:
                # In a 429's wait: calling now would only lengthen it. The rest goes, in order,
                # once it is over. (The count never holds a reply back: replies go first.)
                await self._later(rows[index:], retry_at=quiet)
                return
            outcome = await self._with_retries(bot, row)
            if outcome is Delivery.LATER:
                await self._later(rows[index:], retry_at=self.budget.quiet_until(chat_id))
                return
            if outcome is Delivery.DROPPED:
                logger.warning("gave up a reply Telegram refused (%s)", row.method)
            faults.reach("after_send_before_mark")
            await self._done(row)

    async def _with_retries(self, bot: Bot, row: Pending) -> Delivery:
        outcome = await self._send(bot, row)
        for pause in self.pauses:
            if outcome is not Delivery.LATER or self.budget.quiet_until(row.chat_id) is not None:
                # Done, or Telegram asked for a wait: a retry inside it makes it longer.
                break
            metrics.reply_retried()
            await self._pause(pause)
            outcome = await self._send(bot, row)
        return outcome

    async def _send(self, bot: Bot, row: Pending) -> Delivery:
        if row.method != "render":
            return await self._call(bot, row.chat_id, row.method, row.payload, row.blob)
        # A recipe: draw it now and send what it makes (a drawing is not kept in the outbox).
        renderer = self.renderers.get(str(row.payload.get("renderer")))
        if renderer is None:
            logger.warning("no renderer %r for a stored reply", row.payload.get("renderer"))
            return Delivery.DROPPED
        async with self.database.session() as session:
            outputs = await renderer(session, row.chat_id, row.payload.get("args") or {})
        for output in outputs:
            if isinstance(output, SendVoice):
                # Made only if Telegram holds no copy yet (`bot.transport.voice`); counted
                # against the chat's budget like any send.
                outcome = await send_voice(
                    bot,
                    self.database,
                    self.clock,
                    row.chat_id,
                    output,
                    refused=lambda seconds: self.budget.refused(row.chat_id, seconds),
                )
                if outcome is Delivery.LATER:
                    return outcome
                if outcome is Delivery.SENT:
                    self.budget.spend(row.chat_id)
                continue
            calls, _toast = replies.envelopes([output], pressed=False, message_id=None)
            for envelope in calls:
                outcome = await self._call(
                    bot, row.chat_id, envelope.method, envelope.payload, envelope.blob
                )
                if outcome is Delivery.LATER:
                    return outcome
        return Delivery.SENT

    async def _call(
        self, bot: Bot, chat_id: int, method: str, payload: dict[str, Any], blob: bytes | None
    ) -> Delivery:
        """One call, counted against the chat's budget; a 429 makes the chat wait."""
        outcome = await replies.deliver(
            bot,
            chat_id,
            method,
            payload,
            blob,
            refused=lambda seconds: self.budget.refused(chat_id, seconds),
        )
        if outcome is not Delivery.LATER and method in COUNTED:
            self.budget.spend(chat_id)
        return outcome

    async def _done(self, row: Pending) -> None:
        # Marked at once, one by one: a crash can then duplicate only the reply Telegram had
        # taken but whose row was not yet deleted.
        await store.mark_sent(self.database, reply_id=row.id)

    async def _later(self, rows: Sequence[Pending], *, retry_at: datetime | None = None) -> None:
        """Keep `rows` for the sweeper: from `retry_at` (a 429's end, the chat's room), else a
        little later."""
        logger.warning("Telegram is not taking replies now; %d kept for later", len(rows))
        async with self.database.session() as session, session.begin():
            await store.release(
                session,
                ids=[r.id for r in rows],
                owner=self.owner,
                retry_at=retry_at or self.clock.now() + LATER,
            )


def install(
    application: Application[Any, Any, Any, Any, Any, Any], sender: ReplySender, every_s: float
) -> None:
    """The sweeper: a repeating job that sends what no live process is sending, and now and
    then forgets old update ids."""
    next_prune = [sender.clock.now()]

    async def sweep(context: ContextTypes.DEFAULT_TYPE) -> None:
        await sender.sweep(context.bot)
        now = sender.clock.now()
        if now >= next_prune[0]:
            next_prune[0] = now + PRUNE_EVERY
            await sender.forget_old_updates()

    application.bot_data[_KEY] = sender
    if application.job_queue is not None:
        application.job_queue.run_repeating(
            sweep, interval=every_s, first=0.0, name="outbox-sweep"
        )


_KEY = "stillpoint.reply_sender"


def reply_sender_of(application: Application[Any, Any, Any, Any, Any, Any]) -> ReplySender:
    sender = application.bot_data.get(_KEY)
    if not isinstance(sender, ReplySender):
        raise RuntimeError("no reply sender installed")
    return sender
