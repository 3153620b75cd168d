"""The tasks of one process's live exercises, by key, and the clock alarm each is waiting on:
a press wakes a waiting task early, and tests know all is quiet when every task waits."""

from __future__ import annotations

import asyncio
from collections.abc import Hashable
from datetime import datetime

from bot.clock import Timer


class Tasks:
    """Runners (keyed by session id), their edits, the poller and the heartbeat."""

    def __init__(self, clock: Timer) -> None:
        self.clock = clock
        self._tasks: dict[Hashable, asyncio.Task[None]] = {}
        self._waits: dict[Hashable, asyncio.Future[bool]] = {}

    def __contains__(self, key: Hashable) -> bool:
        return key in self._tasks

    def get(self, key: Hashable) -> asyncio.Task[None] | None:
        return self._tasks.get(key)

    def track(self, key: Hashable, task: asyncio.Task[None]) -> None:
        self._tasks[key] = task

        def forget(done: asyncio.Task[None]) -> None:
            if self._tasks.get(key) is done:
                del self._tasks[key]

        task.add_done_callback(forget)

    def running(self) -> list[int]:
        """Ids of the sessions this process is pacing (or about to)."""
        return [k for k, task in self._tasks.items() if isinstance(k, int) and not task.done()]

    def idle(self) -> bool:
        """True when every task is finished or waiting for the clock (tests drive by this)."""
        for key, task in list(self._tasks.items()):
            if task.done():
                continue
            waiting = self._waits.get(key)
            if waiting is None or waiting.done():
                return False
        return True

    async def cancel_all(self) -> None:
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()

    async def sleep(self, key: Hashable, until: datetime) -> bool:
        """Wait for the clock to reach `until`; True if woken early by a nudge."""
        if until <= self.clock.now():
            await asyncio.sleep(0)
            return False
        loop = asyncio.get_running_loop()
        future: asyncio.Future[bool] = loop.create_future()

        def ring() -> None:
            if not future.done():
                future.set_result(False)

        handle = self.clock.call_at(until, ring)
        self._waits[key] = future
        try:
            return await future
        finally:
            handle.cancel()
            if self._waits.get(key) is future:
                del self._waits[key]

    def poke(self, key: Hashable) -> None:
        """Wake the task waiting under `key` now, if one is."""
        future = self._waits.get(key)
        if future is not None and not future.done():
            future.set_result(True)
