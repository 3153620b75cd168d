"""Container health check. Exit 0 means healthy, 1 unhealthy.

Webhook mode (WEBHOOK_URL set): asks the bot's own /healthz, which answers only when the
process serves requests and its database runs `SELECT 1`. Polling mode opens no port, so it
checks what can break while the bot keeps running: the settings load and the database answers
`SELECT 1` (read-only; never migrates). It prints only an exception's type, never a URL or a
secret.
"""

from __future__ import annotations

import asyncio
import sys
import urllib.request

from sqlalchemy import text

from bot.config import Settings, load_settings
from bot.storage import Database


async def _ping(settings: Settings) -> None:
    database = Database(settings.database_url, busy_timeout_ms=settings.sqlite_busy_timeout_ms)
    try:
        async with database.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    finally:
        await database.dispose()


def _healthz(settings: Settings) -> None:
    host = "127.0.0.1" if settings.webhook_listen in ("0.0.0.0", "::") else settings.webhook_listen
    url = f"http://{host}:{settings.webhook_port}/healthz"
    with urllib.request.urlopen(url, timeout=10) as response:
        if response.status != 200:
            raise RuntimeError(f"/healthz answered {response.status}")


def main() -> int:
    try:
        settings = load_settings()
        if settings.webhook_url:
            _healthz(settings)
        else:
            asyncio.run(asyncio.wait_for(_ping(settings), timeout=10))
    except Exception as exc:
        print(f"unhealthy: {type(exc).__name__}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
