"""How steady someone's nights are: bedtime spread, the weekend shift of mid-sleep and the
Sleep Regularity Index, from reported bed and wake times."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from bot.core.stats.records import DayRecord, clock_minutes, minutes_since_noon, sleep_interval

__all__ = [
    "bedtime_sd_minutes",
    "median_clock",
    "sleep_regularity_index",
    "social_jetlag_hours",
    "timing_variation_minutes",
    "weekend_shift_hours",
]

_NOON = time(12, 0)
_MINUTE = timedelta(minutes=1)
_MINUTES_PER_DAY = 24 * 60
_ONE_DAY = timedelta(days=1)


def bedtime_sd_minutes(records: Iterable[DayRecord]) -> float | None:
    """Sample standard deviation (n - 1) of bedtimes in minutes, None under two bedtimes.

    Bedtimes are measured in minutes since 12:00 noon so that a spread across midnight is
    measured the short way (23:30 and 00:30 are 60 minutes apart, not 1380).
    """
    minutes = [minutes_since_noon(r.bedtime) for r in records if r.bedtime is not None]
    if len(minutes) < 2:
        return None
    return statistics.stdev(minutes)


def timing_variation_minutes(records: Iterable[DayRecord]) -> float | None:
    """How much bed and wake times vary from night to night, in minutes: the mean of the
    bedtimes' and the wake times' standard deviations (each needs two times; one is used
    alone when only it has them). None with under two of both."""
    recs = list(records)
    beds = [minutes_since_noon(r.bedtime) for r in recs if r.bedtime is not None]
    wakes = [clock_minutes(r.wake) for r in recs if r.wake is not None]
    spreads = [statistics.stdev(v) for v in (beds, wakes) if len(v) >= 2]
    return statistics.fmean(spreads) if spreads else None


def median_clock(times: Iterable[time], *, evening: bool) -> time | None:
    """The middle one of some clock times, to the minute; None when there are none.

    Bedtimes (`evening=True`) are ordered from noon so 23:30 comes before 00:30; wake times
    from midnight. Of an even number, the earlier middle one: a time someone really reported.
    """
    start = 12 * 60 if evening else 0
    minutes = sorted((clock_minutes(t) - start) % _MINUTES_PER_DAY for t in times)
    if not minutes:
        return None
    middle = int(statistics.median_low(minutes) + start) % _MINUTES_PER_DAY
    return time(middle // 60, middle % 60)


def _mid_sleep_minutes(rec: DayRecord) -> float | None:
    """Mid-sleep in minutes since noon of the evening before `rec.day` (linear, not wrapped)."""
    interval = sleep_interval(rec)
    if interval is None:
        return None
    onset, wake = interval
    mid = onset + (wake - onset) / 2
    return (mid - datetime.combine(rec.day - _ONE_DAY, _NOON)) / _MINUTE


def weekend_shift_hours(records: Iterable[DayRecord]) -> float | None:
    """Mean mid-sleep on free days minus mean mid-sleep on workdays, in hours: positive when
    free-day nights sit later. Its size is "social jetlag" (Wittmann et al. 2006).

    Mid-sleep is taken on the noon-based axis of `_mid_sleep_minutes`, so a night from 01:00 to
    10:00 has its mid-point at 05:30 the same as any other night. None when either side has no
    night with both bed and wake times.
    """
    free: list[float] = []
    work: list[float] = []
    for rec in records:
        mid = _mid_sleep_minutes(rec)
        if mid is not None:
            (free if rec.is_free_day else work).append(mid)
    if not free or not work:
        return None
    return (statistics.fmean(free) - statistics.fmean(work)) / 60


def social_jetlag_hours(records: Iterable[DayRecord]) -> float | None:
    """|mean mid-sleep on free days - mean mid-sleep on workdays| in hours."""
    shift = weekend_shift_hours(records)
    return None if shift is None else abs(shift)


def _ceil_minutes(delta: timedelta) -> int:
    # Minute i is asleep when its start lies in [onset, wake): the first such minute is the
    # ceiling, and so is the first minute past the end.
    return -(-delta // _MINUTE)


def _paint(timeline: list[bool | None], start: int, stop: int, state: bool) -> None:
    for i in range(max(start, 0), min(stop, len(timeline))):
        timeline[i] = state


def sleep_regularity_index(records: Iterable[DayRecord]) -> float | None:
    """Sleep Regularity Index (Phillips et al. 2017) from reported bed and wake times.

    Scale -100..100: 100 means every minute has the same sleep/wake state as the same minute the
    next day, 0 means no better than chance, -100 means every minute flips. Epoch: 1 minute.

    Each calendar day is a vector of 1440 minutes (00:00-24:00); minute t is asleep when it lies
    inside any reported sleep interval [bedtime, wake). A night spans two calendar days, so one
    day's vector draws on its own night (up to the morning wake) and on the next record's night
    (from the evening bedtime). Minutes outside reported sleep count as awake only where the
    night rule of `sleep_interval` guarantees it: between the wake of day k and the bedtime of
    day k + 1 when both are known, and otherwise from a wake until noon (the next bedtime is
    never earlier) and from midnight until an after-midnight bedtime (the previous wake is
    never later). Every other minute is unknown.

    Only consecutive calendar days that both have bed and wake times are compared, and within
    them only minutes known on both days, so a missing next night is not read as "awake all
    evening". With M minutes compared over all pairs and A of them agreeing,
    SRI = -100 + 200 · A / M; with every day complete this is Phillips' -100 + 200/(M·(N-1)) ·
    Σ δ. None when no pair can be compared. One record per day is expected; a repeated day
    keeps the last record.
    """
    nights: dict[date, tuple[datetime, datetime]] = {}
    for rec in records:
        interval = sleep_interval(rec)
        if interval is not None:
            nights[rec.day] = interval
    pairs = [d for d in sorted(nights) if d + _ONE_DAY in nights]
    if not pairs:
        return None

    first, last = min(nights), max(nights)
    # Onsets fall no earlier than noon of the day before the first record.
    base = datetime.combine(first - _ONE_DAY, time())
    span_days = (last + _ONE_DAY - base.date()).days
    timeline: list[bool | None] = [None] * (span_days * _MINUTES_PER_DAY)

    def minute(moment: datetime) -> int:
        return _ceil_minutes(moment - base)

    for day, (onset, wake) in nights.items():
        following = nights.get(day + _ONE_DAY)
        awake_until = following[0] if following else datetime.combine(day, _NOON)
        _paint(timeline, minute(wake), minute(awake_until), False)
        _paint(timeline, minute(datetime.combine(day, time())), minute(onset), False)
    # Asleep wins over awake where reported nights overlap.
    for onset, wake in nights.values():
        _paint(timeline, minute(onset), minute(wake), True)

    agreeing = compared = 0
    for day in pairs:
        start = (day - base.date()).days * _MINUTES_PER_DAY
        today = timeline[start : start + _MINUTES_PER_DAY]
        tomorrow = timeline[start + _MINUTES_PER_DAY : start + 2 * _MINUTES_PER_DAY]
        for a, b in zip(today, tomorrow, strict=True):
            if a is not None and b is not None:
                compared += 1
                agreeing += a == b
    if compared == 0:
        return None
    return -100 + 200 * agreeing / compared
