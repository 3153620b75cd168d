"""Tests for bot.core.recurrence: properties over many IANA zones and 2000-2037, biased towards
the instants at which clocks change, plus worked examples and a minute-by-minute oracle."""

import bisect
import functools
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.recurrence import SkippedTimeError, at_local, local_date, next_occurrence

ZONES = [
    "America/New_York",
    "Europe/Berlin",
    "Australia/Lord_Howe",  # 30-minute DST shift, at 02:00
    "Asia/Kathmandu",  # +05:45
    "Pacific/Chatham",  # +12:45 / +13:45, shifts at 02:45 standard time
    "Europe/London",
    "America/Sao_Paulo",  # shifted at midnight until 2019: 23:00-24:00 repeated on fall-back
    "Asia/Tehran",  # +03:30, DST until 2022
    "America/St_Johns",  # -03:30
    "Australia/Adelaide",  # +09:30 / +10:30
    "UTC",
    "Etc/GMT-14",  # +14: the first to reach a date
    "Etc/GMT+12",  # -12: the last
    "Pacific/Apia",  # skipped 2011-12-30 entirely
    "Pacific/Fakaofo",  # skipped 2011-12-30 too
    "Asia/Pyongyang",  # 2018-05-04 jumped from 23:30 to midnight of the next date
    "Asia/Dhaka",  # 2009-06-19 jumped from 23:00 to midnight, DST that lasted half a year
    "Antarctica/Troll",  # two-hour DST shift
    "America/Havana",  # shifts at midnight and 01:00
    "America/Santiago",  # shifts at 24:00
    "Africa/Casablanca",  # DST suspended for Ramadan; negative DST in tzdata since 2018
    "Europe/Dublin",  # negative DST in tzdata
    "America/Caracas",  # half-hour standard offset changes in 2007 and 2016
    "Europe/Moscow",  # standard offset changes in 2011 and 2014
    "Pacific/Kiritimati",  # +14
    "America/Goose_Bay",  # until 2010 fell back from 00:01 to 23:01: yesterday's date again
]

# Dates on which the clock never reached some wall times. Apia and Fakaofo moved across the date
# line and skipped the whole date; Dhaka skipped 23:00-24:00, Pyongyang 23:30-24:00.
SKIPPED_DATES = {
    ("Pacific/Apia", date(2011, 12, 30)),
    ("Pacific/Fakaofo", date(2011, 12, 30)),
    ("Asia/Dhaka", date(2009, 6, 19)),
    ("Asia/Pyongyang", date(2018, 5, 4)),
}

# The largest change of UTC offset a zone makes in 2000-2037, outside SKIPPED_DATES.
MAX_SHIFT = {"Antarctica/Troll": timedelta(hours=2)}
USUAL_SHIFT = timedelta(hours=1)

FIRST = datetime(2000, 1, 1, tzinfo=UTC)
LAST = datetime(2038, 1, 1, tzinfo=UTC)
DAY = timedelta(days=1)
MINUTE = timedelta(minutes=1)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def wall(instant: datetime, zone: str) -> datetime:
    """What the clock in `zone` shows at `instant`, as a naive datetime."""
    return instant.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


def readings(shown: datetime, zone: str) -> list[datetime]:
    """Every UTC instant at which the clock in `zone` shows naive `shown`: none in a gap, two in
    an overlap."""
    tz = ZoneInfo(zone)
    instants = {shown.replace(tzinfo=tz, fold=fold).astimezone(UTC) for fold in (0, 1)}
    return sorted(i for i in instants if wall(i, zone) == shown)


@functools.cache
def transitions(zone: str) -> tuple[datetime, ...]:
    """Every instant in 2000-2037 at which the zone's UTC offset changes, to the second."""
    tz = ZoneInfo(zone)
    found = []
    day, offset = FIRST, FIRST.astimezone(tz).utcoffset()
    while day < LAST:
        next_day = day + DAY
        next_offset = next_day.astimezone(tz).utcoffset()
        if next_offset != offset:
            old, new = int(day.timestamp()), int(next_day.timestamp())
            while new - old > 1:
                middle = (old + new) // 2
                if datetime.fromtimestamp(middle, UTC).astimezone(tz).utcoffset() == offset:
                    old = middle
                else:
                    new = middle
            found.append(datetime.fromtimestamp(new, UTC))
        day, offset = next_day, next_offset
    return tuple(found)


