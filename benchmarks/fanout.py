"""Many reminders due at the same instant: does the dispatcher send them at the configured rate,
without provoking a 429, without duplicates or losses, and how late does each go out?

    .venv/bin/python benchmarks/fanout.py [--quick] [--reminders N] [--rate R]
        [--batch-size N] [--concurrency N] [--tick-s S] [--driver jobqueue|loop]
        [--limiter shipped|slot-spaced] [--latency-ms MS] [--tolerance-s S] [--database-url URL]

`--reminders` (default 20,000; `--quick` 4,000) reminders are due one second before the bot
starts; one user in ten has two of them (caffeine and check-in) at the same instant, next to
each other in due order, so the 1-per-second-per-chat rule is exercised. The real Application
(`build_application`, which installs the Dispatcher with its SendLimiter, the configured rate
and 1 s per chat) runs on the system clock and the real event loop, against an in-memory Bot
API that enforces the limits itself: a token bucket at the same global rate (holding at most
`--tolerance-s` worth of sends, for scheduling jitter) and at least 1 s (less the same
tolerance) between two messages to one chat, answering anything faster with 429 and
retry_after=1. Each call also takes `--latency-ms` before it answers, as a network would.

With `--driver jobqueue` (the default) the dispatcher runs exactly as in production: the
repeating JobQueue job every `--tick-s` claims a batch for the senders (`Dispatcher.feed`), and
while batches come back full the senders claim the next one as their queue runs low. With
`--driver loop` the benchmark calls `Dispatcher.tick()` (claim, then wait until all of it is
sent) back to back instead.

Prints one JSON object as its last line: rate_fraction (achieved sends per second from the start
of the first tick to the last accepted send, over the configured rate), throttled (429s),
duplicates, lost (not delivered when the run ended: deadline_hit says whether it was cut
off by `--max-s` rather than dropped), late_p50_s / late_p99_s (each accepted send against
the ideal schedule: the i-th goes at first-tick start + i/rate), reminders, and details
(claims, and time between them).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import statistics
import tempfile
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.ext.asyncio import create_async_engine
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import RequestData

from bot.app import build_application
from bot.clock import SystemClock
from bot.config import Settings
from bot.core.reminders import Kind
from bot.scheduling import dispatcher_of
from bot.scheduling.dispatcher import CATCH_UP_S
from bot.storage import Database, migrate
from bot.storage.models import Consent, Reminder, User, UserStatus
from bot.transport.local_api import LocalBotApi
from conversations import reminders as words

DOUBLE_EVERY = 10  # one user in ten has two reminders due at once


class EnforcingBotApi(LocalBotApi):
    """The in-memory Bot API, with Telegram's flood limits enforced by answering 429."""

    def __init__(
        self, *, rate_per_s: float, per_chat_s: float, tolerance_s: float, latency_s: float
    ) -> None:
        super().__init__()
        self.rate, self.per_chat, self.latency = rate_per_s, per_chat_s, latency_s
        self.capacity = 1.0 + rate_per_s * tolerance_s
        self.chat_gap = per_chat_s - tolerance_s
        self.tokens = self.capacity
        self.refilled = time.monotonic()
        self.last_in_chat: dict[int, float] = {}
        self.accepted: list[tuple[float, int, str]] = []
        self.throttled: Counter[str] = Counter()
        # Kept up to date here: recounting 20,000 sends every poll would itself slow the run.
        self.wanted: set[tuple[int, Kind | None]] = set()
        self.kinds: dict[str, Kind] = {}
        self.delivered: set[tuple[int, Kind | None]] = set()

    def _admit(self, chat_id: int, now: float) -> str | None:
        self.tokens = min(self.capacity, self.tokens + (now - self.refilled) * self.rate)
        self.refilled = now
        last = self.last_in_chat.get(chat_id)
        if last is not None and now - last < self.chat_gap:
            return "per_chat"
        if self.tokens < 1.0:
            return "global"
        self.tokens -= 1.0
        self.last_in_chat[chat_id] = now
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        if name == "sendMessage":
            now = time.monotonic()
            chat_id = int(params["chat_id"])
            refused = self._admit(chat_id, now)
            if refused is None:
                text = str(params.get("text"))
                self.accepted.append((now, chat_id, text))
                key = (chat_id, self.kinds.get(text))
                if key in self.wanted:
                    self.delivered.add(key)
            else:
                self.throttled[refused] += 1
        else:
            refused = None
        if self.latency:
            await asyncio.sleep(self.latency)
        if refused is not None:
            body = {
                "ok": False,
                "error_code": 429,
                "description": "Too Many Requests: retry after 1",
                "parameters": {"retry_after": 1},
            }
            return 429, json.dumps(body).encode()
        return self.answer(name, params, request_data)


