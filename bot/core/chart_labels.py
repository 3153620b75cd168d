"""The words a chart carries, apart from the drawing itself so that importing them does not
load matplotlib (it costs about a second of start-up)."""

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
