"""The sending half of the reminder dispatcher: long-lived senders take claimed reminders off a
queue, send them through the limiter and record each outcome.

Exactly-once is the goal and at-least-once the guarantee: outcomes are committed in small
groups (`flush_size`, or after a second), so a process that dies mid-batch re-sends at most the
messages in flight plus those sent but not yet committed; the rest of its leases expire and
another tick takes them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import warnings
from collections.abc import Callable
from datetime import timedelta

from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.warnings import PTBDeprecationWarning

from bot.clock import Clock
from bot.core import reminders as rules
from bot.core.reminders import Kind
from bot.scheduling.jobs import Compose, Job, Observe, TickReport
from bot.scheduling.limiter import SendLimiter
from bot.storage import Database
from bot.storage import reminders as store
from bot.transport import replies
from bot.transport.budget import ChatBudget

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
# Outcomes wait at most this long (or for `flush_size` of them) before they are committed: a
# crash re-sends at most those and the sends in flight.
FLUSH_AFTER = timedelta(seconds=1)
DEFAULT_FLUSH_SIZE = 32
# A claimed reminder still waiting to be sent this close to its lease's end is left for the
# next claim rather than sent: someone else may already hold it by the time it goes.
LEASE_MARGIN = timedelta(seconds=10)


class Senders:
    """`concurrency` senders working through the queue of claimed reminders; the dispatcher
    (a subclass) fills the queue."""

    def __init__(
        self,
        *,
        database: Database,
        bot: Bot,
        clock: Clock,
        compose: Compose,
        limiter: SendLimiter,
        owner: str,
        concurrency: int,
        lease: timedelta,
        observe: Observe | None,
        jitter: Callable[[], float],
        paid_broadcast: bool,
        flush_size: int,
        budget: ChatBudget,
    ) -> None:
        self.database, self.bot, self.clock = database, bot, clock
        self.compose = compose
        self.limiter = limiter
        self.owner = owner
        self.concurrency = concurrency
        self.lease = lease
        self.observe = observe
        self.jitter = jitter
        self.paid_broadcast = paid_broadcast
        self.flush_size = flush_size
        # The chats' budget, shared with replies and live exercises: a reminder is background
        # work and leaves the room kept for replies.
        self.budget = budget
        self._pending: list[store.Outcome] = []
        self._flushed_at = clock.now()
        self._flushing = asyncio.Lock()
        # Claimed reminders waiting for a sender.
        self._queue: asyncio.Queue[tuple[Job, TickReport]] = asyncio.Queue()
        self._lease_margin = min(LEASE_MARGIN, self.lease / 4)
        self._senders: list[asyncio.Task[None]] = []
        self._busy = 0
        self._aside: dict[asyncio.Task[None], int] = {}  # waiting for their chat's turn

    @property
    def backlog(self) -> int:
        """Claimed reminders not yet dealt with: queued, set aside, or being sent."""
        return self._queue.qsize() + len(self._aside) + self._busy

    async def drain(self) -> None:
        """Wait until every queued reminder is dealt with and its outcome committed."""
        await self._queue.join()
        await self._flush()

    def _maybe_refill(self) -> None:
        """Called as a sender takes a reminder: the dispatcher claims more here."""

    async def _stop_senders(self, grace_s: float) -> None:
        """What is being sent gets `grace_s` to finish and be recorded; what was claimed but
        not yet tried is given back at once."""
        untried = list(self._aside.values())
        for task in list(self._aside):
            task.cancel()
        while not self._queue.empty():
            job, _ = self._queue.get_nowait()
            self._queue.task_done()
            untried.append(job.reminder_id)
        if self._busy:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._queue.join(), grace_s)
        for task in self._senders:
            task.cancel()
        await asyncio.gather(*self._senders, return_exceptions=True)
        self._senders = []
        try:
            await self._flush()
            if untried:
                async with self.database.session() as session, session.begin():
                    await store.release(session, owner=self.owner, ids=untried)
        except Exception:
            logger.exception("could not record the last reminders; their leases will expire")

    def _start_senders(self) -> None:
        self._senders = [task for task in self._senders if not task.done()]
        for _ in range(self.concurrency - len(self._senders)):
            self._senders.append(asyncio.create_task(self._sender(), name="reminder-sender"))

    async def _sender(self) -> None:
        while True:
            job, report = await self._queue.get()
            wait = self.limiter.chat_wait(job.chat_id)
            if wait > 0:
                # This chat just had a message: set the job aside instead of holding a sender
                # for up to a second (one person's two reminders at once would otherwise
                # starve everyone else's).
                aside = asyncio.create_task(self._set_aside(wait, job, report))
                self._aside[aside] = job.reminder_id
                aside.add_done_callback(self._aside.pop)
                continue
            self._busy += 1
            try:
                self._maybe_refill()
                if job.lease_until - self.clock.now() < self._lease_margin:
                    # Waited so long the lease is nearly gone: another claim may take it any
                    # moment, so sending now could be a duplicate. It stays due; it will be
                    # claimed again.
                    report.expired += 1
                    logger.warning("a reminder waited out its lease in the queue; claiming again")
                    continue
                await self._deliver(job, report)
            except Exception:
                # A database hiccup while recording: the lease runs out and the reminder is
                # claimed again. Nothing about the user goes to the log.
                logger.exception("a reminder could not be dealt with; it will be tried again")
            finally:
                self._busy -= 1
                self._queue.task_done()
            if self._pending and (
                len(self._pending) >= self.flush_size
                or self.clock.now() - self._flushed_at >= FLUSH_AFTER
                or self.backlog == 0
            ):
                try:
                    await self._flush()
                except Exception:
                    logger.exception("reminder outcomes could not be written; they will be resent")

    async def _set_aside(self, wait: float, job: Job, report: TickReport) -> None:
        # The job stays counted as unfinished in the queue until it is back in it, so a drain
        # never ends while it waits.
        try:
            await self.limiter.sleep(wait)
            self._queue.put_nowait((job, report))
        finally:
            self._queue.task_done()

    async def _deliver(self, job: Job, report: TickReport) -> None:
        slot = self.budget.next_slot(job.chat_id, awaited=False)
        if slot > self.clock.now():
            # The chat's minute is taken (a live exercise and replies) or it is in a 429's
            # wait: the reminder goes once there is room.
            await self._retry(job, report, slot - self.clock.now(), "chat_budget")
            return
        await self.limiter.acquire(job.chat_id)
        try:
            for output in await self.compose(job):
                sent = await replies.send(
                    self.bot, job.chat_id, output, paid_broadcast=self.paid_broadcast
                )
                if sent:
                    self.budget.spend(job.chat_id)
        except RetryAfter as exc:
            seconds = _retry_after_seconds(exc)
            self.limiter.pause(seconds)
            self.budget.refused(job.chat_id, seconds)
            await self._retry(job, report, timedelta(seconds=seconds), "retry_after")
        except Forbidden:
            await self._block(job, report)
        except BadRequest as exc:
            if "chat not found" in exc.message.lower() or "user is deactivated" in exc.message:
                await self._block(job, report)
            else:
                # Our message was refused as it is: retrying would fail the same way.
                logger.error("reminder %s refused by Telegram: %s", job.kind.value, exc.message)
                await self._advance(job, report, sent=False)
        except NetworkError:
            # Timeouts and 5xx: back off with jitter. (A timed-out send may in fact have arrived;
            # Telegram gives no way to know, so the retry can be a duplicate.)
            await self._retry(job, report, self._backoff(job.attempts), "network")
        else:
            await self._advance(job, report, sent=True)

    def _backoff(self, attempts: int) -> timedelta:
        base = min(300.0, 5.0 * 2**attempts)
        return timedelta(seconds=base * (0.5 + self.jitter()))

    async def _retry(self, job: Job, report: TickReport, wait: timedelta, reason: str) -> None:
        if job.attempts + 1 >= MAX_ATTEMPTS:
            logger.warning("reminder %s given up after %d attempts", job.kind.value, MAX_ATTEMPTS)
            await self._advance(job, report, sent=False)
            return
        now = self.clock.now()
        async with self.database.session() as session, session.begin():
            await store.retry_later(
                session,
                reminder_id=job.reminder_id,
                owner=self.owner,
                not_before=now + wait,
                attempts=job.attempts + 1,
            )
        report.retried += 1
        report.reasons[reason] = report.reasons.get(reason, 0) + 1

    async def _advance(self, job: Job, report: TickReport, *, sent: bool) -> None:
        """Schedule the next occurrence. Outcomes are written in small groups: one
        transaction per reminder would cap sending far below what Telegram allows."""
        now = self.clock.now()
        upcoming = rules.next_due(job.kind, job.profile, now, job.local_time)
        self._pending.append(
            store.Outcome(
                reminder_id=job.reminder_id,
                next_due_at=upcoming,
                at=now,
                sent=sent,
            )
        )
        if sent:
            report.sent += 1
            self._observe("sent", job.kind)
        else:
            report.failed += 1
            self._observe("failed", job.kind)

    async def _flush(self) -> None:
        # One flush at a time: whoever returns from here knows every outcome recorded before
        # the call is committed (drain relies on it), and outcomes piling up meanwhile go in
        # one statement.
        async with self._flushing:
            pending, self._pending = self._pending, []
            self._flushed_at = self.clock.now()
            if pending:
                async with self.database.session() as session, session.begin():
                    await store.finish_many(session, owner=self.owner, outcomes=pending)

    async def _block(self, job: Job, report: TickReport) -> None:
        async with self.database.session() as session, session.begin():
            await store.block_user(session, user_id=job.user_id, now=self.clock.now())
        logger.info("a user blocked the bot; their reminders are stopped")
        report.blocked += 1
        self._observe("blocked", job.kind)

    def _observe(self, outcome: str, kind: Kind) -> None:
        if self.observe is not None:
            self.observe(outcome, kind)


def _retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        # PTB 22 returns an int here with a deprecation warning unless told to use timedelta.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
