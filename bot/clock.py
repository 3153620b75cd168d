"""Where "now" comes from: the system clock in production, a hand-moved one in tests.

A clock can also wake code up at an instant (`call_at`, `sleep_until`), so paced exercises are
timed by the same clock they read: in tests a `FakeClock` moves time and nothing really sleeps.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


class Cancellable(Protocol):
    def cancel(self) -> None: ...


@runtime_checkable
class Timer(Clock, Protocol):
    """A clock that can also call back at an instant of its own time."""

    def call_at(self, instant: datetime, callback: Callable[[], None]) -> Cancellable:
        """Call `callback` (in the running event loop) once this clock reaches `instant`."""
        ...

    async def sleep_until(self, instant: datetime) -> None:
        """Return once this clock has reached `instant` (at once if it already has)."""
        ...


async def _sleep_on(clock: Timer, instant: datetime) -> None:
    future: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def ring() -> None:
        if not future.done():
            future.set_result(None)

    handle = clock.call_at(instant, ring)
    try:
        await future
    finally:
        handle.cancel()


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def call_at(self, instant: datetime, callback: Callable[[], None]) -> Cancellable:
        # The loop's monotonic timer does the waiting; the wall clock only says how long.
        loop = asyncio.get_running_loop()
        delay = max((instant - self.now()).total_seconds(), 0.0)
        return loop.call_at(loop.time() + delay, callback)

    async def sleep_until(self, instant: datetime) -> None:
        await _sleep_on(self, instant)


class _Alarm:
    __slots__ = ("callback", "cancelled")

    def __init__(self, callback: Callable[[], None]) -> None:
        self.callback = callback
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


class FakeClock:
    """A clock that only moves when told to, so schedules can be tested without sleeping.

    Moving it (`advance`, `set`) runs the callbacks that have come due, in time order, each
    seeing `now()` at its own instant; `next_alarm()` says when the next one is due.
    """

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start.astimezone(UTC)
        self._alarms: list[tuple[datetime, int, _Alarm]] = []
        self._order = itertools.count()

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        self.set(self._now + delta)

    def set(self, instant: datetime) -> None:
        target = instant.astimezone(UTC)
        while self._alarms and self._alarms[0][0] <= target:
            at, _order, alarm = heapq.heappop(self._alarms)
            if alarm.cancelled:
                continue
            self._now = max(self._now, at)
            alarm.callback()
        self._now = target

    def call_at(self, instant: datetime, callback: Callable[[], None]) -> Cancellable:
        alarm = _Alarm(callback)
        if instant <= self._now:
            # Like the event loop: due callbacks run soon, never inside the caller.
            asyncio.get_running_loop().call_soon(self._ring, alarm)
            return alarm
        heapq.heappush(self._alarms, (instant.astimezone(UTC), next(self._order), alarm))
        return alarm

    @staticmethod
    def _ring(alarm: _Alarm) -> None:
        if not alarm.cancelled:
            alarm.callback()

    async def sleep_until(self, instant: datetime) -> None:
        await _sleep_on(self, instant)

    def next_alarm(self) -> datetime | None:
        """When the earliest pending callback is due, or None if there is none."""
        while self._alarms and self._alarms[0][2].cancelled:
            heapq.heappop(self._alarms)
        return self._alarms[0][0] if self._alarms else None
