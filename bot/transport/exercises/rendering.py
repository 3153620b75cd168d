"""The Telegram side of a live exercise: the text and buttons of its progress message, and the
sends and edits that show them within Telegram's pace, with what each kind of failure means."""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bot.core.pacing import Position, Step
from bot.features import PacedWords
from bot.flow import Button
from bot.transport.budget import ChatBudget, retry_after_seconds
from bot.transport.exercises.tasks import Tasks

logger = logging.getLogger(__name__)

# Telegram asks for at most about one message a second per chat; edits count.
MIN_EDIT_INTERVAL_S = 1.0
# Added to that interval, so jitter on the way cannot bring two edits under a second apart
# by the time they reach Telegram.
EDIT_SLACK_S = 0.1
_SEND_ATTEMPTS = 3
# The window a session's own edits are counted in: a minute, and a quarter second more, so the
# jitter of a real event loop cannot bring 13 planned a minute apart inside one.
_OWN_WINDOW = timedelta(seconds=60.25)

Rows = tuple[tuple[Button, ...], ...]


@dataclass(frozen=True)
class EditRecord:
    """One edit of a progress message, for benchmarks and diagnostics (no text in here)."""

    session_id: int
    chat_id: int
    scheduled: datetime
    issued: datetime
    completed: datetime
    boundary: bool
    ok: bool


Observe = Callable[[EditRecord], None]


class _Sent(enum.Enum):
    OK = "ok"
    RETRY = "retry"  # 429: try again after retry_after
    FAILED = "failed"


@dataclass
class ProgressMessage:
    """A session's one message in its chat, and what limits when it may next be edited."""

    session_id: int
    chat_id: int
    kind: str
    pattern: str
    steps: tuple[Step, ...]
    message_id: int | None = None
    last_edit_at: datetime | None = None
    quiet_until: datetime | None = None
    edit_task: asyncio.Task[None] | None = None
    blocked: bool = False
    skipped_edits: int = 0
    # When this message's sends and edits went out (the last minute or so of them).
    issued: deque[datetime] = field(default_factory=deque)


def _markup(rows: Rows) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in rows]
    )


