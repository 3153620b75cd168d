"""The reminder dispatcher at scale: many users with four reminders each, on SQLite and on
PostgreSQL, against the naive pattern of one JobQueue job per reminder.

    .venv/bin/python benchmarks/dispatch_scale.py [--quick] [--users N] [--naive-users N]
        [--database-url postgresql+asyncpg://...] [--no-postgres] [--ticks N] [--profile]

Loads `--users` users (default 1,000,000; `--quick` 20,000), each with the four reminders a
set-up user has (caffeine, wind-down, check-in, weekly), straight into the tables with
set-based INSERT ... SELECT (loading time is reported, not measured against a target). A few
thousand of them, one per user, are due a few minutes ago; the rest spread over the next week.
Then, per backend, a fresh child process plays the bot:

- start-up: `build_application` (real Application, the in-memory Bot API in place of Telegram,
  a fixed clock at a daytime instant) + `initialize` + `start` (the JobQueue runs) + the first
  `Dispatcher.tick()` that claims and sends a full batch. Python's own start and imports are
  reported apart (`import_s`), as is the whole wall time from spawning the process.
- one tick = `Dispatcher.claim()`, what the repeating JobQueue job runs (through `feed`): the
  advisory-lock check (PostgreSQL), one transaction that claims `batch_size` (500) due rows
  (UPDATE of the lease WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING the rows,
  then one SELECT of their users), the check-in lookup and `decide` for each, and queueing
  them for the senders. The median of `--ticks` such ticks is reported with its CPU time.
  After each, the senders' part is timed apart (`send_and_write_ms_p50_*`): 500 sends, 32 at
  a time, each through the `SendLimiter` (rate 1e9/s, 1 s per chat: never waits),
  `simple_compose`, PTB's `Bot.send_message` to the in-memory Bot API, and the outcome writes
  (groups of 32).
- peak RSS of that child (VmHWM): the bot process only, never the loader.

The naive pattern runs in another child on `--naive-users` users (default 100,000; `--quick`
2,000) of the same database: the same application, then at start-up every reminder row is read
(Core, not the ORM) and `job_queue.run_daily(...)` is called once per reminder, then `start`.
Its start-up ends when the JobQueue has started with every job scheduled.

Prints one JSON object as its last line: tick_ms_p50_postgres, tick_ms_p50_sqlite, rss_mb,
startup_s, naive_rss_mb, naive_startup_s, users, naive_users, ratios, and the details.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# A Thursday, 13:00 UTC: daytime in every zone below (outside the 23:00-07:00 quiet hours).
NOW = datetime(2026, 11, 26, 13, 0, tzinfo=UTC)
ZONES = ("Europe/Berlin", "America/New_York", "Asia/Kathmandu", "Asia/Tokyo")
# The four reminders a set-up user has on by default (the sleep log is off by default).
KINDS = ("caffeine", "winddown", "checkin", "weekly")
BATCH = 500
WEEK_S = 7 * 24 * 3600
DEFAULT_POSTGRES = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"


# --- loading ---------------------------------------------------------------------------------


def _due_offset_sql(i: str, k: str, due_users: int) -> str:
    """Seconds from NOW: one reminder of each of the first `due_users` users is due up to 15
    minutes ago (caffeine, wind-down or check-in; the weekly summary is composed from the
    user's data, a different workload); every other reminder is due in the coming week."""
    return (
        f"CASE WHEN {i} <= {due_users} AND {k} = {i} % 3 "
        f"THEN -1 - ({i} * 37) % 900 "
        f"ELSE 60 + ({i} * 7919 + {k} * 104729) % {WEEK_S - 60} END"
    )


def load_sqlite(path: Path, users: int, due_users: int) -> None:
    import sqlite3

    stamp = NOW.strftime("%Y-%m-%d %H:%M:%S")
    zone = " ".join(f"WHEN {n} THEN '{z}'" for n, z in enumerate(ZONES))
    kind = " ".join(f"WHEN {n} THEN '{k}'" for n, k in enumerate(KINDS))
    # SQLAlchemy's SQLite DATETIME text form, naive UTC (bot.storage.types.UtcDateTime).
    ts = f"'{stamp}.000000'"
    offset = _due_offset_sql("n.i", "k.k", due_users)
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=OFF")
        connection.execute("PRAGMA cache_size=-262144")
        connection.execute(
            f"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {users})
            INSERT INTO users (id, telegram_id, chat_id, language, time_zone, wake_time, bedtime,
                caffeine_cutoff, checkin_time, consent, consent_at, onboarded_at, status,
                created_at, updated_at)
            SELECT i, 1000000000 + i, 1000000000 + i, 'en', CASE i % 4 {zone} END,
                '07:00:00.000000', '23:00:00.000000', '14:00:00.000000', '21:00:00.000000',
                'GIVEN', {ts}, {ts}, 'ACTIVE', {ts}, {ts}
            FROM n
            """
        )
        connection.execute(
            f"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {users}),
            k(k) AS (VALUES (0), (1), (2), (3))
            INSERT INTO reminders (id, user_id, kind, enabled, next_due_at,
                attempts, created_at, updated_at)
            SELECT id, user_id, kind, 1, at, 0, {ts}, {ts} FROM (
                SELECT (n.i - 1) * 4 + k.k + 1 AS id, n.i AS user_id,
                    CASE k.k {kind} END AS kind,
                    strftime('%Y-%m-%d %H:%M:%S', '{stamp}', ({offset}) || ' seconds')
                        || '.000000' AS at
                FROM n CROSS JOIN k
            )
            ORDER BY id
            """
        )
        connection.commit()
        connection.execute("ANALYZE")
        connection.commit()
    finally:
        connection.close()


async def load_postgres(url: str, schema: str, users: int, due_users: int) -> None:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(url, connect_args={"server_settings": {"search_path": schema}})
    ts = f"timestamptz '{NOW.isoformat()}'"
    zone = " ".join(f"WHEN {n} THEN '{z}'" for n, z in enumerate(ZONES))
    kind = " ".join(f"WHEN {n} THEN '{k}'" for n, k in enumerate(KINDS))
    offset = _due_offset_sql("i", "k", due_users)
    try:
        async with engine.begin() as conn:
            await conn.execute(
                text(
                    f"""
                    INSERT INTO users (id, telegram_id, chat_id, language, time_zone, wake_time,
                        bedtime, caffeine_cutoff, checkin_time, consent, consent_at,
                        onboarded_at, status, created_at, updated_at)
                    SELECT i, 1000000000 + i, 1000000000 + i, 'en', CASE i % 4 {zone} END,
                        time '07:00', time '23:00', time '14:00', time '21:00',
                        'GIVEN', {ts}, {ts}, 'ACTIVE', {ts}, {ts}
                    FROM generate_series(1::bigint, {users}) AS i
                    """
                )
            )
            await conn.execute(
                text(
                    f"""
                    INSERT INTO reminders (id, user_id, kind, enabled, next_due_at,
                        attempts, created_at, updated_at)
                    SELECT (i - 1) * 4 + k + 1, i, CASE k {kind} END, true, d.at, 0,
                        {ts}, {ts}
                    FROM generate_series(1::bigint, {users}) AS i
                    CROSS JOIN generate_series(0, 3) AS k
                    CROSS JOIN LATERAL (SELECT {ts} + make_interval(secs => {offset}) AS at) d
                    """
                )
            )
            for table in ("users", "reminders"):
                await conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                )
        async with engine.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text("VACUUM ANALYZE users"))
            await conn.execute(text("VACUUM ANALYZE reminders"))
    finally:
        await engine.dispose()


