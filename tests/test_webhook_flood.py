"""The flood limit through the webhook: repeated deliveries of one update are not flooding, and
an update turned away is refused with 429 (not acknowledged), so Telegram delivers it again
and it is handled then: nothing a person sends is acknowledged and dropped."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select
from telegram import Update

from bot.app import StillpointApp
from bot.clock import FakeClock
from bot.storage import Database
from bot.storage.models import ProcessedUpdate
from bot.transport.updates import UpdateFactory
from bot.transport.webhook import SECRET_HEADER, WebhookServer
from bot.transport.words import flood_notice
from tests.auxil.fake_bot_api import FakeBotApi

SECRET = "s3cret-token-for-tests_0123456789"
HEADERS = {SECRET_HEADER: SECRET}
USER = 71


def body(update: Update) -> bytes:
    return json.dumps(update.to_dict()).encode()


@pytest.fixture
async def client(
    guarded: StillpointApp, database: Database, clock: FakeClock
) -> AsyncIterator[httpx.AsyncClient]:
    server = WebhookServer(guarded, secret=SECRET, database=database, clock=clock)
    transport = httpx.ASGITransport(app=server.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bot.test") as client:
        yield client


async def handled(database: Database) -> set[int]:
    async with database.session() as session:
        return set((await session.execute(select(ProcessedUpdate.update_id))).scalars())


async def test_one_update_delivered_thirty_times_does_not_turn_the_next_one_away(
    guarded: StillpointApp, client: httpx.AsyncClient, api: FakeBotApi, database: Database
) -> None:
    factory = UpdateFactory(guarded.bot)
    coffee = factory.text(USER, "/coffee")
    for _ in range(30):
        response = await client.post("/telegram", content=body(coffee), headers=HEADERS)
        assert response.status_code == 200
    answered = len(api.texts(USER))
    new = factory.text(USER, "/coffee")
    response = await client.post("/telegram", content=body(new), headers=HEADERS)
    assert response.status_code == 200
    assert flood_notice() not in api.texts(USER)
    assert len(api.texts(USER)) > answered  # the new one was answered
    assert await handled(database) == {coffee.update_id, new.update_id}


async def test_an_update_over_the_limit_is_refused_and_handled_when_delivered_again(
    guarded: StillpointApp,
    client: httpx.AsyncClient,
    api: FakeBotApi,
    database: Database,
    clock: FakeClock,
) -> None:
    factory = UpdateFactory(guarded.bot)
    for _ in range(30):
        update = factory.text(USER, "hello")
        assert (await client.post("/telegram", content=body(update), headers=HEADERS)).is_success
        clock.advance(timedelta(milliseconds=100))
    words = factory.text(USER, "/journal")
    response = await client.post("/telegram", content=body(words), headers=HEADERS)
    # Not acknowledged: Telegram keeps it and delivers it again.
    assert response.status_code == 429
    assert 1 <= int(response.headers["Retry-After"]) <= 10
    assert words.update_id not in await handled(database)
    assert api.texts(USER).count(flood_notice()) == 1

    # Telegram tries again while the window is still full: refused again, no second notice.
    response = await client.post("/telegram", content=body(words), headers=HEADERS)
    assert response.status_code == 429
    assert api.texts(USER).count(flood_notice()) == 1

    clock.advance(timedelta(seconds=10))
    before = len(api.texts(USER))
    response = await client.post("/telegram", content=body(words), headers=HEADERS)
    assert response.status_code == 200
    assert words.update_id in await handled(database)
    assert len(api.texts(USER)) > before


async def test_a_tap_over_the_limit_is_refused_and_its_spinner_stopped(
    guarded: StillpointApp, client: httpx.AsyncClient, api: FakeBotApi
) -> None:
    factory = UpdateFactory(guarded.bot)
    for _ in range(30):
        update = factory.text(USER, "hello")
        assert (await client.post("/telegram", content=body(update), headers=HEADERS)).is_success
    tap = factory.press(USER, "m:coffee")
    response = await client.post("/telegram", content=body(tap), headers=HEADERS)
    assert response.status_code == 429
    [answer] = api.calls_of("answerCallbackQuery")
    assert answer.params["text"] == flood_notice()
