"""How well live exercises keep time: many concurrent breathing sessions in one process, each
pacing its one progress message, against the local Bot API (real event loop, real clock).

    .venv/bin/python benchmarks/pacing.py [--quick] [--sessions N] [--database-url URL]

Sessions start spread over the first few seconds (people don't all tap at the same instant)
and cycle through the five breathing patterns. The same run with one session is the baseline.
Prints one JSON object as its last line: sessions, boundary_err_ms_p50/p99/max (when a phase's
edit call returned, against the schedule), max_edits_per_s_per_chat (most edits one chat got
within any one second, as the Bot API saw them), max_edits_per_min_per_chat (most edits one chat
got within any 60 s; the bot allows itself 12) and max_calls_per_min_per_chat (its first message
and the after-message too; Telegram takes about 20), cpu_s_per_session_minute, and the same keys
prefixed with baseline_ for one session. The keys prefixed with ticks_ are the same figures for
the pacing before (a bar moving every 2 s), one session of each pattern, measured in the same
run; ticks_planned_edits_per_min_per_chat is what that pacing planned for each pattern.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import json
import random
import statistics
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from telegram.request import RequestData

from bot.app import build_application
from bot.clock import SystemClock
from bot.config import Settings
from bot.core.pacing import edit_times, schedule
from bot.features import discover
from bot.storage import Database, migrate
from bot.storage import exercises as store
from bot.storage.models import User
from bot.transport.budget import ChatBudget
from bot.transport.exercises import MIN_EDIT_INTERVAL_S, EditRecord, LiveExercises
from bot.transport.local_api import LocalBotApi
from conversations import breathing
from conversations.exercises import PATTERNS

START_SPREAD_S = 5.0


class CountingBotApi(LocalBotApi):
    """The local Bot API, noting when each chat's message was edited, and each send."""

    def __init__(self) -> None:
        super().__init__()
        self.edits: dict[int, list[float]] = defaultdict(list)
        self.calls: dict[int, list[float]] = defaultdict(list)

    def answer(
        self, name: str, params: dict[str, Any], request_data: RequestData | None
    ) -> tuple[int, bytes]:
        if name == "editMessageText":
            self.edits[int(params["chat_id"])].append(time.monotonic())
        if name in ("editMessageText", "sendMessage"):
            self.calls[int(params["chat_id"])].append(time.monotonic())
        return super().answer(name, params, request_data)


async def _prepare(database: Database, sessions: int, first_user: int) -> list[int]:
    now = datetime.now(UTC)
    keys = list(PATTERNS)
    ids = []
    async with database.session() as session, session.begin():
        for index in range(sessions):
            user = User(
                telegram_id=first_user + index,
                chat_id=first_user + index,
                created_at=now,
                updated_at=now,
            )
            session.add(user)
            await session.flush()
            key = keys[index % len(keys)]
            pattern = PATTERNS[key]
            # About a minute each; 4-7-8 keeps its usual four rounds (76 s).
            cycles = pattern.default_cycles if pattern.minute_choices == () else 6
            row = await store.create(
                session,
                user_id=user.id,
                telegram_id=user.telegram_id,
                chat_id=user.chat_id,
                kind="breathe",
                pattern=key,
                options={"cycles": cycles, "rate": False},
                tension_before=None,
                now=now,
            )
            ids.append(row.id)
    return ids


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _max_in_a_second(times: list[float]) -> int:
    return _max_in(times, 1.0)


def _max_in(times: list[float], window_s: float) -> int:
    ordered = sorted(times)
    best = 0
    for index, start in enumerate(ordered):
        best = max(best, bisect.bisect_left(ordered, start + window_s) - index)
    return best


def _ticks_per_minute() -> dict[str, int]:
    """Edits in each pattern's busiest minute as the 2 s ticks planned them (the old pacing)."""
    planned = {}
    for key in PATTERNS:
        plan = schedule(breathing.plan_for("breathe", key, {}))
        planned[key] = _max_in(edit_times(plan, MIN_EDIT_INTERVAL_S + 0.1, tick_s=2.0), 60.0)
    return planned


