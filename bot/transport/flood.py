"""Flood limit: a user who sends more than `max_updates` in `window` is slowed down.

Runs in handler group -1, before any flow: updates over the limit are dropped (they never
lock a chat row or reach the database), and the user gets one short notice per burst. The
count is per process; with several instances behind a load balancer each enforces its own.
"""

from __future__ import annotations

import logging
from collections import deque
from datetime import datetime, timedelta

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, TypeHandler

from bot import metrics
from bot.clock import Clock
from bot.i18n import use_language
from bot.transport.words import flood_notice

logger = logging.getLogger(__name__)

# Above this many tracked users, forget the ones quiet for a whole window.
_SWEEP_AT = 10_000


class FloodGuard:
    """Counts each user's updates in a sliding window, on an injected clock."""

    def __init__(self, *, clock: Clock, max_updates: int = 30, window_s: float = 10.0) -> None:
        self.clock = clock
        self.max_updates = max_updates
        self.window = timedelta(seconds=window_s)
        self._seen: dict[int, deque[datetime]] = {}
        self._warned: dict[int, datetime] = {}

    def allow(self, user_id: int) -> bool:
        """Count one update from `user_id`; False when it is over the limit."""
        now = self.clock.now()
        times = self._seen.setdefault(user_id, deque())
        while times and now - times[0] >= self.window:
            times.popleft()
        if len(times) >= self.max_updates:
            return False
        times.append(now)
        if len(self._seen) > _SWEEP_AT:
            self._sweep(now)
        return True

    def should_warn(self, user_id: int) -> bool:
        """True once per burst: the first dropped update since the user's window last began."""
        now = self.clock.now()
        warned = self._warned.get(user_id)
        if warned is not None and now - warned < self.window:
            return False
        self._warned[user_id] = now
        return True

    def _sweep(self, now: datetime) -> None:
        for user_id in [u for u, t in self._seen.items() if not t or now - t[-1] >= self.window]:
            del self._seen[user_id]
            self._warned.pop(user_id, None)

    async def check(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Group -1 callback: let the update through, or drop it (with one notice per burst)."""
        if not isinstance(update, Update) or update.effective_user is None:
            return
        user_id = update.effective_user.id
        if self.allow(user_id):
            return
        metrics.flood_dropped.inc()
        if self.should_warn(user_id):
            logger.info("flood limit reached; dropping updates for a moment")
            # No database here (that is the point), so Telegram's language code stands in for
            # the language saved on the user.
            with use_language(update.effective_user.language_code):
                notice = flood_notice()
            if update.callback_query is not None:
                await update.callback_query.answer(notice)
            elif update.effective_chat is not None:
                await context.bot.send_message(update.effective_chat.id, notice)
        elif update.callback_query is not None:
            # Stop the button's spinner even when the tap itself is dropped.
            await update.callback_query.answer()
        raise ApplicationHandlerStop


def install(application: Application, guard: FloodGuard) -> None:
    application.add_handler(TypeHandler(Update, guard.check), group=-1)
