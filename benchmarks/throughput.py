"""Webhook throughput: real bot processes (`python -m bot run --webhook`) on PostgreSQL, fed
over HTTP by a load generator, against one and two instances; and a bare PTB echo bot behind
the same webhook server as the floor. The bots answer a local Bot API (no Telegram, and no
30 messages/s limit: this measures our ceiling, not Telegram's).

    .venv/bin/python benchmarks/throughput.py [--quick] [--database-url URL]

Each simulated user onboards, checks in, writes a journal entry and presses through the menu
(23 updates); users run concurrently, each user's updates in order, alternating instances;
every 50th update is delivered twice at once, as Telegram retries can. URL is a PostgreSQL
server the benchmark may create and drop databases on (default: TEST_DATABASE_URL).
The last output line is one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import sys
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # the load generator lives with the test helpers


from scratch_db import fresh_database  # noqa: E402

from tests.auxil.bot_process import SECRET, BotProcess, free_port  # noqa: E402
from tests.auxil.http_bot_api import HttpBotApi  # noqa: E402
from tests.auxil.workload import Result, drive, percentile  # noqa: E402

DEFAULT_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
BOT_ENV = {"SEND_MAX_PER_S": "0", "FLOOD_MAX_UPDATES": "1000"}


def _metric(metrics_text: str, name: str) -> float:
    pattern = rf"^{name}(?:\{{[^}}]*\}})? (\S+)$"
    return sum(float(v) for v in re.findall(pattern, metrics_text, re.M))


def handled(metrics_text: str) -> float:
    """Turns run: deliveries, less Telegram's retries of an update already handled."""
    return _metric(metrics_text, "stillpoint_updates_total") - _metric(
        metrics_text, "stillpoint_duplicate_updates_total"
    )


async def run_bots(
    server_url: str, instances: int, users: int, concurrency: int
) -> dict[str, float]:
    async with fresh_database(server_url) as url:
        with HttpBotApi() as api:
            bots = [
                BotProcess(database_url=url, api_base_url=api.base_url, env=BOT_ENV)
                for _ in range(instances)
            ]
            try:
                for bot in bots:
                    bot.start()
                for bot in bots:
                    bot.wait_healthy(timeout=60)
                result = await drive(
                    [bot.url for bot in bots],
                    api.shared(),
                    users=range(1, users + 1),
                    duplicate_every=50,
                    concurrency=concurrency,
                    secret=SECRET,
                )
                async with httpx.AsyncClient() as client:
                    scraped = [(await client.get(f"{bot.url}/metrics")).text for bot in bots]
                for bot in bots:
                    bot.terminate()
            except BaseException:
                for bot in bots:  # what the bots said, to see why the run failed
                    print(bot.log()[-4000:], file=sys.stderr)
                raise
            finally:
                for bot in bots:
                    bot.close()
    assert set(result.statuses) == {200}, result.statuses
    return summarize(result) | {"duplicates": sum(handled(t) for t in scraped) - result.posted}


def summarize(result: Result) -> dict[str, float]:
    return {
        "updates": result.posted,
        "retried": result.retried,
        "updates_per_s": round(result.posted / result.seconds, 1),
        "p50_ms": round(statistics.median(result.latencies) * 1000, 1),
        "p99_ms": round(percentile(result.latencies, 0.99) * 1000, 1),
    }


# --- the floor: a bare PTB echo bot behind the same webhook server, in its own process --------


def serve_echo(port: int, api_base_url: str) -> None:
    from telegram import Update
    from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

    from bot.transport.local_api import LOCAL_TOKEN
    from bot.transport.webhook import WebhookServer, server_for

    app = ApplicationBuilder().token(LOCAL_TOKEN).base_url(api_base_url).build()

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat, message = update.effective_chat, update.effective_message
        if chat is not None and message is not None:
            await context.bot.send_message(chat.id, message.text or "…")

    app.add_handler(MessageHandler(filters.ALL, echo))

    async def main() -> None:
        webhook = WebhookServer(app, secret=SECRET, database=None)
        async with app:
            await server_for(webhook.app, host="127.0.0.1", port=port).serve()

    asyncio.run(main())


async def run_echo(users: int, concurrency: int) -> dict[str, float]:
    with HttpBotApi() as api:
        port = free_port()
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            __file__,
            "--serve-echo",
            str(port),
            api.base_url,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        try:
            url = f"http://127.0.0.1:{port}"
            async with httpx.AsyncClient() as client:
                for _ in range(600):
                    try:
                        await client.get(f"{url}/healthz", timeout=1)
                        break
                    except httpx.TransportError:
                        await asyncio.sleep(0.05)
            script = [("send", f"hello {n}") for n in range(23)]
            result = await drive(
                [url],
                api.shared(),
                users=range(1, users + 1),
                script=script,
                concurrency=concurrency,
                secret=SECRET,
            )
        finally:
            process.terminate()
            await asyncio.wait_for(process.wait(), timeout=15)
    return summarize(result)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 users instead of 1,000")
    parser.add_argument("--smoke", action="store_true", help="seconds, tiny sizes (CI)")
    parser.add_argument("--database-url", default=os.environ.get("TEST_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--concurrency", type=int, default=64, help="users in flight at once")
    parser.add_argument("--serve-echo", nargs=2, metavar=("PORT", "API"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_echo:
        serve_echo(int(args.serve_echo[0]), args.serve_echo[1])
        return
    users = 10 if args.smoke else 100 if args.quick else 1000
    one = asyncio.run(run_bots(args.database_url, 1, users, args.concurrency))
    print("one instance:", json.dumps(one), flush=True)
    two = asyncio.run(run_bots(args.database_url, 2, users, args.concurrency))
    print("two instances:", json.dumps(two), flush=True)
    echo = asyncio.run(run_echo(users, args.concurrency))
    print("echo floor:", json.dumps(echo), flush=True)
    result = {
        "users": users,
        "cpus": os.cpu_count(),
        "updates_per_s_1": one["updates_per_s"],
        "updates_per_s_2": two["updates_per_s"],
        "echo_updates_per_s": echo["updates_per_s"],
        "p50_ms_1": one["p50_ms"],
        "p99_ms_1": one["p99_ms"],
        "p50_ms_2": two["p50_ms"],
        "p99_ms_2": two["p99_ms"],
        "echo_p50_ms": echo["p50_ms"],
        "ratio_1_to_echo": round(one["updates_per_s"] / echo["updates_per_s"], 3),
        "ratio_2_to_echo": round(two["updates_per_s"] / echo["updates_per_s"], 3),
        "duplicates": int(one["duplicates"] + two["duplicates"]),
        # Posts sent again after their connection broke (the bot de-duplicates them).
        "retried": int(one["retried"] + two["retried"] + echo["retried"]),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
