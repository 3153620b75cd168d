"""Settings read once from the environment and `.env`, validated, and passed down."""

from __future__ import annotations

import re
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./data/stillpoint.db"
TELEGRAM_API = "https://api.telegram.org/bot"

# BotFather tokens are "<numeric bot id>:<35 url-safe characters>".
_TOKEN_SHAPE = re.compile(r"^\d{5,20}:[A-Za-z0-9_-]{30,64}$")
_SUPPORTED_DRIVERS = ("sqlite+aiosqlite", "postgresql+asyncpg")


class Settings(BaseSettings):
    """Every setting Stillpoint reads; `.env.example` documents each one."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: str | None = None
    telegram_api_base_url: str = TELEGRAM_API
    database_url: str = DEFAULT_DATABASE_URL
    default_timezone: str = "UTC"
    log_level: str = "INFO"
    sqlite_busy_timeout_ms: int = Field(default=5000, ge=0)

    @field_validator("telegram_bot_token", mode="before")
    @classmethod
    def _token_shape(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str) or not _TOKEN_SHAPE.match(value.strip()):
            raise ValueError("expected the token from @BotFather, like 123456789:AAH...")
        return value.strip()

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        try:
            url = make_url(value)
        except ArgumentError:
            raise ValueError(
                "expected a URL like sqlite+aiosqlite:///./data/stillpoint.db "
                "or postgresql+asyncpg://user@host/db"
            ) from None
        if url.drivername not in _SUPPORTED_DRIVERS:
            raise ValueError(f"expected a driver of {', '.join(_SUPPORTED_DRIVERS)}")
        return value

    @field_validator("default_timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("expected an IANA time zone name like Europe/Berlin") from None
        return value

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("expected one of DEBUG, INFO, WARNING, ERROR")
        return level

    @field_validator("telegram_api_base_url")
    @classmethod
    def _api_base(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("expected an http(s) URL like https://api.telegram.org/bot")
        return value

    def sqlite_path(self) -> Path | None:
        """The SQLite file, when the database is SQLite on disk."""
        url = make_url(self.database_url)
        if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
            return None
        return Path(url.database)


class SettingsError(Exception):
    """Start-up refused: a setting has a bad value. The message is one line per setting."""


def load_settings(**overrides: object) -> Settings:
    """Build the settings, turning pydantic's report into one plain line per bad variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            name = str(error["loc"][0]).upper() if error["loc"] else "settings"
            reason = str(error["msg"]).removeprefix("Value error, ")
            lines.append(f"{name}: {reason}")
        raise SettingsError("\n".join(lines)) from None
