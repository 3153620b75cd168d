"""Two Applications over one database take turns on the same chat and finish its flow."""

from __future__ import annotations

import asyncio
from datetime import time

from bot.storage import repo
from bot.storage.models import FlowStateRow
from bot.transport.updates import UpdateFactory
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.conftest import AppMaker, DatabaseFactory


async def test_alternating_instances_finish_onboarding(
    databases: DatabaseFactory, make_app: AppMaker, api: FakeBotApi
) -> None:
    apps = [await make_app(databases.opened[0]), await make_app(databases.open())]
    factory = UpdateFactory(apps[0].bot)
    chats = [Chat(app, api, 555, factory) for app in apps]
    steps = [
        ("send", "/start"),
        ("press", "Set me up"),
        ("press", "Yes, keep them"),
        ("send", "Asia/Kathmandu"),
        ("press", "06:30"),
        ("send", "22:30"),
        ("press", "13:00"),
        ("send", "9pm"),
    ]
    for index, (kind, value) in enumerate(steps):
        chat = chats[index % 2]
        await (chat.send(value) if kind == "send" else chat.press(value))

    async with databases.opened[1].session() as session:
        user = await repo.get_user(session, telegram_id=555)
    assert user is not None
    assert user.onboarded_at is not None
    assert user.time_zone == "Asia/Kathmandu"
    assert (user.wake_time, user.bedtime, user.caffeine_cutoff, user.checkin_time) == (
        time(6, 30),
        time(22, 30),
        time(13),
        time(21),
    )


async def test_concurrent_updates_of_one_chat_are_serialised(
    databases: DatabaseFactory, make_app: AppMaker, api: FakeBotApi
) -> None:
    """Two instances handling one chat's taps at the same moment: one wins, one is stale."""
    apps = [await make_app(databases.opened[0]), await make_app(databases.open())]
    factory = UpdateFactory(apps[0].bot)
    chat = Chat(apps[0], api, 556, factory)
    await chat.send("/start")
    await chat.press("Set me up")
    message = api.latest_with_buttons(556)
    yes = chat.buttons(message)[0][1]
    await asyncio.gather(
        apps[0].process_update(factory.press(556, yes, message)),
        apps[1].process_update(factory.press(556, yes, message)),
    )
    answers = [c.params.get("text") for c in api.calls_of("answerCallbackQuery")]
    assert answers.count("That question has passed.") == 1
    zone_questions = [t for t in api.texts(556) if t.startswith("Which time zone")]
    assert len(zone_questions) == 2  # asked once, then re-shown to the stale tap
    async with databases.opened[0].session() as session:
        row = await session.get(FlowStateRow, 556)
    assert row is not None
    assert row.step == "time_zone"
