"""The files of an export: every row held about a person as one JSON document, and CSV files
for spreadsheets. Column names are stable English (they are for machines)."""

from __future__ import annotations

import base64
import csv
import enum
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import inspect

from bot.core.stats import DayRecord, day_caffeine, sleep_hours
from bot.storage import userdata
from bot.storage.models import CaffeineLog, CheckIn, ExerciseSession, JournalEntry

__all__ = [
    "ASKED_NONE",
    "CSV_COLUMNS",
    "EXPORT_FORMAT",
    "EXPORT_SCHEMA_VERSION",
    "csv_files",
    "export_document",
    "spreadsheet_safe",
]

EXPORT_FORMAT = "stillpoint-export"
# Bump when the shape of the JSON document changes (not for every new column: those just
# appear as new keys in their table's rows).
EXPORT_SCHEMA_VERSION = 1


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def row_dict(row: Any) -> dict[str, Any]:
    """Every mapped column of an ORM row as JSON values (datetimes as ISO 8601 with zone)."""
    mapper = inspect(type(row))
    return {attr.key: _plain(getattr(row, attr.key)) for attr in mapper.column_attrs}


def export_document(rows: userdata.UserRows, *, now: datetime) -> dict[str, Any]:
    return {
        "format": EXPORT_FORMAT,
        "schema_version": EXPORT_SCHEMA_VERSION,
        "exported_at": now.isoformat(),
        "tables": {name: [row_dict(r) for r in found] for name, found in rows.tables.items()},
    }


# Column names are for programs: they stay in English whatever the user's language, and the
# README sent with the export says what each means (conversations.export.column_descriptions).
CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "checkins": (
        "date",
        "twitching_0_3",
        "twitching_score_0_10",
        "where",
        "anxiety_0_10",
        "bedtime_night_before",
        "wake_time",
        "caffeine_drinks",
        "last_caffeine",
        "going_on",
        "warning_signs",
        "note",
    ),
    "journal": ("date", "time", "tags", "text"),
    "caffeine": ("date", "time"),
    # A day's caffeine as /history, /insights and the report count it (stats.day_caffeine).
    "caffeine_days": ("date", "caffeine_drinks", "last_caffeine", "counted_from"),
    "sleep": ("night_ending_on", "bedtime", "wake_time", "hours_in_bed"),
    "sessions": (
        "date",
        "time",
        "kind",
        "pattern",
        "status",
        "minutes",
        "cycles",
        "tension_before_0_10",
        "tension_after_0_10",
    ),
}

# A cell starting with one of these is a formula to a spreadsheet program: a note typed as
# "=HYPERLINK(...)" would run when the file is opened. The JSON export keeps the exact text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """Text that would start a formula gets a leading apostrophe, which shows it as text."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


def _csv(header: Sequence[str], lines: Iterable[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for line in lines:
        writer.writerow([spreadsheet_safe(v) for v in line])
    # A byte-order mark lets spreadsheet programs read the file as UTF-8.
    return buffer.getvalue().encode("utf-8-sig")


def _clock(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def _joined(values: Sequence[str] | None) -> str:
    return "; ".join(values or [])


# The warning-signs cell when the weekly question was asked and nothing applied; an empty cell
# means it was not asked that day.
ASKED_NONE = "none"


def _warning_signs(values: Sequence[str] | None) -> str | None:
    if values is None:
        return None
    return _joined(values) if values else ASKED_NONE


def _caffeine_days(checkins: Sequence[CheckIn], caffeine: Sequence[CaffeineLog]) -> list[tuple]:
    by_day = {c.local_date: c for c in checkins}
    logged: dict[date, list[time]] = {}
    for drink in caffeine:
        logged.setdefault(drink.local_date, []).append(drink.local_time)
    lines = []
    for day in sorted(set(by_day) | set(logged)):
        c = by_day.get(day)
        found = day_caffeine(
            answered=c.caffeine_drinks if c else None,
            answered_last=c.caffeine_last if c else None,
            logged=logged.get(day, ()),
        )
        if found.drinks is not None:
            source = "coffee_log" if found.from_log else "checkin"
            lines.append((day.isoformat(), found.drinks, _clock(found.last), source))
    return lines


def csv_files(rows: userdata.UserRows, zone: ZoneInfo) -> dict[str, bytes]:
    """CSV files for what has rows: check-ins, journal, caffeine, sleep and sessions."""
    tables = rows.tables
    checkins: list[CheckIn] = tables.get("checkins", [])
    journal: list[JournalEntry] = tables.get("journal_entries", [])
    caffeine: list[CaffeineLog] = tables.get("caffeine_logs", [])
    sessions: list[ExerciseSession] = tables.get("exercise_sessions", [])
    files: dict[str, bytes] = {}
    if checkins:
        files["checkins"] = _csv(
            CSV_COLUMNS["checkins"],
            (
                (
                    c.local_date.isoformat(),
                    c.twitch_level,
                    c.twitch_score,
                    _joined(c.locations),
                    c.anxiety,
                    _clock(c.bedtime),
                    _clock(c.wake_time),
                    c.caffeine_drinks,
                    _clock(c.caffeine_last),
                    _joined(c.triggers),
                    _warning_signs(c.red_flags),
                    c.note,
                )
                for c in checkins
            ),
        )
    if journal:
        files["journal"] = _csv(
            CSV_COLUMNS["journal"],
            (
                (
                    e.at.astimezone(zone).date().isoformat(),
                    e.at.astimezone(zone).strftime("%H:%M"),
                    _joined(e.tags),
                    e.text,
                )
                for e in sorted(journal, key=lambda e: e.at)
            ),
        )
    if caffeine:
        files["caffeine"] = _csv(
            CSV_COLUMNS["caffeine"],
            ((d.local_date.isoformat(), _clock(d.local_time)) for d in caffeine),
        )
    if days := _caffeine_days(checkins, caffeine):
        files["caffeine_days"] = _csv(CSV_COLUMNS["caffeine_days"], days)
    nights = [c for c in checkins if c.bedtime is not None or c.wake_time is not None]
    if nights:

        def hours(c: CheckIn) -> str | None:
            found = sleep_hours(DayRecord(day=c.local_date, bedtime=c.bedtime, wake=c.wake_time))
            return None if found is None else f"{found:.2f}"

        files["sleep"] = _csv(
            CSV_COLUMNS["sleep"],
            (
                (c.local_date.isoformat(), _clock(c.bedtime), _clock(c.wake_time), hours(c))
                for c in nights
            ),
        )
    if sessions:
        files["sessions"] = _csv(
            CSV_COLUMNS["sessions"],
            (
                (
                    s.started_at.astimezone(zone).date().isoformat(),
                    s.started_at.astimezone(zone).strftime("%H:%M"),
                    s.kind,
                    s.pattern,
                    s.status,
                    None if s.duration_s is None else f"{s.duration_s / 60:.1f}",
                    s.cycles_done,
                    s.tension_before,
                    s.tension_after,
                )
                for s in sessions
            ),
        )
    return files
