"""One budget per chat for everything this process sends to it: replies, reminders and the edits
of a live exercise draw on it together, because Telegram counts them together.

Telegram takes about 20 sends and edits a minute in one chat (tdlib/td #2592, #3034); beyond
that it answers 429 with a `retry_after`, and calling again inside that wait makes it longer.
So: the reply a person is waiting for goes first, never held back by the count (Telegram lets
short bursts through, and a person typing fast should not wait on our estimate); background
work (exercise edits, reminders) keeps under `per_chat - reserve` a minute, counting the
replies too, so replies keep their room. After a 429 the chat is quiet until the wait is over:
nothing here calls Telegram for it inside the wait, replies included.

The count is per process, on the injected clock; with several instances each counts what it
sends, and a 429 still reaches the one that caused it.
"""

from __future__ import annotations

import warnings
from collections import deque
from datetime import datetime, timedelta

from telegram.error import RetryAfter
from telegram.warnings import PTBDeprecationWarning

from bot.clock import Clock

# Telegram's figure, and the share background work leaves free for replies.
PER_CHAT = 20
WINDOW_S = 60.0
REPLY_RESERVE = 5
# Quiet chats are forgotten once this many are tracked.
_SWEEP_AT = 10_000

# The methods Telegram counts: new messages and edits. Answers to button presses are free.
COUNTED = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendVoice",
        "sendAudio",
        "editMessageText",
        "editMessageCaption",
        "editMessageReplyMarkup",
    }
)


class ChatBudget:
    """How many calls each chat has had in the last `window_s`, and any 429 wait it is in."""

    def __init__(
        self,
        *,
        clock: Clock,
        per_chat: int = PER_CHAT,
        window_s: float = WINDOW_S,
        reserve: int = REPLY_RESERVE,
    ) -> None:
        if per_chat < 1 or not 0 <= reserve < per_chat or not window_s > 0:
            raise ValueError("a budget needs room for background work and for replies")
        self.clock = clock
        self.per_chat = per_chat
        self.window = timedelta(seconds=window_s)
        self.reserve = reserve
        self._spent: dict[int, deque[datetime]] = {}
        self._quiet_until: dict[int, datetime] = {}

    def spend(self, chat_id: int) -> None:
        """A call to this chat has just been made."""
        self._spent.setdefault(chat_id, deque()).append(self.clock.now())
        if len(self._spent) > _SWEEP_AT:
            self._sweep()

    def refused(self, chat_id: int, retry_after_s: float) -> datetime:
        """Telegram answered 429: the chat is quiet until the wait is over (returned)."""
        until = self.clock.now() + timedelta(seconds=max(retry_after_s, 0.0))
        self._quiet_until[chat_id] = max(until, self._quiet_until.get(chat_id, until))
        return self._quiet_until[chat_id]

    def quiet_until(self, chat_id: int) -> datetime | None:
        """The end of a 429 wait this chat is still in, if it is in one."""
        until = self._quiet_until.get(chat_id)
        if until is not None and until <= self.clock.now():
            del self._quiet_until[chat_id]
            return None
        return until

    def next_slot(self, chat_id: int, *, awaited: bool) -> datetime:
        """The earliest instant a call to this chat may go: now, or later when the chat is in
        a 429 wait or (background work only) its minute has no room beyond the reserve. An
        `awaited` reply is held by a 429's wait only."""
        now = self.clock.now()
        moments = [now]
        quiet = self.quiet_until(chat_id)
        if quiet is not None:
            moments.append(quiet)
        if awaited:
            return max(moments)
        allowed = self.per_chat - self.reserve
        spent = self._recent(chat_id, now)
        if len(spent) >= allowed:
            # Room comes back when enough of the calls in the window have left it.
            moments.append(spent[len(spent) - allowed] + self.window)
        return max(moments)

    def used(self, chat_id: int) -> int:
        """Calls this chat has had in the last window."""
        return len(self._recent(chat_id, self.clock.now()))

    def _recent(self, chat_id: int, now: datetime) -> deque[datetime]:
        spent = self._spent.get(chat_id)
        if spent is None:
            return deque()
        while spent and now - spent[0] >= self.window:
            spent.popleft()
        return spent

    def _sweep(self) -> None:
        now = self.clock.now()
        for chat_id in [c for c, t in self._spent.items() if not t or now - t[-1] >= self.window]:
            del self._spent[chat_id]
        for chat_id in [c for c, t in self._quiet_until.items() if t <= now]:
            del self._quiet_until[chat_id]


def retry_after_seconds(exc: RetryAfter) -> float:
    """The wait a 429 asked for, in seconds."""
    with warnings.catch_warnings():
        # PTB 22 returns an int here with a deprecation warning unless told to use timedelta.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
