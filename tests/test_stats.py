"""Tests for bot.core.stats: hand-computed expectations plus properties that hold for all input."""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bot.core.stats import (
    DayCaffeine,
    DayRecord,
    PeriodSummary,
    SessionRecord,
    bedtime_sd_minutes,
    caffeine_after_cutoff,
    change,
    checkins_needed,
    day_caffeine,
    findings_needed,
    is_short_night,
    period_summary,
    practice_summary,
    sleep_hours,
    sleep_interval,
    sleep_regularity_index,
    social_jetlag_hours,
    timing_variation_minutes,
    weekend_shift_hours,
)
from bot.core.stats.sleep import median_clock

MONDAY = date(2024, 3, 4)


def day(offset: int) -> date:
    return MONDAY + timedelta(days=offset)


def night(offset: int, bed: time, wake: time, **kwargs: Any) -> DayRecord:
    return DayRecord(day=day(offset), bedtime=bed, wake=wake, **kwargs)


# --- DayRecord -------------------------------------------------------------------------------


def test_free_day_defaults_to_weekend() -> None:
    assert DayRecord(day=day(0)).is_free_day is False  # Monday
    assert DayRecord(day=day(4)).is_free_day is False  # Friday
    assert DayRecord(day=day(5)).is_free_day is True  # Saturday
    assert DayRecord(day=day(6)).is_free_day is True  # Sunday


def test_free_day_can_be_set_explicitly() -> None:
    assert DayRecord(day=day(0), is_free_day=True).is_free_day is True
    assert DayRecord(day=day(5), is_free_day=False).is_free_day is False


@pytest.mark.parametrize(
    "kwargs",
    [{"twitch": 4}, {"twitch": -1}, {"anxiety": 11}, {"anxiety": -1}],
)
def test_out_of_range_scores_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="must be between"):
        DayRecord(day=day(0), **kwargs)


def test_aware_clock_times_are_refused() -> None:
    aware = time(23, 0, tzinfo=datetime.now().astimezone().tzinfo)
    with pytest.raises(ValueError, match="naive"):
        DayRecord(day=day(0), bedtime=aware)


# --- sleep_interval / sleep_hours ------------------------------------------------------------


def test_bedtime_before_midnight_belongs_to_previous_evening() -> None:
    rec = night(1, time(22, 30), time(6, 45))
    assert sleep_interval(rec) == (
        datetime(2024, 3, 4, 22, 30),
        datetime(2024, 3, 5, 6, 45),
    )
    # 22:30 -> 24:00 is 1.5 h, 00:00 -> 06:45 is 6.75 h: 1.5 + 6.75 = 8.25
    assert sleep_hours(rec) == pytest.approx(8.25)


def test_bedtime_after_midnight_is_on_the_day_itself() -> None:
    rec = night(1, time(0, 30), time(7, 0))
    assert sleep_interval(rec) == (
        datetime(2024, 3, 5, 0, 30),
        datetime(2024, 3, 5, 7, 0),
    )
    # 00:30 -> 07:00 = 6 h 30 min = 6.5
    assert sleep_hours(rec) == pytest.approx(6.5)


def test_noon_is_the_boundary_of_the_night_rule() -> None:
    # 12:00 belongs to the previous day: 12:00 -> 24:00 is 12 h, plus 07:00 = 19 h.
    assert sleep_hours(night(1, time(12, 0), time(7, 0))) == pytest.approx(19.0)
    # 11:59 is on the day itself, after the 07:00 wake, so there is no valid night.
    assert sleep_interval(night(1, time(11, 59), time(7, 0))) is None


def test_missing_times_give_no_interval() -> None:
    assert sleep_interval(DayRecord(day=day(1), bedtime=time(23, 0))) is None
    assert sleep_hours(DayRecord(day=day(1), wake=time(7, 0))) is None


# --- bedtime_sd_minutes ----------------------------------------------------------------------


