"""The reminder dispatcher: each tick claims due reminders under a lease, sends them through
the limiter, and writes each outcome as soon as it is known.

Exactly-once is the goal and at-least-once the guarantee: outcomes are committed in small
groups (`flush_size`, or after a second), so a process that dies mid-batch re-sends at most the
messages in flight plus those sent but not yet committed; the rest of its leases expire and
another tick takes them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import uuid
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection
from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.warnings import PTBDeprecationWarning

from bot.clock import Clock
from bot.core import reminders as rules
from bot.core.reminders import Kind, Verdict
from bot.flow import Output
from bot.scheduling.limiter import SendLimiter
from bot.storage import Database
from bot.storage import reminders as store
from bot.transport import replies

logger = logging.getLogger(__name__)

# "The Stillpoint dispatcher" in pg_advisory_lock's (int, int) key space; the second number is
# the schema's hash, so deployments (or test schemas) sharing one server don't block each other.
ADVISORY_KEY = 0x5713_1290
MAX_ATTEMPTS = 8
# Outcomes wait at most this long (or for `flush_size` of them) before they are committed: a
# crash re-sends at most those and the sends in flight.
FLUSH_AFTER = timedelta(seconds=1)
DEFAULT_FLUSH_SIZE = 32


@dataclass(frozen=True)
class Job:
    """One claimed reminder that should go out now: what the message needs, no ORM rows."""

    reminder_id: int
    kind: Kind
    user_id: int
    chat_id: int
    telegram_id: int
    language: str | None
    profile: rules.Profile
    local_time: time | None
    due_at: datetime
    attempts: int
    today: date


Compose = Callable[[Job], Awaitable[list[Output]]]
Observe = Callable[[str, Kind], None]


@dataclass
class TickReport:
    claimed: int = 0
    sent: int = 0
    skipped: int = 0
    held: int = 0
    retried: int = 0
    failed: int = 0
    blocked: int = 0
    reasons: dict[str, int] = field(default_factory=dict)


class Dispatcher:
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
    ) -> None:
        self.database, self.bot, self.clock = database, bot, clock
        self.compose = compose
        self.default_zone = default_zone
        self.limiter = limiter or SendLimiter()
        self.owner = owner or uuid.uuid4().hex
        self.batch_size, self.concurrency = batch_size, concurrency
        # Long enough for a whole batch at 30 messages a second, with room to spare.
        self.lease = lease or timedelta(seconds=max(120, 2 * batch_size // 30))
        self.use_advisory_lock = advisory_lock and not database.is_sqlite
        self.observe = observe
        self.jitter = jitter
        self.paid_broadcast = paid_broadcast
        self.flush_size = flush_size
        self._pending: list[store.Outcome] = []
        self._flushed_at = clock.now()
        self._lock_connection: AsyncConnection | None = None
        self._running = asyncio.Lock()

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

    async def close(self) -> None:
        await self._drop_lock_connection()

    # --- one tick ----------------------------------------------------------------------------

    async def tick(self) -> TickReport:
        """Claim one batch of due reminders and deal with each. Ticks never overlap."""
        report = TickReport()
        async with self._running:
            if not await self._may_dispatch():
                return report
            jobs = await self._claim(report)
            if jobs:
                await self._deliver_all(jobs, report)
        return report

    async def run_until_idle(self, max_ticks: int = 1_000) -> TickReport:
        """Tick until nothing is due (tests, and catching up after downtime)."""
        total = TickReport()
        for _ in range(max_ticks):
            report = await self.tick()
            for name in ("claimed", "sent", "skipped", "held", "retried", "failed", "blocked"):
                setattr(total, name, getattr(total, name) + getattr(report, name))
            for reason, count in report.reasons.items():
                total.reasons[reason] = total.reasons.get(reason, 0) + count
            if report.claimed == 0:
                break
        return total

    async def _claim(self, report: TickReport) -> list[Job]:
        now = self.clock.now()
        jobs: list[Job] = []
        async with self.database.session() as session, session.begin():
            claimed = await store.claim_due(
                session, now=now, owner=self.owner, limit=self.batch_size, lease=self.lease
            )
            report.claimed = len(claimed)
            if not claimed:
                return []
            todays = {
                reminder.id: store.today_of(user, now, self.default_zone)
                for reminder, user in claimed
            }
            checkins = await store.checkins_on(
                session,
                days=(
                    (user.id, todays[reminder.id])
                    for reminder, user in claimed
                    if reminder.kind in (Kind.CHECKIN, Kind.SLEEP_LOG)
                ),
            )
            for reminder, user in claimed:
                kind = Kind(reminder.kind)
                profile = store.profile_of(user, self.default_zone)
                due_at = reminder.next_due_at or now
                if not store.schedulable(user) or not reminder.enabled:
                    decision = rules.Decision(Verdict.SKIP, "inactive")
                else:
                    decision = rules.decide(
                        kind,
                        profile,
                        due_at=due_at,
                        now=now,
                        paused_until=user.paused_until,
                        done_today=store.done_today(
                            kind, checkins.get((user.id, todays[reminder.id]))
                        ),
                    )
                if decision.verdict is Verdict.SEND:
                    jobs.append(
                        Job(
                            reminder_id=reminder.id,
                            kind=kind,
                            user_id=user.id,
                            chat_id=user.chat_id,
                            telegram_id=user.telegram_id,
                            language=user.language,
                            profile=profile,
                            local_time=reminder.local_time,
                            due_at=due_at,
                            attempts=reminder.attempts,
                            today=todays[reminder.id],
                        )
                    )
                    continue
                reminder.lease_until, reminder.lease_owner = None, None
                reminder.updated_at = now
                report.reasons[decision.reason] = report.reasons.get(decision.reason, 0) + 1
                if decision.verdict is Verdict.HOLD:
                    reminder.next_due_at = decision.until
                    report.held += 1
                else:
                    active = store.schedulable(user) and reminder.enabled
                    reminder.next_due_at = (
                        rules.next_due(kind, profile, now, reminder.local_time) if active else None
                    )
                    reminder.attempts = 0
                    report.skipped += 1
                    self._observe("skipped", kind)
        return jobs

    async def _deliver_all(self, jobs: list[Job], report: TickReport) -> None:
        queue: asyncio.Queue[Job] = asyncio.Queue()
        for job in jobs:
            queue.put_nowait(job)

        async def worker() -> None:
            while True:
                try:
                    job = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                await self._deliver(job, report)

        workers = [asyncio.create_task(worker()) for _ in range(min(self.concurrency, len(jobs)))]
        try:
            await asyncio.gather(*workers)
            await self._flush()
        except BaseException:
            for task in workers:
                task.cancel()
            # Give back what was never tried, so another tick need not wait for the lease.
            untried = []
            while not queue.empty():
                untried.append(queue.get_nowait().reminder_id)
            with contextlib.suppress(Exception):
                await self._flush()
                async with self.database.session() as session, session.begin():
                    await store.release(session, owner=self.owner, ids=untried)
            raise

    async def _deliver(self, job: Job, report: TickReport) -> None:
        await self.limiter.acquire(job.chat_id)
        try:
            for output in await self.compose(job):
                await replies.send(
                    self.bot, job.chat_id, output, paid_broadcast=self.paid_broadcast
                )
        except RetryAfter as exc:
            seconds = _retry_after_seconds(exc)
            self.limiter.pause(seconds)
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
        if len(self._pending) >= self.flush_size or now - self._flushed_at >= FLUSH_AFTER:
            await self._flush()

    async def _flush(self) -> None:
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
