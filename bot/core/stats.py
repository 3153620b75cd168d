"""Pure statistics behind /insights: sleep timing, regularity and with/without comparisons.

Every function takes plain records and returns numbers or None; wording belongs to the messages.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

__all__ = [
    "MIN_CHECKINS",
    "MIN_DAYS_EACH_SIDE",
    "DayRecord",
    "Finding",
    "PeriodChange",
    "PeriodSummary",
    "PracticeSummary",
    "SessionRecord",
    "bedtime_sd_minutes",
    "caffeine_after_cutoff",
    "change",
    "checkins_needed",
    "compare_factor",
    "findings",
    "findings_needed",
    "is_short_night",
    "period_summary",
    "practice_summary",
    "sleep_hours",
    "sleep_interval",
    "sleep_regularity_index",
    "social_jetlag_hours",
]

# Fewer days than this on either side and a mean difference is mostly noise.
MIN_DAYS_EACH_SIDE = 3
# Fewer check-ins than this in a period and a chart of it says nothing.
MIN_CHECKINS = 3

SHORT_SLEEP_HOURS = 6.0
BEDTIME_TOLERANCE_MINUTES = 60.0
HIGH_ANXIETY = 7

_NOON = time(12, 0)
_MINUTE = timedelta(minutes=1)
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


def _clock_minutes(t: time) -> float:
    return t.hour * 60 + t.minute + t.second / 60 + t.microsecond / 60_000_000


def _minutes_since_noon(t: time) -> float:
    """Clock time on an axis starting at 12:00, so 23:30 → 690 and 00:30 → 750 (60 apart)."""
    return (_clock_minutes(t) - 12 * 60) % _MINUTES_PER_DAY


def _circular_minutes_apart(a: time, b: time) -> float:
    gap = abs(_clock_minutes(a) - _clock_minutes(b)) % _MINUTES_PER_DAY
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


def bedtime_sd_minutes(records: Iterable[DayRecord]) -> float | None:
    """Sample standard deviation (n - 1) of bedtimes in minutes, None under two bedtimes.

    Bedtimes are measured in minutes since 12:00 noon so that a spread across midnight is
    measured the short way (23:30 and 00:30 are 60 minutes apart, not 1380).
    """
    minutes = [_minutes_since_noon(r.bedtime) for r in records if r.bedtime is not None]
    if len(minutes) < 2:
        return None
    return statistics.stdev(minutes)


def _mid_sleep_minutes(rec: DayRecord) -> float | None:
    """Mid-sleep in minutes since noon of the evening before `rec.day` (linear, not wrapped)."""
    interval = sleep_interval(rec)
    if interval is None:
        return None
    onset, wake = interval
    mid = onset + (wake - onset) / 2
    return (mid - datetime.combine(rec.day - _ONE_DAY, _NOON)) / _MINUTE


def social_jetlag_hours(records: Iterable[DayRecord]) -> float | None:
    """|mean mid-sleep on free days - mean mid-sleep on workdays| in hours (Wittmann et al. 2006).

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
    return abs(statistics.fmean(free) - statistics.fmean(work)) / 60


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


@dataclass(frozen=True)
class Finding:
    """Mean twitch level on days with a factor against days without it."""

    factor: str
    with_mean: float
    with_days: int
    without_mean: float
    without_days: int

    @property
    def difference(self) -> float:
        """with_mean - without_mean: positive when twitching was higher with the factor."""
        return self.with_mean - self.without_mean


Predicate = Callable[[DayRecord], bool | None]


def compare_factor(
    records: Iterable[DayRecord], factor_name: str, predicate: Predicate
) -> Finding | None:
    """Compare mean twitch on days where `predicate` is True against days where it is False.

    Days without a twitch level, or where the predicate returns None (unknown), are left out.
    None unless both sides have at least MIN_DAYS_EACH_SIDE days.
    """
    with_factor: list[int] = []
    without_factor: list[int] = []
    for rec in records:
        if rec.twitch is None:
            continue
        present = predicate(rec)
        if present is None:
            continue
        (with_factor if present else without_factor).append(rec.twitch)
    if len(with_factor) < MIN_DAYS_EACH_SIDE or len(without_factor) < MIN_DAYS_EACH_SIDE:
        return None
    return Finding(
        factor=factor_name,
        with_mean=statistics.fmean(with_factor),
        with_days=len(with_factor),
        without_mean=statistics.fmean(without_factor),
        without_days=len(without_factor),
    )


def is_short_night(rec: DayRecord) -> bool | None:
    """Under 6 hours between bed and getting up the night before `rec.day`; None if unknown."""
    hours = sleep_hours(rec)
    return None if hours is None else hours < SHORT_SLEEP_HOURS


def _high_anxiety(rec: DayRecord) -> bool | None:
    return None if rec.anxiety is None else rec.anxiety >= HIGH_ANXIETY


