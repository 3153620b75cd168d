"""Parse the clock times and small numbers people type ("7am", "half past seven", "7/10").

Every parser returns None for anything it cannot read with confidence, so the caller can ask again.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import time

_UNITS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_NAMED = {"noon": 12, "midday": 12, "12 noon": 12, "midnight": 0, "12 midnight": 0}
_PHRASES = {"in the morning": "am", "in the afternoon": "pm", "in the evening": "pm"}

# One or two hour digits, then optional minutes after ":", ".", "h" or nothing ("730", "0730"),
# then an optional trailing "h" ("19h", "19.30h"). Minutes must have two digits: "7:5" could
# mean 7:05 or 7:50, so it is rejected rather than guessed.
_DIGITS = re.compile(r"(?P<h>\d{1,2})(?:[:.h]?(?P<m>\d{2}))?(?:\s*h)?")
_MERIDIEM = re.compile(r"(?P<body>.*?)(?:(?<=\d)|\s+)(?P<mer>am|pm|a|p)")
_DOTTED_MERIDIEM = re.compile(r"(?<![a-z])([ap])\.?\s*m\.?(?![a-z])")
_RELATIVE = re.compile(r"(?P<min>.+?)\s+(?P<dir>past|after|to|till|before)\s+(?P<hour>.+)")
_MINUTES_WORD = re.compile(r"\s+(?:minutes?|mins?)$")
_INT = re.compile(r"(?P<n>[+-]?\d{1,6}|[a-z -]+?)\s*(?:(?:/|out of)\s*(?P<of>\d{1,6}))?")


def parse_clock_time(text: str) -> time | None:
    """Read a wall-clock time; a bare hour 0..23 means that hour, "12am" is midnight."""
    s, meridiem = _split_meridiem(_normalise(text))
    if (rel := _RELATIVE.fullmatch(s)) is not None:
        offset = _phrase_minutes(rel["min"], past=rel["dir"] in ("past", "after"))
        base = _whole_hour(rel["hour"], meridiem)
        if offset is None or base is None:
            return None
        return time(*divmod((base * 60 + offset) % (24 * 60), 60))
    if s in _NAMED:
        return time(_NAMED[s]) if meridiem is None else None
    hour_minute = _hour_minute(s)
    if hour_minute is None:
        return None
    hour = _apply_meridiem(hour_minute[0], meridiem)
    return None if hour is None else time(hour, hour_minute[1])


def parse_int_in_range(text: str, low: int, high: int) -> int | None:
    """Read a whole number such as "7", "seven" or "7/10"; None if outside low..high.

    A "/N" or "out of N" suffix must name the top of the scale: "3/5" on a 0..10 scale is
    refused rather than rescaled, since rescaling would put words in the person's mouth.
    """
    match = _INT.fullmatch(_clean(text).rstrip(".!"))
    if match is None or (match["of"] is not None and int(match["of"]) != high):
        return None
    raw = match["n"].strip()
    value = int(raw) if raw.lstrip("+-").isdecimal() else _word_number(raw)
    return value if value is not None and low <= value <= high else None


def format_clock(t: time) -> str:
    """Format as 24-hour HH:MM, the form parse_clock_time reads back unchanged."""
    return f"{t.hour:02d}:{t.minute:02d}"


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "'").split())


def _normalise(text: str) -> str:
    s = re.sub(r"\s*o'?\s?clock$", "", _clean(text))
    s = re.sub(r"^(?:at|around|about)\s+", "", s)
    for phrase, meridiem in _PHRASES.items():
        if s.endswith(" " + phrase):
            s = s[: -len(phrase)] + meridiem
    return _DOTTED_MERIDIEM.sub(r"\1m", s).strip()


def _split_meridiem(s: str) -> tuple[str, str | None]:
    match = _MERIDIEM.fullmatch(s)
    return (s, None) if match is None else (match["body"], match["mer"][0])


def _apply_meridiem(hour: int, meridiem: str | None) -> int | None:
    if meridiem is None:
        return hour if 0 <= hour <= 23 else None
    if not 1 <= hour <= 12:
        return None
    return hour % 12 + (12 if meridiem == "p" else 0)


def _hour_minute(s: str) -> tuple[int, int] | None:
    """Split an hour-and-minute phrase without am/pm into raw numbers."""
    if (match := _DIGITS.fullmatch(s)) is not None:
        hour, minute = int(match["h"]), int(match["m"] or 0)
    else:
        words = s.split(" ", 1)
        hour_word = _word_number(words[0])
        if hour_word is None or not 1 <= hour_word <= 12:
            return None
        hour, minute = hour_word, 0
        if len(words) == 2:
            # "seven thirty" and "seven oh five"; "seven five" is too unclear to read.
            rest = words[1]
            oh = re.fullmatch(r"(?:oh|o)\s+(.+)", rest)
            spoken = _word_number(oh[1] if oh else rest)
            if spoken is None or (spoken < 10) != bool(oh):
                return None
            minute = spoken
    return (hour, minute) if minute <= 59 else None


def _whole_hour(s: str, meridiem: str | None) -> int | None:
    if s in _NAMED:
        return _NAMED[s] if meridiem is None else None
    hour_minute = _hour_minute(s)
    if hour_minute is None or hour_minute[1] != 0:
        return None
    return _apply_meridiem(hour_minute[0], meridiem)


def _phrase_minutes(s: str, *, past: bool) -> int | None:
    """Signed minutes for the first half of "quarter past", "half past", "ten to".

    Only the steps people say aloud (5..30 in fives) are read, so that a range such as
    "7 to 8" is refused instead of being taken as 07:53.
    """
    s = _MINUTES_WORD.sub("", s).removeprefix("a ")
    words = {"quarter": 15, "half": 30}
    minutes = words.get(s) or (int(s) if s.isdecimal() and len(s) <= 2 else _word_number(s))
    if minutes is None or minutes % 5 or not 5 <= minutes <= 30 or (minutes == 30 and not past):
        return None
    return minutes if past else -minutes


def _word_number(s: str) -> int | None:
    """English words for 0..59, e.g. "seven", "forty-five"."""
    parts = re.split(r"[\s-]+", s.strip())
    if len(parts) == 1 and parts[0] in _UNITS:
        return _UNITS.index(parts[0])
    if parts[0] not in _TENS or len(parts) > 2:
        return None
    if len(parts) == 1:
        return _TENS[parts[0]]
    unit = _UNITS.index(parts[1]) if parts[1] in _UNITS[1:10] else None
    return None if unit is None else _TENS[parts[0]] + unit