async def load(database: Database, reminders: int, due: datetime) -> list[tuple[int, Kind]]:
    """Users and their due reminders, ids in due order; returns (chat, kind) of each."""
    users: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    expected: list[tuple[int, Kind]] = []
    user_id = 0
    while len(rows) < reminders:
        user_id += 1
        chat = 2_000_000_000 + user_id
        users.append(
            {
                "id": user_id,
                "telegram_id": chat,
                "chat_id": chat,
                "language": "en",
                # No bedtime or wake time: no quiet hours, whatever the real time of day.
                "time_zone": "UTC",
                "caffeine_cutoff": due.time().replace(second=0, microsecond=0),
                "checkin_time": due.time().replace(second=0, microsecond=0),
                "consent": Consent.GIVEN,
                "consent_at": due,
                "onboarded_at": due,
                "status": UserStatus.ACTIVE,
                "created_at": due,
                "updated_at": due,
            }
        )
        kinds = [Kind.CAFFEINE, Kind.CHECKIN] if user_id % DOUBLE_EVERY == 0 else [Kind.CAFFEINE]
        for kind in kinds[: reminders - len(rows)]:
            # A microsecond apart: the claim order is the id order, a user's two side by side.
            at = due + timedelta(microseconds=len(rows))
            rows.append(
                {
                    "id": len(rows) + 1,
                    "user_id": user_id,
                    "kind": kind.value,
                    "enabled": True,
                    "next_due_at": at,
                    "attempts": 0,
                    "created_at": due,
                    "updated_at": due,
                }
            )
            expected.append((chat, kind))
    async with database.engine.begin() as conn:
        for start in range(0, len(users), 5_000):
            await conn.execute(insert(User.__table__), users[start : start + 5_000])
        for start in range(0, len(rows), 5_000):
            await conn.execute(insert(Reminder.__table__), rows[start : start + 5_000])
    return expected


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def run(args: argparse.Namespace, url: str, schema: str | None) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if schema:
        kwargs["connect_args"] = {"server_settings": {"search_path": schema}}
    database = Database(url, **kwargs)
    await migrate(database.engine)
    due = datetime.now(UTC) - timedelta(seconds=1)
    expected = await load(database, args.reminders, due)
    texts = {words.reminder(kind).text: kind for kind in (Kind.CAFFEINE, Kind.CHECKIN)}

    api = EnforcingBotApi(
        rate_per_s=args.rate,
        per_chat_s=1.0,
        tolerance_s=args.tolerance_s,
        latency_s=args.latency_ms / 1000,
    )
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_url=url,
        reminder_rate_per_s=args.rate,
        reminder_per_chat_interval_s=1.0,
        reminder_batch_size=args.batch_size,
        # The loop driver ticks by hand; the JobQueue's own tick then never fires.
        reminder_tick_s=args.tick_s if args.driver == "jobqueue" else 3600.0,
    )
    # No AIORateLimiter (rate_limit=False): the Dispatcher's SendLimiter is what is measured.
    app = build_application(
        settings, database=database, request=api, clock=SystemClock(), rate_limit=False
    )
    dispatcher = dispatcher_of(app)
    dispatcher.concurrency = args.concurrency
    ticks: list[tuple[float, float, int]] = []
    claim = dispatcher.claim

    async def timed_claim() -> Any:
        begun = time.monotonic()
        report = await claim()
        ticks.append((begun, time.monotonic(), report.claimed))
        return report

    # Every claim, whether from the JobQueue's tick or a sender asking for the next batch.
    dispatcher.claim = timed_claim  # type: ignore[method-assign]
    wanted: set[tuple[int, Kind | None]] = set(expected)
    api.wanted, api.kinds = wanted, texts
    budget = args.max_s or args.reminders / args.rate * 4 + 30 + args.tick_s

    def delivered() -> int:
        return len(api.delivered)

    began = time.monotonic()
    await app.initialize()
    await app.start()
    try:
        if args.driver == "loop":
            while delivered() < len(wanted) and time.monotonic() - began < budget:
                report = await dispatcher.tick()
                if report.claimed == 0:
                    await asyncio.sleep(0.2)  # retries wait out their hold
        else:
            while delivered() < len(wanted) and time.monotonic() - began < budget:  # noqa: ASYNC110
                await asyncio.sleep(0.05)
        # Let what is queued or in flight finish, then look for late extras (duplicates).
        await dispatcher.drain()
    finally:
        await app.stop()
        await app.shutdown()
        await dispatcher.close()

    async with database.session() as session:
        # Every reminder sent should now be due tomorrow: none left at the old instant.
        leftover = await session.scalar(
            select(func.count()).where(Reminder.next_due_at <= due + timedelta(seconds=5))
        )
    await database.dispose()

    sent = sorted(api.accepted)
    keys = [(chat, texts.get(body)) for _, chat, body in sent]
    per_key = Counter(keys)
    start = ticks[0][0] if ticks else began
    times = [t for t, _, _ in sent]
    lateness = [t - (start + i / args.rate) for i, t in enumerate(times)]
    span = times[-1] - start + 1 / args.rate
    idle = 0.0
    for (_, ended, _), (next_begun, _, _) in itertools.pairwise(ticks):
        idle += max(0.0, next_begun - ended)
    busy = [ended - begun for begun, ended, claimed in ticks if claimed]
    steady = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0
    return {
        "reminders": args.reminders,
        "users": len({chat for chat, _ in expected}),
        "rate_per_s": args.rate,
        "rate_fraction": round(len(times) / span / args.rate, 4),
        "achieved_per_s": round(len(times) / span, 1),
        "throttled": sum(api.throttled.values()),
        "throttled_global": api.throttled["global"],
        "throttled_per_chat": api.throttled["per_chat"],
        "duplicates": sum(n - 1 for n in per_key.values() if n > 1),
        "lost": len(wanted - set(per_key)),
        "late_p50_s": round(statistics.median(lateness), 3),
        "late_p99_s": round(percentile(lateness, 0.99), 3),
        "late_max_s": round(max(lateness), 3),
        "first_tick_after_start_s": round(start - began, 3),
        "duration_s": round(times[-1] - start, 2),
        "ticks": len(ticks),
        "ticks_with_claims": len(busy),
        "tick_s_p50": round(statistics.median(busy), 3) if busy else None,
        "idle_between_ticks_s": round(idle, 2),
        "steady_rate_fraction": round(steady / args.rate, 4),
        "not_advanced": leftover,
        "deadline_hit": len(wanted - set(per_key)) > 0 and time.monotonic() - began >= budget,
        "deadline_s": round(budget, 1),
        "driver": args.driver,
        "tick_interval_s": args.tick_s if args.driver == "jobqueue" else None,
        "catch_up_s": CATCH_UP_S,
        "batch_size": args.batch_size,
        "concurrency": args.concurrency,
        "latency_ms": args.latency_ms,
        "tolerance_s": args.tolerance_s,
        "database": url.split(":", 1)[0],
    }


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    if args.database_url and not args.database_url.startswith("sqlite"):
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        admin = create_async_engine(args.database_url)
        async with admin.begin() as conn:
            await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        try:
            return await run(args, args.database_url, schema)
        finally:
            async with admin.begin() as conn:
                await conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            await admin.dispose()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
        return await run(args, url, None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="4,000 reminders instead of 20,000")
    parser.add_argument("--smoke", action="store_true", help="seconds, tiny sizes (CI)")
    parser.add_argument("--reminders", type=int)
    parser.add_argument("--rate", type=float, default=400.0, help="messages/s, configured")
    parser.add_argument("--batch-size", type=int, default=500, help="reminders per tick")
    parser.add_argument("--concurrency", type=int, default=32, help="sends in flight")
    parser.add_argument("--tick-s", type=float, default=1.0, help="JobQueue tick interval")
    parser.add_argument("--driver", choices=["jobqueue", "loop"], default="jobqueue")
    parser.add_argument("--latency-ms", type=float, default=20.0, help="Bot API answer delay")
    parser.add_argument(
        "--tolerance-s", type=float, default=0.05, help="jitter the fake Bot API forgives"
    )
    parser.add_argument(
        "--max-s", type=float, help="give up after (default: 4x the ideal duration + 30 s)"
    )
    parser.add_argument("--database-url", help="default: a temporary SQLite file")
    args = parser.parse_args()
    args.reminders = args.reminders or (200 if args.smoke else 4_000 if args.quick else 20_000)
    print(json.dumps(asyncio.run(main_async(args))))


if __name__ == "__main__":
    main()
