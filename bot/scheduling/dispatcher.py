"""The reminder dispatcher: each tick claims due reminders under a lease and queues them;
long-lived senders send them through the limiter and write each outcome. Claiming is a few
database round trips; sending goes at Telegram's pace. Keeping the two apart keeps a tick
short, and lets the next batch be claimed while this one is still going out.

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
from time import monotonic

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
# A claimed reminder still waiting to be sent this close to its lease's end is left for the
# next claim rather than sent: someone else may already hold it by the time it goes.
LEASE_MARGIN = timedelta(seconds=10)
# Claiming back to back while batches come back full (a backlog) stops after this long and
# resumes on the next tick, so one tick never runs unbounded.
CATCH_UP_S = 60.0


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
    lease_until: datetime


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
    expired: int = 0  # waited past its lease in the queue; left to be claimed again
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
        self._flushing = asyncio.Lock()
        # Claimed reminders waiting for a sender. At most about a batch and a half waits: a
        # claim happens only when fewer than half a batch is left.
        self._queue: asyncio.Queue[tuple[Job, TickReport]] = asyncio.Queue()
        self._low_water = batch_size // 2
        self._lease_margin = min(LEASE_MARGIN, self.lease / 4)
        self._senders: list[asyncio.Task[None]] = []
        self._busy = 0
        self._aside: dict[asyncio.Task[None], int] = {}  # waiting for their chat's turn
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

    @property
    def backlog(self) -> int:
        """Claimed reminders not yet dealt with: queued, set aside, or being sent."""
        return self._queue.qsize() + len(self._aside) + self._busy

    async def tick(self) -> TickReport:
        """Claim one batch and wait until every one of it is sent and written (tests, the
        benchmarks, catching up by hand)."""
        self._more_due = False
        report = await self.claim()
        await self.drain()
        return report

    async def drain(self) -> None:
        """Wait until every queued reminder is dealt with and its outcome committed."""
        await self._queue.join()
        await self._flush()

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

    # --- sending -----------------------------------------------------------------------------

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


def _add(total: TickReport, report: TickReport) -> None:
    for name in ("claimed", "sent", "skipped", "held", "retried", "failed", "blocked", "expired"):
        setattr(total, name, getattr(total, name) + getattr(report, name))
    for reason, count in report.reasons.items():
        total.reasons[reason] = total.reasons.get(reason, 0) + count


def _retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        # PTB 22 returns an int here with a deprecation warning unless told to use timedelta.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
