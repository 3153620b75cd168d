"""Live guided exercises: one asyncio task per session paces its one progress message.

The schedule is fixed when the message appears (`bot.core.pacing`); a pause moves it later, a
skipped part earlier, and nothing else moves it, so a late wake-up or a slow edit delays one edit,
never the phases after it. The session row is the shared truth: button presses on any instance
write it. One poller per process reads the rows of all the sessions it paces in one query every
`POLL_S` and wakes the runners whose row changed, so a press on another instance takes effect
within about that long; a press on this instance wakes its runner at once, which then reads its
row itself. A runner never waits on the database before an edit: each step uses the latest state
it knows. A runner heartbeats its sessions (one UPDATE for all of them); `sweep` ends the ones
whose runner is gone (a restart) with one message and a button to start again.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import enum
import itertools
import logging
import uuid
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import Application, ContextTypes

from bot.clock import Clock, SystemClock, Timer
from bot.core.pacing import (
    Boundary,
    Position,
    Step,
    due_at,
    edit_times,
    elapsed_excluding_pauses,
    position_at,
    schedule,
    total_seconds,
)
from bot.flow import Button, EditPressed, Output, Say, StartFlow, Toast
from bot.flow.outputs import StartExercise, WakeExercise
from bot.storage import Database
from bot.storage import exercises as store
from bot.storage.models import Consent, ExerciseSession, User
from conversations import breathing, menu
from conversations.exercises import group_name

logger = logging.getLogger(__name__)

# Telegram asks for at most about one message a second per chat; edits count.
MIN_EDIT_INTERVAL_S = 1.0
# Added to that interval, so jitter on the way cannot bring two edits under a second apart
# by the time they reach Telegram.
EDIT_SLACK_S = 0.1
# The phase's progress bar moves every this many seconds between boundaries.
TICK_S = 2.0
# The rows of all the sessions a process paces are read this often, in one query, so Pause,
# Resume and Stop pressed on another instance are seen within about this long.
POLL_S = 0.4
# While paused, the runner looks at the latest state at least this often (the long-pause limit).
PAUSE_POLL_S = 2.0
HEARTBEAT_S = 10.0
# A session whose runner has not beaten for this long is taken to be orphaned.
STALE_AFTER_S = 45.0
SWEEP_EVERY_S = 30.0
# A session left paused this long is ended, so a forgotten one does not linger for ever.
MAX_PAUSE = timedelta(minutes=30)
_SEND_ATTEMPTS = 3
_EPSILON_S = 1e-6

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
class _Run:
    """A session this process is pacing: its plan and the state of its one message."""

    session_id: int
    chat_id: int
    kind: str
    pattern: str
    steps: tuple[Step, ...]
    plan: list[Boundary]
    rate: bool
    edits: list[float] = field(default_factory=list)
    boundaries: frozenset[float] = frozenset()
    message_id: int | None = None
    last_edit_at: datetime | None = None
    quiet_until: datetime | None = None
    edit_task: asyncio.Task[None] | None = None
    shown: int = -1
    paused_shown: bool = False
    blocked: bool = False
    skipped_edits: int = 0
    skipped_s: float = 0.0

    @property
    def total(self) -> float:
        return total_seconds(self.plan)


def _markup(rows: Rows) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in rows]
    )


def _elapsed(snapshot: store.Snapshot, now: datetime) -> float:
    return elapsed_excluding_pauses(snapshot.effective_start, snapshot.pauses, now)


def _after_stop(row: ExerciseSession) -> Say:
    """What follows a stop: the after-rating if the session asked the before one."""
    if row.options.get("rate"):
        return breathing.after_question(row.id)
    return breathing.done_without_rating(row.id, row.kind)


class LiveExercises:
    """Starts, paces and ends live exercise sessions; also answers their buttons in a turn."""

    def __init__(
        self,
        *,
        database: Database,
        clock: Timer,
        owner: str | None = None,
        tick_s: float | None = TICK_S,
        min_edit_interval_s: float = MIN_EDIT_INTERVAL_S,
        observe: Observe | None = None,
    ) -> None:
        self.database = database
        self.clock = clock
        self.owner = owner or uuid.uuid4().hex[:16]
        self.tick_s = tick_s
        self.min_edit_interval_s = min_edit_interval_s + EDIT_SLACK_S
        self.observe = observe
        self._bot: Bot | None = None
        self._runs: dict[int, _Run] = {}
        self._tasks: dict[Hashable, asyncio.Task[None]] = {}
        self._waits: dict[Hashable, asyncio.Future[bool]] = {}
        # The latest known state of each session paced here, with the ticket of the read it
        # came from: a read that began earlier never overwrites what a later one found.
        self._states: dict[int, tuple[int, store.Snapshot | None]] = {}
        self._tickets = itertools.count(1)
        # Sessions pressed on this instance: their runner reads the row itself before its next
        # step rather than waiting for the poller.
        self._reread: set[int] = set()

    def bind(self, bot: Bot) -> None:
        self._bot = bot

    @property
    def bot(self) -> Bot:
        if self._bot is None:
            raise RuntimeError("LiveExercises has no bot yet: call bind()")
        return self._bot

    # --- inside a turn: the chat row is locked, the transaction is the turn's -------------------

    async def create(
        self, session: AsyncSession, *, user: User, chat_id: int, output: StartExercise
    ) -> list[Output]:
        """A new session row; one live session per chat, so an older one is stopped."""
        now = self.clock.now()
        outputs: list[Output] = []
        for old in await store.live_in_chat(session, chat_id=chat_id):
            await self._stop(session, old, now)
            outputs.append(WakeExercise(old.id))
        row = await store.create(
            session,
            user_id=user.id,
            chat_id=chat_id,
            kind=output.kind,
            pattern=output.pattern,
            options=dict(output.options),
            tension_before=output.tension_before,
            now=now,
        )
        logger.info("exercise session %d created (%s)", row.id, row.kind)
        outputs.append(WakeExercise(row.id, start=True))
        return outputs

    async def busy_note(self, session: AsyncSession, *, chat_id: int) -> Say | None:
        """What typed text gets while a session runs in this chat (None if none runs)."""
        result = await session.execute(
            select(ExerciseSession.kind, ExerciseSession.pattern)
            .where(
                ExerciseSession.chat_id == chat_id,
                ExerciseSession.status.in_(store.LIVE),
            )
            .limit(1)
        )
        found = result.first()
        if found is None:
            return None
        return Say(breathing.busy_note(found.kind, found.pattern))

    async def stop_live(self, session: AsyncSession, *, chat_id: int) -> list[Output]:
        """/cancel during a session: stop it as its Stop button would (empty if none runs)."""
        live = await session.scalars(
            select(ExerciseSession.id).where(
                ExerciseSession.chat_id == chat_id, ExerciseSession.status.in_(store.LIVE)
            )
        )
        outputs: list[Output] = []
        for session_id in list(live):
            row = await store.lock(session, session_id=session_id)
            if row is None or row.status not in store.LIVE:
                continue  # it ended meanwhile
            await self._stop(session, row, self.clock.now())
            outputs += [WakeExercise(row.id), _after_stop(row)]
        return outputs

    async def on_button(
        self,
        session: AsyncSession,
        *,
        user: User | None,
        chat_id: int,
        action: str,
        arg: str | None,
    ) -> list[Output]:
        """Pause, Resume, Stop, Skip, the after-rating, Start again, Note this twitch."""
        parsed = _parse_arg(arg)
        if parsed is None:
            return [Toast(menu.refused_button())]
        session_id, extra = parsed
        row = await store.lock(session, session_id=session_id)
        if row is None or user is None or row.chat_id != chat_id or row.user_id != user.id:
            # A forged or foreign session id: never touch it, never say whose it is.
            logger.warning("refused an exercise button for a session of another chat")
            return [Toast(menu.refused_button())]
        now = self.clock.now()
        if action == "ex_pause":
            return self._pause(row, now)
        if action == "ex_resume":
            return self._resume(row, now)
        if action == "ex_stop":
            if row.status not in store.LIVE:
                return [Toast(breathing.session_over())]
            await self._stop(session, row, now)
            return [Toast(breathing.stopped_toast()), WakeExercise(row.id), _after_stop(row)]
        if action == "ex_skip":
            return self._skip(row, now)
        if action == "ex_rate":
            return self._rate(row, extra, now)
        if action == "ex_again" and row.status in store.ENDED:
            options = {k: v for k, v in row.options.items() if k != "skipped"}
            return [StartExercise(kind=row.kind, pattern=row.pattern, options=options)]
        if (
            action == "ex_log"
            and row.kind == breathing.NOW
            and row.status in store.ENDED
            and user.consent is Consent.GIVEN
        ):
            return [StartFlow(breathing.TWITCH_LOG)]
        return [Toast(menu.refused_button())]

    def _pause(self, row: ExerciseSession, now: datetime) -> list[Output]:
        if row.status == store.PAUSED:
            return [Toast(breathing.already_paused())]
        if row.status not in store.LIVE:
            return [Toast(breathing.session_over())]
        row.status, row.paused_at, row.updated_at = store.PAUSED, now, now
        return [Toast(breathing.paused_toast()), WakeExercise(row.id)]

    def _resume(self, row: ExerciseSession, now: datetime) -> list[Output]:
        if row.status != store.PAUSED or row.paused_at is None:
            if row.status in store.LIVE:
                return [Toast(breathing.not_paused())]
            return [Toast(breathing.session_over())]
        row.paused_s = (row.paused_s or 0.0) + max((now - row.paused_at).total_seconds(), 0.0)
        row.status, row.paused_at, row.updated_at = store.RUNNING, None, now
        return [Toast(breathing.resumed_toast()), WakeExercise(row.id)]

    async def _stop(self, session: AsyncSession, row: ExerciseSession, now: datetime) -> None:
        steps = breathing.plan_for(row.kind, row.pattern, row.options)
        elapsed = 0.0 if row.status == store.STARTING else _elapsed(store.snapshot_of(row), now)
        elapsed = min(elapsed, total_seconds(schedule(steps)))
        row.status, row.paused_at, row.ended_at, row.updated_at = store.STOPPED, None, now, now
        row.duration_s = round(elapsed, 1)
        row.cycles_done = breathing.cycles_done(steps, elapsed)
        await session.flush()
        logger.info("exercise session %d stopped", row.id)

    def _skip(self, row: ExerciseSession, now: datetime) -> list[Output]:
        if row.kind != breathing.RELAX or row.status not in store.LIVE:
            return [Toast(breathing.session_over())]
        if row.status != store.RUNNING:
            return [Toast(breathing.nothing_to_skip())]
        steps = breathing.plan_for(row.kind, row.pattern, row.options)
        plan = schedule(steps)
        elapsed = _elapsed(store.snapshot_of(row), now)
        position = position_at(plan, elapsed)
        if position is None:
            return [Toast(breathing.nothing_to_skip())]
        step = steps[position.step_index]
        # In a tense or release step the part is this one; in a rest, the one coming up.
        target = step.cycle if step.kind in ("tense", "release") else step.cycle + 1
        parts = [b for b in plan if b.cycle == target and b.phase in ("tense", "release")]
        if not parts:
            return [Toast(breathing.nothing_to_skip())]
        jump = max(b.end_s for b in parts) - elapsed
        key = steps[parts[0].step_index].detail or ""
        row.skipped_s = (row.skipped_s or 0.0) + max(jump, 0.0)
        row.options = {**row.options, "skipped": [*row.options.get("skipped", []), key]}
        row.updated_at = now
        return [Toast(breathing.skipped_toast(group_name(key))), WakeExercise(row.id)]

    def _rate(self, row: ExerciseSession, extra: str | None, now: datetime) -> list[Output]:
        if row.status not in store.ENDED or not row.options.get("rate"):
            return [Toast(menu.refused_button())]
        if row.tension_after is not None or row.options.get("rated"):
            return [Toast(breathing.already_saved())]
        if extra == "s":
            after = None
        elif extra is not None and extra.isdigit() and 0 <= int(extra) <= 10:
            after = int(extra)
        else:
            return [Toast(menu.refused_button())]
        row.tension_after, row.updated_at = after, now
        row.options = {**row.options, "rated": True}
        return [
            EditPressed(
                breathing.rated_text(row.tension_before, after),
                breathing.after_buttons(row.id, row.kind, keeps_records=True),
            )
        ]

    def wake(self, output: WakeExercise) -> None:
        """After the turn's commit: start a new session here, or nudge the runner of one."""
        if output.start:
            self.launch(output.session_id)
        else:
            self._nudge(output.session_id)

    # --- the runner --------------------------------------------------------------------------

    def launch(self, session_id: int) -> None:
        if session_id in self._tasks:
            return
        task = asyncio.create_task(self._run(session_id), name=f"exercise-{session_id}")
        self._track(session_id, task)

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

    async def close(self) -> None:
        """Stop pacing here (shutdown); the rows stay live, and a sweep ends them later."""
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()
        self._runs.clear()
        self._states.clear()
        self._reread.clear()

    def _track(self, key: Hashable, task: asyncio.Task[None]) -> None:
        self._tasks[key] = task

        def forget(done: asyncio.Task[None]) -> None:
            if self._tasks.get(key) is done:
                del self._tasks[key]

        task.add_done_callback(forget)

    async def _sleep(self, key: Hashable, until: datetime) -> bool:
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

    def _nudge(self, session_id: int) -> None:
        """The row changed in a turn on this instance: the runner reads it before its next step."""
        if session_id in self._runs:
            self._reread.add(session_id)
        self._poke(session_id)

    def _poke(self, session_id: int) -> None:
        future = self._waits.get(session_id)
        if future is not None and not future.done():
            future.set_result(True)

    def _learn(self, session_id: int, ticket: int, state: store.Snapshot | None) -> bool:
        """Keep `state` unless a later read is already known; True if the state changed."""
        known = self._states.get(session_id)
        if known is not None and known[0] > ticket:
            return False
        self._states[session_id] = (ticket, state)
        return known is None or known[1] != state

    def _latest(self, session_id: int, fallback: store.Snapshot | None) -> store.Snapshot | None:
        known = self._states.get(session_id)
        return fallback if known is None else known[1]

    async def _run(self, session_id: int) -> None:
        try:
            await self._pace(session_id)
        except asyncio.CancelledError:
            raise
        except Exception:
            # Its heartbeat stops with it, so the sweep ends it kindly.
            logger.exception("exercise session %d failed", session_id)
        finally:
            run = self._runs.pop(session_id, None)
            self._states.pop(session_id, None)
            self._reread.discard(session_id)
            if run is not None and run.edit_task is not None:
                run.edit_task.cancel()

    async def _read(self, session_id: int) -> store.Snapshot | None:
        """This session's row, read now (after a press on this instance)."""
        ticket = next(self._tickets)
        async with self.database.session() as session:
            state = await store.read(session, session_id=session_id)
        self._learn(session_id, ticket, state)
        return self._latest(session_id, state)

    async def _pace(self, session_id: int) -> None:
        async with self.database.session() as session, session.begin():
            row = await store.claim(
                session, session_id=session_id, owner=self.owner, now=self.clock.now()
            )
            if row is None:
                return
            steps = breathing.plan_for(row.kind, row.pattern, row.options)
            run = _Run(
                session_id=row.id,
                chat_id=row.chat_id,
                kind=row.kind,
                pattern=row.pattern,
                steps=steps,
                plan=schedule(steps),
                rate=bool(row.options.get("rate")),
            )
        run.edits = edit_times(run.plan, self.min_edit_interval_s, self.tick_s)
        run.boundaries = frozenset(b.offset_s for b in run.plan)
        self._runs[session_id] = run
        self._ensure_heartbeat()
        self._ensure_poller()

        first = position_at(run.plan, 0.0)
        assert first is not None
        message_id = await self._send_first(run, self._text(run, first), self._buttons(run))
        if message_id is None:
            async with self.database.session() as session, session.begin():
                await store.end(
                    session,
                    session_id=session_id,
                    status=store.INTERRUPTED,
                    now=self.clock.now(),
                    duration_s=0.0,
                    cycles_done=0,
                )
            return
        now = self.clock.now()
        ticket = next(self._tickets)
        async with self.database.session() as session, session.begin():
            await store.begin_at(session, session_id=session_id, message_id=message_id, now=now)
            first_state = await store.read(session, session_id=session_id)
        self._learn(session_id, ticket, first_state)
        run.message_id, run.last_edit_at, run.shown = message_id, now, 0

        state = self._latest(session_id, first_state)
        while True:
            due = await self._present(run, state)
            if due is None:
                return
            await self._sleep(session_id, due)
            # Woken by the clock or by the poller, the latest known state will do, so no
            # step ever waits on the database; a press on this instance is read at once.
            if session_id in self._reread:
                self._reread.discard(session_id)
                state = await self._read(session_id)
            else:
                state = self._latest(session_id, state)

    async def _present(self, run: _Run, state: store.Snapshot | None) -> datetime | None:
        """Show what is due with this state of the row; the next wake-up, or None once over."""
        now = self.clock.now()
        if state is None or not state.live or run.blocked:
            await self._final_edit(run, breathing.stopped_text(run.kind, run.pattern), ())
            return None
        if state.paused_at is not None:
            if now - state.paused_at > MAX_PAUSE:
                await self._end_here(run, state, store.STOPPED, now)
                await self._final_edit(run, breathing.stopped_text(run.kind, run.pattern), ())
                return None
            if not run.paused_shown:
                position = position_at(run.plan, _elapsed(state, state.paused_at))
                if position is not None:
                    text = self._text(run, position, paused=True)
                    self._edit(run, text, now, boundary=False, paused=True)
                run.paused_shown = True
            return now + timedelta(seconds=PAUSE_POLL_S)
        if run.paused_shown:
            run.paused_shown, run.shown = False, -1
        elapsed = _elapsed(state, now)
        index = bisect.bisect_right(run.edits, elapsed + _EPSILON_S) - 1
        position = position_at(run.plan, run.edits[index]) if index >= 0 else None
        if elapsed >= run.total - _EPSILON_S or position is None:
            await self._complete(run, state, now)
            return None
        if index != run.shown:
            offset = run.edits[index]
            scheduled = state.effective_start + timedelta(seconds=offset)
            boundary = offset in run.boundaries
            if run.shown < 0 or state.skipped_s != run.skipped_s:
                # Shown again after a resume or a skip: due now, not at a boundary.
                scheduled, boundary = now, False
            self._edit(run, self._text(run, position), scheduled, boundary)
            run.shown, run.skipped_s = index, state.skipped_s
        following = run.edits[index + 1] if index + 1 < len(run.edits) else run.total
        due = due_at(state.effective_start, state.pauses, following)
        return due if due is not None else now + timedelta(seconds=PAUSE_POLL_S)

    def _text(self, run: _Run, position: Position, *, paused: bool = False) -> str:
        return breathing.progress_text(run.kind, run.pattern, run.steps, position, paused=paused)

    def _buttons(self, run: _Run, *, paused: bool = False) -> Rows:
        return breathing.progress_buttons(run.session_id, run.kind, paused=paused)

    async def _end_here(
        self, run: _Run, state: store.Snapshot, status: str, now: datetime
    ) -> bool:
        elapsed = min(_elapsed(state, now), run.total)
        async with self.database.session() as session, session.begin():
            return await store.end(
                session,
                session_id=run.session_id,
                status=status,
                now=now,
                duration_s=elapsed,
                cycles_done=breathing.cycles_done(run.steps, elapsed),
                only_from=(store.RUNNING, store.PAUSED),
            )

    async def _complete(self, run: _Run, state: store.Snapshot, now: datetime) -> None:
        if not await self._end_here(run, state, store.DONE, now):
            # Stopped elsewhere in the last moment: that answer stands.
            await self._final_edit(run, breathing.stopped_text(run.kind, run.pattern), ())
            return
        logger.info("exercise session %d done", run.session_id)
        await self._final_edit(run, breathing.done_text(run.kind, run.pattern), ())
        after = (
            breathing.after_question(run.session_id)
            if run.rate
            else breathing.done_without_rating(run.session_id, run.kind)
        )
        await self._deliver(run, lambda: self._send(run, after.text, after.buttons))

    # --- talking to Telegram ------------------------------------------------------------------

    def _not_before(self, run: _Run) -> datetime:
        moments = [self.clock.now()]
        if run.last_edit_at is not None:
            moments.append(run.last_edit_at + timedelta(seconds=self.min_edit_interval_s))
        if run.quiet_until is not None:
            moments.append(run.quiet_until)
        return max(moments)

    def _edit(
        self, run: _Run, text: str, scheduled: datetime, boundary: bool, *, paused: bool = False
    ) -> None:
        """Edit the progress message in the background: a slow edit is abandoned by the next
        one, so it can delay nothing but itself."""
        if run.edit_task is not None and not run.edit_task.done():
            run.edit_task.cancel()
            run.skipped_edits += 1
        buttons = self._buttons(run, paused=paused)
        task = asyncio.create_task(
            self._edit_when_allowed(run, text, buttons, scheduled, boundary)
        )
        run.edit_task = task
        self._track(("edit", run.session_id), task)

    async def _edit_when_allowed(
        self, run: _Run, text: str, buttons: Rows, scheduled: datetime, boundary: bool
    ) -> None:
        key = ("edit", run.session_id)
        while (not_before := self._not_before(run)) > self.clock.now():
            await self._sleep(key, not_before)
        issued = self.clock.now()
        run.last_edit_at = issued
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

    async def _final_edit(self, run: _Run, text: str, buttons: Rows) -> None:
        """The last edit must not be lost: wait out an edit in flight, the per-chat interval
        and any retry_after, then try a few times."""
        if run.edit_task is not None and not run.edit_task.done():
            run.edit_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await run.edit_task
        if run.message_id is None:
            return
        await self._deliver(run, lambda: self._edit_message(run, text, buttons))

    async def _deliver(self, run: _Run, call: Callable[[], Any]) -> None:
        for _attempt in range(_SEND_ATTEMPTS):
            while (not_before := self._not_before(run)) > self.clock.now():
                await self._sleep(run.session_id, not_before)
            run.last_edit_at = self.clock.now()
            if await call() is not _Sent.RETRY:
                return

    async def _edit_message(self, run: _Run, text: str, buttons: Rows) -> _Sent:
        assert run.message_id is not None
        return await self._call(
            run,
            self.bot.edit_message_text,
            text,
            chat_id=run.chat_id,
            message_id=run.message_id,
            reply_markup=_markup(buttons),
        )

    async def _send(self, run: _Run, text: str, buttons: Rows) -> _Sent:
        return await self._call(
            run, self.bot.send_message, run.chat_id, text, reply_markup=_markup(buttons)
        )

    async def _call(
        self, run: _Run, method: Callable[..., Any], *args: Any, **kwargs: Any
    ) -> _Sent:
        try:
            await method(*args, **kwargs)
        except RetryAfter as exc:
            wait = exc.retry_after
            seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
            run.quiet_until = self.clock.now() + timedelta(seconds=seconds)
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
        return _Sent.OK

    async def _send_first(self, run: _Run, text: str, buttons: Rows) -> int | None:
        for _attempt in range(_SEND_ATTEMPTS):
            while (not_before := self._not_before(run)) > self.clock.now():
                await self._sleep(run.session_id, not_before)
            try:
                message = await self.bot.send_message(
                    run.chat_id, text, reply_markup=_markup(buttons)
                )
            except RetryAfter as exc:
                wait = exc.retry_after
                seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
                run.quiet_until = self.clock.now() + timedelta(seconds=seconds)
                continue
            except TelegramError as exc:
                logger.warning(
                    "exercise session %d: could not show it (%s)",
                    run.session_id,
                    type(exc).__name__,
                )
                return None
            return message.message_id
        return None

    # --- upkeep --------------------------------------------------------------------------------

    def _ensure_heartbeat(self) -> None:
        task = self._tasks.get("heartbeat")
        if task is None or task.done():
            self._track("heartbeat", asyncio.create_task(self._beat(), name="exercise-heartbeat"))

    def _ensure_poller(self) -> None:
        task = self._tasks.get("poller")
        if task is None or task.done():
            self._track("poller", asyncio.create_task(self._poll(), name="exercise-poller"))

    async def _poll(self) -> None:
        """Read the rows of all the sessions paced here in one go, every `POLL_S`, and wake
        the runners whose row changed (a press on another instance)."""
        while self._runs:
            await self._sleep("poller", self.clock.now() + timedelta(seconds=POLL_S))
            ids = [i for i, run in self._runs.items() if run.message_id is not None]
            if not ids:
                continue
            ticket = next(self._tickets)
            try:
                async with self.database.session() as session:
                    found = await store.read_many(session, session_ids=ids)
            except Exception:
                logger.warning("exercise poll failed", exc_info=True)
                continue
            for session_id in ids:
                if session_id in self._runs and self._learn(
                    session_id, ticket, found.get(session_id)
                ):
                    self._poke(session_id)

    async def _beat(self) -> None:
        while self._runs:
            await self._sleep("heartbeat", self.clock.now() + timedelta(seconds=HEARTBEAT_S))
            if not self._runs:
                return
            try:
                async with self.database.session() as session, session.begin():
                    await store.heartbeat(
                        session,
                        session_ids=list(self._runs),
                        owner=self.owner,
                        now=self.clock.now(),
                    )
            except Exception:
                logger.warning("exercise heartbeat failed", exc_info=True)

    async def sweep(self) -> int:
        """End sessions whose runner is gone (a restart, a crash): one message each, with a
        button to start again. Safe to run on every instance at once."""
        now = self.clock.now()
        before = now - timedelta(seconds=STALE_AFTER_S)
        ended: list[tuple[int, int, str, str]] = []
        async with self.database.session() as session, session.begin():
            for row in await store.stale(session, before=before, exclude=list(self._runs)):
                steps = breathing.plan_for(row.kind, row.pattern, row.options)
                last_seen = row.heartbeat_at or row.started_at
                elapsed = 0.0
                if row.status != store.STARTING:
                    elapsed = min(
                        _elapsed(store.snapshot_of(row), max(last_seen, row.started_at)),
                        total_seconds(schedule(steps)),
                    )
                if await store.mark_interrupted(
                    session,
                    session_id=row.id,
                    before=before,
                    now=now,
                    duration_s=elapsed,
                    cycles_done=breathing.cycles_done(steps, elapsed),
                ):
                    ended.append((row.id, row.chat_id, row.kind, row.pattern))
        for session_id, chat_id, kind, pattern in ended:
            logger.info("exercise session %d interrupted: its runner is gone", session_id)
            try:
                await self.bot.send_message(
                    chat_id,
                    breathing.interrupted_text(kind, pattern),
                    reply_markup=_markup(breathing.again_buttons(session_id)),
                )
            except TelegramError as exc:
                logger.warning("could not tell about an interrupted session (%s)", exc)
        return len(ended)


