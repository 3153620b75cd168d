"""The database side of live exercises: a session's row claimed, begun and ended, the latest known
state of every session paced here (one poll reads them all), their heartbeat, and the sweep."""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.pacing import (
    cycles_done,
    due_at,
    elapsed_excluding_pauses,
    schedule,
    total_seconds,
)
from bot.features import Paced
from bot.storage import Database
from bot.storage import exercises as store
from bot.storage.models import ExerciseSession
from bot.transport.exercises.rendering import ProgressMessage
from bot.transport.exercises.tasks import Tasks

logger = logging.getLogger(__name__)

# The rows of all the sessions a process paces are read this often, in one query, so Pause,
# Resume and Stop pressed on another instance are seen within about this long.
POLL_S = 0.4
HEARTBEAT_S = 10.0
# A session whose runner has not beaten for this long is taken to be orphaned.
STALE_AFTER_S = 30.0
# A session taken up after its schedule ended longer ago than this is not finished as if all
# were well: the person saw it stand still, so it ends with an apology instead.
FINISH_LATE_S = 60.0


@dataclass(frozen=True)
class Orphan:
    """A session the sweep ended: which, where, what it was, the language it spoke, and
    whether its row is kept (one kept for no one is gone)."""

    session_id: int
    chat_id: int
    kind: str
    pattern: str
    language: str | None
    kept: bool


@dataclass(frozen=True)
class TakenOver:
    """What a sweep found unpaced: sessions taken up here where their schedule says they are
    now (`resumed`), sessions never started to start here (`restarted`), and those too long
    unpaced to carry on (`ended`)."""

    resumed: list[int]
    restarted: list[int]
    ended: list[Orphan]


def elapsed_at(snapshot: store.Snapshot, now: datetime) -> float:
    """How far into its schedule a session is at `now` (pauses do not count)."""
    return elapsed_excluding_pauses(snapshot.effective_start, snapshot.pauses, now)