TIMES_OF_DAY = st.integers(0, 24 * 60 - 1).map(lambda m: time(m // 60, m % 60))
# Wall times at which many zones change their clocks.
USUAL_TIMES = st.sampled_from(
    [time(h, m) for h in (0, 1, 2, 3, 23) for m in (0, 15, 30, 45, 59)] + [time(2, 30, 30)]
)
ANY_AFTER = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2037, 12, 31, 23, 59, 59),
    timezones=st.just(UTC),
)


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, time, datetime]:
    """A zone, a wall time and an `after`, half of them within two days of a clock change."""
    zone = draw(st.sampled_from(ZONES))
    changes = transitions(zone)
    if not changes or draw(st.booleans()):
        after = draw(ANY_AFTER)
        return zone, draw(st.one_of(USUAL_TIMES, TIMES_OF_DAY, st.times())), after
    change = draw(st.sampled_from(changes))
    seconds = draw(st.one_of(st.integers(-3 * 3600, 3 * 3600), st.integers(-2 * 86400, 2 * 86400)))
    after = change + timedelta(seconds=seconds, microseconds=draw(st.integers(0, 999_999)))
    # Wall times around the change as the clock read it just before: inside the gap or the
    # repeated stretch, and on either side of it.
    read_before = wall(change - timedelta(seconds=1), zone) + timedelta(seconds=1)
    around = st.integers(-90, 150).map(lambda m: (read_before + m * MINUTE).time())
    return zone, draw(st.one_of(around, USUAL_TIMES, TIMES_OF_DAY)), after


@settings(max_examples=300, deadline=None)
@given(cases())
def test_occurrence_is_the_first_reading_of_the_wall_time_after(
    case: tuple[str, time, datetime],
) -> None:
    zone, local_time, after = case
    result = next_occurrence(local_time, zone, after)

    assert result > after
    assert result.utcoffset() == timedelta(0)
    shown = wall(result, zone)
    assert local_date(result, zone) == shown.date()
    wanted = datetime.combine(shown.date(), local_time)
    if found := readings(wanted, zone):
        # The time existed that day: exactly then, and at the first of two readings.
        assert result == found[0]
    else:
        # In a gap: the first whole minute after it, so a minute earlier the clock had not
        # reached the wanted time yet.
        assert shown > wanted
        assert (shown.second, shown.microsecond) == (0, 0)
        assert wall(result - MINUTE, zone) < wanted
    # Nothing between `after` and the result: the day before had its occurrence by `after`.
    try:
        assert at_local(shown.date() - DAY, local_time, zone) <= after
    except SkippedTimeError:
        assert (zone, shown.date() - DAY) in SKIPPED_DATES
    assert next_occurrence(local_time, zone, result - timedelta(microseconds=1)) == result


@settings(max_examples=150, deadline=None)
@given(cases())
def test_daily_occurrences_fall_on_consecutive_dates_about_a_day_apart(
    case: tuple[str, time, datetime],
) -> None:
    zone, local_time, after = case
    previous = next_occurrence(local_time, zone, after)
    for _ in range(4):
        current = next_occurrence(local_time, zone, previous)
        gap_days = (local_date(current, zone) - local_date(previous, zone)).days
        assert gap_days >= 1
        if gap_days == 1:
            shift = MAX_SHIFT.get(zone, USUAL_SHIFT)
            assert DAY - shift <= current - previous <= DAY + shift
        else:
            # Only a date the zone skipped may go without an occurrence, and the bound above
            # does not hold across it: Apia and Fakaofo moved their offset by a whole day, so
            # their occurrences happen to stay 24 h apart, but Dhaka and Pyongyang leave 47 h.
            skipped = local_date(previous, zone) + DAY
            assert gap_days == 2
            assert (zone, skipped) in SKIPPED_DATES
            with pytest.raises(SkippedTimeError):
                at_local(skipped, local_time, zone)
        previous = current


