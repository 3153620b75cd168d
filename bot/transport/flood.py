"""Flood limit: a user who sends more than `max_updates` distinct updates in `window` is
slowed down, never silenced.

Runs in handler group -1, before any flow: an update over the limit does not lock a chat row
or reach the database now, and the user gets one short notice per burst. It is not lost:

- In webhook mode it is refused with HTTP 429 (and a Retry-After), so Telegram delivers it
  again later; by then the window has room and it is handled as usual.
- Otherwise (long polling, the console) Telegram considers it delivered already, so it is
  held in memory, in order, and handled as soon as the window has room (`release_held`, a
  job every second). A user's later updates wait behind their held ones.

Only distinct updates count: Telegram delivering one update again (its id already counted in
the window) is let through at no cost, and the update ledger answers it once. The count is
per process; with several instances behind a load balancer each enforces its own.
"""

from __future__ import annotations

import logging
import math
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timedelta
from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, TypeHandler

from bot import metrics
from bot.clock import Clock
from bot.i18n import use_language
from bot.transport.words import flood_notice

logger = logging.getLogger(__name__)

# Above this many tracked users, forget the ones quiet for a whole window.
_SWEEP_AT = 10_000
# Updates held for one user while polling; beyond this a flood is a fault, not a person typing.
MAX_HELD_PER_USER = 300
RELEASE_EVERY_S = 1.0


class Refusal:
    """Set during one webhook delivery: the guard says here that the update must come again,
    and in how many seconds."""

    def __init__(self) -> None:
        self.retry_after: int | None = None


_REFUSAL: ContextVar[Refusal | None] = ContextVar("stillpoint_flood_refusal", default=None)


@contextmanager
def refusal() -> Iterator[Refusal]:
    """For the length of one webhook delivery: an update turned away is refused, not held."""
    found = Refusal()
    token = _REFUSAL.set(found)
    try:
        yield found
    finally:
        _REFUSAL.reset(token)


class FloodGuard:
    """Counts each user's distinct updates in a sliding window, on an injected clock."""

    def __init__(self, *, clock: Clock, max_updates: int = 30, window_s: float = 10.0) -> None:
        self.clock = clock
        self.max_updates = max_updates
        self.window = timedelta(seconds=window_s)
        self._seen: dict[int, deque[tuple[datetime, int | None]]] = {}
        self._warned: dict[int, datetime] = {}
        # Polling: updates turned away, per user, in the order they came.
        self._held: dict[int, deque[Update]] = {}
        self._passing: set[int] = set()

    def allow(self, user_id: int, update_id: int | None = None) -> bool:
        """Count one update from `user_id`; False when it is over the limit. An update whose
        id was counted in the window already (a repeated delivery) passes and is not counted
        again."""
        now = self.clock.now()
        times = self._seen.setdefault(user_id, deque())
        while times and now - times[0][0] >= self.window:
            times.popleft()
        if update_id is not None and any(seen == update_id for _, seen in times):
            return True
        if len(times) >= self.max_updates:
            return False
        times.append((now, update_id))
        if len(self._seen) > _SWEEP_AT:
            self._sweep(now)
        return True

    def wait_s(self, user_id: int) -> float:
        """Seconds until the user's window has room for one more update."""
        times = self._seen.get(user_id)
        if not times or len(times) < self.max_updates:
            return 0.0
        return max(0.0, (times[0][0] + self.window - self.clock.now()).total_seconds())

    def should_warn(self, user_id: int) -> bool:
        """True once per burst: the first turned-away update since the user's window began."""
        now = self.clock.now()
        warned = self._warned.get(user_id)
        if warned is not None and now - warned < self.window:
            return False
        self._warned[user_id] = now
        return True

    def held(self, user_id: int) -> int:
        return len(self._held.get(user_id, ()))

    def _sweep(self, now: datetime) -> None:
        quiet = [
            u
            for u, t in self._seen.items()
            if (not t or now - t[-1][0] >= self.window) and u not in self._held
        ]
        for user_id in quiet:
            del self._seen[user_id]
            self._warned.pop(user_id, None)

    async def check(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Group -1 callback: let the update through, or turn it away for now (with one
        notice per burst): refused in webhook mode, held otherwise."""
        if not isinstance(update, Update) or update.effective_user is None:
            return
        user_id = update.effective_user.id
        refusing = _REFUSAL.get()
        if update.update_id in self._passing:
            # Released from the hold: its place in the window was kept for it.
            self._passing.discard(update.update_id)
            return
        # Polling: a user's new updates wait behind the ones held, so their order holds.
        behind = refusing is None and bool(self._held.get(user_id))
        if not behind and self.allow(user_id, update.update_id):
            return
        metrics.flood_dropped.inc()
        if refusing is not None:
            refusing.retry_after = max(1, math.ceil(self.wait_s(user_id)))
        else:
            self._hold(user_id, update)
        if not behind and self.should_warn(user_id):
            logger.info("flood limit reached; updates wait a moment")
            # No database here (that is the point), so Telegram's language code stands in for
            # the language saved on the user.
            with use_language(update.effective_user.language_code):
                notice = flood_notice()
            if update.callback_query is not None:
                await update.callback_query.answer(notice)
            elif update.effective_chat is not None:
                await context.bot.send_message(update.effective_chat.id, notice)
        elif update.callback_query is not None:
            # Stop the button's spinner: the tap itself is handled later.
            await update.callback_query.answer()
        raise ApplicationHandlerStop

    def _hold(self, user_id: int, update: Update) -> None:
        held = self._held.setdefault(user_id, deque())
        if any(h.update_id == update.update_id for h in held):
            return
        if len(held) >= MAX_HELD_PER_USER:
            logger.warning("flood hold full for one user; an update is dropped")
            return
        held.append(update)

    async def release_held(self, application: Application[Any, Any, Any, Any, Any, Any]) -> int:
        """Handle held updates, oldest first, as far as each user's window has room now.
        Returns how many were handled."""
        done = 0
        for user_id in list(self._held):
            held = self._held[user_id]
            while held and self.allow(user_id, held[0].update_id):
                update = held.popleft()
                self._passing.add(update.update_id)
                try:
                    await application.process_update(update)
                finally:
                    self._passing.discard(update.update_id)
                done += 1
            if not held:
                del self._held[user_id]
        return done


def install(application: Application[Any, Any, Any, Any, Any, Any], guard: FloodGuard) -> None:
    application.add_handler(TypeHandler(Update, guard.check), group=-1)

    async def release(context: ContextTypes.DEFAULT_TYPE) -> None:
        await guard.release_held(context.application)

    if application.job_queue is not None:
        application.job_queue.run_repeating(
            release, interval=RELEASE_EVERY_S, first=RELEASE_EVERY_S, name="flood-release"
        )