def test_bedtime_sd_across_midnight() -> None:
    records = [
        DayRecord(day=day(0), bedtime=time(23, 0)),
        DayRecord(day=day(1), bedtime=time(23, 30)),
        DayRecord(day=day(2), bedtime=time(0, 30)),
        DayRecord(day=day(3)),  # no bedtime: ignored
    ]
    # Minutes since noon: 660, 690, 750; mean 2100 / 3 = 700.
    # Deviations -40, -10, 50; squares 1600 + 100 + 2500 = 4200; / (3 - 1) = 2100.
    # sqrt(2100) = 45.8257...
    assert bedtime_sd_minutes(records) == pytest.approx(math.sqrt(2100))


def test_bedtime_sd_needs_two_values() -> None:
    assert bedtime_sd_minutes([DayRecord(day=day(0), bedtime=time(23, 0))]) is None


# --- social_jetlag_hours ---------------------------------------------------------------------


def test_social_jetlag_with_bedtimes_after_midnight() -> None:
    workdays = [night(i, time(23, 0), time(7, 0)) for i in range(5)]  # Mon-Fri
    free_days = [night(i, time(1, 0), time(10, 0)) for i in (5, 6)]  # Sat, Sun
    # Workdays 23:00-07:00: mid 03:00. Free days 01:00-10:00: 9 h, mid 01:00 + 4.5 h = 05:30.
    # 05:30 - 03:00 = 2.5 h
    assert social_jetlag_hours(workdays + free_days) == pytest.approx(2.5)


def test_social_jetlag_is_absolute_and_the_weekend_shift_keeps_its_sign() -> None:
    # Free days earlier than workdays: mid 02:00 (22:00-06:00) vs 04:00 (00:00-08:00) -> 2 h.
    records = [night(5, time(22, 0), time(6, 0)), night(0, time(0, 0), time(8, 0))]
    assert social_jetlag_hours(records) == pytest.approx(2.0)
    # 02:00 - 04:00 = -2 h: the weekend night sits earlier.
    assert weekend_shift_hours(records) == pytest.approx(-2.0)


def test_usual_bed_and_wake_times_are_middle_ones() -> None:
    beds = [time(23, 30), time(0, 30), time(22, 45), time(1, 0), time(23, 0)]
    # Ordered from noon: 22:45, 23:00, 23:30, 00:30, 01:00 -> the middle one is 23:30.
    # (Ordered from midnight it would be 00:30, 01:00, 22:45, 23:00, 23:30 -> 22:45.)
    assert median_clock(beds, evening=True) == time(23, 30)
    # Of an even count the earlier middle one: 22:45, 23:30, 00:30, 01:00 -> 23:30.
    assert median_clock(beds[:4], evening=True) == time(23, 30)
    wakes = [time(7, 0), time(6, 15), time(9, 30), time(7, 45)]
    # From midnight: 06:15, 07:00, 07:45, 09:30 -> the earlier middle one is 07:00.
    assert median_clock(wakes, evening=False) == time(7, 0)


def test_social_jetlag_needs_both_sides() -> None:
    assert social_jetlag_hours([night(i, time(23, 0), time(7, 0)) for i in range(5)]) is None


# --- sleep_regularity_index ------------------------------------------------------------------


def test_sri_perfectly_regular_schedule_is_100() -> None:
    records = [night(i, time(23, 0), time(7, 0)) for i in range(7)]
    # Every compared minute agrees: -100 + 200 * A / A = 100
    assert sleep_regularity_index(records) == pytest.approx(100.0)


def test_sri_regular_schedule_after_midnight_is_100() -> None:
    records = [night(i, time(1, 30), time(9, 0)) for i in range(7)]
    assert sleep_regularity_index(records) == pytest.approx(100.0)