@settings(max_examples=100, deadline=None)
@given(cases(), st.frozensets(st.integers(0, 6), min_size=1))
def test_weekday_filter_picks_the_first_daily_occurrence_on_an_allowed_day(
    case: tuple[str, time, datetime], weekdays: frozenset[int]
) -> None:
    zone, local_time, after = case
    result = next_occurrence(local_time, zone, after, weekdays=weekdays)

    assert local_date(result, zone).weekday() in weekdays
    daily = next_occurrence(local_time, zone, after)
    for _ in range(7):  # bounded, so that a daily step that fails to advance cannot hang
        if local_date(daily, zone).weekday() in weekdays:
            break
        daily = next_occurrence(local_time, zone, daily)
    assert result == daily


@pytest.mark.parametrize(
    ("zone", "local_time", "after", "expected"),
    [
        # Spring forward at 02:00: 02:30 is never shown, 03:00 EDT is the first minute after.
        ("America/New_York", "02:30", "2026-03-08 05:00", "2026-03-08 07:00"),
        # Fall back at 02:00: 01:30 is shown twice and fires at the first (EDT) reading only.
        ("America/New_York", "01:30", "2026-11-01 04:00", "2026-11-01 05:30"),
        ("America/New_York", "01:30", "2026-11-01 05:30", "2026-11-02 06:30"),
        ("America/New_York", "01:30", "2026-11-01 06:00", "2026-11-02 06:30"),
        # A half-hour gap, 02:00-02:30.
        ("Australia/Lord_Howe", "02:15", "2026-10-03 12:00", "2026-10-03 15:30"),
        ("Europe/Berlin", "02:30", "2026-03-28 23:00", "2026-03-29 01:00"),
        # Gap from 02:45 to 03:45 at +12:45.
        ("Pacific/Chatham", "03:00", "2026-09-26 00:00", "2026-09-26 14:00"),
        ("Asia/Kathmandu", "09:00", "2026-06-01 00:00", "2026-06-01 03:15"),
        ("Etc/GMT-14", "09:00", "2026-01-01 00:00", "2026-01-01 19:00"),
        ("Etc/GMT+12", "09:00", "2026-01-01 00:00", "2026-01-01 21:00"),
        # 2011-12-30 never happened in Apia: from the 29th straight to the 31st.
        ("Pacific/Apia", "09:00", "2011-12-29 19:00", "2011-12-30 19:00"),
        # Gaps that ran up to the next midnight: no occurrence for that date.
        ("Asia/Pyongyang", "23:45", "2018-05-03 15:15", "2018-05-05 14:45"),
        ("Asia/Dhaka", "23:30", "2009-06-18 17:30", "2009-06-20 16:30"),
        # Fall back at midnight: 23:00-24:00 is shown twice, first at -02.
        ("America/Sao_Paulo", "23:30", "2019-02-16 12:00", "2019-02-17 01:30"),
        ("America/Sao_Paulo", "23:30", "2019-02-17 01:30", "2019-02-18 02:30"),
        # Spring forward at midnight: 00:30 moves to 01:00 the same date.
        ("America/Sao_Paulo", "00:30", "2018-11-03 12:00", "2018-11-04 03:00"),
        # Fall back from 00:01 to 23:01: the 6th comes back after the 7th began.
        ("America/Goose_Bay", "23:30", "2010-11-07 02:00", "2010-11-07 02:30"),
        ("America/Goose_Bay", "23:30", "2010-11-07 02:30", "2010-11-08 03:30"),
        ("America/Goose_Bay", "00:00", "2010-11-07 03:00", "2010-11-08 04:00"),
    ],
)
def test_examples(zone: str, local_time: str, after: str, expected: str) -> None:
    result = next_occurrence(time.fromisoformat(local_time), zone, parse_utc(after))
    assert result == parse_utc(expected)


