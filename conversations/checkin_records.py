"""The check-in's side of storage: what the flow is seeded with (the days around it, drinks
already logged), and saving its answers with the safety follow-ups that depend on them."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from bot.core.safety import RedFlag, needs_clinician_for_persistence
from bot.core.timeparse import format_clock
from bot.features import TurnContext
from bot.flow import Output, Record, Say
from bot.storage import repo, userdata
from bot.storage.models import User
from bot.storage.rows import CheckInRow
from conversations import safety as safety_words


@dataclass(frozen=True)
class SaveCheckIn(Record):
    """Create or update the check-in of local day `day` (ISO date) with these answers."""

    day: str
    fields: dict[str, Any] = field(default_factory=dict)


logger = logging.getLogger(__name__)

PERSISTENCE_DAYS = 14
# A check-in for yesterday can be made until this local time.
YESTERDAY_UNTIL = time(12, 0)


def _plain(checkin: CheckInRow) -> dict[str, Any]:
    """A check-in as flow data: plain JSON values, clock times as "HH:MM"."""

    def clock(value: time | None) -> str | None:
        return format_clock(value) if value else None

    return {
        "twitch_level": checkin.twitch_level,
        "twitch_score": checkin.twitch_score,
        "locations": list(checkin.locations or []),
        "anxiety": checkin.anxiety,
        "bedtime": clock(checkin.bedtime),
        "wake_time": clock(checkin.wake_time),
        "caffeine_drinks": checkin.caffeine_drinks,
        "caffeine_last": clock(checkin.caffeine_last),
    }


def _answered(checkin: CheckInRow) -> bool:
    return checkin.twitch_level is not None or checkin.anxiety is not None


# How far back a check-in can be changed, or a missed one added (from /history).
EDITABLE_DAYS = 7


def editable_days(today: date) -> list[date]:
    """The days whose check-in can be changed or added, newest first."""
    return [today - timedelta(days=i) for i in range(EDITABLE_DAYS)]


async def seed(turn: TurnContext, user: User, for_day: date | None = None) -> dict[str, Any]:
    """The flow's data; `for_day` is a day of the last week chosen in /history, asked about
    without the "yesterday or today?" question."""
    local = turn.local_now()
    today = local.date()
    yesterday = today - timedelta(days=1)
    # The week, and the day before its first day (the "day before" of an edit a week back).
    days = await repo.recent_checkins(turn.session, user=user, until=today, days=EDITABLE_DAYS + 1)
    week = [c for c in days if c.local_date > today - timedelta(days=7)]
    earliest = min(yesterday, for_day or yesterday) - timedelta(days=1)
    recent = [c for c in days if c.local_date >= earliest]
    # The drinks of today, yesterday and the day asked about, in one read.
    asked = dict.fromkeys((today, yesterday, for_day or today))
    by_day: dict[date, list[time]] = {}
    drinks = await userdata.caffeine_between(
        turn.session, user=user, first=min(asked), last=max(asked)
    )
    for drink in drinks:
        if drink.local_date in asked:
            by_day.setdefault(drink.local_date, []).append(drink.local_time)
    logged: dict[str, Any] = {
        day.isoformat(): {"count": len(times), "last": format_clock(times[-1])}
        for day in asked
        if (times := by_day.get(day))
    }
    # Nights logged in the morning (the sleep log), offered back so a check-in keeps them.
    slept = {
        c.local_date.isoformat(): {
            "bed": format_clock(c.bedtime),
            "wake": format_clock(c.wake_time),
        }
        for c in week
        if c.local_date >= min(yesterday, for_day or yesterday)
        and c.bedtime is not None
        and c.wake_time is not None
    }
    answered = {c.local_date: c for c in days if _answered(c)}
    if for_day is not None:
        # A past day is asked about as it was: no weekly question about "the past week"; what
        # was ticked as going on shows ticked, so Done keeps it.
        ticked = (
            {"triggers": list(answered[for_day].triggers or [])} if for_day in answered else {}
        )
        return {
            **ticked,
            "today": today.isoformat(),
            "yesterday": yesterday.isoformat(),
            "for_day": for_day.isoformat(),
            "slept": slept,
            "before_noon": False,
            "recent": {c.local_date.isoformat(): _plain(c) for c in recent if _answered(c)},
            "logged": logged,
            "weekly_due": False,
        }
    return {
        "today": today.isoformat(),
        "slept": slept,
        "yesterday": yesterday.isoformat(),
        "before_noon": local.time() < YESTERDAY_UNTIL,
        # A day holding only a morning sleep log has not been checked in yet.
        "recent": {c.local_date.isoformat(): _plain(c) for c in recent if _answered(c)},
        "logged": logged,
        "weekly_due": all(c.red_flags is None for c in week),
    }


async def save(turn: TurnContext, output: SaveCheckIn) -> list[Output]:
    assert turn.user is not None  # the effect is declared to need consent
    day = date.fromisoformat(output.day)
    await repo.save_checkin(
        turn.session, user=turn.user, day=day, fields=output.fields, now=turn.now
    )
    logger.info("check-in saved")
    flags = [RedFlag(f) for f in output.fields.get("red_flags") or ()]
    said: list[Output] = [Say(safety_words.red_flag_message(flags))] if flags else []
    return said + await _persistence(turn, turn.user, day)


async def _persistence(turn: TurnContext, user: User, day: date) -> list[Output]:
    """Moderate or strong twitching on 10 of 14 days: suggest a clinician, fortnightly at most."""
    now = turn.now
    if user.persistence_nudged_at and now - user.persistence_nudged_at < timedelta(days=14):
        return []
    recent = await repo.recent_checkins(turn.session, user=user, until=day, days=PERSISTENCE_DAYS)
    by_day = {c.local_date: c.twitch_level for c in recent}
    levels = [by_day.get(day - timedelta(days=i)) for i in range(PERSISTENCE_DAYS)]
    if not needs_clinician_for_persistence(levels):
        return []
    user.persistence_nudged_at = now
    return [safety_words.persistence_reply()]
