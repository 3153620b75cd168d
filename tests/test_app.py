"""The composition root: start-up registers the command menu; /help lists the same commands."""

from __future__ import annotations

import logging

import pytest

from bot.app import StillpointApp
from bot.features import discover
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi


async def test_start_up_registers_every_command(app: StillpointApp, api: FakeBotApi) -> None:
    assert app.post_init is not None
    await app.post_init(app)
    calls = {c.params.get("language_code"): c for c in api.calls_of("setMyCommands")}
    # One list for everyone (English) and one per shipped language.
    assert set(calls) == {None, "de", "es", "fr", "pt", "ru"}
    names = [name for name, _ in discover().command_descriptions()]
    english = {c["command"]: c["description"] for c in calls[None].params["commands"]}
    assert list(english) == names
    for code in ("de", "es", "fr", "pt", "ru"):
        listed = {c["command"]: c["description"] for c in calls[code].params["commands"]}
        assert list(listed) == names
        # Every description is in that language (the catalogue test checks the words).
        assert not set(listed.values()) & set(english.values()), code


async def test_help_before_onboarding_lists_every_command(chat: Chat) -> None:
    [text] = await chat.send("/help")
    for name, _ in discover().command_descriptions():
        assert f"/{name} — " in text
    assert chat.api.calls_of("sendMessage")[-1].params["text"] == text


@pytest.mark.parametrize("status", [400, 500, 0])
async def test_a_failed_command_menu_logs_a_warning_and_the_bot_starts(
    app: StillpointApp, api: FakeBotApi, chat: Chat, caplog: pytest.LogCaptureFixture, status: int
) -> None:
    if status:
        api.fail("setMyCommands", status)
    else:
        api.time_out("setMyCommands")
    assert app.post_init is not None
    with caplog.at_level(logging.WARNING, logger="bot.app"):
        await app.post_init(app)  # does not raise
    [warning] = [r for r in caplog.records if r.name == "bot.app"]
    assert warning.levelno == logging.WARNING
    assert "command menu" in warning.getMessage()
    assert api.commands == []
    # The bot answers as usual.
    assert "Stillpoint" in (await chat.send("/start"))[0]
