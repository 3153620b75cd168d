"""Live guided exercises: one asyncio task per session paces its one progress message.

The schedule is fixed when the message appears (`bot.core.pacing`); a pause moves it later, a
skipped part earlier, and nothing else moves it, so a late wake-up or a slow edit delays one edit,
never the phases after it. The session row is the shared truth: button presses on any instance
write it (`controls`). One poller per process reads the rows of all the sessions it paces in one
query every `POLL_S` and wakes the runners whose row changed, so a press on another instance
takes effect within about that long; a press on this instance wakes its runner at once, which
then reads its row itself (`sessions`). A runner never waits on the database before an edit: each
step uses the latest state it knows, and its edits go out in the background (`rendering`).
"""

from __future__ import annotations

import asyncio
import bisect
import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot

from bot.clock import Timer
from bot.core.pacing import (
    Boundary,
    cycles_done,
    due_at,
    edit_times,
    position_at,
    schedule,
    total_seconds,
)
from bot.features import Paced
from bot.features.paced import StartExercise
from bot.flow import Output
from bot.flow.outputs import WakeExercise
from bot.i18n import use_language
from bot.storage import Database
from bot.storage import exercises as store
from bot.storage.models import ExerciseSession, User
from bot.transport.budget import ChatBudget
from bot.transport.exercises import controls
from bot.transport.exercises.rendering import (
    EDIT_SLACK_S,
    MIN_EDIT_INTERVAL_S,
    Observe,
    ProgressMessage,
    Renderer,
)
from bot.transport.exercises.sessions import SessionStore, elapsed_at
from bot.transport.exercises.tasks import Tasks

logger = logging.getLogger(__name__)

# A session edits its message at most this many times a minute (the first message and the
# last edit included), so the replies of a chat always have room in Telegram's 20 or so.
EDITS_PER_MINUTE = 12
# While paused, the runner looks at the latest state at least this often (the long-pause limit).
PAUSE_POLL_S = 2.0
# A session left paused this long is ended, so a forgotten one does not linger for ever.
MAX_PAUSE = timedelta(minutes=30)
_EPSILON_S = 1e-6


@dataclass(kw_only=True)
class _Run(ProgressMessage):
    """A session this process is pacing: its message, its plan, and which edit is on show."""

    plan: list[Boundary]
    rate: bool
    night: bool = False
    edits: list[float] = field(default_factory=list)
    boundaries: frozenset[float] = frozenset()
    shown: int = -1
    paused_shown: bool = False
    skipped_s: float = 0.0

    @property
    def total(self) -> float:
        return total_seconds(self.plan)


