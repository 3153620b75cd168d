"""A backlog of pending replies drained by the outbox sweeper at Telegram's send cap: how fast,
in order, and does any chat starve behind a long one?

    .venv/bin/python benchmarks/outbox_backlog.py [--replies N] [--heavy N] [--per-chat N]
        [--rate R] [--latency-ms MS] [--lease-s S]

`--replies` (default 2,000) replies wait in the outbox of a fresh SQLite database, left by a
process that died (its heartbeat ran out): the oldest `--heavy` (default 1,000) all to one
chat, the rest `--per-chat` (default 10) to each of many chats. The real Application
(`build_application` with its rate limiter at `--rate`, default 30/s) runs on the system clock
against an in-memory Bot API that takes `--latency-ms` (default 20) per call and answers 429
to anything faster than the rate (with a little tolerance for jitter). One `sweep()` runs until
the outbox is empty; `--lease-s` is OUTBOX_LEASE_S (default 8: the setting with which a
backlog did not drain before).

Baseline, the same backlog and database: how the sweeper chose before (the 200 oldest replies
a pass, whatever their chat): how many chats its first pass reaches, and when the first reply
to a light chat could go out at the cap.

Prints one JSON object as its last line: drain_s, rate_fraction (sends per second over the
rate), throttled (429s), lost, duplicates, out_of_order (chats whose replies came out of
order), first_reply_p50_s / first_reply_max_s over the light chats, chats_in_first_pass (new)
and baseline_chats_in_first_pass, baseline_first_light_reply_s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot.app import build_application
from bot.clock import SystemClock
from bot.config import Settings
from bot.storage import Database, migrate, outbox
from bot.storage.models import OutboxMessage, ReplyOwner
from bot.transport.local_api import LocalBotApi
from bot.transport.sender import reply_sender_of

HEAVY_CHAT = 1


class PacedApi(LocalBotApi):
    """An in-memory Bot API with a network's latency that refuses sends above `rate`."""

    def __init__(self, rate: float, latency_s: float) -> None:
        super().__init__()
        self.rate, self.latency_s = rate, latency_s
        self.sent: list[tuple[float, int, str]] = []
        self.throttled = 0
        # Telegram tolerates about a second's worth at once.
        self._tokens, self._last = rate, time.monotonic()

    async def do_request(
        self, url: str, method: str, request_data: Any = None, *a: Any, **k: Any
    ) -> tuple[int, bytes]:
        await asyncio.sleep(self.latency_s)
        name = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        if name == "sendMessage":
            now = time.monotonic()
            self._tokens = min(self.rate, self._tokens + (now - self._last) * self.rate)
            self._last = now
            if self._tokens < 1.0:
                self.throttled += 1
                body = {
                    "ok": False,
                    "error_code": 429,
                    "description": "Too Many Requests",
                    "parameters": {"retry_after": 1},
                }
                return 429, json.dumps(body).encode()
            self._tokens -= 1.0
            self.sent.append((now, int(params["chat_id"]), str(params["text"])))
        return self.answer(name, params, request_data)


async def fill(database: Database, args: argparse.Namespace, now: datetime) -> dict[int, int]:
    """The backlog, oldest first: the heavy chat's, then the light chats' interleaved."""
    dead = "replies-dead00000000"
    rows: list[dict[str, Any]] = []
    light = (args.replies - args.heavy) // args.per_chat
    plan = [HEAVY_CHAT] * args.heavy + [
        100 + chat for _ in range(args.per_chat) for chat in range(light)
    ]
    counts: Counter[int] = Counter()
    for chat_id in plan:
        counts[chat_id] += 1
        rows.append(
            {
                "chat_id": chat_id,
                "update_id": None,
                "method": "sendMessage",
                "payload": {"text": f"{chat_id}:{counts[chat_id]}"},
                "blob": None,
                "created_at": now,
                "expires_at": None,
                "lease_owner": dead,
                "lease_until": now + timedelta(minutes=5),
                "attempts": 0,
            }
        )
    async with database.session() as session, session.begin():
        session.add(ReplyOwner(owner=dead, alive_until=now - timedelta(seconds=1)))
        await session.execute(OutboxMessage.__table__.insert(), rows)
    return dict(counts)


