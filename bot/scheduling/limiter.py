"""Pacing of outgoing reminder messages: a global rate and a minimum gap per chat.

Telegram allows about 30 messages a second overall and one a second in a private chat;
going faster earns 429s and, repeated, a longer ban. Slots are reserved in order, so waiting
senders neither spin nor pile into one instant. `pause` honours a `retry_after` for everyone.
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
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if rate_per_s <= 0 or per_chat_interval_s < 0:
            raise ValueError("rate must be positive and the per-chat gap not negative")
        self._gap = 1.0 / rate_per_s
        self._per_chat = per_chat_interval_s
        self._monotonic, self._sleep = monotonic, sleep
        self._next_global = 0.0
        self._paused_until = 0.0
        self._next_chat: dict[int, float] = {}

    async def acquire(self, chat_id: int) -> None:
        """Wait until this chat may get a message and the global budget has a slot.

        The chat's next turn is counted from the slot its message really goes out in, and
        the check and the reservation happen with no await between them, so two senders to
        one chat can never both pass. A pause that begins while a sender waits for its slot
        voids the slot: it queues again after the pause.
        """
        while True:
            now = self._monotonic()
            ready = max(self._paused_until, self._next_chat.get(chat_id, 0.0))
            if ready > now:
                await self._sleep(ready - now)
                continue
            slot = max(now, self._next_global)
            previous = self._next_chat.get(chat_id, 0.0)
            self._next_global = slot + self._gap
            self._next_chat[chat_id] = slot + self._per_chat
            if len(self._next_chat) > 10_000:
                self._forget_idle_chats()
            if slot > now:
                await self._sleep(slot - now)
            if self._paused_until > self._monotonic():
                self._next_chat[chat_id] = previous
                continue
            return

    def pause(self, seconds: float) -> None:
        """Hold every sender for `seconds` (Telegram's `retry_after`)."""
        self._paused_until = max(self._paused_until, self._monotonic() + seconds)
        self._next_global = max(self._next_global, self._paused_until)

    def _forget_idle_chats(self) -> None:
        now = self._monotonic()
        self._next_chat = {chat: t for chat, t in self._next_chat.items() if t > now}
