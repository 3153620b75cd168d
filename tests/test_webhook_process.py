"""`python -m bot run --webhook` as a real process: it registers the webhook, serves updates,
and on SIGTERM finishes the update in flight and exits 0 within 10 s."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import httpx
import pytest

from bot import cli
from tests.auxil.bot_process import BotProcess, headers
from tests.auxil.http_bot_api import HttpBotApi


def start_update(update_id: int, user_id: int, text: str) -> bytes:
    message = {
        "message_id": update_id,
        "date": int(time.time()),
        "chat": {"id": user_id, "type": "private", "first_name": "Friend"},
        "from": {"id": user_id, "is_bot": False, "first_name": "Friend", "language_code": "en"},
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text)}]
    return json.dumps({"update_id": update_id, "message": message}).encode()


def test_sigterm_finishes_the_update_in_flight_and_exits_0(tmp_path: Path) -> None:
    with HttpBotApi(delay_s=1.5) as api:
        bot = BotProcess(
            database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}", api_base_url=api.base_url
        )
        try:
            bot.start().wait_healthy()
            assert api.api.webhook_url == "https://bot.example.org/telegram"
            assert "setMyCommands" in api.methods()
            assert "stored in clear" in bot.log()  # no ENCRYPTION_KEYS: said once at start-up

            answer: dict[str, int] = {}

            def post() -> None:
                response = httpx.post(
                    f"{bot.url}/telegram",
                    content=start_update(1, 31, "/start"),
                    headers=headers(),
                    timeout=15,
                )
                answer["status"] = response.status_code

            poster = threading.Thread(target=post)
            poster.start()
            assert api.send_started.wait(timeout=10), bot.log()
            began = time.monotonic()
            status = bot.terminate(timeout=10)
            took = time.monotonic() - began
            poster.join(timeout=10)
        finally:
            bot.close()
    assert status == 0, bot.log()
    assert took < 10
    assert answer == {"status": 200}
    assert any("Stillpoint" in text for text in api.texts(31))
    assert "Traceback" not in bot.log()


def test_webhook_mode_refuses_to_start_without_its_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("TELEGRAM_BOT_TOKEN", "WEBHOOK_URL", "WEBHOOK_SECRET"):
        monkeypatch.delenv(name, raising=False)
    assert cli.main(["run", "--webhook"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    for name in ("TELEGRAM_BOT_TOKEN", "WEBHOOK_URL", "WEBHOOK_SECRET"):
        assert name in err


def test_set_and_delete_webhook_commands(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    with HttpBotApi() as api:
        bot = BotProcess(database_url="sqlite+aiosqlite:///unused.db", api_base_url=api.base_url)
        for name in (
            "TELEGRAM_BOT_TOKEN",
            "TELEGRAM_API_BASE_URL",
            "WEBHOOK_URL",
            "WEBHOOK_SECRET",
        ):
            monkeypatch.setenv(name, bot.env[name])
        bot.close()
        assert cli.main(["set-webhook"]) == 0
        assert api.api.webhook_url == "https://bot.example.org/telegram"
        (set_call,) = [c for c in api.calls if c.method == "setWebhook"]
        assert set_call.params["secret_token"] == bot.env["WEBHOOK_SECRET"]
        assert cli.main(["delete-webhook"]) == 0
        assert api.api.webhook_url == ""
    out = capsys.readouterr().out
    assert "Telegram now posts updates to https://bot.example.org/telegram" in out
    assert bot.env["WEBHOOK_SECRET"] not in out
