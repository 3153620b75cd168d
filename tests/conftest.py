"""Fixtures: a database per test (SQLite always, PostgreSQL when TEST_DATABASE_URL is set),
a fake Bot API, a hand-moved clock, and the real Application wired to all three."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Awaitable
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

import hypothesis
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.app import StillpointApp, build_application
from bot.clock import FakeClock
from bot.config import Settings
from bot.features import Catalog
from bot.scheduling import dispatcher_of
from bot.storage import Database, migrate
from bot.transport.exercises import LiveExercises, live_exercises_of
from bot.transport.flood import FloodGuard
from bot.transport.updates import UpdateFactory
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi

# Property tests are judged on what they find, not on how fast one example runs: a per-example
# deadline only measures how busy the machine is (one failed under load with nothing wrong).
hypothesis.settings.register_profile("stillpoint", deadline=None)
hypothesis.settings.load_profile("stillpoint")

POSTGRES_URL = os.environ.get("TEST_DATABASE_URL")
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if POSTGRES_URL:
        return
    skip = pytest.mark.skip(reason="TEST_DATABASE_URL is not set")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgres: needs TEST_DATABASE_URL (PostgreSQL)")


class DatabaseFactory:
    """Opens `Database` objects on one test database: several = several bot instances."""

    def __init__(self, url: str, schema: str | None) -> None:
        self.url, self.schema = url, schema
        self.opened: list[Database] = []

    def open(self) -> Database:
        kwargs = {}
        if self.schema:
            kwargs["connect_args"] = {"server_settings": {"search_path": self.schema}}
        database = Database(self.url, **kwargs)
        self.opened.append(database)
        return database


@pytest.fixture(params=BACKENDS)
async def databases(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[DatabaseFactory]:
    if request.param == "sqlite":
        factory = DatabaseFactory(f"sqlite+aiosqlite:///{tmp_path / 'test.db'}", None)
        first = factory.open()
        await migrate(first.engine)
        yield factory
    else:
        assert POSTGRES_URL
        # A schema of its own keeps tests (and concurrent runs) from seeing each other's rows.
        schema = f"t_{uuid.uuid4().hex[:12]}"
        admin = create_async_engine(POSTGRES_URL)
        async with admin.begin() as conn:
            await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        factory = DatabaseFactory(POSTGRES_URL, schema)
        first = factory.open()
        await migrate(first.engine)
        yield factory
        async with admin.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.dispose()
    for database in factory.opened:
        await database.dispose()


@pytest.fixture
def database(databases: DatabaseFactory) -> Database:
    return databases.opened[0]


@pytest.fixture
def clock() -> FakeClock:
    # A Wednesday evening in late November.
    return FakeClock(datetime(2026, 11, 25, 19, 0, tzinfo=UTC))


@pytest.fixture
def api() -> FakeBotApi:
    # No flood limits: most tests hold the clock still, so a whole conversation happens at one
    # instant. Tests whose clock moves (live exercises) use TimedBotApi, which keeps them.
    return FakeBotApi()


def make_settings() -> Settings:
    # The database is passed in directly; this URL only has to be valid.
    return Settings(  # type: ignore[call-arg]
        _env_file=None, telegram_bot_token=None, database_url="sqlite+aiosqlite:///unused.db"
    )


class AppMaker(Protocol):
    """Builds an initialised Application on `database`, with the features of `catalog` when
    given (a test's own feature beside the real ones), else those of `conversations/`."""

    def __call__(
        self, database: Database, *, catalog: Catalog | None = None
    ) -> Awaitable[StillpointApp]: ...


async def no_pause(seconds: float) -> None:
    """Retries of a reply go at once in tests: what matters is how many there are."""


@pytest.fixture
async def make_app(
    api: FakeBotApi, clock: FakeClock, databases: DatabaseFactory
) -> AsyncIterator[AppMaker]:
    """Builds and initialises Applications (several may share one database), shut down after."""
    apps: list[StillpointApp] = []

    async def make(database: Database, *, catalog: Catalog | None = None) -> StillpointApp:
        app = build_application(
            make_settings(),
            database=database,
            request=api,
            clock=clock,
            rate_limit=False,
            reply_pause=no_pause,
            catalog=catalog,
        )
        await app.initialize()
        apps.append(app)
        return app

    yield make
    for app in apps:
        if app.running:
            await app.stop()
        await app.shutdown()
        # PTB calls post_shutdown only from run_polling/run_webhook; release what it would.
        await dispatcher_of(app).close()


@pytest.fixture
async def app(make_app: AppMaker, database: Database) -> StillpointApp:
    return await make_app(database)


@pytest.fixture
def factory(app: StillpointApp) -> UpdateFactory:
    return UpdateFactory(app.bot)


@pytest.fixture
def chat(app: StillpointApp, api: FakeBotApi, factory: UpdateFactory) -> Chat:
    return Chat(app, api, user_id=4242, factory=factory)


@pytest.fixture
async def live(app: StillpointApp) -> AsyncIterator[LiveExercises]:
    """The app's live-exercise runner, closed after the test (its sessions' tasks with it)."""
    runner = live_exercises_of(app)
    yield runner
    await runner.close()


@pytest.fixture
async def guarded(
    database: Database, api: FakeBotApi, clock: FakeClock
) -> AsyncIterator[StillpointApp]:
    """An app whose flood guard lets a chat through 30 updates in 10 s (the flood tests)."""
    app = build_application(
        make_settings(),
        database=database,
        request=api,
        clock=clock,
        rate_limit=False,
        flood_guard=FloodGuard(clock=clock, max_updates=30, window_s=10),
    )
    await app.initialize()
    yield app
    await app.shutdown()
