"""The reminder dispatcher: each tick claims due reminders under a lease and queues them;
long-lived senders (`senders`) send them through the limiter and write each outcome. Claiming is
a few database round trips; sending goes at Telegram's pace. Keeping the two apart keeps a tick
short, and lets the next batch be claimed while this one is still going out.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import uuid
from collections.abc import Callable
from datetime import timedelta
from time import monotonic

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection
from telegram import Bot

from bot.clock import Clock
from bot.core import reminders as rules
from bot.core.reminders import Kind, Verdict
from bot.scheduling.jobs import Compose, Job, Observe, TickReport
from bot.scheduling.limiter import SendLimiter
from bot.scheduling.senders import DEFAULT_FLUSH_SIZE, FLUSH_AFTER, Senders
from bot.storage import Database
from bot.storage import reminders as store
from bot.transport.budget import ChatBudget

logger = logging.getLogger(__name__)

# "The Stillpoint dispatcher" in pg_advisory_lock's (int, int) key space; the second number is
# the schema's hash, so deployments (or test schemas) sharing one server don't block each other.
ADVISORY_KEY = 0x5713_1290
# Claiming back to back while batches come back full (a backlog) stops after this long and
# resumes on the next tick, so one tick never runs unbounded.
CATCH_UP_S = 60.0


class Dispatcher(Senders):
    """Claims due reminders and hands them to its senders; one instance dispatches at a time."""

    def __init__(
        self,
        *,
        database: Database,
        bot: Bot,
        clock: Clock,
        compose: Compose,
        default_zone: str = "UTC",
        limiter: SendLimiter | None = None,
        owner: str | None = None,
        batch_size: int = 500,
        concurrency: int = 32,
        lease: timedelta | None = None,
        advisory_lock: bool = True,
        observe: Observe | None = None,
        jitter: Callable[[], float] = random.random,
        paid_broadcast: bool = False,
        flush_size: int = DEFAULT_FLUSH_SIZE,
        budget: ChatBudget | None = None,
    ) -> None:
        super().__init__(
            database=database,
            bot=bot,
            clock=clock,
            compose=compose,
            limiter=limiter or SendLimiter(),
            owner=owner or uuid.uuid4().hex,
            concurrency=concurrency,
            # Long enough for a whole batch at 30 messages a second, with room to spare.
            lease=lease or timedelta(seconds=max(120, 2 * batch_size // 30)),
            observe=observe,
            jitter=jitter,
            paid_broadcast=paid_broadcast,
            flush_size=flush_size,
            budget=budget or ChatBudget(clock=clock),
        )
        self.default_zone = default_zone
        self.batch_size = batch_size
        self.use_advisory_lock = advisory_lock and not database.is_sqlite
        self._lock_connection: AsyncConnection | None = None
        self._running = asyncio.Lock()
        # At most about a batch and a half waits in the queue: a claim happens only when fewer
        # than half a batch is left.
        self._low_water = batch_size // 2
        self._more_due = False
        self._refill: asyncio.Task[None] | None = None

    # --- who dispatches ---------------------------------------------------------------------

    async def _may_dispatch(self) -> bool:
        """On PostgreSQL only the holder of the advisory lock dispatches: one sending budget.

        The lock lives as long as its connection, so when the holder dies its connection
        closes and the next instance to try takes over.
        """
        if not self.use_advisory_lock:
            return True
        if self._lock_connection is not None:
            try:
                await self._lock_connection.execute(text("SELECT 1"))
                return True
            except Exception:
                logger.warning("lost the dispatcher lock connection; trying again")
                await self._drop_lock_connection()
        connection = await self.database.engine.connect()
        try:
            # Autocommit: the connection only holds the lock, never an open transaction.
            await connection.execution_options(isolation_level="AUTOCOMMIT")
            got = await connection.scalar(
                text("SELECT pg_try_advisory_lock(:key, hashtext(current_schema()))"),
                {"key": ADVISORY_KEY},
            )
        except Exception:
            await connection.close()
            raise
        if not got:
            await connection.close()
            return False
        logger.info("this instance now dispatches reminders")
        self._lock_connection = connection
        return True

    async def _drop_lock_connection(self) -> None:
        connection, self._lock_connection = self._lock_connection, None
        if connection is not None:
            with contextlib.suppress(Exception):
                await connection.close()

    async def close(self, grace_s: float = 5.0) -> None:
        """Stop sending: what is being sent gets `grace_s` to finish and be recorded; what
        was claimed but not yet tried is given back at once, so another instance can take it
        without waiting out the lease."""
        self._more_due = False
        if self._refill is not None:
            # A claim under way is rolled back: nothing more is taken on.
            self._refill.cancel()
            await asyncio.gather(self._refill, return_exceptions=True)
            self._refill = None
        await self._stop_senders(grace_s)
        await self._drop_lock_connection()

    # --- claiming ----------------------------------------------------------------------------

    async def claim(self) -> TickReport:
        """Claim one batch of due reminders and hand those to send to the senders; returns as
        soon as they are queued. Claims never overlap."""
        report = TickReport()
        async with self._running:
            if not await self._may_dispatch():
                return report
            jobs = await self._claim(report)
        self._start_senders()
        for job in jobs:
            self._queue.put_nowait((job, report))
        return report

    async def feed(self, max_s: float = CATCH_UP_S) -> TickReport:
        """The repeating tick: claim batches while fewer than half a batch waits to be sent and
        batches come back full (a backlog after downtime), for at most `max_s`. While batches
        keep coming back full, the senders ask for the next one as their queue runs low, so
        sending never waits for the next tick."""
        total = TickReport()
        began = monotonic()
        if self._pending and self.clock.now() - self._flushed_at >= FLUSH_AFTER:
            # Senders stuck behind a long pause still get what they sent recorded.
            await self._flush()
        while self._queue.qsize() <= self._low_water:
            report = await self.claim()
            _add(total, report)
            self._more_due = report.claimed >= self.batch_size
            if not self._more_due or monotonic() - began > max_s:
                break
        return total

    async def tick(self) -> TickReport:
        """Claim one batch and wait until every one of it is sent and written (tests, the
        benchmarks, catching up by hand)."""
        self._more_due = False
        report = await self.claim()
        await self.drain()
        return report

    async def run_until_idle(self, max_ticks: int = 1_000) -> TickReport:
        """Tick until nothing is due (tests, and catching up after downtime)."""
        total = TickReport()
        for _ in range(max_ticks):
            report = await self.tick()
            _add(total, report)
            if report.claimed == 0:
                break
        return total

    async def _claim(self, report: TickReport) -> list[Job]:
        """Lease a batch, decide each, and settle in the same transaction the ones not to send
        now (held for quiet hours or a pause, or skipped)."""
        now = self.clock.now()
        jobs: list[Job] = []
        settled: list[store.Outcome] = []
        async with self.database.session() as session, session.begin():
            claimed = await store.claim_due(
                session, now=now, owner=self.owner, limit=self.batch_size, lease=self.lease
            )
            report.claimed = len(claimed)
            if not claimed:
                return []
            todays = {c.id: store.today_of(c.user, now, self.default_zone) for c in claimed}
            checkins = await store.checkins_on(
                session,
                days=(
                    (c.user.id, todays[c.id])
                    for c in claimed
                    if c.kind in (Kind.CHECKIN, Kind.SLEEP_LOG)
                ),
            )
            for c in claimed:
                kind = Kind(c.kind)
                user = c.user
                profile = store.profile_of(user, self.default_zone)
                due_at = c.next_due_at or now
                active = store.schedulable(user) and c.enabled
                if not active:
                    decision = rules.Decision(Verdict.SKIP, "inactive")
                else:
                    decision = rules.decide(
                        kind,
                        profile,
                        due_at=due_at,
                        now=now,
                        paused_until=user.paused_until,
                        done_today=store.done_today(kind, checkins.get((user.id, todays[c.id]))),
                    )
                if decision.verdict is Verdict.SEND:
                    jobs.append(
                        Job(
                            reminder_id=c.id,
                            kind=kind,
                            user_id=user.id,
                            chat_id=user.chat_id,
                            telegram_id=user.telegram_id,
                            language=user.language,
                            profile=profile,
                            local_time=c.local_time,
                            due_at=due_at,
                            attempts=c.attempts,
                            today=todays[c.id],
                            lease_until=now + self.lease,
                        )
                    )
                    continue
                report.reasons[decision.reason] = report.reasons.get(decision.reason, 0) + 1
                if decision.verdict is Verdict.HOLD:
                    upcoming, attempts = decision.until, c.attempts
                    report.held += 1
                else:
                    upcoming = rules.next_due(kind, profile, now, c.local_time) if active else None
                    attempts = 0
                    report.skipped += 1
                    self._observe("skipped", kind)
                settled.append(
                    store.Outcome(
                        reminder_id=c.id,
                        next_due_at=upcoming,
                        at=now,
                        sent=False,
                        attempts=attempts,
                    )
                )
            if settled:
                await store.finish_many(session, owner=self.owner, outcomes=settled)
        return jobs

    def _maybe_refill(self) -> None:
        """A backlog drains without waiting for the next tick: when the queue runs low and the
        last claim came back full, claim the next batch now."""
        if not self._more_due or self._queue.qsize() > self._low_water:
            return
        if self._refill is not None and not self._refill.done():
            return
        self._refill = asyncio.create_task(self._feed_quietly(), name="reminder-refill")

    async def _feed_quietly(self) -> None:
        try:
            await self.feed()
        except Exception:
            logger.exception("claiming reminders failed; the next tick tries again")


def _add(total: TickReport, report: TickReport) -> None:
    for name in ("claimed", "sent", "skipped", "held", "retried", "failed", "blocked", "expired"):
        setattr(total, name, getattr(total, name) + getattr(report, name))
    for reason, count in report.reasons.items():
        total.reasons[reason] = total.reasons.get(reason, 0) + count