class SessionStore:
    """The rows of the sessions this process paces (`runs`, kept by the pacing loop)."""

    def __init__(
        self,
        *,
        database: Database,
        tasks: Tasks,
        owner: str,
        runs: Mapping[int, ProgressMessage],
        paced: Paced,
    ) -> None:
        self.paced = paced
        self.database = database
        self.tasks = tasks
        self.clock = tasks.clock
        self.owner = owner
        self._runs = runs
        # The latest known state of each session paced here, with the ticket of the read it
        # came from: a read that began earlier never overwrites what a later one found.
        self._states: dict[int, tuple[int, store.Snapshot | None]] = {}
        self._tickets = itertools.count(1)
        # Sessions pressed on this instance: their runner reads the row itself before its next
        # step rather than waiting for the poller.
        self._reread: set[int] = set()

    async def claim(self, session_id: int) -> ExerciseSession | None:
        """Take a new session to run here; None if it is not waiting to start any more."""
        async with self.database.session() as session, session.begin():
            return await store.claim(
                session, session_id=session_id, owner=self.owner, now=self.clock.now()
            )

    async def begin(
        self, session_id: int, *, message_id: int, now: datetime
    ) -> store.Snapshot | None:
        """The progress message is up: the schedule counts from `now`; the state to start
        from."""
        ticket = next(self._tickets)
        async with self.database.session() as session, session.begin():
            await store.begin_at(session, session_id=session_id, message_id=message_id, now=now)
            first_state = await store.read(session, session_id=session_id)
        self._learn(session_id, ticket, first_state)
        return self._latest(session_id, first_state)

    async def begin_again(self, session_id: int) -> store.Snapshot | None:
        """A session taken up here: the state to go on from."""
        return await self._read(session_id)

    async def end(
        self,
        session_id: int,
        *,
        status: str,
        now: datetime,
        duration_s: float,
        cycles_done: int,
        only_from: Sequence[str] = store.LIVE,
    ) -> bool:
        async with self.database.session() as session, session.begin():
            return await store.end(
                session,
                session_id=session_id,
                status=status,
                now=now,
                duration_s=duration_s,
                cycles_done=cycles_done,
                only_from=only_from,
            )

    def pressed(self, session_id: int) -> None:
        """The row changed in a turn on this instance: its runner reads it before its next
        step."""
        if session_id in self._runs:
            self._reread.add(session_id)

    async def after_wake(
        self, session_id: int, state: store.Snapshot | None
    ) -> store.Snapshot | None:
        """The state to go on with after a wake-up."""
        # Woken by the clock or by the poller, the latest known state will do, so no step
        # ever waits on the database; a press on this instance is read at once.
        if session_id in self._reread:
            self._reread.discard(session_id)
            return await self._read(session_id)
        return self._latest(session_id, state)

    def forget(self, session_id: int) -> None:
        self._states.pop(session_id, None)
        self._reread.discard(session_id)

    def clear(self) -> None:
        self._states.clear()
        self._reread.clear()

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

    async def _read(self, session_id: int) -> store.Snapshot | None:
        """This session's row, read now (after a press on this instance)."""
        ticket = next(self._tickets)
        async with self.database.session() as session:
            state = await store.read(session, session_id=session_id)
        self._learn(session_id, ticket, state)
        return self._latest(session_id, state)

    # --- upkeep --------------------------------------------------------------------------------

    def keep_up(self) -> None:
        """Make sure the heartbeat and the poller run while there are sessions to pace."""
        task = self.tasks.get("heartbeat")
        if task is None or task.done():
            self.tasks.track(
                "heartbeat", asyncio.create_task(self._beat(), name="exercise-heartbeat")
            )
        task = self.tasks.get("poller")
        if task is None or task.done():
            self.tasks.track("poller", asyncio.create_task(self._poll(), name="exercise-poller"))

    async def _poll(self) -> None:
        """Read the rows of all the sessions paced here in one go, every `POLL_S`, and wake
        the runners whose row changed (a press on another instance)."""
        while self._runs:
            await self.tasks.sleep("poller", self.clock.now() + timedelta(seconds=POLL_S))
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
                    self.tasks.poke(session_id)

    async def _beat(self) -> None:
        while self._runs:
            await self.tasks.sleep("heartbeat", self.clock.now() + timedelta(seconds=HEARTBEAT_S))
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

    async def load(self, session_id: int) -> ExerciseSession | None:
        """A session this process has just taken up; None if it is not live here any more."""
        async with self.database.session() as session:
            row = await store.get(session, session_id=session_id)
            if row is None or row.status not in store.LIVE or row.owner != self.owner:
                return None
            session.expunge(row)
            return row

    async def release(self, session_ids: Collection[int]) -> None:
        """Hand sessions paced here over to whichever instance sweeps next (a stop on
        purpose: a deploy, SIGTERM)."""
        if not session_ids:
            return
        try:
            async with self.database.session() as session, session.begin():
                await store.release(session, session_ids=session_ids, owner=self.owner)
        except Exception:
            # They go stale instead, and are taken up a little later.
            logger.warning("could not hand exercise sessions over", exc_info=True)

    async def take_over(self, *, exclude: Collection[int]) -> TakenOver:
        """Take up the live sessions no runner paces (handed over, or silent for
        `STALE_AFTER_S`; none of `exclude`). Safe on every instance at once: each session is
        taken by one."""
        now = self.clock.now()
        before = now - timedelta(seconds=STALE_AFTER_S)
        taken = TakenOver(resumed=[], restarted=[], ended=[])
        async with self.database.session() as session, session.begin():
            for row in await store.unpaced(session, before=before, exclude=list(exclude)):
                if row.status == store.STARTING:
                    # Never shown: its runner claims it as any new session.
                    taken.restarted.append(row.id)
                    continue
                if not self._finished_long_ago(row, now) and await store.adopt(
                    session, session_id=row.id, owner=self.owner, before=before, now=now
                ):
                    taken.resumed.append(row.id)
                    continue
                ended = await self._end_unpaced(session, row, before=before, now=now)
                if ended is not None:
                    taken.ended.append(ended)
        return taken

    def _finished_long_ago(self, row: ExerciseSession, now: datetime) -> bool:
        steps = self.paced.plan(row.kind, row.pattern, row.options)
        snapshot = store.snapshot_of(row)
        end = due_at(snapshot.effective_start, snapshot.pauses, total_seconds(schedule(steps)))
        return end is not None and (now - end).total_seconds() > FINISH_LATE_S

    async def _end_unpaced(
        self, session: AsyncSession, row: ExerciseSession, *, before: datetime, now: datetime
    ) -> Orphan | None:
        """End a session too long unpaced, counted as far as its runner was last heard of."""
        steps = self.paced.plan(row.kind, row.pattern, row.options)
        last_seen = max(row.heartbeat_at or row.started_at, row.started_at)
        elapsed = min(
            elapsed_at(store.snapshot_of(row), last_seen), total_seconds(schedule(steps))
        )
        if not await store.mark_interrupted(
            session,
            session_id=row.id,
            before=before,
            now=now,
            duration_s=elapsed,
            cycles_done=cycles_done(steps, elapsed),
        ):
            return None
        return Orphan(
            session_id=row.id,
            chat_id=row.chat_id,
            kind=row.kind,
            pattern=row.pattern,
            language=row.options.get("language"),
            kept=row.user_id is not None,
        )
