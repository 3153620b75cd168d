"""What goes with more or less twitching: days with a factor against days without it, and
whether the gap is bigger than the person's own day-to-day ups and downs."""

from __future__ import annotations

import dataclasses
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import time

from bot.core.stats.permutation import holm, permutation_p_value
from bot.core.stats.records import (
    HIGH_ANXIETY,
    DayRecord,
    circular_minutes_apart,
    is_short_night,
    sleep_hours,
)

__all__ = [
    "ALPHA",
    "LESS_SLEEP",
    "MIN_DAYS_EACH_SIDE",
    "Finding",
    "compare_factor",
    "findings",
    "findings_needed",
    "less_sleep_factor",
]

# Fewer days than this on either side and there is nothing worth comparing.
MIN_DAYS_EACH_SIDE = 3
# A gap is "clear" when shuffling the days would make one as large less than 1 time in 20;
# across all factors of one view together (Holm), not each on its own.
ALPHA = 0.05
BEDTIME_TOLERANCE_MINUTES = 60.0


@dataclass(frozen=True)
class Finding:
    """Mean twitch level on days with a factor against days without it.

    `p_value` is the exact permutation p of the gap; `clear` says whether the gap is bigger
    than day-to-day noise (set by `findings` for all factors together, by `compare_factor`
    for one factor alone).
    """

    factor: str
    with_mean: float
    with_days: int
    without_mean: float
    without_days: int
    p_value: float = 1.0
    clear: bool = False

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
    p_value = permutation_p_value(with_factor, without_factor)
    return Finding(
        factor=factor_name,
        with_mean=statistics.fmean(with_factor),
        with_days=len(with_factor),
        without_mean=statistics.fmean(without_factor),
        without_days=len(without_factor),
        p_value=p_value,
        clear=p_value <= ALPHA,
    )


def _high_anxiety(rec: DayRecord) -> bool | None:
    return None if rec.anxiety is None else rec.anxiety >= HIGH_ANXIETY


def _bedtime_off(target: time) -> Predicate:
    def predicate(rec: DayRecord) -> bool | None:
        if rec.bedtime is None:
            return None
        return circular_minutes_apart(rec.bedtime, target) > BEDTIME_TOLERANCE_MINUTES

    return predicate


# A night this much shorter than the person's usual one counts as "less sleep than usual".
SHORTER_BY_HOURS = 1.0
LESS_SLEEP = "less_sleep"


def less_sleep_factor(recs: list[DayRecord]) -> tuple[str, Predicate] | None:
    """Sleep amount as a factor: a night at least SHORTER_BY_HOURS under the person's own
    usual (median) time in bed, so it can be tested whoever rarely has under 6 hours. The
    usual amount rides in the name ("less_sleep:450", minutes) for the words to say."""
    hours = [h for h in map(sleep_hours, recs) if h is not None]
    if not hours:
        return None
    usual = statistics.median(hours)

    def predicate(rec: DayRecord) -> bool | None:
        night = sleep_hours(rec)
        return None if night is None else night <= usual - SHORTER_BY_HOURS

    return f"{LESS_SLEEP}:{round(usual * 60)}", predicate


def _has_tag(tag: str) -> Predicate:
    # Tags are a multi-select, so an untagged day is read as "not present" rather than unknown.
    def predicate(rec: DayRecord) -> bool | None:
        return tag in rec.tags

    return predicate


def findings(records: Iterable[DayRecord], *, target_bedtime: time | None) -> list[Finding]:
    """Every factor with enough days on both sides: the clear ones first, each group by the
    size of its gap (largest first, factor name breaking ties so input order never matters).

    Factors: "caffeine_after_cutoff", "short_sleep" (under 6 h the night before),
    "less_sleep:<usual minutes>" (an hour or more under their usual time in bed),
    "bedtime_off_target" (more than 1 h either way of `target_bedtime`, across midnight; left
    out without a target), "high_anxiety" (7 or more) and "tag:<name>" for each tag seen.
    A finding is clear when it passes Holm's correction at ALPHA over all compared factors:
    the more factors are looked at, the larger a gap must be to count.
    """
    recs = list(records)
    factors: list[tuple[str, Predicate]] = [
        ("caffeine_after_cutoff", lambda r: r.caffeine_after_cutoff),
        ("short_sleep", is_short_night),
        ("high_anxiety", _high_anxiety),
    ]
    if (less_sleep := less_sleep_factor(recs)) is not None:
        factors.append(less_sleep)
    if target_bedtime is not None:
        factors.append(("bedtime_off_target", _bedtime_off(target_bedtime)))
    tags = sorted({tag for rec in recs for tag in rec.tags})
    factors.extend((f"tag:{tag}", _has_tag(tag)) for tag in tags)

    compared = [
        f for f in (compare_factor(recs, name, predicate) for name, predicate in factors) if f
    ]
    passed = holm([f.p_value for f in compared], ALPHA)
    judged = [dataclasses.replace(f, clear=ok) for f, ok in zip(compared, passed, strict=True)]
    return sorted(judged, key=lambda f: (not f.clear, -abs(f.difference), f.factor))


def findings_needed(records: Iterable[DayRecord]) -> int:
    """How many more days with a twitch level before any factor *could* have enough days on
    both sides; 0 means enough days exist (whether a factor splits them is another matter)."""
    days = sum(1 for r in records if r.twitch is not None)
    return max(0, 2 * MIN_DAYS_EACH_SIDE - days)