async def waiting(database: Database) -> int:
    async with database.session() as session:
        return len((await session.execute(select(OutboxMessage.id))).all())


async def baseline(database: Database, now: datetime, rate: float) -> tuple[int, float]:
    """The old choice: the 200 oldest lapsed replies, whatever their chat (read only)."""
    async with database.session() as session:
        chats = (
            (
                await session.execute(
                    select(OutboxMessage.chat_id).order_by(OutboxMessage.id).limit(200)
                )
            )
            .scalars()
            .all()
        )
        first_light = (
            await session.execute(
                select(OutboxMessage.id)
                .where(OutboxMessage.chat_id != HEAVY_CHAT)
                .order_by(OutboxMessage.id)
                .limit(1)
            )
        ).scalar_one()
        before = (
            await session.execute(select(OutboxMessage.id).where(OutboxMessage.id < first_light))
        ).all()
    return len(set(chats)), len(before) / rate


async def run(args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'backlog.db'}"
        database = Database(url)
        await migrate(database.engine)
        now = datetime.now(UTC)
        counts = await fill(database, args, now)
        base_chats, base_first = await baseline(database, now, args.rate)
        async with database.session() as session, session.begin():
            first_pass = await outbox.claim_due(
                session, owner="probe", lease=timedelta(seconds=1), now=now, limit=10**6
            )
            # Only looking: give them back.
            await outbox.release(
                session, ids=[r.id for r in first_pass], owner="probe", retry_at=now
            )
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            telegram_bot_token=None,
            database_url=url,
            send_max_per_s=args.rate,
            outbox_lease_s=args.lease_s,
        )
        api = PacedApi(args.rate, args.latency_ms / 1000)
        app = build_application(settings, database=database, request=api, clock=SystemClock())
        await app.initialize()
        try:
            sender = reply_sender_of(app)
            began = time.monotonic()
            taken = 0
            # The sweep, and what the heartbeat does each second while replies wait (a reply
            # Telegram refused waits LATER before it is tried again).
            while await waiting(database):
                found = await sender.sweep(app.bot)
                taken += found
                if not found:
                    await asyncio.sleep(1.0)
            drained = time.monotonic() - began
        finally:
            await app.shutdown()
            await database.dispose()
    by_chat: dict[int, list[int]] = {}
    first: dict[int, float] = {}
    for at, chat_id, text in api.sent:
        by_chat.setdefault(chat_id, []).append(int(text.split(":")[1]))
        first.setdefault(chat_id, at - began)
    delivered = Counter(f"{c}:{n}" for _, c, t in api.sent for n in [t.split(":")[1]])
    light = [first[c] for c in counts if c != HEAVY_CHAT and c in first]
    return {
        "replies": args.replies,
        "taken": taken,
        "drain_s": round(drained, 2),
        "rate_fraction": round(len(api.sent) / drained / args.rate, 3),
        "throttled": api.throttled,
        "lost": sum(counts.values()) - len(delivered),
        "duplicates": sum(n - 1 for n in delivered.values() if n > 1),
        "out_of_order": sum(1 for seq in by_chat.values() if seq != sorted(seq)),
        "first_reply_p50_s": round(statistics.median(light), 2),
        "first_reply_max_s": round(max(light), 2),
        "heavy_chat_done_s": round(max(at for at, c, _ in api.sent if c == HEAVY_CHAT) - began, 2),
        "chats": len(counts),
        "chats_in_first_pass": len({r.chat_id for r in first_pass}),
        "baseline_chats_in_first_pass": base_chats,
        "baseline_first_light_reply_s": round(base_first, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replies", type=int, default=2000)
    parser.add_argument("--heavy", type=int, default=1000)
    parser.add_argument("--per-chat", type=int, default=10)
    parser.add_argument("--rate", type=float, default=30.0)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--lease-s", type=float, default=8.0)
    parser.add_argument("--smoke", action="store_true", help="seconds, tiny sizes (CI)")
    args = parser.parse_args()
    if args.smoke:
        args.replies, args.heavy, args.per_chat = 60, 30, 3
    print(json.dumps(asyncio.run(run(args))))


if __name__ == "__main__":
    main()