class Renderer:
    """Shows progress messages: at most one edit in flight per message, none sooner than
    `min_edit_interval_s` after the last, before a 429's retry_after has passed, or while the
    chat's budget has no room beyond what it keeps for replies (an edit that cannot go before
    the next one is due is passed over: the next shows the truth)."""

    def __init__(
        self,
        *,
        tasks: Tasks,
        min_edit_interval_s: float,
        observe: Observe | None,
        budget: ChatBudget,
        words: PacedWords,
        edits_per_minute: int | None = None,
    ) -> None:
        self.words = words
        self.tasks = tasks
        self.clock = tasks.clock
        self.min_edit_interval_s = min_edit_interval_s
        # Enforced here too, not only in the plan: a late edit must not crowd the next minute.
        self.edits_per_minute = edits_per_minute
        self.observe = observe
        self.budget = budget
        self._bot: Bot | None = None

    def bind(self, bot: Bot) -> None:
        self._bot = bot

    @property
    def bot(self) -> Bot:
        if self._bot is None:
            raise RuntimeError("LiveExercises has no bot yet: call bind()")
        return self._bot

    def text(self, run: ProgressMessage, position: Position, *, paused: bool = False) -> str:
        return self.words.progress_text(run.kind, run.pattern, run.steps, position, paused=paused)

    def buttons(self, run: ProgressMessage, *, paused: bool = False) -> Rows:
        return self.words.progress_buttons(run.session_id, run.kind, paused=paused)

    def _not_before(self, run: ProgressMessage, *, awaited: bool = False) -> datetime:
        moments = [self.budget.next_slot(run.chat_id, awaited=awaited)]
        if run.last_edit_at is not None:
            moments.append(run.last_edit_at + timedelta(seconds=self.min_edit_interval_s))
        if run.quiet_until is not None:
            moments.append(run.quiet_until)
        cap = self.edits_per_minute
        if cap is not None and not awaited:
            now = self.clock.now()
            while run.issued and now - run.issued[0] >= _OWN_WINDOW:
                run.issued.popleft()
            if len(run.issued) >= cap:
                moments.append(run.issued[-cap] + _OWN_WINDOW)
        return max(moments)

    def _issue(self, run: ProgressMessage) -> datetime:
        """A call for this message goes out now."""
        now = self.clock.now()
        run.last_edit_at = now
        run.issued.append(now)
        return now

    def edit(
        self,
        run: ProgressMessage,
        text: str,
        scheduled: datetime,
        boundary: bool,
        *,
        paused: bool = False,
        awaited: bool = False,
    ) -> None:
        """Edit the progress message in the background: a slow edit is abandoned by the next
        one, so it can delay nothing but itself. An `awaited` edit answers a press (Pause,
        Resume, Skip) and may use the room kept for replies."""
        if run.edit_task is not None and not run.edit_task.done():
            run.edit_task.cancel()
            run.skipped_edits += 1
        buttons = self.buttons(run, paused=paused)
        task = asyncio.create_task(
            self._edit_when_allowed(run, text, buttons, scheduled, boundary, awaited)
        )
        run.edit_task = task
        self.tasks.track(("edit", run.session_id), task)

    async def _edit_when_allowed(
        self,
        run: ProgressMessage,
        text: str,
        buttons: Rows,
        scheduled: datetime,
        boundary: bool,
        awaited: bool,
    ) -> None:
        key = ("edit", run.session_id)
        while (not_before := self._not_before(run, awaited=awaited)) > self.clock.now():
            await self.tasks.sleep(key, not_before)
        issued = self._issue(run)
        sent = await self._edit_message(run, text, buttons)
        if self.observe is not None:
            self.observe(
                EditRecord(
                    session_id=run.session_id,
                    chat_id=run.chat_id,
                    scheduled=scheduled,
                    issued=issued,
                    completed=self.clock.now(),
                    boundary=boundary,
                    ok=sent is _Sent.OK,
                )
            )

    async def final_edit(self, run: ProgressMessage, text: str, buttons: Rows) -> None:
        """The last edit must not be lost: wait out an edit in flight, the per-chat interval
        and any retry_after, then try a few times."""
        if run.edit_task is not None and not run.edit_task.done():
            run.edit_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await run.edit_task
        if run.message_id is None:
            return
        await self._deliver(run, lambda: self._edit_message(run, text, buttons))

    async def final_send(self, run: ProgressMessage, text: str, buttons: Rows) -> None:
        """A message after the progress one (the after-question), with the same care; the
        person waits for it, so it may use the room kept for replies."""
        await self._deliver(run, lambda: self._send(run, text, buttons), awaited=True)

    async def _deliver(
        self, run: ProgressMessage, call: Callable[[], Any], *, awaited: bool = False
    ) -> None:
        for _attempt in range(_SEND_ATTEMPTS):
            while (not_before := self._not_before(run, awaited=awaited)) > self.clock.now():
                await self.tasks.sleep(run.session_id, not_before)
            self._issue(run)
            if await call() is not _Sent.RETRY:
                return

    async def _edit_message(self, run: ProgressMessage, text: str, buttons: Rows) -> _Sent:
        assert run.message_id is not None
        return await self._call(
            run,
            self.bot.edit_message_text,
            text,
            chat_id=run.chat_id,
            message_id=run.message_id,
            reply_markup=_markup(buttons),
        )

    async def _send(self, run: ProgressMessage, text: str, buttons: Rows) -> _Sent:
        return await self._call(
            run, self.bot.send_message, run.chat_id, text, reply_markup=_markup(buttons)
        )

    async def _call(
        self, run: ProgressMessage, method: Callable[..., Any], *args: Any, **kwargs: Any
    ) -> _Sent:
        try:
            await method(*args, **kwargs)
        except RetryAfter as exc:
            # The visuals pause until the wait is over; the schedule goes on without them.
            seconds = retry_after_seconds(exc)
            run.quiet_until = self.budget.refused(run.chat_id, seconds)
            logger.info("exercise session %d: rate limited for %.0f s", run.session_id, seconds)
            return _Sent.RETRY
        except Forbidden:
            run.blocked = True
            return _Sent.FAILED
        except BadRequest as exc:
            if "not modified" in str(exc):
                return _Sent.OK
            logger.warning("exercise session %d: edit refused (%s)", run.session_id, exc)
            return _Sent.FAILED
        except TelegramError as exc:
            # Timeouts and network trouble: this edit is skipped, the schedule goes on.
            logger.info(
                "exercise session %d: edit failed (%s)", run.session_id, type(exc).__name__
            )
            return _Sent.FAILED
        finally:
            # Counted whatever came of it but a 429 (Telegram may have had it even so).
            if run.quiet_until is None or run.quiet_until <= self.clock.now():
                self.budget.spend(run.chat_id)
        return _Sent.OK

    async def send_first(self, run: ProgressMessage, text: str, buttons: Rows) -> int | None:
        """Put the progress message up; its id, or None if it could not be shown."""
        for _attempt in range(_SEND_ATTEMPTS):
            # The person has just asked for it: it may use the room kept for replies.
            while (not_before := self._not_before(run, awaited=True)) > self.clock.now():
                await self.tasks.sleep(run.session_id, not_before)
            self._issue(run)
            try:
                message = await self.bot.send_message(
                    run.chat_id, text, reply_markup=_markup(buttons)
                )
            except RetryAfter as exc:
                run.quiet_until = self.budget.refused(run.chat_id, retry_after_seconds(exc))
                continue
            except TelegramError as exc:
                logger.warning(
                    "exercise session %d: could not show it (%s)",
                    run.session_id,
                    type(exc).__name__,
                )
                return None
            self.budget.spend(run.chat_id)
            return message.message_id
        return None

    async def tell_interrupted(
        self, *, session_id: int, chat_id: int, kind: str, pattern: str, kept: bool
    ) -> None:
        """One message for a session the sweep ended, with a button to start again."""
        buttons = (
            self.words.again_buttons(session_id)
            if kept
            # Its row is gone (kept for no one): the button names the exercise itself.
            else self.words.start_over_buttons(kind, pattern)
        )
        try:
            await self.bot.send_message(
                chat_id,
                self.words.interrupted_text(kind, pattern),
                reply_markup=_markup(buttons),
            )
            self.budget.spend(chat_id)
        except TelegramError as exc:
            logger.warning("could not tell about an interrupted session (%s)", exc)
