"""Stored rows as plain values: what the repository's reads on a turn's path return instead of
ORM objects (building those cost more than the reads; see `direct`). Each holds the columns its
callers read, decoded by the columns' own types."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import Column, Table

from bot.storage.models import CaffeineLog, CheckIn, JournalEntry

__all__ = ["CheckInRow", "DrinkRow", "EntryRow", "columns_of"]


@dataclass(frozen=True, slots=True)
class CheckInRow:
    """One day's check-in (`models.CheckIn`) without its bookkeeping columns."""

    local_date: date
    twitch_level: int | None
    twitch_score: int | None
    locations: list[str]
    anxiety: int | None
    bedtime: time | None
    wake_time: time | None
    caffeine_drinks: int | None
    caffeine_last: time | None
    triggers: list[str]
    note: str | None
    red_flags: list[str] | None


@dataclass(frozen=True, slots=True)
class DrinkRow:
    """A drink logged with /coffee (`models.CaffeineLog`)."""

    id: int
    at: datetime
    local_date: date
    local_time: time
    logged_at: datetime | None


@dataclass(frozen=True, slots=True)
class EntryRow:
    """A journal entry (`models.JournalEntry`), its text decrypted."""

    id: int
    at: datetime
    text: str
    tags: list[str]


def columns_of(row: type, model: type) -> list[Column[object]]:
    """The table columns of `model` named as the fields of `row`, in the fields' order."""
    table: Table = model.__table__  # type: ignore[attr-defined]
    return [table.c[name] for name in row.__dataclass_fields__]  # type: ignore[attr-defined]


CHECKIN_COLUMNS = columns_of(CheckInRow, CheckIn)
DRINK_COLUMNS = columns_of(DrinkRow, CaffeineLog)
ENTRY_COLUMNS = columns_of(EntryRow, JournalEntry)
