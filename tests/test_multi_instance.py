"""Two real bot processes in webhook mode on one PostgreSQL database, a driver posting updates
for many users alternating between them, some delivered twice at once: every flow ends
correctly and no update is handled twice."""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest
from cryptography.fernet import Fernet
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from bot.storage import Database
from bot.storage.crypto import Keyring
from bot.storage.models import CheckIn, JournalEntry, ProcessedUpdate, User
from tests.auxil.bot_process import SECRET, BotProcess
from tests.auxil.http_bot_api import HttpBotApi
from tests.auxil.workload import JOURNAL_TEXT, drive
from tests.conftest import POSTGRES_URL

pytestmark = pytest.mark.postgres
USERS = 16  # 23 updates each: a few hundred in all


@pytest.fixture
async def database_url() -> AsyncIterator[str]:
    """A database of its own: the bots are separate processes, so a schema on a shared
    connection (as the other PostgreSQL tests use) cannot be handed to them."""
    assert POSTGRES_URL
    name = f"sp_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    async with admin.connect() as connection:
        await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await admin.dispose()


def metric(body: str, name: str) -> float:
    return sum(float(v) for v in re.findall(rf"^{name}(?:{{[^}}]*}})? (\S+)$", body, re.M))


async def test_two_processes_share_the_work_and_handle_each_update_once(
    database_url: str,
) -> None:
    key = Fernet.generate_key().decode()
    with HttpBotApi() as api:
        bots = [
            BotProcess(
                database_url=database_url,
                api_base_url=api.base_url,
                # Telegram's 30 messages/s would make this test a 30 s wait on the limiter.
                env={"ENCRYPTION_KEYS": key, "SEND_MAX_PER_S": "0"},
            )
            for _ in range(2)
        ]
        try:
            for bot in bots:
                bot.start()  # both at once: they migrate one after the other
            for bot in bots:
                bot.wait_healthy()
            result = await drive(
                [bot.url for bot in bots],
                api.shared(),
                users=range(1001, 1001 + USERS),
                duplicate_every=7,
                concurrency=USERS,
                secret=SECRET,
            )
            async with httpx.AsyncClient() as client:
                scraped = [(await client.get(f"{bot.url}/metrics")).text for bot in bots]
            statuses = [bot.terminate() for bot in bots]
        finally:
            for bot in bots:
                bot.close()
        logs = [bot.log() for bot in bots]

    assert statuses == [0, 0], logs
    assert result.statuses == {200: result.posted + result.duplicates_posted}
    assert result.duplicates_posted > 20
    delivered = [metric(body, "stillpoint_updates_total") for body in scraped]
    assert sum(delivered) == result.posted + result.duplicates_posted + result.retried
    # Every duplicate is recognised; a post retried after a broken connection may add one.
    recognised = sum(metric(b, "stillpoint_duplicate_updates_total") for b in scraped)
    assert result.duplicates_posted <= recognised <= result.duplicates_posted + result.retried
    handled = [
        d - metric(b, "stillpoint_duplicate_updates_total")
        for d, b in zip(delivered, scraped, strict=True)
    ]
    assert sum(handled) == result.posted  # each update's turn ran once
    assert all(count > result.posted / 4 for count in handled)  # both did real work
    for log in logs:
        assert "Traceback" not in log
        assert JOURNAL_TEXT not in log

    database = Database(database_url, keyring=Keyring([key]))
    try:
        async with database.session() as session:
            users = (await session.execute(select(User))).scalars().all()
            checkins = (await session.execute(select(CheckIn))).scalars().all()
            entries = (await session.execute(select(JournalEntry))).scalars().all()
            processed = (
                await session.execute(select(func.count()).select_from(ProcessedUpdate))
            ).scalar()
        async with database.engine.connect() as connection:
            raw = (await connection.execute(text("SELECT text FROM journal_entries"))).scalars()
            stored = list(raw)
    finally:
        await database.dispose()
    assert len(users) == USERS
    assert all(user.onboarded_at is not None for user in users)
    assert all(user.time_zone == "Europe/Berlin" for user in users)
    assert sorted(c.user_id for c in checkins) == sorted(u.id for u in users)
    assert all((c.twitch_level, c.anxiety, c.caffeine_drinks) == (1, 4, 2) for c in checkins)
    assert [e.text for e in entries] == [JOURNAL_TEXT] * USERS
    assert all(s.startswith("enc1:") for s in stored)
    assert processed == result.posted
    for user_id in range(1001, 1001 + USERS):
        replies = api.texts(user_id)
        assert any("Saved in your journal" in r for r in replies)
