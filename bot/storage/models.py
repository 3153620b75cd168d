"""The schema. Alembic migrations in `migrations/` must match these models (a test checks)."""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bot.storage.crypto import EncryptedJSON, EncryptedText
from bot.storage.types import UtcDateTime

# Named constraints keep migrations portable between SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UtcDateTime, dict[str, Any]: JSON}  # noqa: RUF012


class Consent(enum.StrEnum):
    GIVEN = "given"
    DECLINED = "declined"


class UserStatus(enum.StrEnum):
    ACTIVE = "active"
    BLOCKED = "blocked"


class User(Base):
    """One person who has talked to Stillpoint; times of day are local wall times."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    language: Mapped[str | None] = mapped_column(String(16))
    time_zone: Mapped[str | None] = mapped_column(String(64))
    wake_time: Mapped[time | None] = mapped_column(Time)
    bedtime: Mapped[time | None] = mapped_column(Time)
    caffeine_cutoff: Mapped[time | None] = mapped_column(Time)
    checkin_time: Mapped[time | None] = mapped_column(Time)
    consent: Mapped[Consent | None] = mapped_column(
        Enum(Consent, native_enum=False, length=16, validate_strings=True)
    )
    consent_at: Mapped[datetime | None]
    onboarded_at: Mapped[datetime | None]
    status: Mapped[UserStatus] = mapped_column(
        Enum(UserStatus, native_enum=False, length=16, validate_strings=True),
        default=UserStatus.ACTIVE,
    )
    paused_until: Mapped[datetime | None]
    # When we last suggested a clinician for persistent strong twitching (at most fortnightly).
    persistence_nudged_at: Mapped[datetime | None]
    # Quiet hours as local wall times; None means from bedtime to wake time.
    quiet_start: Mapped[time | None] = mapped_column(Time)
    quiet_end: Mapped[time | None] = mapped_column(Time)
    # Their own breathing pattern, as last run ("4-2-6": in, hold, out[, hold]), offered again.
    breathing_pattern: Mapped[str | None] = mapped_column(String(16))
    # For the doctor's report, both optional: when the twitching started, and medications and
    # supplements in their own words (encrypted at rest with a key); asked once (report_asked_at).
    onset_date: Mapped[date | None] = mapped_column(Date)
    medications: Mapped[str | None] = mapped_column(EncryptedText)
    report_asked_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class FlowStateRow(Base):
    """The live conversation of one chat. `seq` numbers every question ever asked there,
    so a button can tell whether its question is still the current one."""

    __tablename__ = "flow_states"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    telegram_id: Mapped[int] = mapped_column(BigInteger, index=True)
    flow: Mapped[str | None] = mapped_column(String(32))
    step: Mapped[str | None] = mapped_column(String(32))
    # The answers so far: free text typed into an unfinished flow is encrypted like a finished
    # entry (with a key configured).
    data: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)
    history: Mapped[list[str]] = mapped_column(JSON, default=list)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    # Set when crisis language arrived mid-flow: the flow waits until the user chooses to go on.
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime]


class CheckIn(Base):
    """One day's check-in; `local_date` is the user's calendar day it describes."""

    __tablename__ = "checkins"
    __table_args__ = (UniqueConstraint("user_id", "local_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    local_date: Mapped[date] = mapped_column(Date)
    twitch_level: Mapped[int | None] = mapped_column(Integer)  # 0 none … 3 strong
    twitch_score: Mapped[int | None] = mapped_column(Integer)  # optional 0–10
    locations: Mapped[list[str]] = mapped_column(JSON, default=list)
    anxiety: Mapped[int | None] = mapped_column(Integer)
    bedtime: Mapped[time | None] = mapped_column(Time)  # the night before local_date
    wake_time: Mapped[time | None] = mapped_column(Time)
    caffeine_drinks: Mapped[int | None] = mapped_column(Integer)
    caffeine_last: Mapped[time | None] = mapped_column(Time)
    triggers: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str | None] = mapped_column(EncryptedText)  # encrypted at rest with a key
    # The weekly warning-signs question: None = not asked that day, [] = none of them.
    red_flags: Mapped[list[str] | None] = mapped_column(JSON)
    # What they noticed, in their own words, when they ticked a warning sign (encrypted).
    warning_words: Mapped[str | None] = mapped_column(EncryptedText)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class CaffeineLog(Base):
    """A caffeinated drink logged with /coffee."""

    __tablename__ = "caffeine_logs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    local_date: Mapped[date] = mapped_column(Date)
    local_time: Mapped[time] = mapped_column(Time)
    # When it was logged (the drink may be earlier): undo keeps to the last few minutes.
    logged_at: Mapped[datetime | None]


class JournalEntry(Base):
    __tablename__ = "journal_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    text: Mapped[str] = mapped_column(EncryptedText)  # encrypted at rest with a key
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)


class Reminder(Base):
    """One reminder of one user. The schedule lives here, not in the JobQueue: `next_due_at`
    (UTC, None while switched off) is the next instant to send, computed from the local
    `local_time` in the user's zone; a dispatcher holds `lease_until` while it sends."""

    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint("user_id", "kind"),
        # The dispatcher's only query walks this index in due order.
        Index("ix_reminders_next_due_at", "next_due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    # None means "follow the profile" (cut-off, bedtime, check-in time); the nap has none.
    local_time: Mapped[time | None] = mapped_column(Time)
    next_due_at: Mapped[datetime | None]
    lease_until: Mapped[datetime | None]
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_sent_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class ExerciseSession(Base):
    """One guided breathing or relaxation session. Its status is the shared truth: a Pause or
    Stop pressed on any instance is written here and read by the runner before each step.
    A session of someone we keep nothing for lives here only while it runs."""

    __tablename__ = "exercise_sessions"
    # Every turn asks whether a session runs in its chat.
    __table_args__ = (Index("ix_exercise_sessions_chat_id_status", "chat_id", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # None for a session kept for no one (before sign-up, or without consent): such a row is
    # operational state only, and is deleted the moment the session ends.
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    # Who started it: only they may press its buttons (None on rows older than 0007).
    telegram_id: Mapped[int | None] = mapped_column(BigInteger)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))  # breathe, relax, now
    pattern: Mapped[str] = mapped_column(String(32))
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16))  # running, paused, stopped, done, interrupted
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    started_at: Mapped[datetime]
    paused_at: Mapped[datetime | None]
    paused_s: Mapped[float] = mapped_column(Float, default=0.0)
    # Seconds jumped over by "skip this part": the schedule moves earlier by this much.
    skipped_s: Mapped[float] = mapped_column(Float, default=0.0)
    heartbeat_at: Mapped[datetime | None]
    owner: Mapped[str | None] = mapped_column(String(64))
    cycles_done: Mapped[int] = mapped_column(Integer, default=0)
    duration_s: Mapped[float | None] = mapped_column(Float)
    tension_before: Mapped[int | None] = mapped_column(Integer)
    tension_after: Mapped[int | None] = mapped_column(Integer)
    ended_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]