def _parse_arg(arg: str | None) -> tuple[int, str | None] | None:
    """ "123" or "123_7" from callback data; None for anything else."""
    if not arg:
        return None
    head, _sep, tail = arg.partition("_")
    if not head.isdigit() or len(head) > 12:
        return None
    return int(head), (tail or None)


# --- wiring --------------------------------------------------------------------------------

_KEY = "stillpoint.live_exercises"


def install(application: Application[Any, Any, Any, Any, Any, Any], live: LiveExercises) -> None:
    """Bind the bot, keep `live` findable, and sweep orphaned sessions every half minute."""
    live.bind(application.bot)
    application.bot_data[_KEY] = live

    async def sweep(context: ContextTypes.DEFAULT_TYPE) -> None:
        await live.sweep()

    if application.job_queue is not None:
        # A repeating job rather than post_init: a runner can die with its process while
        # other instances carry on, and theirs is the sweep that notices.
        application.job_queue.run_repeating(
            sweep,
            interval=SWEEP_EVERY_S,
            first=SWEEP_EVERY_S / 3,
            name="exercises:sweep",
            job_kwargs={"max_instances": 1, "coalesce": True},
        )


def live_exercises_of(application: Application[Any, Any, Any, Any, Any, Any]) -> LiveExercises:
    live = application.bot_data.get(_KEY)
    if not isinstance(live, LiveExercises):
        raise LookupError("this application has no live exercises")
    return live


def make_live_exercises(database: Database, clock: Clock) -> LiveExercises:
    """The runner for an application; a clock that cannot wake code up gets the system's."""
    return LiveExercises(
        database=database, clock=clock if isinstance(clock, Timer) else SystemClock()
    )
