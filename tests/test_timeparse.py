"""Tests for bot.core.timeparse: the examples people type, plus rules that hold for all input."""

from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.timeparse import (
    format_clock,
    parse_clock_time,
    parse_int_in_range,
    read_clock_time,
)

HOUR_WORDS = (
    *("one", "two", "three", "four", "five", "six"),
    *("seven", "eight", "nine", "ten", "eleven", "twelve"),
)


# --- parse_clock_time: examples ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7", time(7)),
        ("19", time(19)),
        ("0", time(0)),
        ("7am", time(7)),
        ("7 am", time(7)),
        ("7a.m.", time(7)),
        ("7 P.M.", time(19)),
        ("7pm", time(19)),
        ("19:30", time(19, 30)),
        ("19.30", time(19, 30)),
        ("7.30 pm", time(19, 30)),
        ("7:30pm", time(19, 30)),
        ("0730", time(7, 30)),
        ("730", time(7, 30)),
        ("1930", time(19, 30)),
        ("12am", time(0)),
        ("12pm", time(12)),
        ("12:30am", time(0, 30)),
        ("noon", time(12)),
        ("Midday", time(12)),
        ("midnight", time(0)),
        ("12 noon", time(12)),
        ("half past seven", time(7, 30)),
        ("half past seven pm", time(19, 30)),
        ("quarter past 7", time(7, 15)),
        ("a quarter past 7", time(7, 15)),
        ("quarter to 8", time(7, 45)),
        ("quarter to 1pm", time(12, 45)),
        ("ten to eight", time(7, 50)),
        ("20 past 9", time(9, 20)),
        ("twenty-five past 7pm", time(19, 25)),
        ("quarter past noon", time(12, 15)),
        ("quarter to midnight", time(23, 45)),
        ("seven", time(7)),
        ("Seven PM", time(19)),
        ("twelve am", time(0)),
        ("seven thirty", time(7, 30)),
        ("seven forty-five pm", time(19, 45)),
        ("seven oh five", time(7, 5)),
        ("7 o'clock", time(7)),
        ("seven o\u2019clock", time(7)),
        ("7 in the morning", time(7)),
        ("7 in the evening", time(19)),
        ("at 22:15", time(22, 15)),
        ("7h30", time(7, 30)),
        ("19h", time(19)),
        ("19.30h", time(19, 30)),
        ("  7 AM  ", time(7)),
        ("\t19:30\n", time(19, 30)),
        ("00:00", time(0)),
        ("23:59", time(23, 59)),
        ("\uff17\uff1a\uff13\uff10", time(7, 30)),  # full-width digits from a phone keyboard
    ],
)
def test_parse_clock_time_accepts(text: str, expected: time) -> None:
    assert parse_clock_time(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "-1",
        "24",
        "25:00",
        "24:00",
        "7:60",
        "13pm",
        "19:30pm",
        "0am",
        "0pm",
        "7:5",  # 07:05 or 07:50? refused rather than guessed
        "7:",
        "7::30",
        "12345",
        "noon pm",
        "midnight am",
        "half to 8",  # not English
        "7 to 8",  # more likely a range than 07:53
        "forty past 7",
        "half past 7:30",
        "seven five",
        "thirteen",
        "twenty three",
        "am",
        "7 am pm",
        "7.5",
    ],
)
def test_parse_clock_time_rejects(text: str) -> None:
    assert parse_clock_time(text) is None


# --- parse_clock_time: properties --------------------------------------------------------------


@given(st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_formatted_time_parses_back(t: time) -> None:
    assert parse_clock_time(format_clock(t)) == t


@given(
    hour=st.integers(1, 12),
    minute=st.integers(0, 59),
    meridiem=st.sampled_from(["am", "pm", "AM", "PM", "a.m.", "p.m.", "A.M."]),
    space=st.sampled_from(["", " "]),
)
def test_twelve_hour_clock(hour: int, minute: int, meridiem: str, space: str) -> None:
    expected = time(hour % 12 + (12 if meridiem.lower().startswith("p") else 0), minute)
    assert parse_clock_time(f"{hour}:{minute:02d}{space}{meridiem}") == expected
    if minute == 0:
        assert parse_clock_time(f"{hour}{space}{meridiem}") == expected
        assert parse_clock_time(f"{HOUR_WORDS[hour - 1]} {meridiem}") == expected


@given(st.integers(0, 23))
def test_bare_hour_means_that_hour(hour: int) -> None:
    assert parse_clock_time(str(hour)) == time(hour)
    assert parse_clock_time(f"{hour:02d}") == time(hour)


@given(hour=st.integers(1, 12), past=st.sampled_from([5, 10, 15, 20, 25, 30]))
def test_past_and_to_are_symmetric(hour: int, past: int) -> None:
    base = hour * 60
    assert parse_clock_time(f"{past} past {hour}") == time(*divmod(base + past, 60))
    if past < 30:
        assert parse_clock_time(f"{past} to {hour}") == time(*divmod(base - past, 60))


@given(st.text())
def test_parse_clock_time_never_raises(text: str) -> None:
    result = parse_clock_time(text)
    assert result is None or isinstance(result, time)


@given(hour=st.integers(0, 99), minute=st.integers(0, 99))
def test_digits_accepted_exactly_when_valid(hour: int, minute: int) -> None:
    expected = time(hour, minute) if hour <= 23 and minute <= 59 else None
    assert parse_clock_time(f"{hour}:{minute:02d}") == expected


# --- format_clock ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("t", "expected"),
    [(time(7, 30), "07:30"), (time(0), "00:00"), (time(23, 59, 59), "23:59")],
)
def test_format_clock(t: time, expected: str) -> None:
    assert format_clock(t) == expected


