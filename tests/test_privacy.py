"""What users type never reaches the logs, even at DEBUG."""

from __future__ import annotations

import logging

import pytest

from bot.cli import quiet_library_loggers
from tests.auxil.chat import Chat
from tests.test_onboarding import onboard


async def test_logs_hold_no_user_text_or_health_values(
    chat: Chat, caplog: pytest.LogCaptureFixture
) -> None:
    quiet_library_loggers()
    caplog.set_level(logging.DEBUG)
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Strong")
    await chat.press("Eyelid")
    await chat.send("9")
    await chat.press("Different")
    await chat.send("01:40")
    await chat.send("05:50")
    await chat.press("Skip →")
    await chat.press("Skip →")
    await chat.press("Done ✓")
    await chat.send("/journal")
    secret = "My neighbour Priya keeps shouting and my left eyelid will not stop"
    await chat.send(secret)
    await chat.press("Done ✓")

    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "check-in saved" in logged  # logging is on and captured
    for typed in (secret, "Priya", "01:40", "05:50", "eyelid", "Europe/Berlin"):
        assert typed not in logged


def test_library_loggers_are_kept_above_debug() -> None:
    quiet_library_loggers()
    # PTB logs whole updates at DEBUG, the database drivers log statement parameters, and
    # httpx logs URLs that contain the bot token.
    for name in ("telegram", "httpx", "apscheduler", "aiosqlite", "sqlalchemy"):
        assert logging.getLogger(name).getEffectiveLevel() >= logging.INFO
