"""Reminder dispatchers as real processes on one PostgreSQL, sending over HTTP to a fake Bot API:
two side by side send 5,000 due reminders exactly once, and one killed with SIGKILL mid-batch
loses nothing once its lease expires and duplicates no more than the sends it had in flight.

The in-process versions (two `Dispatcher` objects in one event loop) are in test_dispatcher.py;
here every dispatcher is `python -m tests.auxil.dispatch_worker` except the heir that takes over
from a killed one, which runs in the test on a hand-moved clock so the lease costs no real time.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from starlette.requests import Request
from starlette.responses import Response
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.clock import FakeClock
from bot.scheduling import Dispatcher, SendLimiter
from bot.scheduling.senders import DEFAULT_FLUSH_SIZE
from bot.storage import Database
from bot.storage.models import Reminder, User
from bot.transport.local_api import LOCAL_TOKEN
from tests.auxil.http_bot_api import HttpBotApi
from tests.conftest import DatabaseFactory
from tests.test_dispatcher import NOW, add_users, compose

REPO = Path(__file__).resolve().parents[1]
# Only PostgreSQL: SQLite runs one dispatcher process by design.
POSTGRES_ONLY = [pytest.param("postgres", marks=pytest.mark.postgres)]
DEADLINE_S = 120.0  # a hung process fails the test after this; runs take seconds


class TrackedBotApi(HttpBotApi):
    """The HTTP fake, plus a hold: once `hold_after` messages have been recorded, each further
    one is recorded (Telegram has it) and then its answer is held back until `release()`.
    A dispatcher killed while its sends are held dies with exactly those in flight: sent, but
    never recorded as sent in the database."""

    def __init__(self, *, hold_after: int | None = None) -> None:
        super().__init__()
        self.hold_after = hold_after
        self.pending = 0  # requests the server is still working on
        self.held: set[int] = set()  # chats whose message went out but whose answer waits
        self._sends = 0
        self._released = threading.Event()
        # The server's own loop and an event on it, so `release` (another thread) can wake it.
        self._server_loop: asyncio.AbstractEventLoop | None = None
        self._wake = asyncio.Event()

    async def _handle(self, request: Request) -> Response:
        self.pending += 1
        if self._server_loop is None:
            self._server_loop = asyncio.get_running_loop()
        try:
            response = await super()._handle(request)
            if request.path_params["method"] != "sendMessage" or response.status_code != 200:
                return response
            self._sends += 1
            if self.hold_after is not None and self._sends > self.hold_after:
                chat = int(json.loads(bytes(response.body))["result"]["chat"]["id"])
                self.held.add(chat)
                if not self._released.is_set():
                    await self._wake.wait()
            return response
        finally:
            self.pending -= 1

    def release(self) -> None:
        """Answer what is held and hold nothing more."""
        self.hold_after = None
        self._released.set()
        if self._server_loop is not None:
            self._server_loop.call_soon_threadsafe(self._wake.set)

    def __enter__(self) -> TrackedBotApi:
        super().__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
        super().__exit__(*exc)

    def per_chat(self) -> Counter[int]:
        """How many messages each chat has got so far."""
        calls = list(self.calls)  # a snapshot; the server thread only ever appends
        return Counter(int(c.params["chat_id"]) for c in calls if c.method == "sendMessage")

    def sent(self) -> int:
        return sum(1 for c in list(self.calls) if c.method == "sendMessage")


class Worker:
    """One `tests.auxil.dispatch_worker` process; stdout and stderr go to files."""

    def __init__(
        self,
        directory: Path,
        name: str,
        *,
        databases: DatabaseFactory,
        api: HttpBotApi,
        batch_size: int,
        concurrency: int,
        lease_s: float,
        advisory_lock: bool,
        wait_for_go: bool = False,
    ) -> None:
        self.name, self.concurrency = name, concurrency
        self.owner = f"{name}-{uuid.uuid4().hex[:12]}"
        self.out, self.err = directory / f"{name}.out", directory / f"{name}.err"
        self.wait_for_go = wait_for_go
        assert databases.schema is not None
        self.argv = [
            sys.executable,
            "-m",
            "tests.auxil.dispatch_worker",
            f"--database-url={databases.url}",
            f"--schema={databases.schema}",
            f"--api-base-url={api.base_url}",
            f"--batch-size={batch_size}",
            f"--concurrency={concurrency}",
            f"--lease-s={lease_s}",
            f"--owner={self.owner}",
            "--advisory-lock" if advisory_lock else "--no-advisory-lock",
            f"--now={NOW.isoformat()}",
            f"--max-s={DEADLINE_S}",
            # Only the dispatcher process dies here, never the server, so skipping the WAL
            # flush at commit changes nothing these tests observe; it only saves time.
            "--synchronous-commit=off",
        ]
        if wait_for_go:
            self.argv.append("--wait-for-go")
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> Worker:
        env = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(REPO), "MPLBACKEND": "Agg"}
        with self.out.open("wb") as out, self.err.open("wb") as err:
            self.process = subprocess.Popen(
                self.argv,
                cwd=self.out.parent,
                env=env,
                stdin=subprocess.PIPE if self.wait_for_go else subprocess.DEVNULL,
                stdout=out,
                stderr=err,
            )
        return self

    def ready(self) -> bool:
        if self.exited():
            raise AssertionError(f"{self.name} exited early\n{self.log()}")
        return any(event["event"] == "ready" for event in self.events())

    def go(self) -> None:
        assert self.process is not None
        assert self.process.stdin is not None
        self.process.stdin.write(b"go\n")
        self.process.stdin.close()

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def exited(self) -> bool:
        return self.process is not None and self.process.poll() is not None

    def events(self) -> list[dict[str, Any]]:
        lines = self.out.read_text().splitlines() if self.out.exists() else []
        # The last line of a killed process may be cut short.
        events = []
        for line in lines:
            with contextlib.suppress(json.JSONDecodeError):
                events.append(json.loads(line))
        return events

    def summary(self) -> dict[str, Any]:
        done = [e for e in self.events() if e.get("event") == "done"]
        assert done, self.log()
        return done[-1]

    def log(self) -> str:
        err = self.err.read_text(errors="replace") if self.err.exists() else ""
        return f"--- {self.name} (pid {self.pid}) stderr:\n{err}"

    async def wait(self) -> int:
        await until(self.exited, DEADLINE_S, f"{self.name} to exit", poll_s=0.05)
        assert self.process is not None
        return int(self.process.returncode)

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)

    def close(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        if self.process.stdin is not None:
            self.process.stdin.close()


async def until(
    condition: Callable[[], bool], within_s: float, what: str, *, poll_s: float = 0.005
) -> None:
    """Poll `condition` until it holds; fail after `within_s` seconds."""
    deadline = time.monotonic() + within_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(poll_s)


async def start_together(workers: list[Worker]) -> None:
    """Start every worker, wait until each is connected and idle, then let them all go."""
    for worker in workers:
        worker.start()
    await until(lambda: all(w.ready() for w in workers), DEADLINE_S, "the workers to start")
    for worker in workers:
        worker.go()


async def wait_connections_gone(database: Database, worker: Worker) -> None:
    """A killed process's PostgreSQL sessions end (and its transactions and advisory lock with
    them) once the server notices the closed sockets; wait for that."""
    deadline = time.monotonic() + DEADLINE_S
    while True:
        async with database.engine.connect() as connection:
            alive = await connection.scalar(
                text("SELECT count(*) FROM pg_stat_activity WHERE application_name = :name"),
                {"name": worker.owner},
            )
        if not alive:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"{worker.name}'s database sessions outlived it")
        await asyncio.sleep(0.01)


async def wait_api_settled(api: TrackedBotApi) -> None:
    """Until the fake has answered every request that reached it and no new one arrives."""
    deadline = time.monotonic() + DEADLINE_S
    last = -1
    while True:
        count = api.sent()
        if api.pending == 0 and count == last:
            return
        if time.monotonic() > deadline:
            raise AssertionError("the fake Bot API kept receiving sends")
        last = count
        await asyncio.sleep(0.05)


async def chats_leased_by(database: Database, owner: str) -> set[int]:
    async with database.session() as session:
        rows = await session.scalars(
            select(User.chat_id)
            .join(Reminder, Reminder.user_id == User.id)
            .where(Reminder.lease_owner == owner)
        )
        return set(rows)


async def assert_schedule_settled(database: Database) -> None:
    """Nothing is left leased, and nothing is due again within the hour."""
    async with database.session() as session:
        leased = await session.scalar(
            select(func.count()).where(Reminder.lease_owner.is_not(None))
        )
        due = await session.scalar(
            select(func.count()).where(Reminder.next_due_at <= NOW + timedelta(hours=1))
        )
    assert (leased, due) == (0, 0)


@pytest.mark.parametrize("databases", POSTGRES_ONLY, indirect=True)
async def test_two_dispatcher_processes_send_five_thousand_reminders_exactly_once(
    databases: DatabaseFactory, tmp_path: Path
) -> None:
    """No advisory lock, so both really claim side by side with FOR UPDATE SKIP LOCKED.
    (With the lock, one sends and the other stands by: the takeover test below.)"""
    users = 5_000
    database = databases.opened[0]
    await add_users(database, users, due=NOW)
    with TrackedBotApi() as api:
        workers = [
            Worker(
                tmp_path,
                name,
                databases=databases,
                api=api,
                batch_size=250,
                concurrency=4,  # CPU-bound here: fewer senders cost less per message
                lease_s=120,
                advisory_lock=False,
                wait_for_go=True,
            )
            for name in ("first", "second")
        ]
        try:
            await start_together(workers)
            codes = [await worker.wait() for worker in workers]
        finally:
            for worker in workers:
                worker.close()
        per_chat = api.per_chat()
    assert codes == [0, 0], "\n".join(worker.log() for worker in workers)
    summaries = [worker.summary() for worker in workers]

    assert len(per_chat) == users
    assert set(per_chat.values()) == {1}  # every chat got exactly one message
    assert sum(s["sent"] for s in summaries) == users
    assert sum(s["claimed"] for s in summaries) == users  # no row was claimed twice
    assert all(s["sent"] > 0 for s in summaries), summaries  # both did real work
    await assert_schedule_settled(database)


async def kill_mid_batch(
    api: TrackedBotApi, worker: Worker, others: list[Worker]
) -> tuple[frozenset[int], int]:
    """Once every sender of `worker` waits on an answer the fake holds, SIGKILL it and let the
    fake answer (into the void). Returns the chats of the sends it had in flight and how many
    messages had been sent in all when it died (nobody else sends while it holds the lock)."""

    def all_held() -> bool:
        for each in [worker, *others]:
            if each.exited():
                raise AssertionError(f"{each.name} ended before the kill\n{each.log()}")
        return len(api.held) >= worker.concurrency

    await until(all_held, DEADLINE_S, f"{worker.name}'s sends to be held")
    # Frozen now: each of its senders waits on the fake, everything before is committed.
    in_flight, sent = frozenset(api.held), api.sent()
    worker.kill()
    assert await worker.wait() == -signal.SIGKILL
    api.release()
    return in_flight, sent


@pytest.mark.parametrize("databases", POSTGRES_ONLY, indirect=True)
async def test_a_dispatcher_killed_mid_batch_loses_nothing_and_repeats_only_in_flight_sends(
    databases: DatabaseFactory, tmp_path: Path
) -> None:
    """One worker process killed with SIGKILL in its third batch; an heir in this process, on
    a hand-moved clock, respects the dead one's leases and takes them over once they expire."""
    users, batch_size, concurrency, lease_s = 400, 40, 8, 60.0
    database = databases.opened[0]
    await add_users(database, users, due=NOW)
    # Two batches and a half go through; then the answers stop, `concurrency` sends in flight.
    with TrackedBotApi(hold_after=2 * batch_size + batch_size // 2) as api:
        worker = Worker(
            tmp_path,
            "doomed",
            databases=databases,
            api=api,
            batch_size=batch_size,
            concurrency=concurrency,
            lease_s=lease_s,
            advisory_lock=True,
        )
        started = time.monotonic()
        try:
            worker.start()
            held, _ = await kill_mid_batch(api, worker, [])
        finally:
            worker.close()
        killed_after = time.monotonic() - started
        assert killed_after < lease_s  # so the heir's first clock reading is inside every lease
        await wait_connections_gone(database, worker)
        await wait_api_settled(api)

        before = api.per_chat()
        leased = await chats_leased_by(database, worker.owner)
        # Sent but never recorded as sent: the only reminders that may go out twice. They are
        # the sends in flight when it died plus those whose outcome waited for the next flush.
        in_flight = {chat for chat in leased if before[chat]}
        committed = set(before) - in_flight
        assert held <= in_flight
        assert len(in_flight) <= concurrency + DEFAULT_FLUSH_SIZE
        assert leased > in_flight  # mid-batch: some of the batch was never tried
        assert max(before.values()) == 1

        clock = FakeClock(NOW + timedelta(seconds=killed_after))
        heir_bot = Bot(
            LOCAL_TOKEN, base_url=api.base_url, request=HTTPXRequest(connection_pool_size=40)
        )
        async with heir_bot:
            heir = Dispatcher(
                database=database,
                bot=heir_bot,
                clock=clock,
                compose=compose,
                limiter=SendLimiter(rate_per_s=1_000_000, per_chat_interval_s=0),
                concurrency=concurrency,
                advisory_lock=True,  # the dead worker's lock went with its connection
            )
            try:
                # While the dead worker's leases last, everything else goes out; those wait.
                first = await heir.run_until_idle()
                assert first.sent == users - len(committed) - len(leased)
                assert await chats_leased_by(database, worker.owner) == leased
                unsent = {chat for chat in range(1, users + 1) if not api.per_chat()[chat]}
                assert unsent == leased - in_flight
                # Past the lease they are taken over, and each goes out once more.
                clock.set(NOW + timedelta(seconds=killed_after + lease_s + 1))
                second = await heir.run_until_idle()
                assert second.sent == len(leased)
            finally:
                await heir.close()
        after = api.per_chat()

    assert set(after) == set(range(1, users + 1))  # none lost
    duplicated = {chat for chat, count in after.items() if count > 1}
    assert duplicated == in_flight  # only what it sent but had not recorded when it died,
    assert max(after.values()) == 2  # and only once more
    await assert_schedule_settled(database)


@pytest.mark.parametrize("databases", POSTGRES_ONLY, indirect=True)
async def test_a_standby_process_takes_over_when_the_lock_holder_is_killed(
    databases: DatabaseFactory, tmp_path: Path
) -> None:
    """Two worker processes with the advisory lock: one sends, the other stands by. Killed
    mid-batch, the holder's lock goes with its connection; the standby takes over, sends what
    was never claimed at once and the dead one's leased rows when their (real, short) lease
    runs out."""
    users, batch_size, concurrency, lease_s = 400, 40, 8, 2.0
    database = databases.opened[0]
    await add_users(database, users, due=NOW)
    with TrackedBotApi(hold_after=2 * batch_size + batch_size // 2) as api:
        workers = [
            Worker(
                tmp_path,
                name,
                databases=databases,
                api=api,
                batch_size=batch_size,
                concurrency=concurrency,
                lease_s=lease_s,
                advisory_lock=True,
                wait_for_go=True,
            )
            for name in ("first", "second")
        ]
        try:
            await start_together(workers)
            # Two batches are done, so the holder has reported them; the standby nothing.
            await until(lambda: len(api.held) > 0, DEADLINE_S, "a third batch")
            busy = [w for w in workers if any(e["event"] == "tick" for e in w.events())]
            assert len(busy) == 1, "exactly one process holds the lock and sends"
            holder = busy[0]
            standby = next(w for w in workers if w is not holder)
            held, sent_by_holder = await kill_mid_batch(api, holder, [standby])
            assert await standby.wait() == 0, standby.log()
        finally:
            for worker in workers:
                worker.close()
        per_chat = api.per_chat()

    assert 0 < len(held) <= holder.concurrency
    took_over = standby.summary()
    assert set(per_chat) == set(range(1, users + 1))  # none lost
    duplicated = {chat for chat, count in per_chat.items() if count > 1}
    # Only the killed batch's sends it had not recorded: those in flight and those waiting
    # for the next flush of outcomes;
    assert held <= duplicated
    assert len(duplicated) <= holder.concurrency + DEFAULT_FLUSH_SIZE
    assert max(per_chat.values()) == 2  # each once more,
    # and the standby sent exactly what was never sent plus those.
    assert took_over["sent"] == users - sent_by_holder + len(duplicated)
    await assert_schedule_settled(database)