def test_at_local_uses_the_first_reading_and_the_end_of_a_gap() -> None:
    assert at_local(date(2026, 11, 1), time(1, 30), "America/New_York") == utc(2026, 11, 1, 5, 30)
    assert at_local(date(2026, 3, 8), time(2, 0), "America/New_York") == utc(2026, 3, 8, 7)
    assert at_local(date(2026, 3, 8), time(2, 59, 59), "America/New_York") == utc(2026, 3, 8, 7)
    assert at_local(date(2018, 5, 4), time(23, 29), "Asia/Pyongyang") == utc(2018, 5, 4, 14, 59)


@pytest.mark.parametrize(
    ("zone", "day", "local_time"),
    [
        ("Pacific/Apia", date(2011, 12, 30), time(0)),
        ("Pacific/Apia", date(2011, 12, 30), time(12)),
        ("Pacific/Apia", date(2011, 12, 30), time(23, 59)),
        ("Pacific/Fakaofo", date(2011, 12, 30), time(9)),
        ("Asia/Pyongyang", date(2018, 5, 4), time(23, 30)),
        ("Asia/Pyongyang", date(2018, 5, 4), time(23, 59)),
        ("Asia/Dhaka", date(2009, 6, 19), time(23)),
    ],
)
def test_at_local_refuses_a_time_the_clock_never_reached_that_date(
    zone: str, day: date, local_time: time
) -> None:
    with pytest.raises(SkippedTimeError):
        at_local(day, local_time, zone)


def test_local_date_reads_the_zone_clock() -> None:
    assert local_date(utc(2026, 1, 1, 20), "Etc/GMT-14") == date(2026, 1, 2)
    assert local_date(utc(2026, 1, 1, 11), "Etc/GMT+12") == date(2025, 12, 31)
    assert local_date(utc(2011, 12, 30, 10), "Pacific/Apia") == date(2011, 12, 31)


