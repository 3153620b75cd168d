"""Container health check: settings load and the database answers `SELECT 1`.

Read-only: it never migrates. It prints only an exception's type, never a URL or a secret.
Exit 0 means healthy, 1 unhealthy.
"""

from __future__ import annotations

import asyncio
import sys

from sqlalchemy import text

from bot.config import load_settings
from bot.storage import Database


async def _ping() -> None:
    settings = load_settings()
    database = Database(settings.database_url, busy_timeout_ms=settings.sqlite_busy_timeout_ms)
    try:
        async with database.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    finally:
        await database.dispose()


def main() -> int:
    try:
        asyncio.run(asyncio.wait_for(_ping(), timeout=10))
    except Exception as exc:
        print(f"unhealthy: {type(exc).__name__}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