async def create_schema(url: str, schema: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    from bot.storage import migrate

    admin = create_async_engine(url)
    try:
        async with admin.begin() as conn:
            await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    finally:
        await admin.dispose()
    engine = create_async_engine(url, connect_args={"server_settings": {"search_path": schema}})
    try:
        await migrate(engine)
    finally:
        await engine.dispose()


async def drop_schema(url: str, schema: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    admin = create_async_engine(url)
    try:
        async with admin.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    finally:
        await admin.dispose()


async def migrate_sqlite(url: str) -> None:
    from bot.storage import Database, migrate

    database = Database(url)
    try:
        await migrate(database.engine)
    finally:
        await database.dispose()


# --- the child processes (the bot) -------------------------------------------------------------


def _rss_mb() -> dict[str, float]:
    """Peak (VmHWM) and current RSS of this process. Not `ru_maxrss`: Linux carries that across
    exec, so a child would report the loader parent's peak."""
    fields: dict[str, float] = {}
    with open("/proc/self/status") as status:
        for line in status:
            name, _, value = line.partition(":")
            if name in ("VmHWM", "VmRSS"):
                fields[name] = int(value.split()[0]) / 1024
    return {"rss_peak_mb": round(fields["VmHWM"], 1), "rss_now_mb": round(fields["VmRSS"], 1)}


def _import_bot() -> float:
    """Import what the bot needs before its start-up clock starts; returns how long it took."""
    begun = time.perf_counter()
    import bot.app
    import bot.config
    import bot.storage
    import bot.transport.local_api  # noqa: F401

    return time.perf_counter() - begun


def _open_app(url: str, schema: str | None, clock: Any) -> tuple[Any, Any]:
    from bot.app import build_application
    from bot.config import Settings
    from bot.storage import Database
    from bot.transport.local_api import LocalBotApi

    kwargs: dict[str, Any] = {}
    if schema:
        kwargs["connect_args"] = {"server_settings": {"search_path": schema}}
    database = Database(url, **kwargs)
    # The JobQueue's own tick would first fire after an hour: the benchmark ticks by hand.
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, database_url=url, reminder_tick_s=3600.0, reminder_batch_size=BATCH
    )
    app = build_application(
        settings, database=database, request=LocalBotApi(), clock=clock, rate_limit=False
    )
    return app, database


async def child_ours(
    url: str,
    schema: str | None,
    ticks: int,
    profile: bool,
    concurrency: int | None,
) -> dict[str, Any]:
    import_s = _import_bot()
    from bot.clock import FakeClock
    from bot.scheduling import SendLimiter, dispatcher_of

    started = time.perf_counter()
    app, _ = _open_app(url, schema, FakeClock(NOW))
    dispatcher = dispatcher_of(app)
    # Sending must not dominate: no global wait; each due reminder is a different chat.
    dispatcher.limiter = SendLimiter(rate_per_s=1e9, per_chat_interval_s=1.0)
    if concurrency is not None:
        dispatcher.concurrency = concurrency
    await app.initialize()
    await app.start()
    first = await dispatcher.tick()
    startup = time.perf_counter() - started
    ready_at = time.time()
    if first.claimed != BATCH or first.sent != BATCH:
        raise RuntimeError(f"the first tick did not send a full batch: {first}")

    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    durations: list[float] = []
    cpu: list[float] = []
    deliver: list[float] = []
    for _ in range(ticks):
        # The tick as production runs it: claim one batch and queue it for the senders.
        begun, begun_cpu = time.perf_counter(), time.process_time()
        report = await dispatcher.claim()
        durations.append(time.perf_counter() - begun)
        cpu.append(time.process_time() - begun_cpu)
        if report.claimed != BATCH:
            raise RuntimeError(f"a measured tick did not claim a full batch: {report}")
        # Then the senders' part, timed apart: 500 sends and their outcome writes.
        begun = time.perf_counter()
        await dispatcher.drain()
        deliver.append(time.perf_counter() - begun)
        if report.sent != BATCH:
            raise RuntimeError(f"a measured batch was not all sent: {report}")
    if profiler is not None:
        import pstats

        profiler.disable()
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(45)
        stats.sort_stats("tottime").print_stats(30)
    await app.stop()
    await app.shutdown()
    await dispatcher.close()
    result = {
        "startup_s": round(startup, 3),
        "import_s": round(import_s, 3),
        "ready_at": ready_at,
        "tick_ms": [round(d * 1000, 2) for d in durations],
        "tick_ms_p50": round(statistics.median(durations) * 1000, 2),
        "tick_ms_max": round(max(durations) * 1000, 2),
        "tick_cpu_ms_p50": round(statistics.median(cpu) * 1000, 2),
        "concurrency": dispatcher.concurrency,
        "deliver_ms_p50": round(statistics.median(deliver) * 1000, 2),
    }
    result.update(_rss_mb())
    return result


async def child_naive(url: str, schema: str | None, users: int) -> dict[str, Any]:
    from sqlalchemy import select
    from telegram.ext import ContextTypes

    from bot.clock import SystemClock
    from bot.core import reminders as rules
    from bot.core.reminders import Kind
    from bot.storage.models import Reminder, User

    async def send_reminder(context: ContextTypes.DEFAULT_TYPE) -> None:  # never runs here
        return None

    import_s = _import_bot()
    started = time.perf_counter()
    app, database = _open_app(url, schema, SystemClock())
    await app.initialize()
    assert app.job_queue is not None
    # Rebuild one job per reminder, as a per-user-jobs bot must at every start.
    query = (
        select(
            Reminder.id,
            Reminder.kind,
            Reminder.local_time,
            User.chat_id,
            User.telegram_id,
            User.time_zone,
            User.wake_time,
            User.bedtime,
            User.caffeine_cutoff,
            User.checkin_time,
        )
        .join(User, User.id == Reminder.user_id)
        .where(Reminder.enabled.is_(True), Reminder.user_id <= users)
    )
    jobs = 0
    async with database.session() as session:
        rows = (await session.execute(query)).all()
    from zoneinfo import ZoneInfo

    for row in rows:
        kind = Kind(row.kind)
        profile = rules.Profile(
            zone=row.time_zone or "UTC",
            wake_time=row.wake_time,
            bedtime=row.bedtime,
            caffeine_cutoff=row.caffeine_cutoff,
            checkin_time=row.checkin_time,
        )
        at = rules.local_time_for(kind, profile, row.local_time)
        if at is None:
            continue
        app.job_queue.run_daily(
            send_reminder,
            time=at.replace(tzinfo=ZoneInfo(profile.zone)),
            days=(6,) if kind is Kind.WEEKLY else tuple(range(7)),
            name=f"reminder:{row.id}",
            chat_id=row.chat_id,
            user_id=row.telegram_id,
            data=row.id,
        )
        jobs += 1
    del rows
    await app.start()
    startup = time.perf_counter() - started
    ready_at = time.time()
    scheduled = len(app.job_queue.jobs())
    await app.stop()
    await app.shutdown()
    result: dict[str, Any] = {
        "startup_s": round(startup, 3),
        "import_s": round(import_s, 3),
        "ready_at": ready_at,
        "jobs": jobs,
        "scheduled": scheduled,
    }
    result.update(_rss_mb())
    return result


async def child_baseline(url: str, schema: str | None) -> dict[str, Any]:
    """The same application with nothing scheduled and nothing due: the floor of RSS."""
    from bot.clock import SystemClock

    app, _ = _open_app(url, schema, SystemClock())
    await app.initialize()
    await app.start()
    await app.stop()
    await app.shutdown()
    return _rss_mb()


def run_child(args: list[str]) -> dict[str, Any]:
    spawned = time.time()
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"child {args[:2]} failed:\n{done.stderr[-4000:]}")
    if done.stderr.strip():
        print(done.stderr, file=sys.stderr)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if "ready_at" in result:
        result["startup_with_process_s"] = round(result.pop("ready_at") - spawned, 3)
    return result


