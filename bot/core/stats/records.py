"""One day as the statistics see it, and the night rule that turns bed and wake times into a
stretch of sleep."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

__all__ = [
    "HIGH_ANXIETY",
    "SHORT_SLEEP_HOURS",
    "DayRecord",
    "caffeine_after_cutoff",
    "circular_minutes_apart",
    "is_short_night",
    "minutes_since_noon",
    "sleep_hours",
    "sleep_interval",
]

SHORT_SLEEP_HOURS = 6.0
HIGH_ANXIETY = 7

_NOON = time(12, 0)
_MINUTES_PER_DAY = 24 * 60
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class DayRecord:
    """One day's check-in.

    `bedtime` is the clock time they went to bed the night *before* `day` (it may be after
    midnight); `wake` is the clock time they got up on `day`. Both are naive local clock times.
    `is_free_day` means no alarm; left as None it becomes True on Saturday and Sunday.
    """

    day: date
    twitch: int | None = None
    anxiety: int | None = None
    bedtime: time | None = None
    wake: time | None = None
    caffeine_after_cutoff: bool | None = None
    tags: frozenset[str] = frozenset()
    is_free_day: bool | None = None

    def __post_init__(self) -> None:
        if self.twitch is not None and not 0 <= self.twitch <= 3:
            raise ValueError("twitch must be between 0 and 3")
        if self.anxiety is not None and not 0 <= self.anxiety <= 10:
            raise ValueError("anxiety must be between 0 and 10")
        for clock in (self.bedtime, self.wake):
            # An aware time would make datetime.combine aware and break comparisons with the
            # naive timeline used here; the caller converts to local clock time first.
            if clock is not None and clock.tzinfo is not None:
                raise ValueError("bedtime and wake must be naive local clock times")
        if self.is_free_day is None:
            # frozen=True forbids normal assignment; this is the documented escape hatch.
            object.__setattr__(self, "is_free_day", self.day.weekday() >= 5)


def clock_minutes(t: time) -> float:
    return t.hour * 60 + t.minute + t.second / 60 + t.microsecond / 60_000_000


def minutes_since_noon(t: time) -> float:
    """Clock time on an axis starting at 12:00, so 23:30 → 690 and 00:30 → 750 (60 apart)."""
    return (clock_minutes(t) - 12 * 60) % _MINUTES_PER_DAY


def circular_minutes_apart(a: time, b: time) -> float:
    gap = abs(clock_minutes(a) - clock_minutes(b)) % _MINUTES_PER_DAY
    return min(gap, _MINUTES_PER_DAY - gap)


def sleep_interval(rec: DayRecord) -> tuple[datetime, datetime] | None:
    """Naive (onset, wake) datetimes of the night that ended on `rec.day`.

    Night rule: a bedtime at or after 12:00 belongs to the previous evening (22:30 → day - 1),
    a bedtime before 12:00 is after midnight on `day` itself (00:30 → day). Wake is always on
    `day`. None when either time is missing or the wake does not come after the onset.
    """
    if rec.bedtime is None or rec.wake is None:
        return None
    onset_day = rec.day - _ONE_DAY if rec.bedtime >= _NOON else rec.day
    onset = datetime.combine(onset_day, rec.bedtime)
    wake = datetime.combine(rec.day, rec.wake)
    if wake <= onset:
        return None
    return onset, wake


def sleep_hours(rec: DayRecord) -> float | None:
    """Hours between going to bed and getting up (time in bed, as reported)."""
    interval = sleep_interval(rec)
    if interval is None:
        return None
    onset, wake = interval
    return (wake - onset) / timedelta(hours=1)


def is_short_night(rec: DayRecord) -> bool | None:
    """Under 6 hours between bed and getting up the night before `rec.day`; None if unknown."""
    hours = sleep_hours(rec)
    return None if hours is None else hours < SHORT_SLEEP_HOURS


def caffeine_after_cutoff(
    cutoff: time | None,
    *,
    drinks: int | None,
    last: time | None,
    logged: Iterable[time] = (),
) -> bool | None:
    """Whether a day had caffeine after the cut-off, from the check-in answers and /coffee logs.

    True when the reported last drink or any logged drink is later than `cutoff`; False when
    the day is known to be clear (no drinks, or every known drink time at or before the
    cut-off); None when it can't be told (no cut-off set, or drinks reported without a time).
    """
    if cutoff is None:
        return None
    times = [t for t in (last, *logged) if t is not None]
    if any(t > cutoff for t in times):
        return True
    if drinks == 0 or times:
        return False
    return None
