"""Pacing of outgoing reminder messages: a global rate and a minimum gap per chat.

Telegram allows about 30 messages a second overall and one a second in a private chat;
going faster earns 429s and, repeated, a longer ban. Senders queue in a line (first come,
first served) and leave it one gap apart on a fixed schedule, so timer jitter (a sleep that
ends a millisecond late) is made up and the configured rate is met. Lateness beyond `slack_s`
(a busy event loop) is not made up: the schedule moves on from now, so a stall lets at most
`slack_s` worth of senders go back to back, never a burst to catch up. `pause` honours a
`retry_after` for everyone.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable


class SendLimiter:
    def __init__(
        self,
        *,
        rate_per_s: float = 30.0,
        per_chat_interval_s: float = 1.0,
        slack_s: float = 0.01,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if rate_per_s <= 0 or per_chat_interval_s < 0:
            raise ValueError("rate must be positive and the per-chat gap not negative")
        self._gap = 1.0 / rate_per_s
        self._slack = slack_s
        self._per_chat = per_chat_interval_s
        self._monotonic, self._sleep = monotonic, sleep
        self._line = asyncio.Lock()  # fair: waiters are served in arrival order
        self._next_slot = float("-inf")
        self._paused_until = 0.0
        self._next_chat: dict[int, float] = {}
        self._chat_in_line: dict[int, asyncio.Event] = {}

    async def acquire(self, chat_id: int) -> None:
        """Wait until this chat may get a message and the global budget has a slot.

        A chat is in the line at most once, and its next turn is counted from the moment its
        message really left, so two senders to one chat can never both pass.
        """
        while True:
            now = self._monotonic()
            in_line = self._chat_in_line.get(chat_id)
            if in_line is not None:
                await in_line.wait()
                continue
            ready = self._next_chat.get(chat_id, 0.0)
            if ready > now:
                await self._sleep(ready - now)
                continue
            break
        left = self._chat_in_line[chat_id] = asyncio.Event()
        try:
            async with self._line:
                await self._wait_for_slot()
                self._next_chat[chat_id] = self._monotonic() + self._per_chat
        finally:
            del self._chat_in_line[chat_id]
            left.set()
        if len(self._next_chat) > 10_000:
            self._forget_idle_chats()

    def chat_wait(self, chat_id: int) -> float:
        """Seconds before this chat can next get a message, as far as its own gap goes (at
        least that long when a message to it is still in the line)."""
        if chat_id in self._chat_in_line:
            return self._per_chat
        return max(0.0, self._next_chat.get(chat_id, 0.0) - self._monotonic())

    async def sleep(self, seconds: float) -> None:
        """Sleep on the limiter's own clock (virtual in tests)."""
        await self._sleep(seconds)

    async def _wait_for_slot(self) -> None:
        # A pause that begins while we wait is seen on the next pass.
        while True:
            due = max(self._next_slot, self._paused_until)
            now = self._monotonic()
            if due <= now:
                break
            await self._sleep(due - now)
        self._next_slot = max(due, now - self._slack) + self._gap

    def pause(self, seconds: float) -> None:
        """Hold every sender for `seconds` (Telegram's `retry_after`)."""
        self._paused_until = max(self._paused_until, self._monotonic() + seconds)

    def _forget_idle_chats(self) -> None:
        now = self._monotonic()
        self._next_chat = {chat: t for chat, t in self._next_chat.items() if t > now}
