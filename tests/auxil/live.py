"""Driving live exercise sessions in tests: move the fake clock from alarm to alarm and let the
runner catch up after each move, so no test sleeps for a schedule."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import RequestData

from bot.clock import FakeClock
from bot.core.pacing import Step, edit_times, position_at, schedule
from bot.transport.exercises import (
    EDIT_SLACK_S,
    EDITS_PER_MINUTE,
    MIN_EDIT_INTERVAL_S,
    LiveExercises,
)
from tests.auxil.fake_bot_api import TELEGRAM_LIMITS, FakeBotApi, TelegramLimits


async def settle(clock: FakeClock, *runners: LiveExercises, timeout_s: float = 15.0) -> None:
    """Wait (for I/O, not for the schedule) until every runner task waits on the clock."""
    deadline = time.monotonic() + timeout_s
    while True:
        clock.set(clock.now())  # anything due at this very instant runs now
        await asyncio.sleep(0)
        if all(runner.idle() for runner in runners):
            # Twice in a row, so callbacks scheduled by the last step have had their turn.
            await asyncio.sleep(0)
            if all(runner.idle() for runner in runners):
                return
        if time.monotonic() > deadline:
            raise AssertionError("the exercise runner did not settle")
        await asyncio.sleep(0.001)


async def run_until(clock: FakeClock, instant: datetime, *runners: LiveExercises) -> None:
    """Move the clock to `instant`, stopping at every alarm on the way."""
    await settle(clock, *runners)
    while (alarm := clock.next_alarm()) is not None and alarm <= instant:
        clock.set(max(alarm, clock.now()))
        await settle(clock, *runners)
    if clock.now() < instant:
        clock.set(instant)
    await settle(clock, *runners)


async def run_for(clock: FakeClock, seconds: float, *runners: LiveExercises) -> None:
    await run_until(clock, clock.now() + timedelta(seconds=seconds), *runners)


def shown_steps(steps: Sequence[Step]) -> list[Step]:
    """The steps a session's message shows, in order: at most 12 edits a minute leave out a
    few short ones (a hold, a top-up sip), shown with the step before."""
    plan = schedule(steps)
    offsets = edit_times(plan, MIN_EDIT_INTERVAL_S + EDIT_SLACK_S, max_per_window=EDITS_PER_MINUTE)
    shown = []
    for offset in offsets[:-1]:  # the last is the end
        position = position_at(plan, offset)
        assert position is not None
        shown.append(steps[position.step_index])
    return shown


@dataclass(frozen=True)
class Timed:
    at: datetime
    method: str
    params: dict[str, Any]


class TimedBotApi(FakeBotApi):
    """The fake Bot API, also noting the (fake) time of every call."""

    def __init__(
        self, clock: FakeClock, *, limits: TelegramLimits | None = TELEGRAM_LIMITS
    ) -> None:
        super().__init__(clock, limits=limits)
        self.clock = clock
        self.timed: list[Timed] = []

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
        params = dict(request_data.parameters) if request_data else {}
        self.timed.append(Timed(self.clock.now(), url.rsplit("/", 1)[-1], params))
        return await super().do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )

    def edits(self, chat_id: int) -> list[Timed]:
        return [
            t
            for t in self.timed
            if t.method == "editMessageText" and int(t.params["chat_id"]) == chat_id
        ]
