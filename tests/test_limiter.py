"""The send limiter on virtual time: global rate, one message a second per chat, pauses."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import random
from collections import defaultdict

import pytest

from bot.scheduling import SendLimiter


class VirtualTime:
    """Sleeps end in virtual-time order; time jumps to the next wake-up once every task waits."""

    def __init__(self, oversleep: float = 0.0) -> None:
        self.now = 0.0
        self.oversleep = oversleep
        self._waiting: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        wake = self.now + max(0.0, seconds) + self.oversleep
        heapq.heappush(self._waiting, (wake, next(self._order), future))
        await future

    async def run(self, tasks: list[asyncio.Task[None]]) -> None:
        while not all(task.done() for task in tasks):
            for _ in range(5):  # let every runnable task reach its next sleep
                await asyncio.sleep(0)
            if self._waiting:
                at, _, future = heapq.heappop(self._waiting)
                self.now = max(self.now, at)
                future.set_result(None)
        await asyncio.gather(*tasks)


async def send_all(
    chats: list[int],
    *,
    rate: float,
    per_chat: float = 1.0,
    pause_at: int | None = None,
    stall_at: int | None = None,
) -> list[tuple[float, int]]:
    clock = VirtualTime()
    limiter = SendLimiter(
        rate_per_s=rate, per_chat_interval_s=per_chat, monotonic=clock, sleep=clock.sleep
    )
    sent: list[tuple[float, int]] = []

    async def send(chat: int) -> None:
        await limiter.acquire(chat)
        sent.append((clock.now, chat))
        if pause_at is not None and len(sent) == pause_at:
            limiter.pause(5.0)
        if stall_at is not None and len(sent) == stall_at:
            # The event loop is busy for half a second: every sleeper wakes late at once.
            clock.now += 0.5

    tasks = [asyncio.create_task(send(chat)) for chat in chats]
    await clock.run(tasks)
    return sorted(sent)


@pytest.mark.parametrize("seed", range(5))
async def test_never_faster_than_the_global_rate_or_once_a_second_per_chat(seed: int) -> None:
    rng = random.Random(seed)
    # Mostly distinct chats, some with several messages at once (a reminder and a snooze).
    chats = [rng.randrange(60) for _ in range(300)]
    sent = await send_all(chats, rate=30.0)
    assert len(sent) == 300
    times = [t for t, _ in sent]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 1 / 30 - 1e-9
    by_chat: dict[int, list[float]] = defaultdict(list)
    for t, chat in sent:
        by_chat[chat].append(t)
    for chat_times in by_chat.values():
        assert all(b - a >= 1.0 - 1e-9 for a, b in itertools.pairwise(chat_times))


async def test_distinct_chats_go_at_the_full_rate() -> None:
    sent = await send_all(list(range(600)), rate=30.0)
    # 600 messages at 30/s: the last leaves at 599/30 s, not later.
    assert sent[-1][0] == pytest.approx(599 / 30)


async def test_one_chat_gets_one_message_a_second() -> None:
    sent = await send_all([7] * 5, rate=30.0)
    assert [t for t, _ in sent] == pytest.approx([0, 1, 2, 3, 4])


async def test_a_pause_holds_every_sender() -> None:
    sent = await send_all(list(range(20)), rate=10.0, pause_at=5)
    times = [t for t, _ in sent]
    # The fifth went at 0.4 s; the pause from then holds the rest until 5.4 s.
    assert times[5] == pytest.approx(5.4)
    assert all(t >= 5.4 - 1e-9 for t in times[5:])


async def test_a_busy_event_loop_makes_senders_late_but_never_bunches_them() -> None:
    sent = await send_all(list(range(40)), rate=10.0, stall_at=10)
    times = [t for t, _ in sent]
    # The tenth left at 0.9 s; the next was due at 1.0 but woke at 1.4. Only the default
    # 10 ms of slack is made up after it, so no two leave closer than 90 ms,
    assert times[10] == pytest.approx(1.4)
    assert min(b - a for a, b in itertools.pairwise(times)) >= 0.09 - 1e-9
    # and the rest follow one gap apart from there: the stall cost its time once.
    assert times[11:] == pytest.approx([1.49 + 0.1 * i for i in range(29)])


async def test_timer_jitter_is_made_up_so_the_configured_rate_is_met() -> None:
    # Every sleep ends 1 ms late, as an event loop's timers do; at 100/s that is 10% of a gap.
    clock = VirtualTime(oversleep=0.001)
    limiter = SendLimiter(rate_per_s=100.0, monotonic=clock, sleep=clock.sleep)
    sent: list[float] = []

    async def send(chat: int) -> None:
        await limiter.acquire(chat)
        sent.append(clock.now)

    await clock.run([asyncio.create_task(send(chat)) for chat in range(500)])
    # 499 gaps of 10 ms: a limiter that counted from each late wake-up would need 5.5 s.
    assert max(sent) == pytest.approx(4.99, abs=0.002)


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="rate"):
        SendLimiter(rate_per_s=0)
    with pytest.raises(ValueError, match="rate"):
        SendLimiter(per_chat_interval_s=-1)
