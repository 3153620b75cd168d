"""One day as the statistics see it, and the night rule that turns bed and wake times into a
stretch of sleep."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

__all__ = [
    "HIGH_ANXIETY",
    "SHORT_SLEEP_HOURS",
    "DayCaffeine",
    "DayRecord",
    "caffeine_after_cutoff",
    "circular_minutes_apart",
    "day_caffeine",
    "is_short_night",
    "minutes_since_noon",
    "sleep_hours",
    "sleep_interval",
    "to_minute",
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


@dataclass(frozen=True)
class DayCaffeine:
    """A day's caffeine as every view shows it (/history, /insights, the report, the export).

    `drinks` is None when the day has neither an answer nor a logged drink; `last` is None when
    no time is known. `from_log` says the figures come from /coffee logs, not the check-in.
    """

    drinks: int | None
    last: time | None
    from_log: bool = False


def day_caffeine(
    *, answered: int | None, answered_last: time | None, logged: Iterable[time]
) -> DayCaffeine:
    """The one rule for a day's caffeine: the check-in's answer where it gave one (the person's
    own count, which may take in drinks never logged or leave out a mistaken log), else the
    drinks logged with /coffee that day."""
    if answered is not None:
        return DayCaffeine(answered, to_minute(answered_last) if answered else None)
    times = sorted(t.replace(second=0, microsecond=0) for t in logged)
    if not times:
        return DayCaffeine(None, None)
    return DayCaffeine(len(times), times[-1], from_log=True)


def to_minute(t: time | None) -> time | None:
    """`t` without seconds: clock times are compared as people read them, to the minute."""
    return None if t is None else t.replace(second=0, microsecond=0)


def caffeine_after_cutoff(cutoff: time | None, caffeine: DayCaffeine) -> bool | None:
    """Whether a day had caffeine after the cut-off, by the day's one caffeine figure.

    True when its last drink is later than `cutoff` (to the minute: a drink at 14:00 is not
    after a 14:00 cut-off); False when the day is known to be clear (no drinks, or the last
    one at or before the cut-off); None when it can't be told (no cut-off set, no answer, or
    drinks reported without a time).
    """
    if cutoff is None:
        return None
    if caffeine.last is not None:
        return caffeine.last > cutoff.replace(second=0, microsecond=0)
    return False if caffeine.drinks == 0 else None
