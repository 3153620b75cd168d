"""Settings read once from the environment and `.env`, validated, and passed down."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bot.i18n import SHIPPED_LANGUAGES, is_language_tag
from bot.storage.crypto import Keyring, parse_keys

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./data/stillpoint.db"
TELEGRAM_API = "https://api.telegram.org/bot"

# BotFather tokens are "<numeric bot id>:<35 url-safe characters>".
_TOKEN_SHAPE = re.compile(r"^\d{5,20}:[A-Za-z0-9_-]{30,64}$")
_SUPPORTED_DRIVERS = ("sqlite+aiosqlite", "postgresql+asyncpg")
_SECRET_SHAPE = re.compile(r"^[A-Za-z0-9_-]{16,256}$")


class Settings(BaseSettings):
    """Every setting Stillpoint reads; `.env.example` documents each one."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: str | None = None
    telegram_api_base_url: str = TELEGRAM_API
    database_url: str = DEFAULT_DATABASE_URL
    default_timezone: str = "UTC"
    log_level: str = "INFO"
    sqlite_busy_timeout_ms: int = Field(default=5000, ge=0)
    # Comma-separated keys from `stillpoint new-key`: the first encrypts, every one decrypts.
    encryption_keys: str | None = None
    # Webhook mode (`stillpoint run --webhook`): Telegram posts updates to WEBHOOK_URL over
    # HTTPS; a proxy in front forwards them to WEBHOOK_LISTEN:WEBHOOK_PORT.
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    webhook_max_connections: int = Field(default=40, ge=1, le=100)
    # Messages per second to Telegram overall (Telegram allows about 30); 0 = no limit, only
    # for a local Bot API in tests and benchmarks.
    send_max_per_s: float = Field(default=30.0, ge=0)
    # A user sending more than FLOOD_MAX_UPDATES in FLOOD_WINDOW_S seconds is slowed down.
    flood_max_updates: int = Field(default=30, ge=1)
    flood_window_s: float = Field(default=10.0, gt=0)
    # Reminder sending: Telegram's limits are about 30 messages/s overall and 1/s per chat;
    # paid broadcasts (Telegram Stars) allow up to 1000/s and set allow_paid_broadcast.
    reminder_rate_per_s: float = Field(default=30.0, gt=0, le=1000)
    reminder_per_chat_interval_s: float = Field(default=1.0, ge=0)
    reminder_paid_broadcast: bool = False
    reminder_tick_s: float = Field(default=1.0, gt=0)
    reminder_batch_size: int = Field(default=500, ge=1, le=10_000)
    # Replies wait in the outbox until Telegram takes them. A process that dies while sending
    # holds its replies for OUTBOX_LEASE_S; every OUTBOX_SWEEP_S each process sends what is
    # left (and what Telegram refused with a 5xx or a timeout).
    outbox_lease_s: float = Field(default=30.0, ge=6)
    outbox_sweep_s: float = Field(default=5.0, gt=0)
    # The language_code the console's user reports, as Telegram would (`console --language`).
    console_language: str | None = None

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

    @field_validator("encryption_keys", mode="before")
    @classmethod
    def _keys(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str):
            raise ValueError("expected comma-separated keys from `stillpoint new-key`")
        return ",".join(parse_keys(value))

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        if not value.startswith("https://"):
            raise ValueError("expected the public https:// URL Telegram should post to")
        return value.strip()

    @field_validator("webhook_secret", mode="before")
    @classmethod
    def _webhook_secret(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        # Telegram's own rule for secret_token: 1-256 characters of A-Z, a-z, 0-9, _ and -.
        if not isinstance(value, str) or not _SECRET_SHAPE.match(value.strip()):
            raise ValueError(
                "expected 16-256 characters of A-Z, a-z, 0-9, _ and - "
                "(e.g. from `openssl rand -hex 32`)"
            )
        return value.strip()

    @field_validator("telegram_api_base_url")
    @classmethod
    def _api_base(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("expected an http(s) URL like https://api.telegram.org/bot")
        return value

    @field_validator("console_language", mode="before")
    @classmethod
    def _console_language(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str) or not is_language_tag(value):
            raise ValueError(f"expected a language code such as {', '.join(SHIPPED_LANGUAGES)}")
        return value.strip()

    def keyring(self) -> Keyring | None:
        """The encryption keys, or None when free text is stored in clear."""
        return Keyring(self.encryption_keys.split(",")) if self.encryption_keys else None

    def webhook_path(self) -> str:
        """The path part of WEBHOOK_URL, where the webhook server listens."""
        path = urlsplit(self.webhook_url or "").path
        return path if path and path != "/" else "/telegram"

    def webhook_problems(self) -> list[str]:
        """What keeps webhook mode from starting, one line per missing setting."""
        problems = []
        if self.telegram_bot_token is None:
            problems.append("TELEGRAM_BOT_TOKEN: webhook mode needs the token from @BotFather")
        if self.webhook_url is None:
            problems.append("WEBHOOK_URL: webhook mode needs the public https:// URL")
        if self.webhook_secret is None:
            problems.append("WEBHOOK_SECRET: webhook mode needs a secret (openssl rand -hex 32)")
        return problems

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