# --- parse_int_in_range ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7", 7),
        (" 7 ", 7),
        ("7/10", 7),
        ("7 / 10", 7),
        ("7 out of 10", 7),
        ("seven", 7),
        ("Seven", 7),
        ("zero", 0),
        ("ten", 10),
        ("0", 0),
        ("10", 10),
        ("7!", 7),
        ("+7", 7),
    ],
)
def test_parse_int_in_range_accepts(text: str, expected: int) -> None:
    assert parse_int_in_range(text, 0, 10) == expected


@pytest.mark.parametrize(
    "text",
    ["", "abc", "11", "-1", "7.5", "7/5", "eleven", "7 8", "seven/10x", "1e3", "99999999999"],
)
def test_parse_int_in_range_rejects(text: str) -> None:
    assert parse_int_in_range(text, 0, 10) is None


def test_parse_int_in_range_negative_scale() -> None:
    assert parse_int_in_range("-3", -5, 5) == -3


@given(st.text(), st.integers(-20, 20), st.integers(-20, 20))
def test_parse_int_in_range_stays_in_range(text: str, low: int, high: int) -> None:
    value = parse_int_in_range(text, low, high)
    assert value is None or low <= value <= high


@given(st.integers(0, 100), st.integers(1, 100))
def test_parse_int_in_range_reads_digits_and_fractions(n: int, high: int) -> None:
    expected = n if n <= high else None
    assert parse_int_in_range(str(n), 0, high) == expected
    assert parse_int_in_range(f"{n}/{high}", 0, high) == expected


# --- times as people write them in other languages --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23 Uhr", time(23)),
        ("um 23 Uhr", time(23)),
        ("23:30 Uhr", time(23, 30)),
        ("23 Uhr 30", time(23, 30)),
        ("7 Uhr morgens", time(7)),
        ("7 Uhr abends", time(19)),
        ("2 Uhr nachts", time(2)),
        ("11 Uhr nachts", time(23)),
        ("halb elf", time(10, 30)),
        ("halb elf abends", time(22, 30)),
        ("halb 8", time(7, 30)),
        ("Mitternacht", time(0)),
        ("23h", time(23)),
        ("à 23h30", time(23, 30)),
        ("a 23h30", time(23, 30)),
        ("vers 22h", time(22)),
        ("7h du matin", time(7)),
        ("11h du soir", time(23)),
        ("minuit", time(0)),
        ("às 23h", time(23)),
        ("as 23h", time(23)),
        ("23 horas", time(23)),
        ("7 da manhã", time(7)),
        ("11 da noite", time(23)),
        ("meia-noite", time(0)),
        ("a las 23", time(23)),
        ("23 hs", time(23)),
        ("a las 11 de la noche", time(23)),
        ("7 de la mañana", time(7)),
        ("3 de la madrugada", time(3)),
        ("5 de la tarde", time(17)),
        ("mediodía", time(12)),
        ("в 23:30", time(23, 30)),
        ("23 ч", time(23)),
        ("23ч", time(23)),
        ("23 часа", time(23)),
        ("в 23 ч 30 мин", time(23, 30)),
        ("7 утра", time(7)),
        ("11 вечера", time(23)),
        ("2 ночи", time(2)),
        ("12 ночи", time(0)),
        ("12 дня", time(12)),
        ("полночь", time(0)),
        ("11 pm", time(23)),
        ("23.00", time(23)),
        ("23 Uhr.", time(23)),
    ],
)
def test_times_in_other_languages(text: str, expected: time) -> None:
    assert parse_clock_time(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "15 Uhr morgens",  # contradicts itself
        "7 pm abends",  # two markers
        "halb dreizehn",
        "23 Uhr 30 45",
        "25 Uhr",
        "в",
        "Uhr",
        "23:30 Uhr 15",
    ],
)
def test_other_language_forms_that_make_no_sense_are_refused(text: str) -> None:
    assert parse_clock_time(text) is None


