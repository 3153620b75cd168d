"""Driving the reminder dispatcher on a hand-moved clock: jump to each due instant and tick."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from bot.clock import FakeClock
from bot.scheduling import Dispatcher, SendLimiter
from bot.storage import Database
from bot.storage.models import Reminder
from tests.auxil.fake_bot_api import FakeBotApi


class FakeMonotonic:
    """A monotonic clock whose sleeps return at once and move it on: limiter waits cost no
    real time, yet the order and spacing they impose are kept."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(0.0, seconds)


def instant_limiter(rate_per_s: float = 30.0) -> SendLimiter:
    fake = FakeMonotonic()
    return SendLimiter(rate_per_s=rate_per_s, monotonic=fake, sleep=fake.sleep)


@dataclass(frozen=True)
class Delivered:
    at: datetime
    chat_id: int
    text: str


async def next_wakeup(database: Database) -> datetime | None:
    """The earliest instant at which some reminder becomes claimable."""
    async with database.session() as session:
        due = await session.scalar(
            select(func.min(Reminder.next_due_at)).where(Reminder.lease_until.is_(None))
        )
        held = await session.scalar(
            select(func.min(Reminder.lease_until)).where(Reminder.next_due_at.is_not(None))
        )
    candidates = [t for t in (due, held) if t is not None]
    return min(candidates) if candidates else None


async def run_schedule(
    dispatcher: Dispatcher,
    database: Database,
    clock: FakeClock,
    api: FakeBotApi,
    until: datetime,
) -> list[Delivered]:
    """Move the clock from one due instant to the next up to `until`, ticking at each, and
    return every message delivered with the clock reading it went out at."""
    delivered: list[Delivered] = []
    for _ in range(100_000):
        wakeup = await next_wakeup(database)
        if wakeup is None or wakeup > until:
            break
        if wakeup > clock.now():
            clock.set(wakeup)
        before = len(api.sent)
        report = await dispatcher.run_until_idle()
        if report.claimed == 0:
            raise AssertionError(f"a reminder was due at {wakeup} but no tick claimed it")
        delivered += [
            Delivered(clock.now(), sent.chat_id, sent.text or sent.caption or "")
            for sent in api.sent[before:]
        ]
    else:
        raise AssertionError("the schedule never ran out")
    clock.set(max(clock.now(), until))
    return delivered
