"""The dispatcher at scale and under failure: many users, flaky Telegram, two dispatchers."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from telegram import Bot
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import RequestData

from bot.clock import FakeClock
from bot.core.reminders import Kind
from bot.features import discover
from bot.scheduling import Dispatcher, Job, SendLimiter, simple_compose
from bot.storage import Database
from bot.storage.models import Consent, Reminder, User, UserStatus
from bot.transport.local_api import LOCAL_TOKEN
from tests.auxil.fake_bot_api import FakeBotApi
from tests.auxil.schedule import instant_limiter, run_schedule
from tests.conftest import DatabaseFactory

NOW = datetime(2026, 11, 26, 13, 0, tzinfo=UTC)  # 14:00 in Berlin
# Zones where NOW is daytime (outside the 23:00–07:00 quiet hours).
ZONES = ("Europe/Berlin", "America/New_York", "Asia/Kathmandu", "Asia/Tokyo")


async def compose(job: Job) -> list:  # type: ignore[type-arg]
    return simple_compose(job, discover().reminders)


async def add_users(database: Database, count: int, *, due: datetime, first_id: int = 1) -> None:
    """`count` set-up users, each with one caffeine call due at `due`."""
    async with database.session() as session, session.begin():
        users = [
            User(
                telegram_id=first_id + i,
                chat_id=first_id + i,
                language="en",
                time_zone=ZONES[i % len(ZONES)],
                wake_time=time(7),
                bedtime=time(23),
                caffeine_cutoff=time(14),
                checkin_time=time(21),
                consent=Consent.GIVEN,
                consent_at=due,
                onboarded_at=due,
                status=UserStatus.ACTIVE,
                created_at=due,
                updated_at=due,
            )
            for i in range(count)
        ]
        session.add_all(users)
        await session.flush()
        session.add_all(
            Reminder(
                user_id=user.id,
                kind=Kind.CAFFEINE.value,
                enabled=True,
                next_due_at=due,
                attempts=0,
                created_at=due,
                updated_at=due,
            )
            for user in users
        )


@pytest.fixture
async def closing() -> AsyncIterator[list[Dispatcher]]:
    """Dispatchers put here release their lock connection when the test ends, pass or fail."""
    made: list[Dispatcher] = []
    yield made
    for dispatcher in made:
        await dispatcher.close()


async def make_bot(api: FakeBotApi) -> Bot:
    bot = Bot(LOCAL_TOKEN, request=api, get_updates_request=api)
    await bot.initialize()
    return bot


class ChaoticBotApi(FakeBotApi):
    """Answers about 10% of sends with a 429, a 5xx, a timeout or a 403, at random."""

    def __init__(self, seed: int, rate: float = 0.10) -> None:
        super().__init__()
        self.random, self.rate = random.Random(seed), rate
        self.blocked: set[int] = set()
        self.failures: Counter[str] = Counter()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        await asyncio.sleep(0)  # let other senders interleave, as real I/O would
        if url.endswith("/sendMessage") and request_data is not None:
            chat = int(request_data.parameters["chat_id"])  # type: ignore[arg-type]
            if chat in self.blocked or self.random.random() < self.rate:
                kind = (
                    "403"
                    if chat in self.blocked
                    else self.random.choice(["429", "500", "timeout", "403"])
                )
                self.failures[kind] += 1
                if kind == "403":
                    self.blocked.add(chat)
                    self.fail("sendMessage", 403)
                elif kind == "429":
                    self.fail("sendMessage", 429, retry_after=1)
                elif kind == "500":
                    self.fail("sendMessage", 500)
                else:
                    self.time_out("sendMessage")
        return await super().do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )


async def test_ten_percent_random_failures_deliver_each_once_or_mark_blocked(
    database: Database, closing: list[Dispatcher]
) -> None:
    users = 400
    api = ChaoticBotApi(seed=20261125)
    await add_users(database, users, due=NOW)
    clock = FakeClock(NOW)
    dispatcher = Dispatcher(
        database=database,
        bot=await make_bot(api),
        clock=clock,
        compose=compose,
        limiter=instant_limiter(),
        batch_size=64,
        jitter=lambda: 0.5,
    )
    closing.append(dispatcher)
    delivered = await run_schedule(
        dispatcher, database, clock, api, until=NOW + timedelta(hours=1)
    )
    per_chat = Counter(d.chat_id for d in delivered)
    async with database.session() as session:
        statuses = dict((await session.execute(select(User.telegram_id, User.status))).all())
    assert set(api.failures) == {"429", "500", "timeout", "403"}
    assert max(per_chat.values()) == 1  # none twice
    for chat_id, status in statuses.items():
        if status is UserStatus.BLOCKED:
            assert per_chat[chat_id] == 0
            assert chat_id in api.blocked
        else:
            assert per_chat[chat_id] == 1, chat_id
    assert len(per_chat) + len(api.blocked) == users
    # The run ended: nothing is left leased or due in the past.
    async with database.session() as session:
        stuck = await session.scalar(
            select(func.count()).where(Reminder.next_due_at <= NOW + timedelta(hours=1))
        )
    assert stuck == 0


class SlowBotApi(FakeBotApi):
    """Every call yields to the event loop, so two dispatchers really run side by side."""

    async def do_request(self, url: str, method: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def, override]
        await asyncio.sleep(0)
        return await super().do_request(url, method, *args, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("advisory_lock", [False, True], ids=["skip-locked", "advisory-lock"])
async def test_two_dispatchers_send_each_reminder_exactly_once(
    databases: DatabaseFactory, advisory_lock: bool, closing: list[Dispatcher]
) -> None:
    first = databases.opened[0]
    if first.is_sqlite:
        pytest.skip("several dispatchers need PostgreSQL; SQLite runs one process")
    # 5,000 across two real processes is tests/test_dispatch_processes.py; this one checks the
    # same in one process, where the claims interleave at every await.
    await add_users(first, 1_000, due=NOW)
    api = SlowBotApi()
    bot = await make_bot(api)
    clock = FakeClock(NOW)
    dispatchers = [
        Dispatcher(
            database=database,
            bot=bot,
            clock=clock,
            compose=compose,
            limiter=SendLimiter(rate_per_s=1_000_000, per_chat_interval_s=0),
            batch_size=50,
            advisory_lock=advisory_lock,
        )
        for database in (first, databases.open())
    ]
    closing.extend(dispatchers)
    reports = await asyncio.gather(*(d.run_until_idle() for d in dispatchers))
    per_chat = Counter(sent.chat_id for sent in api.sent)
    assert len(per_chat) == 1_000
    assert set(per_chat.values()) == {1}
    assert sum(r.sent for r in reports) == 1_000
    if advisory_lock:
        # One holds the lock and does all the sending.
        assert sorted(r.sent for r in reports) == [0, 1_000]
    else:
        assert all(r.sent > 0 for r in reports)


async def test_an_expired_lease_is_taken_over_and_a_live_one_is_not(
    databases: DatabaseFactory, closing: list[Dispatcher]
) -> None:
    """A dispatcher that died mid-batch: its leased rows wait out the lease, then go once."""
    database = databases.opened[0]
    await add_users(database, 50, due=NOW)
    clock = FakeClock(NOW)
    api = FakeBotApi()
    bot = await make_bot(api)
    dead = Dispatcher(
        database=database, bot=bot, clock=clock, compose=compose, advisory_lock=False
    )
    async with database.session() as session, session.begin():
        from bot.storage import reminders as store

        claimed = await store.claim_due(
            session, now=NOW, owner=dead.owner, limit=20, lease=dead.lease
        )
    assert len(claimed) == 20
    heir = Dispatcher(
        database=database,
        bot=bot,
        clock=clock,
        compose=compose,
        limiter=instant_limiter(),
        advisory_lock=False,
    )
    report = await heir.run_until_idle()
    assert report.sent == 30
    clock.set(NOW + dead.lease + timedelta(seconds=1))
    report = await heir.run_until_idle()
    assert report.sent == 20
    assert Counter(s.chat_id for s in api.sent).most_common(1)[0][1] == 1


class GatedBotApi(FakeBotApi):
    """Sends wait at a gate until the test opens it: a Telegram that is slow to answer."""

    def __init__(self, expect: int = 0) -> None:
        super().__init__()
        self.gate = asyncio.Event()
        self.arrived = asyncio.Event()  # a send is waiting at the gate
        self.expect, self.all_sent = expect, asyncio.Event()

    async def do_request(self, url: str, method: str, *args: object, **kwargs: object):  # type: ignore[no-untyped-def, override]
        if url.endswith("/sendMessage"):
            self.arrived.set()
            await self.gate.wait()
        answer = await super().do_request(url, method, *args, **kwargs)  # type: ignore[arg-type]
        if self.expect and len(self.sent) >= self.expect:
            self.all_sent.set()
        return answer


async def settled(database: Database) -> tuple[int, int]:
    """(reminders still due at NOW, reminders still leased)."""
    async with database.session() as session:
        due = await session.scalar(
            select(func.count()).select_from(Reminder).where(Reminder.next_due_at <= NOW)
        )
        leased = await session.scalar(
            select(func.count()).select_from(Reminder).where(Reminder.lease_owner.is_not(None))
        )
    return due or 0, leased or 0


async def dispatcher_on(
    database: Database, api: FakeBotApi, clock: FakeClock, **options: Any
) -> Dispatcher:
    """A dispatcher over `api` with a limiter that never really waits."""
    options.setdefault("limiter", instant_limiter())
    return Dispatcher(
        database=database, bot=await make_bot(api), clock=clock, compose=compose, **options
    )


async def test_the_tick_only_claims_and_the_senders_work_through_a_backlog_alone(
    databases: DatabaseFactory, closing: list[Dispatcher]
) -> None:
    database = databases.opened[0]
    await add_users(database, 1_200, due=NOW)
    api = GatedBotApi(expect=1_200)
    dispatcher = await dispatcher_on(
        database, api, FakeClock(NOW), limiter=instant_limiter(1_000_000), batch_size=100
    )
    closing.append(dispatcher)
    # With Telegram not answering at all, the tick still returns: it claimed and queued.
    report = await dispatcher.feed()
    assert (report.claimed, report.sent, len(api.sent)) == (100, 0, 0)
    assert dispatcher.backlog == 100
    # No further tick: the senders claim the next batches as their queue runs low.
    api.gate.set()
    await asyncio.wait_for(api.all_sent.wait(), 30)
    await dispatcher.drain()
    assert Counter(s.chat_id for s in api.sent) == Counter(range(1, 1_201))
    assert await settled(database) == (0, 0)


async def test_a_reminder_that_waited_out_its_lease_in_the_queue_is_left_for_the_next_claim(
    databases: DatabaseFactory, closing: list[Dispatcher]
) -> None:
    database = databases.opened[0]
    await add_users(database, 10, due=NOW)
    api = GatedBotApi()
    clock = FakeClock(NOW)
    dispatcher = await dispatcher_on(
        database, api, clock, concurrency=1, lease=timedelta(seconds=40), advisory_lock=False
    )
    closing.append(dispatcher)
    await dispatcher.feed()
    await asyncio.wait_for(api.arrived.wait(), 5)  # the one sender is stuck on the first
    clock.advance(timedelta(seconds=35))  # 5 s of lease left for the nine queued
    api.gate.set()
    await dispatcher.drain()
    assert len(api.sent) == 1
    assert await settled(database) == (9, 9)
    clock.advance(timedelta(seconds=6))  # their leases are over: claimed and sent once
    report = await dispatcher.run_until_idle()
    assert report.sent == 9
    assert Counter(s.chat_id for s in api.sent) == Counter(range(1, 11))
    assert await settled(database) == (0, 0)


async def test_close_gives_back_at_once_what_was_claimed_but_never_tried(
    databases: DatabaseFactory, closing: list[Dispatcher]
) -> None:
    database = databases.opened[0]
    await add_users(database, 10, due=NOW)
    api = GatedBotApi()
    clock = FakeClock(NOW)
    stopping = await dispatcher_on(database, api, clock, concurrency=1, advisory_lock=False)
    await stopping.feed()
    await asyncio.wait_for(api.arrived.wait(), 5)
    # Shutting down while Telegram hangs on the first send: it gets the grace, then is cut.
    await stopping.close(grace_s=0.05)
    assert api.sent == []
    # The nine never tried are free now; the one cut mid-send waits out its lease (it may
    # have arrived).
    assert await settled(database) == (10, 1)
    api.gate.set()
    heir = await dispatcher_on(database, api, clock, advisory_lock=False)
    closing.append(heir)
    assert (await heir.run_until_idle()).sent == 9
    assert await settled(database) == (1, 1)


async def test_a_chat_waiting_for_its_turn_is_set_aside_and_holds_up_no_one(
    databases: DatabaseFactory, closing: list[Dispatcher]
) -> None:
    database = databases.opened[0]
    await add_users(database, 20, due=NOW)
    async with database.session() as session, session.begin():
        # The first user's check-in falls due with the caffeine call, just before it.
        session.add(
            Reminder(
                user_id=1,
                kind=Kind.CHECKIN.value,
                enabled=True,
                next_due_at=NOW - timedelta(microseconds=1),
                attempts=0,
                created_at=NOW,
                updated_at=NOW,
            )
        )
    api = FakeBotApi()
    # One sender: if it waited out the chat's second message, everyone would wait.
    dispatcher = await dispatcher_on(database, api, FakeClock(NOW), concurrency=1)
    closing.append(dispatcher)
    report = await dispatcher.tick()
    assert report.sent == 21
    order = [sent.chat_id for sent in api.sent]
    assert order == [1, *range(2, 21), 1]
    assert await settled(database) == (0, 0)
