"""Dates, weekdays, decimals and durations written the way the turn's language writes them.

Everything a user reads goes through these (Babel, for the active language); machine formats
(export columns, callback data, logs) never do.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time

from babel import Locale, dates, numbers, units

from bot.core.timeparse import format_clock
from conversations.i18n import _, current_language, use_language

__all__ = [
    "format_clock",
    "format_day",
    "format_day_time",
    "format_decimal",
    "format_duration",
    "format_hours",
    "format_long_date",
    "format_minutes",
    "format_seconds",
    "format_short_date",
    "format_weekday",
    "preload",
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


def format_long_date(day: date) -> str:
    """A date in full, with the year: "25 November 2026" / "25. November 2026"."""
    return dates.format_date(day, "long", locale=_locale())


def format_weekday(day: date) -> str:
    """The abbreviated weekday: "Wed"."""
    return dates.format_date(day, "EEE", locale=_locale())


def format_day_time(moment: datetime) -> str:
    """A local day and clock time: "Wed 25 Nov, 22:30" (always a 24-hour clock), joined the
    way the language joins a date and a time."""
    joined = Locale.parse(_locale()).datetime_formats["medium"].replace("'", "")
    if joined == "{1} {0}":
        # A bare space runs an abbreviated date into the time ("qua., 9 de dez. 09:16" in
        # Portuguese): a comma, as the other languages have, keeps them apart.
        joined = "{1}, {0}"
    clock = format_clock(time(moment.hour, moment.minute))
    return joined.replace("{1}", format_day(moment.date())).replace("{0}", clock)


def format_decimal(value: float, digits: int = 1) -> str:
    """A number rounded to `digits` places with the language's decimal sign: "7.5" / "7,5"."""
    pattern = "0" if digits <= 0 else "0." + "0" * digits
    return numbers.format_decimal(round(value, digits), format=pattern, locale=_locale())


def format_hours(hours: float) -> str:
    """Hours with one decimal, short: "7.5 h" / "7,5 Std."."""
    # Translators: a number of hours, abbreviated, e.g. "7.5 h" (no plural: it's a unit sign).
    return _("{hours} h").format(hours=format_decimal(hours, 1))


def format_minutes(minutes: int) -> str:
    """Whole minutes, short: "20 min"."""
    # Translators: a number of minutes, abbreviated, e.g. "20 min" (a unit sign, no plural).
    return _("{minutes} min").format(minutes=minutes)


def format_duration(minutes: int) -> str:
    """A length of time in hours and minutes, short: "7 h 30 min", "8 h", "45 min"."""
    hours, rest = divmod(max(0, minutes), 60)
    if hours and rest:
        # Translators: a length of time, abbreviated, e.g. "7 h 30 min".
        return _("{hours} h {minutes} min").format(hours=hours, minutes=rest)
    if hours:
        return _("{hours} h").format(hours=hours)
    return format_minutes(rest)


def format_seconds(seconds: float) -> str:
    """Seconds written out, to a tenth where needed: "4 seconds", "1.5 seconds", "1 second"
    (CLDR knows each language's plural for whole and decimal numbers alike)."""
    return units.format_unit(
        round(seconds, 1), "duration-second", length="long", format="0.#", locale=_locale()
    )


def preload(languages: Sequence[str]) -> None:
    """Load Babel's data for every shipped language now, so the first person to read a date in
    German does not wait for it."""
    sample = datetime(2026, 1, 1, 12, 30, tzinfo=UTC)
    for language in languages:
        with use_language(language):
            format_day_time(sample)
            format_short_date(sample.date())
            format_long_date(sample.date())
            format_weekday(sample.date())
            format_decimal(1.5)
            format_seconds(1.5)