# Every way of writing an hour and minute on a 24-hour clock; {H}, {HH}, {MM} are filled in.
STYLES_24 = [
    "{HH}:{MM}",
    "{H}:{MM}",
    "{H}.{MM}",
    "{H}h{MM}",
    "{H}:{MM} Uhr",
    "um {H}:{MM} Uhr",
    "{H} Uhr {MM}",
    "à {H}h{MM}",
    "às {H}h{MM}",
    "{H}h{MM}min",
    "в {H}:{MM}",
    "{H} ч {MM} мин",
    "a las {H}:{MM}",
    "at {HH}:{MM}",
]
# The same for a whole hour only.
STYLES_HOUR = ["{H} Uhr", "{H}h", "à {H}h", "às {H}h", "{H} ч", "{H} часа", "{H} hs", "{H} horas"]
# A 12-hour hour {h} and minutes {MM}, morning or afternoon/evening, in each language.
STYLES_12 = {
    "am": [
        "{h}:{MM} am",
        "{h}:{MM} Uhr morgens",
        "{h}h{MM} du matin",
        "{h}:{MM} da manhã",
        "{h}:{MM} de la mañana",
        "{h}:{MM} утра",
        "{h}:{MM} in the morning",
    ],
    "pm": [
        "{h}:{MM} pm",
        "{h}:{MM} Uhr abends",
        "{h}h{MM} du soir",
        "{h}:{MM} da tarde",
        "{h}:{MM} de la tarde",
        "{h}:{MM} вечера",
        "{h}:{MM} in the evening",
    ],
}


def fill(style: str, t: time) -> str:
    h12 = t.hour % 12 or 12
    return style.format(H=t.hour, HH=f"{t.hour:02d}", MM=f"{t.minute:02d}", h=h12)


@given(st.times().map(lambda t: t.replace(second=0, microsecond=0)), st.sampled_from(STYLES_24))
def test_every_hh_mm_round_trips_in_every_24_hour_style(t: time, style: str) -> None:
    assert parse_clock_time(fill(style, t)) == t


@given(st.integers(0, 23), st.sampled_from(STYLES_HOUR))
def test_every_whole_hour_round_trips_with_its_unit(hour: int, style: str) -> None:
    assert parse_clock_time(fill(style, time(hour))) == time(hour)


@given(st.integers(1, 23), st.integers(0, 59), st.data())
def test_every_time_round_trips_in_every_12_hour_style(
    hour: int, minute: int, data: st.DataObject
) -> None:
    t = time(hour, minute)
    # Morning words for 1:00–11:59, evening words from noon on (nobody says "12 in the morning").
    half = "am" if hour < 12 else "pm"
    style = data.draw(st.sampled_from(STYLES_12[half]))
    assert parse_clock_time(fill(style, t)) == t


# --- which answers are a bare hour (morning or evening?) ----------------------------------------


@given(st.integers(1, 12), st.sampled_from(["{h}", "{h} Uhr", "{h}h", "{h} o'clock", "um {h}"]))
def test_an_hour_from_1_to_12_alone_is_bare(hour: int, style: str) -> None:
    reading = read_clock_time(style.format(h=hour))
    assert reading is not None
    assert reading.bare_hour
    assert reading.time == time(hour)


@pytest.mark.parametrize(
    "text",
    ["0", "13", "23", "07", "11:00", "11.30", "7am", "11 pm", "7 Uhr abends", "23:00", "noon"],
)
def test_a_time_with_more_to_it_is_not_bare(text: str) -> None:
    reading = read_clock_time(text)
    assert reading is not None
    assert not reading.bare_hour


@pytest.mark.parametrize("text", ["eleven", "halb elf"])
def test_spoken_hours_without_morning_or_evening_are_bare(text: str) -> None:
    reading = read_clock_time(text)
    assert reading is not None
    assert reading.bare_hour


@pytest.mark.parametrize("typed", ["\u200f5", "5\u200e", "\u200b5", "\u061c٥"])
def test_a_scale_answer_with_direction_marks_or_zero_width_spaces_is_read(typed: str) -> None:
    assert parse_int_in_range(typed, 0, 10) == 5
