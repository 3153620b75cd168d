"""Settings: defaults, and one clear line for each bad value."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import cli
from bot.config import DEFAULT_DATABASE_URL, Settings, SettingsError, load_settings

GOOD_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in (
        "TELEGRAM_BOT_TOKEN",
        "DATABASE_URL",
        "DEFAULT_TIMEZONE",
        "LOG_LEVEL",
        "TELEGRAM_API_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env from the developer's checkout


def test_defaults_need_no_configuration() -> None:
    settings = load_settings()
    assert settings.telegram_bot_token is None
    assert settings.database_url == DEFAULT_DATABASE_URL
    assert settings.telegram_api_base_url == "https://api.telegram.org/bot"
    assert settings.sqlite_path() == Path("data/stillpoint.db")


def test_reads_dotenv(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(f"TELEGRAM_BOT_TOKEN={GOOD_TOKEN}\nLOG_LEVEL=debug\n")
    settings = load_settings()
    assert settings.telegram_bot_token == GOOD_TOKEN
    assert settings.log_level == "DEBUG"


def test_self_hosted_bot_api(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:8081/bot")
    assert load_settings().telegram_api_base_url == "http://127.0.0.1:8081/bot"


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("DATABASE_URL", "not a url", "DATABASE_URL: expected a URL"),
        ("DATABASE_URL", "mysql://root@localhost/db", "DATABASE_URL: expected a driver"),
        ("DEFAULT_TIMEZONE", "Mars/Olympus", "DEFAULT_TIMEZONE: expected an IANA time zone"),
        ("TELEGRAM_BOT_TOKEN", "hello", "TELEGRAM_BOT_TOKEN: expected the token from @BotFather"),
        ("LOG_LEVEL", "LOUD", "LOG_LEVEL: expected one of"),
        ("TELEGRAM_API_BASE_URL", "api.telegram.org", "TELEGRAM_API_BASE_URL: expected an http"),
    ],
)
def test_bad_value_is_one_line_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.startswith(expected)
    assert "\n" not in message
    assert "Traceback" not in message


def test_bad_token_is_never_echoed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "12345:secret-but-too-short")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert "secret" not in str(caught.value)


def test_cli_refuses_to_start_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", "nonsense://")
    assert cli.main(["migrate"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("Stillpoint can't start: DATABASE_URL:")
    assert len(err.splitlines()) == 1


def test_cli_migrate_creates_the_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'db' / 'sp.db'}")
    assert cli.main(["migrate"]) == 0
    assert (tmp_path / "db" / "sp.db").exists()
    assert "up to date" in capsys.readouterr().out


def test_cli_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    for name in ("run", "console", "migrate"):
        assert name in out


def test_settings_are_plain_objects_tests_can_build() -> None:
    settings = Settings(_env_file=None, database_url="sqlite+aiosqlite:///x.db")  # type: ignore[call-arg]
    assert settings.database_url.endswith("x.db")
