"""One reminder dispatcher as a process of its own, for tests that run several side by side
(and kill some): `python -m tests.auxil.dispatch_worker --database-url ... --schema ...
--api-base-url ...`.

It builds a real `Dispatcher` on PostgreSQL and a real PTB `Bot` talking HTTP to the fake Bot
API at `--api-base-url`, then ticks until no reminder is due any more, whoever holds it: a
standby (advisory lock taken elsewhere) or a dispatcher waiting out someone else's lease keeps
polling. Every tick that claimed something prints one JSON line to stdout; the last line is a
JSON summary of the whole run.

`--now` starts the clock at that instant and lets it run on in real time, so leases expire as
they would in production while the schedule (due times, quiet hours) is the test's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.clock import Clock, SystemClock
from bot.features import discover
from bot.flow import Output
from bot.scheduling import Dispatcher, Job, SendLimiter, TickReport, simple_compose
from bot.storage import Database
from bot.storage.models import Reminder
from bot.transport.local_api import LOCAL_TOKEN

COUNTS = ("claimed", "sent", "skipped", "held", "retried", "failed", "blocked")


class RunningClock:
    """Starts at `start` and moves on with real (monotonic) time."""

    def __init__(self, start: datetime) -> None:
        self._start, self._t0 = start.astimezone(UTC), time.monotonic()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=time.monotonic() - self._t0)


async def compose(job: Job) -> list[Output]:
    return simple_compose(job, discover().reminders)


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Run one reminder dispatcher until nothing is due."
    )
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--schema", help="search_path for every connection (a test schema)")
    parser.add_argument("--api-base-url", required=True, help="e.g. http://127.0.0.1:PORT/bot")
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--lease-s", type=float, default=None)
    parser.add_argument("--owner", default=None, help="lease owner (and application_name)")
    parser.add_argument("--advisory-lock", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument(
        "--synchronous-commit",
        choices=("on", "off", "local"),
        default=None,
        help="PostgreSQL synchronous_commit for this process's sessions (default: the server's)",
    )
    parser.add_argument("--rate-per-s", type=float, default=1_000_000.0)
    parser.add_argument("--per-chat-interval-s", type=float, default=0.0)
    parser.add_argument("--now", type=datetime.fromisoformat, default=None)
    parser.add_argument(
        "--wait-for-go",
        action="store_true",
        help='print a "ready" line once connected, then wait for a line on stdin before ticking',
    )
    parser.add_argument("--idle-poll-s", type=float, default=0.02)
    parser.add_argument("--max-s", type=float, default=60.0, help="give up after this long")
    return parser.parse_args(argv)


def emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, sort_keys=True) + "\n")
    sys.stdout.flush()


async def still_due(database: Database, clock: Clock) -> int:
    """Reminders due now, leased or not: while any remain, someone still has work to do."""
    async with database.session() as session:
        count = await session.scalar(
            select(func.count()).select_from(Reminder).where(Reminder.next_due_at <= clock.now())
        )
    return int(count or 0)


async def run(args: argparse.Namespace) -> int:
    clock: Clock = RunningClock(args.now) if args.now is not None else SystemClock()
    server_settings: dict[str, str] = {}
    if args.schema:
        server_settings["search_path"] = args.schema
    if args.synchronous_commit:
        server_settings["synchronous_commit"] = args.synchronous_commit
    if args.owner:
        # Lets a test see this process's connections in pg_stat_activity.
        server_settings["application_name"] = args.owner[:63]
    kwargs: dict[str, Any] = {}
    if server_settings:
        kwargs["connect_args"] = {"server_settings": server_settings}
    database = Database(args.database_url, **kwargs)
    request = HTTPXRequest(connection_pool_size=max(8, args.concurrency + 4))
    bot = Bot(LOCAL_TOKEN, base_url=args.api_base_url, request=request)
    dispatcher = Dispatcher(
        database=database,
        bot=bot,
        clock=clock,
        compose=compose,
        limiter=SendLimiter(
            rate_per_s=args.rate_per_s, per_chat_interval_s=args.per_chat_interval_s
        ),
        owner=args.owner,
        batch_size=args.batch_size,
        concurrency=args.concurrency,
        lease=timedelta(seconds=args.lease_s) if args.lease_s else None,
        advisory_lock=args.advisory_lock,
    )
    total = TickReport()
    began = started = time.monotonic()
    ticks = busy_ticks = 0
    timed_out = False
    set_up_s = 0.0
    try:
        await bot.initialize()
        await still_due(database, clock)  # connect now, not in the race
        if args.wait_for_go:
            emit({"event": "ready", "pid": os.getpid()})
            if not await asyncio.to_thread(sys.stdin.readline):
                return 3  # stdin closed without a go: whoever started us is gone
        set_up_s = time.monotonic() - began
        started = time.monotonic()
        while True:
            report = await dispatcher.tick()
            ticks += 1
            for name in COUNTS:
                setattr(total, name, getattr(total, name) + getattr(report, name))
            if report.claimed:
                busy_ticks += 1
                emit({"event": "tick", "pid": os.getpid(), "claimed": report.claimed})
                continue
            if await still_due(database, clock) == 0:
                break
            if time.monotonic() - started > args.max_s:
                timed_out = True
                break
            await asyncio.sleep(args.idle_poll_s)
    finally:
        await dispatcher.close()
        await bot.shutdown()
        await database.dispose()
    emit(
        {
            "event": "done",
            "pid": os.getpid(),
            "owner": dispatcher.owner,
            "ticks": ticks,
            "busy_ticks": busy_ticks,
            "timed_out": timed_out,
            "set_up_s": round(set_up_s, 3),
            "run_s": round(time.monotonic() - started, 3),
            "cpu_s": round(time.process_time(), 3),
            **{name: getattr(total, name) for name in COUNTS},
        }
    )
    return 2 if timed_out else 0


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    return asyncio.run(run(parse(argv)))


if __name__ == "__main__":
    sys.exit(main())