class LiveExercises:
    """Starts, paces and ends live exercise sessions; also answers their buttons in a turn."""

    def __init__(
        self,
        *,
        database: Database,
        clock: Timer,
        paced: Paced,
        owner: str | None = None,
        tick_s: float | None = None,
        edits_per_minute: int = EDITS_PER_MINUTE,
        min_edit_interval_s: float = MIN_EDIT_INTERVAL_S,
        observe: Observe | None = None,
        budget: ChatBudget | None = None,
    ) -> None:
        self.database = database
        self.clock = clock
        # What each kind of exercise is and says, as the features describe it.
        self.paced = paced
        self.owner = owner or uuid.uuid4().hex[:16]
        # Edits at phase boundaries only, by default: a moving bar between them would cost
        # an edit every few seconds from a budget the chat's replies share.
        self.tick_s = tick_s
        self.edits_per_minute = edits_per_minute
        self._runs: dict[int, _Run] = {}
        self._tasks = Tasks(clock)
        self._messages = Renderer(
            tasks=self._tasks,
            min_edit_interval_s=min_edit_interval_s + EDIT_SLACK_S,
            observe=observe,
            budget=budget or ChatBudget(clock=clock),
            words=paced.words,
            edits_per_minute=edits_per_minute if tick_s is None else None,
        )
        self._sessions = SessionStore(
            database=database, tasks=self._tasks, owner=self.owner, runs=self._runs, paced=paced
        )

    @property
    def min_edit_interval_s(self) -> float:
        return self._messages.min_edit_interval_s

    @property
    def budget(self) -> ChatBudget:
        """The chats' budget this runner's edits draw on."""
        return self._messages.budget

    @property
    def observe(self) -> Observe | None:
        return self._messages.observe

    @observe.setter
    def observe(self, observe: Observe | None) -> None:
        self._messages.observe = observe

    def bind(self, bot: Bot) -> None:
        self._messages.bind(bot)

    @property
    def bot(self) -> Bot:
        return self._messages.bot

    # --- inside a turn: the chat row is locked, the transaction is the turn's -------------------

    async def create(
        self,
        session: AsyncSession,
        *,
        user: User | None,
        telegram_id: int,
        chat_id: int,
        output: StartExercise,
    ) -> list[Output]:
        """A new session row; one live session per chat, so an older one is stopped."""
        return await controls.create(
            session,
            clock=self.clock,
            paced=self.paced,
            user=user,
            telegram_id=telegram_id,
            chat_id=chat_id,
            output=output,
        )

    async def on_typed(
        self, session: AsyncSession, *, telegram_id: int, chat_id: int, text: str | None
    ) -> list[Output]:
        """Typed text while a session runs: pause and resume words act; the rest gets a note
        (empty if none runs)."""
        return await controls.on_typed(
            session,
            clock=self.clock,
            paced=self.paced,
            telegram_id=telegram_id,
            chat_id=chat_id,
            text=text,
        )

    async def stop_live(self, session: AsyncSession, *, chat_id: int) -> list[Output]:
        """/cancel during a session: stop it as its Stop button would (empty if none runs)."""
        return await controls.stop_live(
            session, clock=self.clock, paced=self.paced, chat_id=chat_id
        )

    async def on_button(
        self,
        session: AsyncSession,
        *,
        user: User | None,
        telegram_id: int,
        chat_id: int,
        action: str,
        arg: str | None,
    ) -> list[Output]:
        """Pause, Resume, Stop, Skip, the after-rating, Start again, Note this twitch."""
        return await controls.on_button(
            session,
            clock=self.clock,
            paced=self.paced,
            user=user,
            telegram_id=telegram_id,
            chat_id=chat_id,
            action=action,
            arg=arg,
        )

    def wake(self, output: WakeExercise) -> None:
        """After the turn's commit: start a new session here, or nudge the runner of one."""
        if output.start:
            self.launch(output.session_id)
        else:
            self._nudge(output.session_id)

    # --- the runner --------------------------------------------------------------------------

    def launch(self, session_id: int, *, resume: bool = False) -> None:
        """Pace a new session here, or (`resume`) one just taken up from a runner that is
        gone, from where its schedule says it is now."""
        if session_id in self._tasks:
            return
        task = asyncio.create_task(self._run(session_id, resume), name=f"exercise-{session_id}")
        self._tasks.track(session_id, task)

    def running(self) -> list[int]:
        """Ids of the sessions this process is pacing (or about to)."""
        return self._tasks.running()

    def idle(self) -> bool:
        """True when every task is finished or waiting for the clock (tests drive by this)."""
        return self._tasks.idle()

    async def close(self, *, hand_over: bool = True) -> None:
        """Stop pacing here (shutdown). The rows stay live: handed over (`hand_over`), the
        next sweep on any instance takes them up at once; otherwise (what a crash leaves)
        once they have gone stale."""
        paced = list(self._runs)
        await self._tasks.cancel_all()
        if hand_over:
            await self._sessions.release(paced)
        self._runs.clear()
        self._sessions.clear()

    async def sweep(self) -> int:
        """Take up sessions whose runner is gone (a restart, a deploy, a crash) where their
        schedule says they are now; one that stood still too long ends with one message and
        a button to start again. Safe to run on every instance at once. Returns how many
        sessions it dealt with."""
        taken = await self._sessions.take_over(exclude=self._runs)
        for session_id in taken.resumed:
            logger.info("exercise session %d taken up here", session_id)
            self.launch(session_id, resume=True)
        for session_id in taken.restarted:
            self.launch(session_id)
        for orphan in taken.ended:
            logger.info("exercise session %d interrupted: its runner is gone", orphan.session_id)
            with use_language(orphan.language):
                await self._messages.tell_interrupted(
                    session_id=orphan.session_id,
                    chat_id=orphan.chat_id,
                    kind=orphan.kind,
                    pattern=orphan.pattern,
                    kept=orphan.kept,
                )
        return len(taken.resumed) + len(taken.restarted) + len(taken.ended)

    def _nudge(self, session_id: int) -> None:
        """The row changed in a turn on this instance: the runner reads it before its next step."""
        self._sessions.pressed(session_id)
        self._tasks.poke(session_id)

    async def _run(self, session_id: int, resume: bool) -> None:
        try:
            await self._pace(session_id, resume)
        except asyncio.CancelledError:
            raise
        except Exception:
            # Its heartbeat stops with it, so the sweep ends it kindly.
            logger.exception("exercise session %d failed", session_id)
        finally:
            run = self._runs.pop(session_id, None)
            self._sessions.forget(session_id)
            if run is not None and run.edit_task is not None:
                run.edit_task.cancel()

    async def _pace(self, session_id: int, resume: bool) -> None:
        if resume:
            row = await self._sessions.load(session_id)
        else:
            row = await self._sessions.claim(session_id)
        if row is None:
            return
        with use_language(row.options.get("language")):
            await self._pace_row(row)

    async def _pace_row(self, row: ExerciseSession) -> None:
        session_id = row.id
        steps = self.paced.plan(row.kind, row.pattern, row.options)
        run = _Run(
            session_id=row.id,
            chat_id=row.chat_id,
            kind=row.kind,
            pattern=row.pattern,
            steps=steps,
            plan=schedule(steps),
            rate=bool(row.options.get("rate")),
            night=bool(row.options.get("night")),
        )
        run.edits = edit_times(
            run.plan,
            self.min_edit_interval_s,
            self.tick_s,
            max_per_window=self.edits_per_minute if self.tick_s is None else None,
        )
        run.boundaries = frozenset(b.offset_s for b in run.plan)
        self._runs[session_id] = run
        self._sessions.keep_up()

        if row.message_id is not None:
            # Taken up from a runner that is gone: its message is up and its schedule ran on
            # meanwhile; the next step shows where it is now.
            state = await self._sessions.begin_again(session_id)
            run.message_id = row.message_id
        else:
            first = position_at(run.plan, 0.0)
            assert first is not None
            message_id = await self._messages.send_first(
                run, self._messages.text(run, first), self._messages.buttons(run)
            )
            if message_id is None:
                await self._sessions.end(
                    session_id,
                    status=store.INTERRUPTED,
                    now=self.clock.now(),
                    duration_s=0.0,
                    cycles_done=0,
                )
                return
            now = self.clock.now()
            state = await self._sessions.begin(session_id, message_id=message_id, now=now)
            run.message_id, run.last_edit_at, run.shown = message_id, now, 0

        while True:
            due = await self._present(run, state)
            if due is None:
                return
            await self._tasks.sleep(session_id, due)
            state = await self._sessions.after_wake(session_id, state)

    async def _present(self, run: _Run, state: store.Snapshot | None) -> datetime | None:
        """Show what is due with this state of the row; the next wake-up, or None once over."""
        now = self.clock.now()
        if state is None or not state.live or run.blocked:
            await self._messages.final_edit(
                run, self.paced.words.stopped_text(run.kind, run.pattern), ()
            )
            return None
        if state.paused_at is not None:
            if now - state.paused_at > MAX_PAUSE:
                await self._end_here(run, state, store.STOPPED, now)
                await self._messages.final_edit(
                    run, self.paced.words.stopped_text(run.kind, run.pattern), ()
                )
                return None
            if not run.paused_shown:
                position = position_at(run.plan, elapsed_at(state, state.paused_at))
                if position is not None:
                    text = self._messages.text(run, position, paused=True)
                    self._messages.edit(run, text, now, boundary=False, paused=True, awaited=True)
                run.paused_shown = True
            return now + timedelta(seconds=PAUSE_POLL_S)
        if run.paused_shown:
            run.paused_shown, run.shown = False, -1
        elapsed = elapsed_at(state, now)
        index = bisect.bisect_right(run.edits, elapsed + _EPSILON_S) - 1
        position = position_at(run.plan, run.edits[index]) if index >= 0 else None
        if elapsed >= run.total - _EPSILON_S or position is None:
            await self._complete(run, state, now)
            return None
        following = run.edits[index + 1] if index + 1 < len(run.edits) else run.total
        due = due_at(state.effective_start, state.pauses, following)
        if index != run.shown:
            offset = run.edits[index]
            scheduled = state.effective_start + timedelta(seconds=offset)
            boundary, awaited = offset in run.boundaries, False
            catching_up = run.shown < 0 or state.skipped_s != run.skipped_s
            if catching_up:
                # Shown again after a resume or a skip (the answer to a press), or after being
                # taken up: due now, not at a boundary.
                scheduled, boundary, awaited = now, False, True
            soon = due is not None and due - now < timedelta(seconds=self.min_edit_interval_s)
            if not (catching_up and soon):
                # (A catch-up just before the next edit would only hold that one back.)
                self._messages.edit(
                    run, self._messages.text(run, position), scheduled, boundary, awaited=awaited
                )
            run.shown, run.skipped_s = index, state.skipped_s
        return due if due is not None else now + timedelta(seconds=PAUSE_POLL_S)

    async def _end_here(
        self, run: _Run, state: store.Snapshot, status: str, now: datetime
    ) -> bool:
        elapsed = min(elapsed_at(state, now), run.total)
        return await self._sessions.end(
            run.session_id,
            status=status,
            now=now,
            duration_s=elapsed,
            cycles_done=cycles_done(run.steps, elapsed),
            only_from=(store.RUNNING, store.PAUSED),
        )

    async def _complete(self, run: _Run, state: store.Snapshot, now: datetime) -> None:
        if not await self._end_here(run, state, store.DONE, now):
            # Stopped elsewhere in the last moment: that answer stands.
            await self._messages.final_edit(
                run, self.paced.words.stopped_text(run.kind, run.pattern), ()
            )
            return
        logger.info("exercise session %d done", run.session_id)
        await self._messages.final_edit(run, self.paced.words.done_text(run.kind, run.pattern), ())
        after = (
            self.paced.words.after_question(run.session_id)
            if run.rate
            else self.paced.words.done_without_rating(
                run.session_id, run.kind, pattern=run.pattern, steps=run.steps, night=run.night
            )
        )
        await self._messages.final_send(run, after.text, after.buttons)
