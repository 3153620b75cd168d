"""The flood limit: past 30 updates in 10 s a user's updates are dropped with one notice, and
nobody else is slowed down."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from bot.app import StillpointApp, build_application
from bot.clock import FakeClock
from bot.storage import Database
from bot.transport.flood import FloodGuard
from bot.transport.updates import UpdateFactory
from bot.transport.words import flood_notice
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.conftest import make_settings


@pytest.fixture
async def guarded(
    database: Database, api: FakeBotApi, clock: FakeClock
) -> AsyncIterator[StillpointApp]:
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


def chat_of(app: StillpointApp, api: FakeBotApi, user_id: int) -> Chat:
    return Chat(app, api, user_id, UpdateFactory(app.bot, first_update_id=user_id * 1000))


async def test_updates_past_the_limit_are_dropped_with_one_notice(
    guarded: StillpointApp, api: FakeBotApi, clock: FakeClock
) -> None:
    flooder, other = chat_of(guarded, api, 61), chat_of(guarded, api, 62)
    for _ in range(30):
        assert await flooder.send("hello") != []
        clock.advance(timedelta(milliseconds=100))
    assert flood_notice() not in api.texts(61)

    assert await flooder.send("hello") == [flood_notice()]
    for _ in range(10):
        assert await flooder.send("hello") == []  # dropped, silently this time
    assert await other.send("hello") != []  # someone else is not slowed down
    assert api.texts(61).count(flood_notice()) == 1

    clock.advance(timedelta(seconds=10))
    replies = await flooder.send("hello")
    assert replies != []
    assert flood_notice() not in replies


async def test_a_new_burst_gets_a_new_notice(
    guarded: StillpointApp, api: FakeBotApi, clock: FakeClock
) -> None:
    flooder = chat_of(guarded, api, 63)
    for _ in range(2):
        for _ in range(32):
            await flooder.send("hi")
        clock.advance(timedelta(seconds=11))
    assert api.texts(63).count(flood_notice()) == 2


async def test_dropped_taps_still_stop_the_spinner(
    guarded: StillpointApp, api: FakeBotApi
) -> None:
    flooder = chat_of(guarded, api, 64)
    await flooder.send("/start")
    for _ in range(29):
        await flooder.send("x")
    await flooder.press("Set me up")
    await flooder.press("Set me up")
    answers = [c.params.get("text") for c in api.calls_of("answerCallbackQuery")]
    assert answers[-2:] == [flood_notice(), None]


def test_the_window_slides(clock: FakeClock) -> None:
    guard = FloodGuard(clock=clock, max_updates=3, window_s=10)
    assert [guard.allow(1) for _ in range(4)] == [True, True, True, False]
    clock.advance(timedelta(seconds=9.9))
    assert not guard.allow(1)
    assert guard.allow(2)
    clock.advance(timedelta(seconds=0.1))
    assert [guard.allow(1) for _ in range(4)] == [True, True, True, False]


def test_tests_and_console_run_without_a_guard(database: Database, api: FakeBotApi) -> None:
    app = build_application(make_settings(), database=database, request=api, rate_limit=False)
    assert -1 not in app.handlers
    production = build_application(make_settings(), database=database, request=api)
    assert len(production.handlers[-1]) == 1
