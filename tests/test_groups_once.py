"""Groups are answered once per update, through the webhook, however often Telegram delivers
it: to one instance twice, or to two instances at once. Nothing about the person is kept."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from sqlalchemy import func, select
from telegram import Update

from bot.clock import FakeClock
from bot.storage import Database
from bot.storage.models import Base, ProcessedUpdate
from bot.transport.updates import UpdateFactory
from bot.transport.webhook import SECRET_HEADER, WebhookServer
from conversations import safety_answers
from tests.auxil.fake_bot_api import FakeBotApi
from tests.conftest import AppMaker, DatabaseFactory

SECRET = "s3cret-token-for-tests_0123456789"
HEADERS = {SECRET_HEADER: SECRET}
GROUP = -1001234


def body(update: Update) -> bytes:
    return json.dumps(update.to_dict()).encode()


def client_for(server: WebhookServer) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=server.app), base_url="http://bot.test"
    )


async def two_servers(
    databases: DatabaseFactory, make_app: AppMaker, clock: FakeClock
) -> list[WebhookServer]:
    opened = [databases.opened[0], databases.open()]
    return [
        WebhookServer(await make_app(db), secret=SECRET, database=db, clock=clock) for db in opened
    ]


@pytest.mark.parametrize(
    ("words", "expected"),
    [("I want to kill myself tonight", "emergency number"), ("/checkin", None)],
    ids=["crisis", "command"],
)
async def test_a_group_update_delivered_twice_to_one_instance_is_answered_once(
    databases: DatabaseFactory,
    make_app: AppMaker,
    api: FakeBotApi,
    clock: FakeClock,
    words: str,
    expected: str | None,
) -> None:
    [server, _other] = await two_servers(databases, make_app, clock)
    update = body(UpdateFactory(server.application.bot).group_text(77, GROUP, words))
    async with client_for(server) as client:
        for _ in range(3):
            response = await client.post("/telegram", content=update, headers=HEADERS)
            assert response.status_code == 200
    [reply] = api.texts(GROUP)
    if expected is None:
        assert reply == safety_answers.group_command()
    else:
        assert expected in reply


async def test_a_group_update_delivered_to_two_instances_at_once_is_answered_once(
    databases: DatabaseFactory, make_app: AppMaker, api: FakeBotApi, clock: FakeClock
) -> None:
    servers = await two_servers(databases, make_app, clock)
    factory = UpdateFactory(servers[0].application.bot)
    crisis = body(factory.group_text(77, GROUP, "I want to kill myself tonight"))
    command = body(factory.group_text(78, GROUP, "/checkin"))
    async with client_for(servers[0]) as one, client_for(servers[1]) as two:
        answers = await asyncio.gather(
            *(
                client.post("/telegram", content=update, headers=HEADERS)
                for update in (crisis, command)
                for client in (one, two, one, two)
            )
        )
    assert [a.status_code for a in answers] == [200] * 8
    texts = api.texts(GROUP)
    assert len(texts) == 2
    assert texts.count(safety_answers.group_command()) == 1
    # The answer quotes the message it answers.
    [crisis_call] = [
        c for c in api.calls_of("sendMessage") if "emergency number" in str(c.params["text"])
    ]
    assert "reply_parameters" in crisis_call.params


async def test_a_group_answer_keeps_nothing_about_the_person(
    databases: DatabaseFactory, make_app: AppMaker, api: FakeBotApi, clock: FakeClock
) -> None:
    [server, _other] = await two_servers(databases, make_app, clock)
    database: Database = databases.opened[0]
    factory = UpdateFactory(server.application.bot)
    async with client_for(server) as client:
        for words in ("I want to kill myself tonight", "/start", "see you all tomorrow"):
            update = body(factory.group_text(77, GROUP, words))
            assert (await client.post("/telegram", content=update, headers=HEADERS)).is_success
    assert len(api.texts(GROUP)) == 2  # ordinary talk gets nothing
    async with database.session() as session:
        for table in Base.metadata.sorted_tables:
            count = await session.scalar(select(func.count()).select_from(table))
            if table.name == ProcessedUpdate.__tablename__:
                # Only the numbers of the two updates answered: no user, chat or words.
                assert count == 2
                assert [c.name for c in table.columns] == ["update_id", "received_at"]
            else:
                assert count == 0, table.name