def test_sri_two_days_with_known_differences() -> None:
    records = [night(1, time(23, 0), time(7, 0)), night(2, time(23, 0), time(10, 0))]
    # Day 1: asleep 00:00-07:00, awake 07:00-23:00 (both nights known), asleep 23:00-24:00.
    # Day 2: asleep 00:00-10:00, awake 10:00-12:00 (no bedtime is before noon), then unknown.
    # Compared minutes 00:00-12:00 = 720; they differ 07:00-10:00 = 180, agree 720 - 180 = 540.
    # -100 + 200 * 540 / 720 = -100 + 150 = 50
    assert sleep_regularity_index(records) == pytest.approx(50.0)


def test_sri_three_days_full_and_partial_pairs() -> None:
    records = [
        night(1, time(23, 0), time(7, 0)),
        night(2, time(23, 0), time(7, 0)),
        night(3, time(1, 0), time(7, 0)),
    ]
    # Day 1: asleep 00:00-07:00 and 23:00-24:00, all 1440 minutes known.
    # Day 2: asleep 00:00-07:00, awake 07:00-24:00 (night 3 starts 01:00 on day 3), all known.
    # Day 3: awake 00:00-01:00, asleep 01:00-07:00, awake 07:00-12:00, unknown afterwards.
    # Pair (1, 2): 1440 compared, differ 23:00-24:00 = 60, agree 1380.
    # Pair (2, 3): 720 compared, differ 00:00-01:00 = 60, agree 660.
    # -100 + 200 * (1380 + 660) / (1440 + 720) = -100 + 200 * 2040 / 2160 = 88.888...
    assert sleep_regularity_index(records) == pytest.approx(-100 + 200 * 2040 / 2160)


def test_sri_skips_non_consecutive_days() -> None:
    records = [
        night(1, time(23, 0), time(7, 0)),
        night(3, time(2, 0), time(11, 0)),  # day 2 missing: nothing to pair with
        DayRecord(day=day(4), bedtime=time(23, 0)),  # no wake: cannot pair with day 3
    ]
    assert sleep_regularity_index(records) is None


# --- period_summary / change -----------------------------------------------------------------


def test_period_summary_and_change() -> None:
    current = period_summary(
        [
            DayRecord(day=day(0), twitch=1, anxiety=4),
            DayRecord(day=day(1), twitch=2),
            DayRecord(day=day(2), twitch=3, anxiety=6),
            DayRecord(day=day(3)),  # nothing recorded: not a day with data
        ]
    )
    # twitch (1+2+3)/3 = 2.0; anxiety (4+6)/2 = 5.0; 3 days with any value
    assert current == PeriodSummary(mean_twitch=2.0, mean_anxiety=5.0, days_with_data=3)
    previous = PeriodSummary(mean_twitch=2.5, mean_anxiety=None, days_with_data=2)
    delta = change(current, previous)
    # 2.0 - 2.5 = -0.5; anxiety unknown last period
    assert delta.twitch == pytest.approx(-0.5)
    assert delta.anxiety is None


def test_empty_input_gives_none_everywhere() -> None:
    assert bedtime_sd_minutes([]) is None
    assert social_jetlag_hours([]) is None
    assert sleep_regularity_index([]) is None
    assert weekend_shift_hours([]) is None
    assert median_clock([], evening=True) is None
    empty = period_summary([])
    assert empty == PeriodSummary(mean_twitch=None, mean_anxiety=None, days_with_data=0)
    delta = change(empty, empty)
    assert (delta.twitch, delta.anxiety) == (None, None)


# --- more hand-computed cases ----------------------------------------------------------------


def test_social_jetlag_with_workday_bedtimes_after_midnight_too() -> None:
    # Workdays 00:30-06:30 (Mon-Fri): mid 03:30. Sat 02:00-11:00: mid 06:30; Sun 23:30-08:30:
    # mid 04:00. Free mean (06:30 + 04:00) / 2 = 05:15; 05:15 - 03:30 = 1.75 h.
    work = [night(i, time(0, 30), time(6, 30)) for i in range(5)]
    free = [night(5, time(2, 0), time(11, 0)), night(6, time(23, 30), time(8, 30))]
    assert social_jetlag_hours(work + free) == pytest.approx(1.75)