class ProcessedUpdate(Base):
    """Telegram update ids already handled, so a webhook delivery Telegram retries runs once."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    received_at: Mapped[datetime] = mapped_column(index=True)


class OutboxMessage(Base):
    """A reply waiting to be sent. A turn writes its replies here in its own transaction, so
    what the user was told and what was saved commit together; each row is deleted once
    Telegram has taken it. `lease_owner`/`lease_until` say which process is sending it;
    `expires_at` drops a reply whose moment has passed (an edit, a button's toast)."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_chat_id_id", "chat_id", "id"),
        Index("ix_outbox_update_id", "update_id"),
    )

    # 64-bit on PostgreSQL (ids only grow); SQLite's rowid is 64-bit already.
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    chat_id: Mapped[int] = mapped_column(BigInteger)
    update_id: Mapped[int | None] = mapped_column(BigInteger)
    method: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    blob: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime | None]
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class VoiceFile(Base):
    """A voice message this bot has sent (an exercise as sound), by the key of its content, and
    the `file_id` Telegram gave it: the same recording is then sent again without uploading it.
    A file_id is valid only for the bot that received it, hence `bot_id`. Nothing about anyone."""

    __tablename__ = "voice_files"

    bot_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    content_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_id: Mapped[str] = mapped_column(String(255))
    duration_s: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]

# Every column encrypted at rest: `stillpoint reencrypt` rewrites them after a key rotation.
ENCRYPTED_COLUMNS: list[tuple[Table, str]] = [
    (JournalEntry.__table__, "text"),  # type: ignore[list-item]
    (CheckIn.__table__, "note"),  # type: ignore[list-item]
    (FlowStateRow.__table__, "data"),  # type: ignore[list-item]
]