def test_after_may_be_in_any_zone() -> None:
    after = datetime(2026, 3, 29, 1, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert next_occurrence(time(2, 30), "Europe/Berlin", after) == utc(2026, 3, 29, 1)


def test_weekday_filter_example() -> None:
    # 2026-03-08 is a Sunday; the next Wednesday is the 11th, already in EDT.
    wednesdays = frozenset({2})
    result = next_occurrence(time(7), "America/New_York", utc(2026, 3, 7), weekdays=wednesdays)
    assert result == utc(2026, 3, 11, 11)


def test_weekday_filter_steps_over_a_skipped_date() -> None:
    # 2011-12-30 was a Friday that Apia never had: the next Friday is a week later.
    fridays = frozenset({4})
    result = next_occurrence(time(9), "Pacific/Apia", utc(2011, 12, 29), weekdays=fridays)
    assert result == utc(2012, 1, 5, 19)


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda: next_occurrence(time(9), "UTC", datetime(2026, 1, 1)), id="naive"),
        pytest.param(lambda: local_date(datetime(2026, 1, 1), "UTC"), id="naive-local-date"),
        pytest.param(
            lambda: next_occurrence(time(9), "UTC", utc(2026, 1, 1), weekdays=frozenset()),
            id="no-weekdays",
        ),
        pytest.param(
            lambda: next_occurrence(time(9), "UTC", utc(2026, 1, 1), weekdays=frozenset({7})),
            id="weekday-out-of-range",
        ),
        pytest.param(
            lambda: at_local(date(2026, 1, 1), time(9, tzinfo=UTC), "UTC"), id="aware-time"
        ),
    ],
)
def test_bad_input_is_refused(call: Callable[[], object]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 -- the message is not the contract
        call()


def test_unknown_zone_is_refused() -> None:
    with pytest.raises(ZoneInfoNotFoundError):
        next_occurrence(time(9), "Mars/Olympus_Mons", utc(2026, 1, 1))


def clock_oracle(
    zone: str, local_time: time, start: datetime, end: datetime
) -> tuple[list[datetime], list[datetime]]:
    """Read the clock every minute from `start` to `end`. Returns the occurrences -- on each
    local date, the first minute showing that date at or after `local_time`, leaving out the
    partly read first and last dates -- and the minutes at which the date changed or the clock
    jumped."""
    first_reading: dict[date, datetime] = {}
    dates_read: list[date] = []
    edges: list[datetime] = []
    instant, previous = start, wall(start - MINUTE, zone)
    while instant < end:
        shown = wall(instant, zone)
        if shown.date() != previous.date() or shown - previous != MINUTE:
            edges.append(instant)
        if not dates_read or dates_read[-1] != shown.date():
            dates_read.append(shown.date())
        if shown.time() >= local_time and shown.date() not in first_reading:
            first_reading[shown.date()] = instant
        instant, previous = instant + MINUTE, shown
    partial = {dates_read[0], dates_read[-1]}
    return sorted(i for d, i in first_reading.items() if d not in partial), edges


@pytest.mark.parametrize(
    ("zone", "local_time", "first_day", "days", "stride"),
    [
        pytest.param("America/New_York", time(2, 30), date(2026, 3, 1), 14, 1, id="ny-spring"),
        pytest.param("America/New_York", time(1, 30), date(2026, 10, 25), 14, 7, id="ny-fall"),
        pytest.param("Europe/Berlin", time(2, 30), date(2026, 3, 28), 3, 7, id="berlin"),
        pytest.param("Australia/Lord_Howe", time(2, 15), date(2026, 10, 3), 3, 7, id="lord-howe"),
        pytest.param("Australia/Lord_Howe", time(1, 45), date(2026, 4, 4), 3, 7, id="lh-fall"),
        pytest.param("Pacific/Chatham", time(2, 50), date(2026, 9, 26), 3, 7, id="chatham"),
        pytest.param("Pacific/Apia", time(9), date(2011, 12, 28), 4, 7, id="apia-skipped-date"),
        pytest.param("Asia/Pyongyang", time(23, 45), date(2018, 5, 3), 3, 7, id="pyongyang"),
        pytest.param("America/Sao_Paulo", time(23, 30), date(2019, 2, 15), 3, 7, id="sao-paulo"),
        pytest.param("America/Sao_Paulo", time(0, 30), date(2018, 11, 3), 3, 7, id="sp-gap"),
        pytest.param("Antarctica/Troll", time(1, 30), date(2026, 3, 28), 3, 7, id="troll"),
        pytest.param("America/Goose_Bay", time(23, 30), date(2010, 11, 5), 3, 1, id="gb-23:30"),
        pytest.param("America/Goose_Bay", time(0, 0), date(2010, 11, 5), 3, 1, id="gb-00:00"),
    ],
)
def test_walk_agrees_with_reading_the_clock_every_minute(
    zone: str, local_time: time, first_day: date, days: int, stride: int
) -> None:
    start = datetime.combine(first_day - DAY, time(), tzinfo=UTC)
    expected, edges = clock_oracle(zone, local_time, start, start + (days + 2) * DAY)
    assert len(expected) >= days - 1

    chain = [expected[0]]
    while len(chain) < len(expected):
        chain.append(next_occurrence(local_time, zone, chain[-1]))
    assert chain == expected

    # `after` every `stride` minutes (7 visits every phase of the hour), and exactly at and just
    # before each occurrence, date change and clock jump: the places where the answer changes.
    span = (expected[-1] - expected[0]) // MINUTE
    afters = [expected[0] + k * MINUTE for k in range(0, span, stride)]
    afters += [b + d for b in expected + edges for d in (-timedelta(microseconds=1), timedelta())]
    for after in afters:
        if expected[0] <= after < expected[-1]:
            wanted = expected[bisect.bisect_right(expected, after)]
            assert next_occurrence(local_time, zone, after) == wanted, after