def test_sri_one_night_an_hour_late() -> None:
    records = [
        night(1, time(23, 0), time(7, 0)),
        night(2, time(0, 0), time(7, 0)),  # an hour later to bed
        night(3, time(23, 0), time(7, 0)),
    ]
    # Day 1: asleep 00-07, awake 07-24 (night 2 starts 00:00 on day 2): all 1440 known.
    # Day 2: asleep 00-07, awake 07-23, asleep 23-24: all known.
    # Day 3: asleep 00-07, awake 07-12, unknown after noon (no night 4).
    # Pair (1, 2): 1440 compared; differ 23:00-24:00 = 60; agree 1380.
    # Pair (2, 3): 720 compared (00-12); all agree: 720.
    # -100 + 200 * (1380 + 720) / (1440 + 720) = -100 + 200 * 2100 / 2160 = 94.444...
    assert sleep_regularity_index(records) == pytest.approx(-100 + 200 * 2100 / 2160)


def test_short_night_is_strictly_under_six_hours() -> None:
    assert is_short_night(night(1, time(1, 0), time(7, 0))) is False  # exactly 6 h
    assert is_short_night(night(1, time(1, 1), time(7, 0))) is True  # 5 h 59 min
    assert is_short_night(DayRecord(day=day(1), wake=time(7, 0))) is None


def late(
    cutoff: time | None, drinks: int | None, last: time | None, logged: tuple[time, ...] = ()
) -> bool | None:
    found = day_caffeine(answered=drinks, answered_last=last, logged=logged)
    return caffeine_after_cutoff(cutoff, found)


def test_caffeine_after_cutoff_by_the_one_rule() -> None:
    cutoff = time(14, 0)
    assert late(cutoff, 2, time(15, 0)) is True
    assert late(cutoff, 2, time(14, 0)) is False  # at, not after
    # Compared to the minute: a drink tapped at 14:00:00.000567 is at the cut-off.
    assert late(cutoff, None, None, (time(14, 0, 0, 567),)) is False
    assert late(time(14, 0, 30), None, None, (time(14, 0),)) is False
    # The check-in said 13:30 and /coffee logged one at 16:10: the person's answer counts.
    assert late(cutoff, 2, time(13, 30), (time(16, 10),)) is False
    assert late(cutoff, 0, None) is False
    assert late(cutoff, 3, None) is None  # no time: unknown
    assert late(cutoff, None, None, (time(9, 0),)) is False
    assert late(cutoff, None, None, (time(9, 0), time(16, 10))) is True
    assert late(None, 2, time(20, 0)) is None  # no cut-off set


def test_a_days_caffeine_is_the_answer_where_given_else_the_log() -> None:
    logs = [time(16, 10, 5), time(8, 0)]
    assert day_caffeine(answered=2, answered_last=time(13, 30), logged=logs) == DayCaffeine(
        2, time(13, 30)
    )
    assert day_caffeine(answered=0, answered_last=None, logged=logs) == DayCaffeine(0, None)
    assert day_caffeine(answered=None, answered_last=None, logged=logs) == DayCaffeine(
        2, time(16, 10), from_log=True
    )
    assert day_caffeine(answered=None, answered_last=None, logged=()) == DayCaffeine(None, None)


def test_checkins_needed_and_findings_needed() -> None:
    assert [checkins_needed(n) for n in (0, 1, 2, 3, 10)] == [3, 2, 1, 0, 0]
    # Findings need 3 days with and 3 without: 6 days with a twitch level at the very least.
    records = [DayRecord(day=day(i), twitch=1) for i in range(4)]
    records.append(DayRecord(day=day(4), anxiety=5))  # no twitch level: does not count
    assert findings_needed(records) == 2
    assert findings_needed([DayRecord(day=day(i), twitch=0) for i in range(7)]) == 0


