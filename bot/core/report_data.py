"""What the clinician's report shows, as plain values: the days of the period, the user's own
notes when they ask for them, and the figures summed up from those days. No drawing here, so
the words can be prepared without loading matplotlib."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time

from bot.core import stats
from bot.core.stats.sleep import median_clock

__all__ = [
    "JournalNote",
    "ReportData",
    "ReportDay",
    "ReportFigures",
    "WarningAnswer",
    "figures",
]


@dataclass(frozen=True)
class ReportDay:
    """One day: the check-in's answers (None where not given) and the drinks of the day.

    `bedtime` is the night before `day`, as in stats.DayRecord. `warning_signs` is None when
    the weekly warning-signs question was not asked that day, () when none applied.
    """

    day: date
    twitch: int | None = None
    anxiety: int | None = None
    bedtime: time | None = None
    wake: time | None = None
    caffeine_drinks: int | None = None
    caffeine_late: bool | None = None
    locations: tuple[str, ...] = ()
    warning_signs: tuple[str, ...] | None = None
    # What the person wrote about the warning signs they ticked, in their own words.
    warning_words: str | None = None
    # False for a day known only from /coffee logs.
    checked_in: bool = True

    def record(self) -> stats.DayRecord:
        return stats.DayRecord(
            day=self.day,
            twitch=self.twitch,
            anxiety=self.anxiety,
            bedtime=self.bedtime,
            wake=self.wake,
            caffeine_after_cutoff=self.caffeine_late,
        )


@dataclass(frozen=True)
class JournalNote:
    """Free text the user wrote, at a naive local time."""

    at: datetime
    text: str
    # A line Stillpoint wrote in the journal for them (after a calm minute), not their words.
    by_stillpoint: bool = False


@dataclass(frozen=True)
class ReportData:
    """The period from `first` to `last` (both included). `journal` is None unless the user
    asked for their notes to be included."""

    first: date
    last: date
    days: tuple[ReportDay, ...]
    target_bed: time | None = None
    target_wake: time | None = None
    cutoff: time | None = None
    journal: tuple[JournalNote, ...] | None = None
    # The day of the very first check-in (it may be before `first`).
    first_checkin: date | None = None
    # Each body area and the first day it was named, over all the person's check-ins.
    areas_first_named: tuple[tuple[str, date], ...] = ()
    # Their own answers for the doctor: when it started, medications and supplements.
    onset: date | None = None
    medications: str | None = None
    # The sentence /insights shows for the clearest pattern, in the report's language.
    pattern: str | None = None

    @property
    def start(self) -> date:
        """Where the charts begin: the period's first day with an entry (not blank weeks)."""
        entered = [d.day for d in self.days if self.first <= d.day <= self.last]
        return min(entered, default=self.first)

    @property
    def counted_from(self) -> date:
        """The first day the check-in count is out of: the first check-in, if in the period."""
        if self.first_checkin is not None and self.first < self.first_checkin <= self.last:
            return self.first_checkin
        return self.first


@dataclass(frozen=True)
class WarningAnswer:
    day: date
    signs: tuple[str, ...]
    words: str | None = None


@dataclass(frozen=True)
class ReportFigures:
    """The numbers printed beside the charts; None where no day had the value."""

    period_days: int
    # Days from the first check-in (or the period's start) to the last day, and whether
    # that is since the first check-in ever.
    counted_days: int
    since_first_checkin: bool
    checkin_days: int
    twitch_days: int
    mean_twitch: float | None
    days_with_twitching: int
    strong_days: int
    # (body area key, days it was named), most named first.
    areas: tuple[tuple[str, int], ...]
    anxiety_days: int
    mean_anxiety: float | None
    high_anxiety_days: int
    nights: int
    usual_bedtime: time | None
    usual_wake: time | None
    mean_hours_in_bed: float | None
    short_nights: int
    # How much bed and wake times vary from night to night (stats.timing_variation_minutes).
    variation_minutes: float | None
    caffeine_days: int
    mean_drinks: float | None
    late_caffeine_days: int
    warning_answers: tuple[WarningAnswer, ...]

    @property
    def warning_sign_days(self) -> int:
        return sum(1 for a in self.warning_answers if a.signs)


def _mean(values: list[int] | list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def figures(data: ReportData) -> ReportFigures:
    days = [d for d in data.days if data.first <= d.day <= data.last]
    records = [d.record() for d in days]
    twitch = [d.twitch for d in days if d.twitch is not None]
    anxiety = [d.anxiety for d in days if d.anxiety is not None]
    # Body areas are asked only on a day with twitching; count each area once a day.
    areas = Counter(area for d in days if d.twitch for area in dict.fromkeys(d.locations))
    hours = [h for h in map(stats.sleep_hours, records) if h is not None]
    drinks = [d.caffeine_drinks for d in days if d.caffeine_drinks is not None]
    return ReportFigures(
        period_days=(data.last - data.first).days + 1,
        counted_days=(data.last - data.counted_from).days + 1,
        since_first_checkin=data.counted_from != data.first,
        checkin_days=sum(1 for d in days if d.checked_in),
        twitch_days=len(twitch),
        mean_twitch=_mean(twitch),
        days_with_twitching=sum(1 for t in twitch if t > 0),
        strong_days=sum(1 for t in twitch if t == 3),
        areas=tuple(sorted(areas.items(), key=lambda item: (-item[1], item[0]))),
        anxiety_days=len(anxiety),
        mean_anxiety=_mean(anxiety),
        high_anxiety_days=sum(1 for a in anxiety if a >= stats.HIGH_ANXIETY),
        nights=len(hours),
        usual_bedtime=median_clock((d.bedtime for d in days if d.bedtime), evening=True),
        usual_wake=median_clock((d.wake for d in days if d.wake), evening=False),
        mean_hours_in_bed=_mean(hours),
        short_nights=sum(1 for h in hours if h < stats.SHORT_SLEEP_HOURS),
        variation_minutes=stats.timing_variation_minutes(records),
        caffeine_days=len(drinks),
        mean_drinks=_mean(drinks),
        late_caffeine_days=sum(1 for d in days if d.caffeine_late),
        warning_answers=tuple(
            WarningAnswer(d.day, d.warning_signs, d.warning_words)
            for d in days
            if d.warning_signs is not None
        ),
    )
