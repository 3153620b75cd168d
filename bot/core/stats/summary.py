"""Averages over a stretch of days, how they moved from the stretch before, and what the guided
exercises did for tension."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.core.stats.records import DayRecord

__all__ = [
    "MIN_CHECKINS",
    "PeriodChange",
    "PeriodSummary",
    "PracticeSummary",
    "SessionRecord",
    "change",
    "checkins_needed",
    "period_summary",
    "practice_summary",
]

# Fewer check-ins than this in a period and a chart of it says nothing.
MIN_CHECKINS = 3


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
