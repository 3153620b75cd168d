"""What each reminder is, when it is next due, and whether a due one should go out now.

Pure rules over local wall times, IANA zones and `now`; the dispatcher does the I/O. The grace
windows say how late a reminder may still be useful after downtime: past them it is skipped,
never sent in a burst (a "last call for coffee" at 21:00 is worse than none).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.core.recurrence import local_date, next_occurrence

__all__ = [
    "ALL_KINDS",
    "NAP_MINUTES",
    "SNOOZE_MINUTES",
    "Decision",
    "Kind",
    "NapNight",
    "Profile",
    "QuietClash",
    "Verdict",
    "decide",
    "default_enabled",
    "grace",
    "in_quiet_hours",
    "local_time_for",
    "nap_night",
    "next_due",
    "quiet_clash",
    "quiet_hours",
    "quiet_hours_end",
    "skip_today",
]

NAP_MINUTES = 20
# A nap this close to bedtime, or later, eats into the night: no alarm is set then.
NAP_BEFORE_BED = timedelta(hours=3)
# The length of a night when only the bedtime is known.
USUAL_NIGHT = timedelta(hours=8)
SNOOZE_MINUTES = (15, 30, 60)
WIND_DOWN_BEFORE = timedelta(minutes=30)
# Sunday evening, local, unless the user picks another time.
WEEKLY_TIME = time(18, 0)
WEEKLY_DAYS = frozenset({6})


class Kind(enum.StrEnum):
    CAFFEINE = "caffeine"
    WIND_DOWN = "winddown"
    CHECKIN = "checkin"
    SLEEP_LOG = "sleeplog"
    WEEKLY = "weekly"
    NAP = "nap"


# The kinds `/reminders` lists, in the order of a day; the nap is started by hand.
ALL_KINDS = (Kind.SLEEP_LOG, Kind.CAFFEINE, Kind.CHECKIN, Kind.WIND_DOWN, Kind.WEEKLY)


@dataclass(frozen=True)
class Profile:
    """The parts of a user's routine that reminders follow."""

    zone: str
    wake_time: time | None = None
    bedtime: time | None = None
    caffeine_cutoff: time | None = None
    checkin_time: time | None = None
    quiet_start: time | None = None
    quiet_end: time | None = None


def default_enabled(kind: Kind) -> bool:
    # The morning sleep log asks something of them every day, so they choose to turn it on.
    return kind is not Kind.SLEEP_LOG


def local_time_for(kind: Kind, profile: Profile, override: time | None = None) -> time | None:
    """The local time a daily reminder comes at; None when the routine has no such time."""
    if override is not None:
        return override
    if kind is Kind.CAFFEINE:
        return profile.caffeine_cutoff
    if kind is Kind.CHECKIN:
        return profile.checkin_time
    if kind is Kind.SLEEP_LOG:
        return profile.wake_time
    if kind is Kind.WEEKLY:
        return WEEKLY_TIME
    if kind is Kind.WIND_DOWN and profile.bedtime is not None:
        return _minus(profile.bedtime, WIND_DOWN_BEFORE)
    return None


def next_due(
    kind: Kind, profile: Profile, after: datetime, override: time | None = None
) -> datetime | None:
    """The next instant strictly after `after` this reminder is due, in UTC."""
    at = local_time_for(kind, profile, override)
    if at is None or kind is Kind.NAP:
        return None
    weekdays = WEEKLY_DAYS if kind is Kind.WEEKLY else None
    return next_occurrence(at, profile.zone, after, weekdays=weekdays)


def skip_today(
    kind: Kind, profile: Profile, now: datetime, override: time | None = None
) -> datetime | None:
    """The next due instant that is not on today's local date."""
    candidate = next_due(kind, profile, now, override)
    today = local_date(now, profile.zone)
    while candidate is not None and local_date(candidate, profile.zone) <= today:
        candidate = next_due(kind, profile, candidate, override)
    return candidate


def grace(kind: Kind, profile: Profile) -> timedelta:
    """How late a reminder may still go out. Chosen per kind:

    - caffeine last call: 2 h (after that the afternoon is over);
    - wind-down: until bedtime (30 min);
    - evening check-in: until bedtime (3 h if bedtime is unknown);
    - morning sleep log: 4 h (the morning);
    - weekly summary: 12 h (still Sunday for most);
    - nap alarm: 1 h (a late wake-up is still better than none).
    """
    if kind is Kind.CAFFEINE:
        return timedelta(hours=2)
    if kind is Kind.WIND_DOWN:
        return WIND_DOWN_BEFORE
    if kind is Kind.CHECKIN:
        if profile.bedtime is None or profile.checkin_time is None:
            return timedelta(hours=3)
        return _until(profile.checkin_time, profile.bedtime) or timedelta(hours=3)
    if kind is Kind.SLEEP_LOG:
        return timedelta(hours=4)
    if kind is Kind.WEEKLY:
        return timedelta(hours=12)
    return timedelta(hours=1)


