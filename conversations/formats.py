"""Dates, weekdays, decimals and durations written the way the turn's language writes them.

Everything a user reads goes through these (Babel, for the active language); machine formats
(export columns, callback data, logs) never do.
"""

from __future__ import annotations

from datetime import date, datetime, time

from babel import dates, numbers

from bot.core.timeparse import format_clock
from conversations.i18n import current_language

__all__ = [
    "format_clock",
    "format_day",
    "format_day_time",
    "format_decimal",
    "format_short_date",
    "format_weekday",
]


# Stillpoint's English writes "Wed 25 Nov" and a 24-hour clock: British conventions.
_LOCALES = {"en": "en_GB", "pt": "pt_BR"}


def _locale() -> str:
    language = current_language()
    return _LOCALES.get(language, language)


def format_day(day: date) -> str:
    """A day with its weekday, short: "Wed 25 Nov" / "Mi., 25. Nov."."""
    return dates.format_skeleton("MMMEd", day, locale=_locale())


def format_short_date(day: date) -> str:
    """Day and month without the weekday: "25 Nov"."""
    return dates.format_skeleton("MMMd", day, locale=_locale())


def format_weekday(day: date) -> str:
    """The abbreviated weekday: "Wed"."""
    return dates.format_date(day, "EEE", locale=_locale())


def format_day_time(moment: datetime) -> str:
    """A local day and clock time: "Wed 25 Nov, 22:30" (always 24-hour clock)."""
    return f"{format_day(moment.date())}, {format_clock(time(moment.hour, moment.minute))}"


def format_decimal(value: float, digits: int = 1) -> str:
    """A number rounded to `digits` places with the language's decimal sign: "7.5" / "7,5"."""
    pattern = "0" if digits <= 0 else "0." + "0" * digits
    return numbers.format_decimal(round(value, digits), format=pattern, locale=_locale())
