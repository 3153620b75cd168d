"""Parse the clock times and small numbers people type ("7am", "half past seven", "7/10"),
with the ways German, Spanish, French, Portuguese and Russian speakers write times too
("23 Uhr", "à 23h30", "às 23h", "в 23:30", "11 de la noche", "7 утра").

Every parser returns None for anything it cannot read with confidence, so the caller can ask again.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import time

from bot.core import typed

_UNITS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
# Noon and midnight in each language, written without accents (input is compared without).
_NAMED = {
    word: hour
    for hour, words in (
        (12, "noon|midday|12 noon|mittag|midi|mediodia|meio-dia|meio dia|полдень"),
        (0, "midnight|12 midnight|mitternacht|minuit|medianoche|meia-noite|meia noite|полночь"),
    )
    for word in words.split("|")
}
# Words for the part of the day after an hour. "Night" is the evening for 6 to 11 and the
# small hours for 12 to 5 ("11 at night" is 23:00, "2 at night" is 02:00).
_MORNING, _AFTERNOON, _NIGHT = "morning", "afternoon", "night"
_PHRASES = {
    phrase: part
    for part, phrases in (
        (
            _MORNING,
            "in the morning|morgens|fruh|in der fruh|vormittags|de la manana|de la madrugada"
            "|du matin|da manha|da madrugada|утра",
        ),
        (
            _AFTERNOON,
            "in the afternoon|in the evening|mittags|nachmittags|abends|de la tarde"
            "|de l'apres-midi|de l'apres midi|du soir|da tarde|дня|вечера",
        ),
        (_NIGHT, "at night|nachts|de la noche|de la nuit|da noite|ночи"),
    )
    for phrase in phrases.split("|")
}
_PHRASE_ENDING = re.compile(
    r"\s+(" + "|".join(re.escape(p) for p in sorted(_PHRASES, key=len, reverse=True)) + r")$"
)
_PREPOSITION = re.compile(
    r"^(?:at|around|about|um|gegen|ca\.?|a las|a la|las|a|vers|à|as|в|во|около|к)\s+"
)
# What may follow an hour: "Uhr", "h", "hs", "ч", "часа", "heures", "horas", "o'clock".
_UNIT = r"(?:uhr|h|hs|hrs?|ч|час(?:а|ов)?|heures?|horas?|o'?\s?clock)"
_HALF = re.compile(r"halb\s+(\S+)")
_GERMAN_HOURS = {"elf": 11, "zwolf": 12} | {
    word: number
    for number, word in enumerate(
        ("eins", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn"),
        start=1,
    )
}
_MINUTE_UNIT = r"(?:\s*(?:min|mins|minutes?|minuten|minutos?|мин|минут[аы]?))?"

# One or two hour digits, then optional minutes after ":", ".", "h" or nothing ("730", "0730"),
# then an optional trailing "h" ("19h", "19.30h"). Minutes must have two digits: "7:5" could
# mean 7:05 or 7:50, so it is rejected rather than guessed.
_DIGITS = re.compile(r"(?P<h>\d{1,2})(?:[:.h]?(?P<m>\d{2}))?(?:\s*h)?")
# "23 Uhr", "23:30 Uhr", "23 Uhr 30", "23 ч 30 мин", "23 hs".
_WITH_UNIT = re.compile(
    rf"(?P<h>\d{{1,2}})(?:[:.](?P<m>\d{{2}}))?\s*{_UNIT}\.?(?:\s*(?P<m2>\d{{2}}){_MINUTE_UNIT})?"
)
_MERIDIEM = re.compile(r"(?P<body>.*?)(?:(?<=\d)|\s+)(?P<mer>am|pm|a|p)")
_DOTTED_MERIDIEM = re.compile(r"(?<![a-z])([ap])\.?\s*m\.?(?![a-z])")
_RELATIVE = re.compile(r"(?P<min>.+?)\s+(?P<dir>past|after|to|till|before)\s+(?P<hour>.+)")
_MINUTES_WORD = re.compile(r"\s+(?:minutes?|mins?)$")
_INT = re.compile(r"(?P<n>[+-]?\d{1,6}|[a-z -]+?)\s*(?:(?:/|out of)\s*(?P<of>\d{1,6}))?")


@dataclass(frozen=True)
class ClockReading:
    """A time read from text. `bare_hour` marks an hour from 1 to 12 written alone ("11",
    "11 Uhr", "eleven"): taken as that hour, though the writer may mean the evening."""

    time: time
    bare_hour: bool = False


def parse_clock_time(text: str) -> time | None:
    """Read a wall-clock time; a bare hour 0..23 means that hour, "12am" is midnight."""
    reading = read_clock_time(text)
    return None if reading is None else reading.time


def read_clock_time(text: str) -> ClockReading | None:
    """Like parse_clock_time, and also says whether the answer was a bare hour."""
    s, part = _normalise(text)
    s, meridiem = _split_meridiem(s)
    if part is not None and meridiem is not None:
        return None
    marker = meridiem or part
    if (rel := _RELATIVE.fullmatch(s)) is not None:
        offset = _phrase_minutes(rel["min"], past=rel["dir"] in ("past", "after"))
        base = _whole_hour(rel["hour"], marker)
        if offset is None or base is None:
            return None
        return ClockReading(time(*divmod((base * 60 + offset) % (24 * 60), 60)))
    if s in _NAMED:
        return ClockReading(time(_NAMED[s])) if marker is None else None
    if (half := _HALF.fullmatch(s)) is not None:
        # German "halb elf" is half an hour before eleven: 10:30, or 22:30.
        upcoming = int(half[1]) if half[1].isdecimal() else _GERMAN_HOURS.get(half[1])
        if upcoming is None or not 1 <= upcoming <= 12:
            return None
        hour = _apply_meridiem(upcoming - 1 if upcoming > 1 else 12, marker)
        return None if hour is None else ClockReading(time(hour, 30), bare_hour=marker is None)
    hour_minute = _hour_minute(s)
    if hour_minute is None:
        return None
    raw_hour, minute, bare = hour_minute
    hour = _apply_meridiem(raw_hour, marker)
    if hour is None:
        return None
    return ClockReading(time(hour, minute), bare_hour=bare and marker is None)


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
    plain = typed.without_marks(unicodedata.normalize("NFKC", text))
    return " ".join(plain.casefold().replace("\u2019", "'").split())


def _strip_accents(s: str) -> str:
    # "à", "às", "früh", "mañana" are also typed without their marks; compare without them.
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _normalise(text: str) -> tuple[str, str | None]:
    """The time part of `text`, and the part of the day it names ("morgens", "du soir")."""
    s = _strip_accents(_clean(text)).rstrip(".!? ")
    s = re.sub(r"\s*o'?\s?clock$", "", s)
    s = _PREPOSITION.sub("", s)
    part = None
    if (ending := _PHRASE_ENDING.search(s)) is not None:
        part, s = _PHRASES[ending[1]], s[: ending.start()]
    return _DOTTED_MERIDIEM.sub(r"\1m", s).strip(), part


def _split_meridiem(s: str) -> tuple[str, str | None]:
    match = _MERIDIEM.fullmatch(s)
    return (s, None) if match is None else (match["body"], match["mer"][0])


def _apply_meridiem(hour: int, marker: str | None) -> int | None:
    """The 24-hour hour for `hour` said with "am"/"pm" ("a"/"p") or a part of the day."""
    if marker is None:
        return hour if 0 <= hour <= 23 else None
    if marker in ("a", "p"):
        if not 1 <= hour <= 12:
            return None
        return hour % 12 + (12 if marker == "p" else 0)
    if not 0 <= hour <= 23:
        return None
    if hour > 12:
        # "23 Uhr abends" says the same thing twice; "15 Uhr morgens" contradicts itself.
        return hour if marker != _MORNING else None
    if marker == _MORNING:
        return hour % 12
    if marker == _AFTERNOON:
        return hour % 12 + 12 if hour else None
    return hour % 12 + (12 if 6 <= hour <= 11 else 0)  # night


def _hour_minute(s: str) -> tuple[int, int, bool] | None:
    """Split an hour-and-minute phrase without am/pm into raw numbers, and whether it was an
    hour from 1 to 12 alone (no minutes, no leading zero)."""
    if (match := _DIGITS.fullmatch(s) or _WITH_UNIT.fullmatch(s)) is not None:
        minutes = [m for m in (match["m"], match.groupdict().get("m2")) if m is not None]
        if len(minutes) > 1:
            return None
        hour, minute = int(match["h"]), int(minutes[0]) if minutes else 0
        bare = not minutes and not match["h"].startswith("0") and 1 <= hour <= 12
    else:
        words = s.split(" ", 1)
        hour_word = _word_number(words[0])
        if hour_word is None or not 1 <= hour_word <= 12:
            return None
        hour, minute, bare = hour_word, 0, len(words) == 1
        if len(words) == 2:
            # "seven thirty" and "seven oh five"; "seven five" is too unclear to read.
            rest = words[1]
            oh = re.fullmatch(r"(?:oh|o)\s+(.+)", rest)
            spoken = _word_number(oh[1] if oh else rest)
            if spoken is None or (spoken < 10) != bool(oh):
                return None
            minute = spoken
    return (hour, minute, bare) if minute <= 59 else None


def _whole_hour(s: str, marker: str | None) -> int | None:
    if s in _NAMED:
        return _NAMED[s] if marker is None else None
    hour_minute = _hour_minute(s)
    if hour_minute is None or hour_minute[1] != 0:
        return None
    return _apply_meridiem(hour_minute[0], marker)


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