def quiet_hours(profile: Profile) -> tuple[time, time] | None:
    """Start and end of quiet hours: their own, else from bedtime to wake time."""
    start = profile.quiet_start or profile.bedtime
    end = profile.quiet_end or profile.wake_time
    if start is None or end is None or start == end:
        return None
    return start, end


def in_quiet_hours(profile: Profile, instant: datetime) -> bool:
    window = quiet_hours(profile)
    if window is None:
        return False
    wall = instant.astimezone(ZoneInfo(profile.zone)).time().replace(tzinfo=None)
    return _within(wall, *window)


def quiet_hours_end(profile: Profile, instant: datetime) -> datetime:
    """When the quiet hours that hold `instant` are over."""
    window = quiet_hours(profile)
    if window is None:
        return instant
    return next_occurrence(window[1], profile.zone, instant)


def _within(wall: time, start: time, end: time) -> bool:
    """`start` <= `wall` < `end` on a 24-hour dial (the stretch may wrap past midnight)."""
    if start < end:
        return start <= wall < end
    return wall >= start or wall < end


@dataclass(frozen=True)
class QuietClash:
    """A daily reminder time that falls inside quiet hours (`start`–`end`): it waits until
    `end`, or, when `dropped`, is skipped on those days because by `end` it would come too late
    to help (its grace window, as the dispatcher applies it)."""

    start: time
    end: time
    dropped: bool


def quiet_clash(kind: Kind, profile: Profile, at: time) -> QuietClash | None:
    """What quiet hours would do to reminder `kind` at local wall time `at` (None: nothing).

    The same rule as `decide`, on wall times, so what is said when a time is chosen is what
    the dispatcher then does (give or take a daylight-saving night). A nap alarm is never held.
    """
    window = quiet_hours(profile)
    if window is None or kind is Kind.NAP or not _within(at, *window):
        return None
    start, end = window
    waits = _until(at, end)
    return QuietClash(start, end, dropped=waits > grace(kind, profile))


class NapNight(enum.Enum):
    """Why now is no time for a nap alarm."""

    BEFORE_BED = "before_bed"  # bedtime is less than NAP_BEFORE_BED away
    NIGHT = "night"  # after bedtime and before the wake-up, or in quiet hours


def nap_night(profile: Profile, now: datetime) -> NapNight | None:
    """Whether a 20-minute nap starting `now` would run into the night (None: a fine time).

    Close to bedtime a nap makes falling asleep harder and its alarm would go off as the night
    begins; after bedtime (until the wake-up, or a usual night's length when that is unknown)
    and in quiet hours the alarm would wake someone who has just fallen asleep.
    """
    wall = now.astimezone(ZoneInfo(profile.zone)).time().replace(second=0, microsecond=0)
    wall = wall.replace(tzinfo=None)
    bed = profile.bedtime
    if bed is not None:
        if timedelta(0) < _until(wall, bed) <= NAP_BEFORE_BED:
            return NapNight.BEFORE_BED
        night = _until(bed, profile.wake_time) if profile.wake_time else USUAL_NIGHT
        if _until(bed, wall) < night:
            return NapNight.NIGHT
    if in_quiet_hours(profile, now):
        return NapNight.NIGHT
    return None


class Verdict(enum.Enum):
    SEND = "send"
    HOLD = "hold"  # due again at `until`, same occurrence
    SKIP = "skip"  # this occurrence is dropped; the next one is scheduled


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    reason: str = ""
    until: datetime | None = None


def decide(
    kind: Kind,
    profile: Profile,
    *,
    due_at: datetime,
    now: datetime,
    paused_until: datetime | None = None,
    done_today: bool = False,
) -> Decision:
    """Whether a reminder due at `due_at` goes out at `now`.

    The nap alarm is something they asked for minutes ago, so pause and quiet hours never hold
    it. `done_today` means the reminder's purpose is already met (today's check-in exists).
    """
    if now - due_at > grace(kind, profile):
        return Decision(Verdict.SKIP, "late")
    if kind is Kind.NAP:
        return Decision(Verdict.SEND)
    if paused_until is not None and now < paused_until:
        return Decision(Verdict.SKIP, "paused")
    if done_today:
        return Decision(Verdict.SKIP, "done")
    if in_quiet_hours(profile, now):
        until = quiet_hours_end(profile, now)
        if until - due_at > grace(kind, profile):
            return Decision(Verdict.SKIP, "quiet")
        return Decision(Verdict.HOLD, "quiet", until)
    return Decision(Verdict.SEND)


def _minus(at: time, delta: timedelta) -> time:
    minutes = (at.hour * 60 + at.minute - delta.seconds // 60) % (24 * 60)
    return time(minutes // 60, minutes % 60)


def _until(start: time, end: time) -> timedelta:
    """From one wall time forward to the next, across midnight if need be."""
    minutes = (end.hour * 60 + end.minute - start.hour * 60 - start.minute) % (24 * 60)
    return timedelta(minutes=minutes)
