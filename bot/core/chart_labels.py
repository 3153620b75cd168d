"""The words a chart or the clinician's report carries, apart from the drawing itself so that
importing them does not load matplotlib (it costs about a second of start-up)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class SymptomLabels:
    title: str
    twitch: str
    anxiety: str
    levels: tuple[str, str, str, str]
    coffee_late: str
    short_night: str
    day: Callable[[date], str]
    weekday: Callable[[date], str]


@dataclass(frozen=True)
class SleepLabels:
    title: str
    asleep: str
    target: str
    weekend: str
    day: Callable[[date], str]
    weekday: Callable[[date], str]


@dataclass(frozen=True)
class ReportSection:
    """A heading and the plain sentences printed under it (before its chart, if any)."""

    heading: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportLabels:
    """Every word of the clinician's report, already in the user's language.

    `warning_lines` pairs each line with whether it names a warning sign (printed to stand
    out); `journal` is None when the notes were not asked for, and `journal_entries` pairs a
    local date and time with the text written then.
    """

    title: str
    disclaimer: str
    coverage: str
    # The box at the top of page one: each field's name and its lines.
    summary_heading: str
    summary: tuple[tuple[str, tuple[str, ...]], ...]
    twitching: ReportSection
    areas: ReportSection
    anxiety: ReportSection
    sleep: ReportSection
    caffeine: ReportSection
    warnings: ReportSection
    warning_lines: tuple[tuple[str, bool], ...]
    journal: ReportSection | None
    journal_entries: tuple[tuple[str, str], ...]
    journal_left_out: Callable[[int], str]
    levels: tuple[str, str, str, str]
    drinks: str
    late_drinks: str
    in_bed: str
    target: str
    weekend: str
    nothing_entered: str
    footer: str
    area: Callable[[str], str]
    # A body area's row label with the days it was named: "Eyelid (12 days)".
    area_days: Callable[[str, int], str]
    page: Callable[[int, int], str]
    day: Callable[[date], str]
    weekday: Callable[[date], str]
