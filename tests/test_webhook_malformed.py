"""Bodies with the right secret that cannot become a sane update get 400 before PTB sees them:
no 500 (Telegram would send them again and again), no turn that fails with "something went
wrong", nothing recorded. Sane ones at the edges still pass."""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from bot.app import StillpointApp
from bot.clock import FakeClock
from bot.storage import Database
from bot.storage.models import ProcessedUpdate
from bot.transport import update_check
from bot.transport.updates import UpdateFactory
from bot.transport.webhook import SECRET_HEADER, WebhookServer
from conversations import menu
from tests.auxil.fake_bot_api import FakeBotApi

SECRET = "s3cret-token-for-tests_0123456789"
HEADERS = {SECRET_HEADER: SECRET}
USER = 7

Change = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Change:
    def change(update: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target = update
        for name in parents:
            target = target[name]
        target[last] = value

    return change


MALFORMED: dict[str, Change] = {
    "date-1e20": _set("message.date", 10**20),
    "date-negative": _set("message.date", -1),
    "date-text": _set("message.date", "yesterday"),
    "text-number": _set("message.text", 12345),
    "text-object": _set("message.text", {"a": 1}),
    "user-id-2^70": _set("message.from.id", 2**70),
    "chat-id-2^63": _set("message.chat.id", 2**63),
    "chat-id-text": _set("message.chat.id", "seven"),
    "message-id-float": _set("message.message_id", 1.5),
    "update-id-2^64": _set("update_id", 2**64),
    "message-not-object": _set("message", [1, 2]),
    "chat-missing": _set("message.chat", None),
    "entities-not-list": _set("message.entities", {"type": "bot_command"}),
    "entity-offset-text": _set("message.entities", [{"type": "bold", "offset": "0", "length": 1}]),
    "latitude-200": _set("message.location", {"latitude": 200.0, "longitude": 0.0}),
    "language-number": _set("message.from.language_code", 7),
}

RAW: dict[str, bytes] = {
    "infinity-date": b'{"update_id": 5, "message": {"message_id": 1, "date": Infinity, '
    b'"chat": {"id": 7, "type": "private"}, "text": "hi"}}',
    "nan-latitude": b'{"update_id": 5, "message": {"message_id": 1, "date": 1, '
    b'"chat": {"id": 7, "type": "private"}, "location": {"latitude": NaN, "longitude": 1}}}',
    "nested-50000": b'{"update_id": 5, "message": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
    "nested-100-objects": b'{"update_id": 5, "x": ' + b'{"a": ' * 100 + b"1" + b"}" * 100 + b"}",
    "not-utf8": b'{"update_id": 5, "message": "\xff\xfe"}',
}


@pytest.fixture
async def client(
    app: StillpointApp, database: Database, clock: FakeClock
) -> AsyncIterator[httpx.AsyncClient]:
    server = WebhookServer(app, secret=SECRET, database=database, clock=clock, max_body=1 << 20)
    transport = httpx.ASGITransport(app=server.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bot.test") as client:
        yield client


async def recorded(database: Database) -> int:
    async with database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(ProcessedUpdate)) or 0)


def start(factory: UpdateFactory) -> dict[str, Any]:
    return factory.text(USER, "/start").to_dict()


@pytest.mark.parametrize("change", MALFORMED.values(), ids=MALFORMED.keys())
async def test_a_body_that_is_no_sane_update_gets_400(
    client: httpx.AsyncClient,
    factory: UpdateFactory,
    api: FakeBotApi,
    database: Database,
    change: Change,
) -> None:
    update = copy.deepcopy(start(factory))
    change(update)
    response = await client.post("/telegram", content=json.dumps(update), headers=HEADERS)
    assert response.status_code == 400
    assert api.calls_of("sendMessage") == []
    assert await recorded(database) == 0


@pytest.mark.parametrize("raw", RAW.values(), ids=RAW.keys())
async def test_raw_bodies_that_no_parser_should_chew_on_get_400(
    client: httpx.AsyncClient, api: FakeBotApi, database: Database, raw: bytes
) -> None:
    response = await client.post("/telegram", content=raw, headers=HEADERS)
    assert response.status_code == 400
    assert api.calls_of("sendMessage") == []
    assert await recorded(database) == 0


async def test_sane_updates_at_the_edges_still_pass(
    client: httpx.AsyncClient, factory: UpdateFactory, api: FakeBotApi, database: Database
) -> None:
    update = start(factory)
    update["message"]["from"]["id"] = update["message"]["chat"]["id"] = 2**52
    update["message"]["date"] = 2**32 - 1  # Telegram's last second
    response = await client.post("/telegram", content=json.dumps(update), headers=HEADERS)
    assert response.status_code == 200
    replies = api.texts(2**52)
    assert replies
    assert menu.something_went_wrong() not in replies
    assert await recorded(database) == 1


def test_the_reason_names_the_field_never_the_value() -> None:
    with pytest.raises(update_check.Malformed) as raised:
        update_check.parse(b'{"update_id": 1, "message": {"text": 987654321}}')
    assert "text" in str(raised.value)
    assert "987654321" not in str(raised.value)