async def run(
    sessions: int, duration_s: float, url: str, first_user: int, tick_s: float | None = None
) -> dict[str, Any]:
    database = Database(url)
    await migrate(database.engine)
    ids = await _prepare(database, sessions, first_user)
    api = CountingBotApi()
    settings = Settings(_env_file=None, database_url=url)  # type: ignore[call-arg]
    app = build_application(settings, database=database, request=api, rate_limit=False)
    records: list[EditRecord] = []
    clock = SystemClock()
    # The pacing before had no budget per chat either.
    unbudgeted = ChatBudget(clock=clock, per_chat=1_000_000, reserve=0)
    live = LiveExercises(
        database=database,
        clock=clock,
        paced=discover().paced,
        observe=records.append,
        tick_s=tick_s,
        budget=unbudgeted if tick_s is not None else None,
    )
    async with app:
        live.bind(app.bot)
        rng = random.Random(5)
        offsets = sorted(rng.uniform(0, START_SPREAD_S) for _ in ids)
        cpu_started, wall_started = time.process_time(), time.monotonic()
        for session_id, offset in zip(ids, offsets, strict=True):
            delay = wall_started + offset - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            live.launch(session_id)
        # Polling is fine here: a quarter second of slack on a minute-long run.
        while time.monotonic() - wall_started < duration_s and live.running():  # noqa: ASYNC110
            await asyncio.sleep(0.25)
        wall = time.monotonic() - wall_started
        cpu = time.process_time() - cpu_started
        await live.close()
    async with database.session() as session, session.begin():
        done = 0
        for session_id in ids:
            row = await store.get(session, session_id=session_id)
            done += row is not None and row.status == store.DONE
    await database.dispose()
    errors = [
        (r.completed - r.scheduled).total_seconds() * 1000 for r in records if r.boundary and r.ok
    ]
    # Session-minutes actually paced: each session ran from its start to the end of the run
    # or its own end, whichever came first.
    session_minutes = (
        sum(min(wall - offset, duration_s) for offset in offsets if wall > offset) / 60
    )
    return {
        "sessions": sessions,
        "completed": done,
        "boundary_edits": len(errors),
        "boundary_err_ms_p50": round(statistics.median(errors), 1),
        "boundary_err_ms_p99": round(_percentile(errors, 0.99), 1),
        "boundary_err_ms_max": round(max(errors), 1),
        "max_edits_per_s_per_chat": max(_max_in_a_second(t) for t in api.edits.values()),
        "max_edits_per_min_per_chat": max(_max_in(t, 60.0) for t in api.edits.values()),
        "max_calls_per_min_per_chat": max(_max_in(t, 60.0) for t in api.calls.values()),
        "max_edits_per_s_per_chat_issued": max(
            _max_in_a_second([r.issued.timestamp() for r in records if r.chat_id == chat])
            for chat in {r.chat_id for r in records}
        ),
        "edits_per_s": round(sum(len(t) for t in api.edits.values()) / wall, 1),
        "cpu_s_per_session_minute": round(cpu / session_minutes, 4),
        "wall_s": round(wall, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 sessions for 65 s")
    parser.add_argument("--smoke", action="store_true", help="seconds, tiny sizes (CI)")
    parser.add_argument("--sessions", type=int, help="default: 1000 (100 with --quick)")
    parser.add_argument("--database-url", help="default: a temporary SQLite file")
    args = parser.parse_args()
    sessions = args.sessions or (5 if args.smoke else 100 if args.quick else 1000)
    # Over a minute either way: the budget that matters is a chat's minute.
    duration = 15.0 if args.smoke else 65.0 if args.quick else 90.0
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite+aiosqlite:///{Path(tmp) / 'many.db'}"
        many = asyncio.run(run(sessions, duration, url, 10_000_000))
        print(json.dumps(many))
        url = args.database_url or f"sqlite+aiosqlite:///{Path(tmp) / 'one.db'}"
        one = asyncio.run(run(1, duration, url, 20_000_000))
        # The pacing before: a bar moving every 2 s, one session of each pattern.
        url = args.database_url or f"sqlite+aiosqlite:///{Path(tmp) / 'ticks.db'}"
        ticks = asyncio.run(run(len(PATTERNS), duration, url, 30_000_000, tick_s=2.0))
    result = {"database": (args.database_url or "sqlite").split(":", 1)[0], **many}
    for key in (
        "boundary_err_ms_p50",
        "boundary_err_ms_p99",
        "boundary_err_ms_max",
        "max_edits_per_s_per_chat",
        "max_edits_per_min_per_chat",
        "max_calls_per_min_per_chat",
        "cpu_s_per_session_minute",
    ):
        result[f"baseline_{key}"] = one[key]
    for key in ("max_edits_per_min_per_chat", "max_calls_per_min_per_chat"):
        result[f"ticks_{key}"] = ticks[key]
    result["ticks_planned_edits_per_min_per_chat"] = _ticks_per_minute()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
