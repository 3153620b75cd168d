"""The composition root: start-up registers the command menu; /help lists the same commands."""

from __future__ import annotations

from bot.app import StillpointApp
from bot.features import discover
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi


async def test_start_up_registers_every_command(app: StillpointApp, api: FakeBotApi) -> None:
    assert app.post_init is not None
    await app.post_init(app)
    [call] = api.calls_of("setMyCommands")
    registered = [c["command"] for c in call.params["commands"]]
    assert registered == [name for name, _ in discover().command_descriptions()]


async def test_help_before_onboarding_lists_every_command(chat: Chat) -> None:
    [text] = await chat.send("/help")
    for name, _ in discover().command_descriptions():
        assert f"/{name} — " in text
    assert chat.api.calls_of("sendMessage")[-1].params["text"] == text
