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
from bot.storage import Database, scrub
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

# Each process says it is alive this often, for this long: a process that died is known dead
# (and its replies taken over) within OWNER_TTL + HEARTBEAT_EVERY, not after its leases.
HEARTBEAT_EVERY_S = 1.0
OWNER_TTL = timedelta(seconds=5)
# A sender whose heartbeat is this close to running out (the job late on a busy machine)
# renews it before the next send, and stops if it was already counted dead.
OWNER_MARGIN = timedelta(seconds=2)
# Telegram's overall cap: what one sweep pass can send within a lease.
TELEGRAM_MAX_PER_S = 30
# Chats sent to at once (each in its own order): a backlog drains at the cap, not at one
# round trip per reply.
CHATS_AT_ONCE = 8

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
        # Until when the heartbeat says this process is alive (None: no heartbeat kept, as in
        # tests without a job queue; then leases alone decide).
        self.alive_until: datetime | None = None
        # What one sweep pass takes: as many as the cap lets go out within a lease.
        spare = max((lease - LEASE_MARGIN).total_seconds(), 1.0)
        self.batch = max(store.PER_CHAT_PER_PASS, int(spare * TELEGRAM_MAX_PER_S))
        self._chats_at_once = asyncio.Semaphore(CHATS_AT_ONCE)
        self._sweeping = False
        self._tasks: set[asyncio.Task[int]] = set()

    async def deliver(self, bot: Bot, rows: Sequence[Pending]) -> None:
        """Send leased rows: each chat's oldest first, several chats at once."""
        ordered = sorted(rows, key=lambda r: (r.chat_id, r.id))
        chats = [
            (chat_id, list(chat_rows))
            for chat_id, chat_rows in itertools.groupby(ordered, key=lambda r: r.chat_id)
        ]
        if len(chats) == 1:
            await self._chat(bot, *chats[0])
            return
        await asyncio.gather(*(self._bounded(bot, chat_id, rows) for chat_id, rows in chats))

    async def _bounded(self, bot: Bot, chat_id: int, rows: list[Pending]) -> None:
        async with self._chats_at_once:
            await self._chat(bot, chat_id, rows)

    async def sweep(self, bot: Bot) -> int:
        """Send what no live process is sending: replies of a crashed turn, and replies kept
        back while Telegram struggled. Pass after pass until one finds nothing, so a backlog
        drains at the send cap (each pass a few per chat). Returns how many rows were taken."""
        total = 0
        while True:
            async with self.database.session() as session, session.begin():
                rows = await store.claim_due(
                    session,
                    owner=self.owner,
                    lease=self.lease,
                    now=self.clock.now(),
                    limit=self.batch,
                )
            if rows:
                logger.info("sweeping %d unsent replies", len(rows))
                await self.deliver(bot, rows)
            total += len(rows)
            if not rows:
                return total

    async def heartbeat(self, bot: Bot) -> None:
        """Say this process is alive; if replies wait that a sweep would take (a dead
        process's, or a turn's left behind older ones since sent), sweep at once."""
        now = self.clock.now()
        async with self.database.session() as session, session.begin():
            await store.heartbeat(session, owner=self.owner, alive_until=now + OWNER_TTL, now=now)
            orphans = await store.orphans_waiting(session, now=now)
        self.alive_until = now + OWNER_TTL
        if orphans and not self._sweeping:
            # In a task of its own: a long sweep must not make the next heartbeat late.
            self._sweeping = True
            task = asyncio.get_running_loop().create_task(self.sweep(bot))
            task.add_done_callback(lambda _: setattr(self, "_sweeping", False))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def settle(self) -> None:
        """Wait for sweeps the heartbeat started (tests; a clean stop)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks))

    async def _still_alive(self, now: datetime) -> bool:
        """Whether this process may go on sending: its heartbeat has time left, or is renewed
        now (only if it had not run out: then others may have taken its replies over)."""
        if self.alive_until is None or self.alive_until - now >= OWNER_MARGIN:
            return True
        async with self.database.session() as session, session.begin():
            renewed = await store.renew(
                session, owner=self.owner, alive_until=now + OWNER_TTL, now=now
            )
        if renewed:
            self.alive_until = now + OWNER_TTL
        return renewed

    async def retire(self) -> None:
        """On a clean stop: known dead from now, so what is left is taken over at once."""
        async with self.database.session() as session, session.begin():
            await store.retire(session, owner=self.owner, now=self.clock.now())

    async def forget_old_updates(self) -> int:
        """Forget update ids older than Telegram would ever deliver again."""
        async with self.database.session() as session, session.begin():
            return await store.prune_processed(session, before=self.clock.now() - KEEP_UPDATE_IDS)

    async def _chat(self, bot: Bot, chat_id: int, rows: list[Pending]) -> None:
        # A sent reply's DELETE runs while the next reply is sent (`_marking`); it is waited
        # for before that reply is marked in its turn and before this returns, so once a turn
        # is answered its sent replies are gone from the outbox, as another process expects.
        marking: asyncio.Task[None] | None = None
        try:
            for index, row in enumerate(rows):
                faults.reach("between_sends", when=index > 0)
                now = self.clock.now()
                if row.expires_at is not None and row.expires_at <= now:
                    await self._done(row)
                    continue
                if row.lease_until - now < LEASE_MARGIN:
                    # Taking longer than the lease allows: leave the rest to whoever takes it.
                    return
                if not await self._still_alive(now):
                    # Counted dead (our heartbeat was late): another process takes these over.
                    logger.warning("heartbeat ran out; %d replies left to others", len(rows))
                    return
                quiet = self.budget.quiet_until(chat_id) if row.method in COUNTED else None
                if quiet is not None:
                    # In a 429's wait: calling now would only lengthen it. The rest goes, in
                    # order, once it is over. (The count never holds a reply back.)
                    await self._later(rows[index:], retry_at=quiet)
                    return
                outcome = await self._with_retries(bot, row)
                if outcome is Delivery.LATER:
                    await self._later(rows[index:], retry_at=self.budget.quiet_until(chat_id))
                    return
                if outcome is Delivery.DROPPED:
                    logger.warning("gave up a reply Telegram refused (%s)", row.method)
                if marking is not None:
                    await marking
                    marking = None
                faults.reach("after_send_before_mark")
                if index == len(rows) - 1:
                    await self._done(row)
                else:
                    marking = await self._marking(row)
        finally:
            if marking is not None:
                await marking

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

    async def _marking(self, row: Pending) -> asyncio.Task[None] | None:
        """`_done(row)` as a task, already on its way to the database when this returns (on
        PostgreSQL with a kept connection free), else done before it returns. A crash while the
        next reply is sent then duplicates at most that next reply, as before: the server runs
        a DELETE it was sent whatever becomes of us."""
        task = store.start_marking(self.database, reply_id=row.id)
        if task is None:
            await self._done(row)
            return None
        # One turn of the loop: the task's first step, which writes the DELETE.
        await asyncio.sleep(0)
        return task

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
        await scrub.run(sender.database)
        now = sender.clock.now()
        if now >= next_prune[0]:
            next_prune[0] = now + PRUNE_EVERY
            await sender.forget_old_updates()

    async def heartbeat(context: ContextTypes.DEFAULT_TYPE) -> None:
        await sender.heartbeat(context.bot)

    application.bot_data[_KEY] = sender
    if application.job_queue is not None:
        application.job_queue.run_repeating(
            heartbeat, interval=HEARTBEAT_EVERY_S, first=0.0, name="outbox-heartbeat"
        )
        application.job_queue.run_repeating(
            sweep, interval=every_s, first=0.0, name="outbox-sweep"
        )


_KEY = "stillpoint.reply_sender"


def reply_sender_of(application: Application[Any, Any, Any, Any, Any, Any]) -> ReplySender:
    sender = application.bot_data.get(_KEY)
    if not isinstance(sender, ReplySender):
        raise RuntimeError("no reply sender installed")
    return sender
