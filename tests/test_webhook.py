"""The webhook server against the real Application and the fake Bot API, over ASGI (no network):
the secret, size and JSON checks, update_id de-duplication, /healthz and /metrics."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import func, select
from telegram import Update

from bot import metrics
from bot.app import StillpointApp
from bot.clock import FakeClock
from bot.storage import Database, repo
from bot.storage.models import ProcessedUpdate, UserStatus
from bot.transport.sender import reply_sender_of
from bot.transport.updates import UpdateFactory
from bot.transport.webhook import SECRET_HEADER, WebhookServer
from tests.auxil.fake_bot_api import FakeBotApi
from tests.conftest import AppMaker, DatabaseFactory

SECRET = "s3cret-token-for-tests_0123456789"
HEADERS = {SECRET_HEADER: SECRET}


def body(update: Update) -> bytes:
    return json.dumps(update.to_dict()).encode()


def client_for(server: WebhookServer) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=server.app), base_url="http://bot.test"
    )


@pytest.fixture
def server(app: StillpointApp, database: Database, clock: FakeClock) -> WebhookServer:
    return WebhookServer(app, secret=SECRET, database=database, clock=clock, max_body=4096)


@pytest.fixture
async def client(server: WebhookServer) -> AsyncIterator[httpx.AsyncClient]:
    async with client_for(server) as client:
        yield client


async def processed_ids(database: Database) -> list[int]:
    async with database.session() as session:
        result = await session.execute(
            select(ProcessedUpdate.update_id).order_by(ProcessedUpdate.update_id)
        )
        return list(result.scalars())


def sample(name: str, **labels: str) -> float:
    return metrics.REGISTRY.get_sample_value(name, labels) or 0.0


async def test_a_delivery_with_the_secret_is_handled(
    client: httpx.AsyncClient, factory: UpdateFactory, api: FakeBotApi, database: Database
) -> None:
    before = sample("stillpoint_updates_total", type="message")
    response = await client.post(
        "/telegram", content=body(factory.text(7, "/start")), headers=HEADERS
    )
    assert response.status_code == 200
    assert any("Stillpoint" in text for text in api.texts(7))
    assert await processed_ids(database) == [1]
    assert sample("stillpoint_updates_total", type="message") == before + 1


@pytest.mark.parametrize(
    "headers",
    [{}, {SECRET_HEADER: "wrong"}, {SECRET_HEADER: SECRET[:-1]}, {SECRET_HEADER: SECRET + "x"}],
    ids=["missing", "wrong", "prefix", "longer"],
)
async def test_without_the_right_secret_nothing_is_processed(
    client: httpx.AsyncClient,
    factory: UpdateFactory,
    api: FakeBotApi,
    database: Database,
    headers: dict[str, str],
) -> None:
    calls = len(api.calls)
    response = await client.post(
        "/telegram", content=body(factory.text(7, "/start")), headers=headers
    )
    assert response.status_code == 403
    assert len(api.calls) == calls
    assert await processed_ids(database) == []


async def test_a_body_over_the_limit_gets_413(
    client: httpx.AsyncClient, factory: UpdateFactory, api: FakeBotApi
) -> None:
    big = factory.text(7, "x" * 4000)
    calls = len(api.calls)
    response = await client.post("/telegram", content=body(big) + b" " * 200, headers=HEADERS)
    assert response.status_code == 413

    async def chunked() -> AsyncIterator[bytes]:  # no Content-Length to trust
        for _ in range(10):
            yield b" " * 1000

    response = await client.post("/telegram", content=chunked(), headers=HEADERS)
    assert response.status_code == 413
    assert len(api.calls) == calls


@pytest.mark.parametrize(
    "payload",
    [b"{not json", b"[]", b'{"message": {}}', b'{"update_id": "7"}', b'{"update_id": true}'],
    ids=["syntax", "array", "no-id", "string-id", "bool-id"],
)
async def test_malformed_updates_get_400(
    client: httpx.AsyncClient, database: Database, payload: bytes
) -> None:
    response = await client.post("/telegram", content=payload, headers=HEADERS)
    assert response.status_code == 400
    assert await processed_ids(database) == []


async def test_other_paths_and_methods_are_not_the_webhook(client: httpx.AsyncClient) -> None:
    assert (await client.post("/elsewhere", content=b"{}", headers=HEADERS)).status_code == 404
    assert (await client.get("/telegram", headers=HEADERS)).status_code == 405


async def test_a_retried_delivery_is_handled_once(
    client: httpx.AsyncClient, factory: UpdateFactory, api: FakeBotApi
) -> None:
    duplicates = sample("stillpoint_duplicate_updates_total")
    start = body(factory.text(7, "/start"))
    assert (await client.post("/telegram", content=start, headers=HEADERS)).status_code == 200
    replies = len(api.texts(7))
    assert (await client.post("/telegram", content=start, headers=HEADERS)).status_code == 200
    assert len(api.texts(7)) == replies
    assert sample("stillpoint_duplicate_updates_total") == duplicates + 1


async def test_two_instances_receiving_one_update_handle_it_once(
    databases: DatabaseFactory, make_app: AppMaker, api: FakeBotApi, clock: FakeClock
) -> None:
    apps = [await make_app(databases.opened[0]), await make_app(databases.open())]
    servers = [
        WebhookServer(app, secret=SECRET, database=app_db, clock=clock)
        for app, app_db in zip(apps, [databases.opened[0], databases.opened[1]], strict=True)
    ]
    factory = UpdateFactory(apps[0].bot)
    update = body(factory.text(8, "/start"))
    async with client_for(servers[0]) as one, client_for(servers[1]) as two:
        answers = await asyncio.gather(
            one.post("/telegram", content=update, headers=HEADERS),
            two.post("/telegram", content=update, headers=HEADERS),
            one.post("/telegram", content=update, headers=HEADERS),
        )
    assert [a.status_code for a in answers] == [200, 200, 200]
    welcomes = [t for t in api.texts(8) if "Stillpoint" in t]
    assert len(welcomes) == 1


async def test_old_update_ids_are_pruned(
    server: WebhookServer,
    client: httpx.AsyncClient,
    factory: UpdateFactory,
    database: Database,
    clock: FakeClock,
) -> None:
    await client.post("/telegram", content=body(factory.text(7, "/start")), headers=HEADERS)
    clock.advance(timedelta(days=3))
    await client.post("/telegram", content=body(factory.text(7, "/menu")), headers=HEADERS)
    assert await processed_ids(database) == [1, 2]
    # The sweeper's job forgets ids older than Telegram would ever deliver again.
    assert await reply_sender_of(server.application).forget_old_updates() == 1
    assert await processed_ids(database) == [2]
    async with database.session() as session:
        count = (await session.execute(select(func.count()).select_from(ProcessedUpdate))).scalar()
    assert count == 1


async def test_healthz_checks_the_database(client: httpx.AsyncClient, app: StillpointApp) -> None:
    response = await client.get("/healthz")
    assert (response.status_code, response.text) == (200, "ok")

    unreachable = Database("postgresql+asyncpg://nobody@127.0.0.1:9/none")
    broken = WebhookServer(app, secret=SECRET, database=unreachable)
    try:
        async with client_for(broken) as other:
            response = await other.get("/healthz")
    finally:
        await unreachable.dispose()
    assert response.status_code == 503
    assert "127.0.0.1" not in response.text


async def test_metrics_expose_updates_latency_reminders_and_users(
    client: httpx.AsyncClient, factory: UpdateFactory, database: Database, clock: FakeClock
) -> None:
    async with database.session() as session, session.begin():
        for telegram_id in (7, 9):
            await repo.get_or_create_user(
                session,
                telegram_id=telegram_id,
                chat_id=telegram_id,
                language="en",
                now=clock.now(),
            )
        blocked = await repo.get_or_create_user(
            session, telegram_id=10, chat_id=10, language="en", now=clock.now()
        )
        blocked.status = UserStatus.BLOCKED
    await client.post("/telegram", content=body(factory.text(7, "/start")), headers=HEADERS)
    await client.post("/telegram", content=body(factory.text(9, "/start")), headers=HEADERS)
    metrics.reminder_outcome("skipped")
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    text = response.text
    assert 'stillpoint_updates_total{type="message"}' in text
    assert "stillpoint_update_seconds_bucket" in text
    for outcome in ("sent", "failed", "skipped"):
        assert f'stillpoint_reminders_total{{outcome="{outcome}"}}' in text
    assert "stillpoint_users_active 2.0" in text


def test_reminder_outcomes_are_counted() -> None:
    sent = sample("stillpoint_reminders_total", outcome="sent")
    metrics.reminder_outcome("sent")
    metrics.reminder_outcome("sent", 2)
    assert sample("stillpoint_reminders_total", outcome="sent") == sent + 3
    with pytest.raises(ValueError, match="unknown reminder outcome"):
        metrics.reminder_outcome("lost")  # type: ignore[arg-type]


def test_the_registry_is_not_the_global_one() -> None:
    from prometheus_client import REGISTRY as GLOBAL

    assert metrics.REGISTRY is not GLOBAL
    assert GLOBAL.get_sample_value("stillpoint_updates_total", {"type": "message"}) is None


async def test_a_buttons_answer_rides_back_on_the_webhook_response(
    client: httpx.AsyncClient, factory: UpdateFactory, api: FakeBotApi
) -> None:
    # Telegram makes the call a webhook response names: the tap costs no request of its own.
    await client.post("/telegram", content=body(factory.text(7, "/start")), headers=HEADERS)
    message = api.latest_with_buttons(7)
    assert message is not None
    assert message.reply_markup is not None
    first = message.reply_markup["inline_keyboard"][0][0]
    press = factory.press(7, first["callback_data"], message)
    sent_before = len(api.texts(7))

    response = await client.post("/telegram", content=body(press), headers=HEADERS)

    assert response.status_code == 200
    assert response.json() == {
        "method": "answerCallbackQuery",
        "callback_query_id": press.callback_query.id,  # type: ignore[union-attr]
    }
    assert api.calls_of("answerCallbackQuery") == []
    assert len(api.texts(7)) > sent_before  # the tap's reply went out before the response


async def test_a_typed_message_gets_an_empty_200(
    client: httpx.AsyncClient, factory: UpdateFactory
) -> None:
    response = await client.post(
        "/telegram", content=body(factory.text(7, "/start")), headers=HEADERS
    )
    assert response.status_code == 200
    assert response.content == b""