# --- the parent --------------------------------------------------------------------------------


def postgres_available(url: str) -> str | None:
    async def probe() -> None:
        from sqlalchemy import text
        from sqlalchemy.ext.asyncio import create_async_engine

        engine = create_async_engine(url)
        try:
            async with engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
        finally:
            await engine.dispose()

    try:
        asyncio.run(probe())
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def bench_backend(
    name: str,
    url: str,
    schema: str | None,
    users: int,
    due_users: int,
    ticks: int,
    profile: bool,
    naive_users: int | None,
    sqlite_path: Path | None,
    concurrency: int | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    began = time.perf_counter()
    if sqlite_path is not None:
        asyncio.run(migrate_sqlite(url))
        load_sqlite(sqlite_path, users, due_users)
    else:
        assert schema is not None
        asyncio.run(create_schema(url, schema))
        asyncio.run(load_postgres(url, schema, users, due_users))
    out["load_s"] = round(time.perf_counter() - began, 1)
    print(f"[{name}] loaded {users} users x 4 reminders in {out['load_s']} s", file=sys.stderr)
    where = ["--schema", schema] if schema else []
    ours = run_child(
        ["--child", "ours", "--database-url", url, "--ticks", str(ticks), *where]
        + (["--profile"] if profile else [])
        + (["--concurrency", str(concurrency)] if concurrency else [])
    )
    print(f"[{name}] ours: {json.dumps(ours)}", file=sys.stderr)
    out["ours"] = ours
    if naive_users is not None:
        out["naive"] = run_child(
            ["--child", "naive", "--database-url", url, "--users", str(naive_users), *where]
        )
        print(f"[{name}] naive: {json.dumps(out['naive'])}", file=sys.stderr)
        out["baseline"] = run_child(["--child", "baseline", "--database-url", url, *where])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 users, naive at 2,000")
    parser.add_argument("--smoke", action="store_true", help="seconds, tiny sizes (CI)")
    parser.add_argument("--users", type=int, help="default 1,000,000 (--quick: 20,000)")
    parser.add_argument("--naive-users", type=int, help="default 100,000 (--quick: 2,000)")
    parser.add_argument("--ticks", type=int, help="measured ticks (default 30, --quick 5)")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("TEST_DATABASE_URL", DEFAULT_POSTGRES),
        help="the PostgreSQL server to use (a schema of its own is made and dropped)",
    )
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    parser.add_argument("--profile", action="store_true", help="cProfile the ticks (stderr)")
    parser.add_argument(
        "--concurrency", type=int, help="Dispatcher.concurrency (default: production's 32)"
    )
    # Internal: the bot process itself.
    parser.add_argument("--child", choices=["ours", "naive", "baseline"], help=argparse.SUPPRESS)
    parser.add_argument("--schema", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        if args.child == "ours":
            result = asyncio.run(
                child_ours(
                    args.database_url, args.schema, args.ticks, args.profile, args.concurrency
                )
            )
        elif args.child == "naive":
            result = asyncio.run(child_naive(args.database_url, args.schema, args.users))
        else:
            result = asyncio.run(child_baseline(args.database_url, args.schema))
        print(json.dumps(result))
        return

    if args.smoke:
        args.users, args.naive_users, args.ticks = args.users or 2_000, 200, 2
    users = args.users or (20_000 if args.quick else 1_000_000)
    naive_users = min(users, args.naive_users or (2_000 if args.quick else 100_000))
    ticks = args.ticks or (5 if args.quick else 30)
    # One due reminder per user for the first tick and every measured one, and some spare.
    needed = (ticks + 1) * BATCH
    due_users = min(users, needed + BATCH)
    if due_users < needed:
        raise SystemExit(f"--users must be at least {needed} for {ticks} ticks")

    pg_error = None if args.no_postgres else postgres_available(args.database_url)
    use_pg = not args.no_postgres and pg_error is None
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        sqlite_path = Path(tmp) / "bench.db"
        sqlite_url = f"sqlite+aiosqlite:///{sqlite_path}"
        results["sqlite"] = bench_backend(
            "sqlite",
            sqlite_url,
            None,
            users,
            due_users,
            ticks,
            args.profile,
            None if use_pg else naive_users,
            sqlite_path,
            args.concurrency,
        )
    if use_pg:
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        try:
            results["postgres"] = bench_backend(
                "postgres",
                args.database_url,
                schema,
                users,
                due_users,
                ticks,
                args.profile,
                naive_users,
                None,
                args.concurrency,
            )
        finally:
            asyncio.run(drop_schema(args.database_url, schema))

    naive_from = results.get("postgres", results["sqlite"])
    ours = {name: r["ours"] for name, r in results.items()}
    rss = max(o["rss_peak_mb"] for o in ours.values())
    startup = max(o["startup_s"] for o in ours.values())
    naive = naive_from["naive"]
    out: dict[str, Any] = {
        "users": users,
        "reminders": users * 4,
        "naive_users": naive_users,
        "tick_ms_p50_postgres": ours["postgres"]["tick_ms_p50"] if use_pg else None,
        "tick_ms_p50_sqlite": ours["sqlite"]["tick_ms_p50"],
        "rss_mb": rss,
        "startup_s": startup,
        "naive_rss_mb": naive["rss_peak_mb"],
        "naive_startup_s": naive["startup_s"],
        "naive_jobs": naive["jobs"],
        "baseline_rss_mb": naive_from["baseline"]["rss_peak_mb"],
        "naive_to_ours_rss_ratio": round(naive["rss_peak_mb"] / rss, 2),
        "naive_to_ours_startup_ratio": round(naive["startup_s"] / startup, 2),
        "batch": BATCH,
        "ticks": ticks,
    }
    for name, o in ours.items():
        out[f"tick_cpu_ms_p50_{name}"] = o["tick_cpu_ms_p50"]
        out[f"tick_ms_max_{name}"] = o["tick_ms_max"]
        out[f"send_and_write_ms_p50_{name}"] = o["deliver_ms_p50"]
        out[f"rss_mb_{name}"] = o["rss_peak_mb"]
        out[f"startup_s_{name}"] = o["startup_s"]
        out[f"startup_with_process_s_{name}"] = o["startup_with_process_s"]
        out[f"load_s_{name}"] = results[name]["load_s"]
    out["naive_startup_with_process_s"] = naive["startup_with_process_s"]
    out["naive_database"] = "postgres" if use_pg else "sqlite"
    if pg_error:
        out["postgres_error"] = pg_error
    out["tick"] = (
        "Dispatcher.claim(), what the repeating JobQueue tick runs: lock check + one claim "
        "transaction of 500 due rows (lease update ... where id in (select ... for update skip "
        "locked) returning the rows, then their users) "
        "+ check-ins + decide + queueing for the senders. send_and_write_ms: the senders then "
        "sending those 500 (32 concurrent, limiter never waits, in-memory Bot API) and "
        "committing outcomes in groups of 32"
    )
    out["startup"] = (
        "build_application + initialize + start + first full tick, imports excluded "
        "(startup_with_process_s includes interpreter and imports)"
    )
    print(json.dumps(out))


if __name__ == "__main__":
    main()
