"""Dates, durations and decimals as each language writes them (Babel's locale data)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from conversations.formats import (
    format_day,
    format_day_time,
    format_decimal,
    format_duration,
    format_hours,
    format_long_date,
    format_minutes,
    format_seconds,
)
from conversations.i18n import use_language

WEDNESDAY = date(2026, 11, 25)


def test_english_days_are_british_and_short() -> None:
    assert format_day(WEDNESDAY) == "Wed 25 Nov"
    assert format_day(date(2026, 11, 5)) == "Thu 5 Nov"
    assert format_day_time(datetime(2026, 11, 25, 7, 5)) == "Wed 25 Nov, 07:05"
    assert format_long_date(WEDNESDAY) == "25 November 2026"


@pytest.mark.parametrize(
    ("language", "day", "decimal"),
    [
        ("de", "Mi., 25. Nov.", "7,5"),
        ("es", "mié, 25 nov", "7,5"),
        ("fr", "mer. 25 nov.", "7,5"),
        ("pt", "qua., 25 de nov.", "7,5"),
        ("ru", "ср, 25 нояб.", "7,5"),
    ],
)
def test_each_language_writes_days_and_decimals_its_own_way(
    language: str, day: str, decimal: str
) -> None:
    with use_language(language):
        assert format_day(WEDNESDAY) == day
        assert format_decimal(7.5) == decimal


@pytest.mark.parametrize(
    ("minutes", "written"), [(450, "7 h 30 min"), (480, "8 h"), (45, "45 min"), (0, "0 min")]
)
def test_durations_in_hours_and_minutes(minutes: int, written: str) -> None:
    assert format_duration(minutes) == written


def test_hours_and_minutes_short() -> None:
    assert format_hours(7.5) == "7.5 h"
    assert format_hours(8) == "8.0 h"
    assert format_minutes(20) == "20 min"


@pytest.mark.parametrize(
    ("language", "seconds", "written"),
    [
        ("en", 1, "1 second"),
        ("en", 4, "4 seconds"),
        ("en", 1.5, "1.5 seconds"),
        ("en", 7.0, "7 seconds"),
        ("ru", 1, "1 секунда"),
        ("ru", 4, "4 секунды"),
        ("ru", 5, "5 секунд"),
        ("ru", 21, "21 секунда"),
        ("ru", 1.5, "1,5 секунды"),
        ("de", 1, "1 Sekunde"),
        ("de", 7.5, "7,5 Sekunden"),
    ],
)
def test_seconds_take_the_plural_their_number_needs(
    language: str, seconds: float, written: str
) -> None:
    with use_language(language):
        assert format_seconds(seconds) == written