def _bedtime_off(target: time) -> Predicate:
    def predicate(rec: DayRecord) -> bool | None:
        if rec.bedtime is None:
            return None
        return _circular_minutes_apart(rec.bedtime, target) > BEDTIME_TOLERANCE_MINUTES

    return predicate


def _has_tag(tag: str) -> Predicate:
    # Tags are a multi-select, so an untagged day is read as "not present" rather than unknown.
    def predicate(rec: DayRecord) -> bool | None:
        return tag in rec.tags

    return predicate


def findings(records: Iterable[DayRecord], *, target_bedtime: time) -> list[Finding]:
    """Every factor with enough days on both sides, strongest absolute difference first.

    Factors: "caffeine_after_cutoff", "short_sleep" (under 6 h the night before),
    "bedtime_off_target" (more than 1 h either way of `target_bedtime`, across midnight),
    "high_anxiety" (7 or more) and "tag:<name>" for each tag seen in the records.
    """
    recs = list(records)
    factors: list[tuple[str, Predicate]] = [
        ("caffeine_after_cutoff", lambda r: r.caffeine_after_cutoff),
        ("short_sleep", is_short_night),
        ("bedtime_off_target", _bedtime_off(target_bedtime)),
        ("high_anxiety", _high_anxiety),
    ]
    tags = sorted({tag for rec in recs for tag in rec.tags})
    factors.extend((f"tag:{tag}", _has_tag(tag)) for tag in tags)

    found = [compare_factor(recs, name, predicate) for name, predicate in factors]
    # Factor name breaks ties so the order never depends on input order.
    return sorted(
        (f for f in found if f is not None), key=lambda f: (-abs(f.difference), f.factor)
    )


@dataclass(frozen=True)
class PeriodSummary:
    """Averages over a period; a mean is None when no day in the period had that value."""

    mean_twitch: float | None
    mean_anxiety: float | None
    days_with_data: int


@dataclass(frozen=True)
class PeriodChange:
    """current - previous for each mean; None when either period lacks that value."""

    twitch: float | None
    anxiety: float | None


def _mean_or_none(values: Sequence[int]) -> float | None:
    return statistics.fmean(values) if values else None


def period_summary(records: Iterable[DayRecord]) -> PeriodSummary:
    """Mean twitch, mean anxiety and the number of days with either value."""
    recs = list(records)
    twitch = [r.twitch for r in recs if r.twitch is not None]
    anxiety = [r.anxiety for r in recs if r.anxiety is not None]
    days = {r.day for r in recs if r.twitch is not None or r.anxiety is not None}
    return PeriodSummary(
        mean_twitch=_mean_or_none(twitch),
        mean_anxiety=_mean_or_none(anxiety),
        days_with_data=len(days),
    )


def _delta(current: float | None, previous: float | None) -> float | None:
    if current is None or previous is None:
        return None
    return current - previous


def change(current: PeriodSummary, previous: PeriodSummary) -> PeriodChange:
    """How the means moved from `previous` to `current`."""
    return PeriodChange(
        twitch=_delta(current.mean_twitch, previous.mean_twitch),
        anxiety=_delta(current.mean_anxiety, previous.mean_anxiety),
    )


def checkins_needed(days_with_data: int) -> int:
    """How many more days with a check-in a period needs before it is worth charting."""
    return max(0, MIN_CHECKINS - days_with_data)


def findings_needed(records: Iterable[DayRecord]) -> int:
    """How many more days with a twitch level before any factor *could* have enough days on
    both sides; 0 means enough days exist (whether a factor splits them is another matter)."""
    days = sum(1 for r in records if r.twitch is not None)
    return max(0, 2 * MIN_DAYS_EACH_SIDE - days)


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


@dataclass(frozen=True)
class SessionRecord:
    """One guided exercise: `kind` is "breathing" or "relaxation"; tension ratings 0-10."""

    kind: str
    finished: bool
    tension_before: int | None = None
    tension_after: int | None = None


@dataclass(frozen=True)
class PracticeSummary:
    """Finished sessions by kind, and the mean of (after - before) over rated sessions."""

    breathing: int
    relaxation: int
    tension_change: float | None
    rated: int


def practice_summary(sessions: Iterable[SessionRecord]) -> PracticeSummary:
    """Counts finished sessions; any session rated before and after counts toward the change,
    finished or not (stopping early is still practice, and the rating is still theirs)."""
    recs = list(sessions)
    changes = [
        s.tension_after - s.tension_before
        for s in recs
        if s.tension_before is not None and s.tension_after is not None
    ]
    return PracticeSummary(
        breathing=sum(1 for s in recs if s.finished and s.kind == "breathing"),
        relaxation=sum(1 for s in recs if s.finished and s.kind == "relaxation"),
        tension_change=statistics.fmean(changes) if changes else None,
        rated=len(changes),
    )
