"""The schema. Alembic migrations in `migrations/` must match these models (a test checks)."""

from __future__ import annotations

import enum
from datetime import datetime, time
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Enum, Integer, MetaData, String, Time
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

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
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    history: Mapped[list[str]] = mapped_column(JSON, default=list)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    # Set when crisis language arrived mid-flow: the flow waits until the user chooses to go on.
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime]
