"""The flood limit: past 30 distinct updates in 10 s a user's updates wait (one notice per
burst) and are handled when the window has room; nobody else is slowed down. Through the
webhook they are refused with 429 so Telegram delivers them again (tests/test_webhook_flood.py)."""

from __future__ import annotations

from datetime import timedelta

from bot.app import StillpointApp, build_application
from bot.clock import FakeClock
from bot.storage import Database
from bot.transport.flood import FloodGuard
from bot.transport.updates import UpdateFactory
from bot.transport.words import flood_notice
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.conftest import make_settings


def guarded_guard(app: StillpointApp) -> FloodGuard:
    [handler] = app.handlers[-1]
    guard = getattr(handler.callback, "__self__", None)
    assert isinstance(guard, FloodGuard)
    return guard


def chat_of(app: StillpointApp, api: FakeBotApi, user_id: int) -> Chat:
    return Chat(app, api, user_id, UpdateFactory(app.bot, first_update_id=user_id * 1000))


async def test_updates_past_the_limit_wait_and_are_handled_after_the_burst(
    guarded: StillpointApp, api: FakeBotApi, clock: FakeClock
) -> None:
    flooder, other = chat_of(guarded, api, 61), chat_of(guarded, api, 62)
    guard = guarded_guard(guarded)
    for _ in range(30):
        assert await flooder.send("hello") != []
        clock.advance(timedelta(milliseconds=100))
    assert flood_notice() not in api.texts(61)

    assert await flooder.send("hello") == [flood_notice()]
    for _ in range(10):
        assert await flooder.send("hello") == []  # held, silently this time
    assert guard.held(61) == 11
    assert await other.send("hello") != []  # someone else is not slowed down
    assert api.texts(61).count(flood_notice()) == 1
    assert await guard.release_held(guarded) == 0  # the window is still full

    # When the window has room, the held updates are handled, in the order they came.
    before = len(api.texts(61))
    clock.advance(timedelta(seconds=10))
    assert await guard.release_held(guarded) == 11
    assert guard.held(61) == 0
    assert len(api.texts(61)) - before >= 11
    assert flood_notice() not in api.texts(61)[before:]


async def test_a_new_update_waits_behind_the_held_ones(
    guarded: StillpointApp, api: FakeBotApi, clock: FakeClock
) -> None:
    flooder = chat_of(guarded, api, 65)
    guard = guarded_guard(guarded)
    await flooder.send("/start")
    for _ in range(29):
        await flooder.send("x")
    assert await flooder.send("/coffee") == [flood_notice()]
    clock.advance(timedelta(seconds=10))
    # The window has room again, but /help must not overtake the held /coffee.
    assert await flooder.send("/help") == []
    assert guard.held(65) == 2
    replies_before = len(api.texts(65))
    assert await guard.release_held(guarded) == 2
    handled = api.texts(65)[replies_before:]
    help_at = next(i for i, text in enumerate(handled) if "/coffee" in text and "/help" in text)
    assert help_at > 0, "the held /coffee was answered before /help"


async def test_a_repeated_delivery_is_not_counted_as_flooding(
    guarded: StillpointApp, api: FakeBotApi
) -> None:
    flooder = chat_of(guarded, api, 66)
    await flooder.send("/start")
    coffee = flooder.factory.text(66, "/coffee")
    for _ in range(40):
        await guarded.process_update(coffee)  # Telegram delivering one update again and again
    assert flood_notice() not in api.texts(66)
    replies = await flooder.send("hello")
    assert replies != []
    assert flood_notice() not in replies


async def test_a_new_burst_gets_a_new_notice(
    guarded: StillpointApp, api: FakeBotApi, clock: FakeClock
) -> None:
    flooder = chat_of(guarded, api, 63)
    guard = guarded_guard(guarded)
    for _ in range(2):
        for _ in range(32):
            await flooder.send("hi")
        clock.advance(timedelta(seconds=11))
        await guard.release_held(guarded)
    assert api.texts(63).count(flood_notice()) == 2


async def test_held_taps_still_stop_the_spinner(guarded: StillpointApp, api: FakeBotApi) -> None:
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
