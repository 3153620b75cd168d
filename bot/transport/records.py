"""The user's own records inside a turn: what flows are seeded with, and how their record
outputs (check-ins, notes, caffeine, journal) are written and answered."""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.safety import RedFlag, needs_clinician_for_persistence
from bot.core.timeparse import format_clock, parse_clock_time
from bot.flow import LogCaffeine, Output, SaveCheckIn, SaveJournal, SaveNote, Say
from bot.storage import repo
from bot.storage.models import CheckIn, User
from conversations import coffee, history, journal
from conversations import safety as safety_words

logger = logging.getLogger(__name__)

PERSISTENCE_DAYS = 14
# A check-in for yesterday can be made until this local time.
YESTERDAY_UNTIL = time(12, 0)


def local_now(user: User, now: datetime, default_zone: str) -> datetime:
    return now.astimezone(ZoneInfo(user.time_zone or default_zone))


def _plain(checkin: CheckIn) -> dict[str, Any]:
    """A check-in as flow data: plain JSON values, clock times as "HH:MM"."""

    def clock(value: time | None) -> str | None:
        return format_clock(value) if value else None

    return {
        "twitch_level": checkin.twitch_level,
        "locations": list(checkin.locations or []),
        "anxiety": checkin.anxiety,
        "bedtime": clock(checkin.bedtime),
        "wake_time": clock(checkin.wake_time),
        "caffeine_drinks": checkin.caffeine_drinks,
        "caffeine_last": clock(checkin.caffeine_last),
    }


def _answered(checkin: CheckIn) -> bool:
    return checkin.twitch_level is not None or checkin.anxiety is not None


async def checkin_seed(
    session: AsyncSession, *, user: User, now: datetime, default_zone: str
) -> dict[str, Any]:
    local = local_now(user, now, default_zone)
    today = local.date()
    yesterday = today - timedelta(days=1)
    week = await repo.recent_checkins(session, user=user, until=today, days=7)
    recent = [c for c in week if c.local_date >= yesterday - timedelta(days=1)]
    logged: dict[str, Any] = {}
    for day in (today, yesterday):
        drinks = await repo.caffeine_on(session, user=user, day=day)
        if drinks:
            logged[day.isoformat()] = {
                "count": len(drinks),
                "last": format_clock(drinks[-1].local_time),
            }
    return {
        "today": today.isoformat(),
        "yesterday": yesterday.isoformat(),
        "before_noon": local.time() < YESTERDAY_UNTIL,
        # A day holding only a morning sleep log has not been checked in yet.
        "recent": {c.local_date.isoformat(): _plain(c) for c in recent if _answered(c)},
        "logged": logged,
        "weekly_due": all(c.red_flags is None for c in week),
    }


async def save_checkin(
    session: AsyncSession, *, user: User, output: SaveCheckIn, now: datetime
) -> list[Output]:
    day = date.fromisoformat(output.day)
    await repo.save_checkin(session, user=user, day=day, fields=output.fields, now=now)
    logger.info("check-in saved")
    flags = [RedFlag(f) for f in output.fields.get("red_flags") or ()]
    said: list[Output] = [Say(safety_words.red_flag_message(flags))] if flags else []
    return said + await _persistence(session, user=user, day=day, now=now)


async def _persistence(
    session: AsyncSession, *, user: User, day: date, now: datetime
) -> list[Output]:
    """Moderate or strong twitching on 10 of 14 days: suggest a clinician, fortnightly at most."""
    if user.persistence_nudged_at and now - user.persistence_nudged_at < timedelta(days=14):
        return []
    recent = await repo.recent_checkins(session, user=user, until=day, days=PERSISTENCE_DAYS)
    by_day = {c.local_date: c.twitch_level for c in recent}
    levels = [by_day.get(day - timedelta(days=i)) for i in range(PERSISTENCE_DAYS)]
    if not needs_clinician_for_persistence(levels):
        return []
    user.persistence_nudged_at = now
    return [Say(safety_words.persistence_message())]


async def note_seed(session: AsyncSession, *, user: User, day: date) -> dict[str, Any]:
    """What the note flow starts with: the day, and how long its note already is."""
    existing = await repo.get_checkin(session, user=user, day=day)
    used = len(existing.note) if existing is not None and existing.note else 0
    return {"day": day.isoformat(), "note_length": used}


async def save_note(
    session: AsyncSession, *, user: User, output: SaveNote, now: datetime
) -> list[Output]:
    day = date.fromisoformat(output.day)
    existing = await repo.get_checkin(session, user=user, day=day)
    note = journal.joined_note(existing.note if existing else None, output.text)
    if len(note) > journal.DAY_NOTE_MAX:
        # The flow checks the room it was seeded with; this catches a note added meanwhile (or
        # a flow begun without the seed). The words are kept, just not in the day's note.
        await repo.add_journal_entry(session, user=user, at=now, text=output.text, tags=[])
        logger.info("note kept as a journal entry: the day's note is full")
        return [Say(journal.note_went_to_journal())]
    await repo.save_checkin(session, user=user, day=day, fields={"note": note}, now=now)
    return [Say(journal.note_added())]


async def log_caffeine(
    session: AsyncSession, *, user: User, output: LogCaffeine, now: datetime, default_zone: str
) -> list[Output]:
    local = local_now(user, now, default_zone)
    if output.local_time is not None:
        at_time = parse_clock_time(output.local_time) or local.time()
        local = local.replace(hour=at_time.hour, minute=at_time.minute, second=0, microsecond=0)
    earlier = await repo.caffeine_on(session, user=user, day=local.date())
    await repo.log_caffeine(session, user=user, at=local.astimezone(ZoneInfo("UTC")), local=local)
    logger.info("caffeine logged")
    outputs: list[Output] = [coffee.logged(local.time(), len(earlier) + 1)]
    cutoff = user.caffeine_cutoff
    after = cutoff is not None and local.time() > cutoff
    # One gentle line a day at most: none if an earlier drink today was already past it.
    already = cutoff is not None and any(d.local_time > cutoff for d in earlier)
    if after and not already and cutoff is not None:
        outputs.append(Say(coffee.cutoff_note(cutoff)))
    return outputs


async def save_journal(
    session: AsyncSession, *, user: User, output: SaveJournal, now: datetime
) -> list[Output]:
    await repo.add_journal_entry(
        session, user=user, at=now, text=output.text, tags=list(output.tags)
    )
    logger.info("journal entry saved")
    return []


async def history_page(
    session: AsyncSession, *, user: User, page_number: int, now: datetime, default_zone: str
) -> list[Say]:
    local = local_now(user, now, default_zone)
    last_day = local.date() - timedelta(days=history.DAYS_PER_PAGE * page_number)
    checkins = await repo.recent_checkins(
        session, user=user, until=last_day, days=history.DAYS_PER_PAGE
    )
    lines = {
        c.local_date: history.DayLine(
            day=c.local_date,
            twitch_level=c.twitch_level,
            locations=list(c.locations or []),
            anxiety=c.anxiety,
            bedtime=c.bedtime,
            wake_time=c.wake_time,
            caffeine_drinks=c.caffeine_drinks,
            note=c.note,
        )
        for c in checkins
    }
    zone = local.tzinfo
    entries = await repo.journal_page(
        session,
        user=user,
        offset=history.ENTRIES_PER_PAGE * page_number,
        limit=history.ENTRIES_PER_PAGE,
    )
    return history.page(
        page_number=page_number,
        last_day=last_day,
        lines=lines,
        entries=[history.Entry(e.at.astimezone(zone), e.text) for e in entries],
    )