def test_practice_summary_counts_and_mean_tension_change() -> None:
    sessions = [
        SessionRecord("breathing", finished=True, tension_before=7, tension_after=4),  # -3
        SessionRecord("breathing", finished=True, tension_before=5, tension_after=4),  # -1
        SessionRecord("relaxation", finished=True, tension_before=6, tension_after=6),  # 0
        SessionRecord("breathing", finished=False, tension_before=8, tension_after=6),  # -2
        SessionRecord("relaxation", finished=True, tension_before=4),  # unrated after
        SessionRecord("breathing", finished=False),  # stopped early, unrated
    ]
    summary = practice_summary(sessions)
    assert (summary.breathing, summary.relaxation) == (2, 2)
    # (-3 - 1 + 0 - 2) / 4 = -1.5 over the 4 sessions rated both before and after
    assert summary.tension_change == pytest.approx(-1.5)
    assert summary.rated == 4
    empty = practice_summary([])
    assert (empty.breathing, empty.relaxation, empty.tension_change, empty.rated) == (
        0,
        0,
        None,
        0,
    )


# --- properties ------------------------------------------------------------------------------

TAGS = ("work", "screens", "exercise")


@st.composite
def day_records(draw: st.DrawFn) -> list[DayRecord]:
    offsets = draw(st.sets(st.integers(min_value=0, max_value=20), max_size=14))
    return [
        DayRecord(
            day=day(offset),
            twitch=draw(st.none() | st.integers(min_value=0, max_value=3)),
            anxiety=draw(st.none() | st.integers(min_value=0, max_value=10)),
            bedtime=draw(st.none() | st.times()),
            wake=draw(st.none() | st.times()),
            caffeine_after_cutoff=draw(st.none() | st.booleans()),
            tags=draw(st.frozensets(st.sampled_from(TAGS))),
            is_free_day=draw(st.none() | st.booleans()),
        )
        for offset in sorted(offsets)
    ]


@given(day_records())
def test_sri_is_within_scale(records: list[DayRecord]) -> None:
    sri = sleep_regularity_index(records)
    assert sri is None or -100 <= sri <= 100


@given(st.times(), st.times(), st.integers(min_value=2, max_value=10))
def test_sri_of_any_repeated_schedule_is_100(bed: time, wake: time, days: int) -> None:
    records = [night(i, bed, wake) for i in range(days)]
    assume(sleep_interval(records[0]) is not None)
    assert sleep_regularity_index(records) == pytest.approx(100.0)


@given(day_records())
def test_sleep_hours_are_positive_and_bounded(records: list[DayRecord]) -> None:
    # Onset is no earlier than noon the day before and wake is before midnight: under 36 h.
    for rec in records:
        hours = sleep_hours(rec)
        assert hours is None or 0 < hours < 36


@given(day_records())
def test_bedtime_sd_is_never_negative(records: list[DayRecord]) -> None:
    sd = bedtime_sd_minutes(records)
    assert sd is None or sd >= 0


@given(day_records())
def test_social_jetlag_is_never_negative(records: list[DayRecord]) -> None:
    jetlag = social_jetlag_hours(records)
    assert jetlag is None or jetlag >= 0


def test_timing_variation_is_the_mean_spread_of_bed_and_wake_times() -> None:
    records = [
        DayRecord(day=MONDAY, bedtime=time(23, 0), wake=time(7, 0)),
        DayRecord(day=MONDAY + timedelta(days=1), bedtime=time(0, 0), wake=time(7, 0)),
    ]
    # Bedtimes 60 minutes apart across midnight (SD 42.4), wake times the same (SD 0).
    assert timing_variation_minutes(records) == pytest.approx(math.sqrt(1800) / 2)
    assert timing_variation_minutes(records[:1]) is None
