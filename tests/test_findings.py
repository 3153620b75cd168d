"""Tests for the findings: the exact permutation test, Holm's correction, and which factors are
reported — a noise-only factor must not be, a real effect must — over many seeded datasets."""

from __future__ import annotations

import random
from datetime import time
from itertools import combinations
from math import comb

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.stats import (
    ALPHA,
    MIN_DAYS_EACH_SIDE,
    DayRecord,
    compare_factor,
    findings,
    holm,
    permutation_p_value,
)
from conversations.findings import finding_line
from conversations.i18n import use_language
from tests.test_stats import day, day_records, night


def brute_force_p(with_values: list[int], without_values: list[int]) -> float:
    """Every way of picking len(with_values) days, listed one by one: the slow, obvious way."""
    values = [*with_values, *without_values]
    n, k = len(values), len(with_values)

    def gap(picked: tuple[int, ...]) -> float:
        inside = [values[i] for i in picked]
        outside = [values[i] for i in range(n) if i not in picked]
        return abs(sum(inside) / k - sum(outside) / (n - k))

    observed = gap(tuple(range(k)))
    picks = list(combinations(range(n), k))
    # A hair of tolerance: the float means of a tie can differ in the last bit.
    return sum(1 for p in picks if gap(p) >= observed - 1e-9) / len(picks)


def split(rng: random.Random, values: list[int], share: float) -> tuple[list[int], list[int]]:
    marks = [rng.random() < share for _ in values]
    return [v for v, m in zip(values, marks, strict=True) if m], [
        v for v, m in zip(values, marks, strict=True) if not m
    ]


# --- the permutation test ----------------------------------------------------------------------


def test_p_value_by_hand() -> None:
    # All 20 ways of picking 3 of {3, 3, 3, 0, 0, 0}: only the observed pick and its mirror
    # (0, 0, 0) are as far apart (gap 3): 2 / 20.
    assert permutation_p_value([3, 3, 3], [0, 0, 0]) == pytest.approx(2 / 20)
    # {3, 2, 1} vs {0, 1, 0}: the pick sums that are as extreme are 6 (3 + 2 + either 1: 2
    # ways) and 1 (0 + 0 + either 1: 2 ways), so 4 of the 20 picks.
    assert permutation_p_value([3, 2, 1], [0, 1, 0]) == pytest.approx(4 / 20)


def test_p_value_when_nothing_can_differ() -> None:
    assert permutation_p_value([2, 2, 2], [2, 2, 2, 2]) == 1.0
    assert permutation_p_value([], [1, 2, 3]) == 1.0
    assert permutation_p_value([1, 2, 3], []) == 1.0


def test_p_value_of_ninety_days_is_quick_and_exact() -> None:
    rng = random.Random(90)
    with_values = [rng.randint(1, 3) for _ in range(40)]
    without_values = [rng.randint(0, 2) for _ in range(50)]
    # Both sides drawn from different ranges: far below ALPHA; and a probability, not a guess.
    p = permutation_p_value(with_values, without_values)
    assert 1 / comb(90, 40) <= p < 1e-6


@given(
    st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=7),
    st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=7),
)
def test_p_value_equals_listing_every_pick(with_values: list[int], without: list[int]) -> None:
    assert permutation_p_value(with_values, without) == pytest.approx(
        brute_force_p(with_values, without)
    )


@given(
    st.lists(st.integers(min_value=-5, max_value=12), min_size=1, max_size=30),
    st.lists(st.integers(min_value=-5, max_value=12), min_size=1, max_size=30),
    st.integers(min_value=-10, max_value=10),
)
def test_p_value_properties(with_values: list[int], without: list[int], shift: int) -> None:
    p = permutation_p_value(with_values, without)
    n, k = len(with_values) + len(without), len(with_values)
    # The observed pick itself always counts.
    assert 1 / comb(n, k) - 1e-12 <= p <= 1.0
    # Which side is called "with" does not matter, nor where the scale starts.
    assert permutation_p_value(without, with_values) == pytest.approx(p)
    shifted = permutation_p_value([v + shift for v in with_values], [v + shift for v in without])
    assert shifted == pytest.approx(p)
    # Nor the order of the days within a side.
    assert permutation_p_value(with_values[::-1], sorted(without)) == pytest.approx(p)


def test_holm_by_hand() -> None:
    # Sorted: 0.01 <= 0.05 / 3 passes; 0.03 > 0.05 / 2 fails, and so does everything after it.
    assert holm([0.01, 0.04, 0.03], 0.05) == [True, False, False]
    # 0.01 <= 0.05 / 2 and 0.02 <= 0.05 / 1: both pass.
    assert holm([0.02, 0.01], 0.05) == [True, True]
    assert holm([], 0.05) == []


@given(st.lists(st.floats(min_value=0, max_value=1), max_size=12))
def test_holm_passes_no_more_than_each_test_alone(p_values: list[float]) -> None:
    passed = holm(p_values, ALPHA)
    assert all(p <= ALPHA for p, ok in zip(p_values, passed, strict=True) if ok)
    # Step-down: whatever passes has a p no larger than anything that fails.
    if any(passed) and not all(passed):
        assert max(p for p, ok in zip(p_values, passed, strict=True) if ok) <= min(
            p for p, ok in zip(p_values, passed, strict=True) if not ok
        )


# --- reporting: noise must not show, a real effect must ------------------------------------------


def caffeine(rec: DayRecord) -> bool | None:
    return rec.caffeine_after_cutoff


def caffeine_days(with_values: list[int], without_values: list[int]) -> list[DayRecord]:
    marks = [True] * len(with_values) + [False] * len(without_values)
    # Interleave so that the factor is not tied to a stretch of the calendar.
    order = sorted(range(len(marks)), key=lambda i: (i * 7) % len(marks))
    values = [*with_values, *without_values]
    return [
        DayRecord(day=day(pos), twitch=values[i], caffeine_after_cutoff=marks[i])
        for pos, i in enumerate(order)
    ]


def test_a_noise_only_factor_is_not_reported() -> None:
    # The example: 2.2 on 10 days with "work" against 2.25 on 12 days without.
    with_work = [2, 3, 2, 2, 3, 2, 1, 2, 3, 2]
    without_work = [2, 3, 2, 3, 2, 2, 3, 2, 1, 3, 2, 2]
    found = compare_factor(caffeine_days(with_work, without_work), "tag:work", caffeine)
    assert found is not None
    assert (found.with_days, found.without_days) == (10, 12)
    assert found.with_mean == pytest.approx(2.2)
    assert found.clear is False


def test_a_real_effect_is_reported() -> None:
    # Late caffeine on 9 days (mean 23 / 9 = 2.56) against 12 / 14 = 0.86 on the 14 without.
    late = [3, 2, 3, 2, 3, 3, 2, 2, 3]
    clear = [1, 0, 1, 2, 1, 0, 1, 1, 0, 2, 1, 1, 0, 1]
    found = compare_factor(caffeine_days(late, clear), "caffeine_after_cutoff", caffeine)
    assert found is not None
    assert (found.with_days, found.without_days) == (9, 14)
    assert found.difference == pytest.approx(23 / 9 - 12 / 14)
    assert found.clear is True
    assert found.p_value < 0.001


def test_more_factors_need_a_larger_gap() -> None:
    # p = 0.033 on its own: clear alone, but not beside a second factor (Holm: 0.033 > 0.025).
    with_values, without_values = [3, 2, 2, 3, 2], [1, 0, 2, 1, 1, 2, 2]
    records = caffeine_days(with_values, without_values)
    alone = compare_factor(records, "caffeine_after_cutoff", caffeine)
    assert alone is not None
    assert alone.p_value == pytest.approx(brute_force_p(with_values, without_values))
    assert ALPHA / 2 < alone.p_value <= ALPHA
    assert alone.clear is True
    tagged = [
        DayRecord(
            day=r.day,
            twitch=r.twitch,
            caffeine_after_cutoff=r.caffeine_after_cutoff,
            tags=frozenset({"work"}) if i % 2 else frozenset(),
        )
        for i, r in enumerate(records)
    ]
    result = {f.factor: f for f in findings(tagged, target_bedtime=None)}
    assert set(result) == {"caffeine_after_cutoff", "tag:work"}
    assert result["caffeine_after_cutoff"].p_value == pytest.approx(alone.p_value)
    assert result["caffeine_after_cutoff"].clear is False


def test_clear_findings_come_first() -> None:
    rng = random.Random(7)
    records = []
    for i in range(40):
        late = i % 3 == 0
        records.append(
            DayRecord(
                day=day(i),
                # Late caffeine adds a whole level; "work" is tagged at random and adds nothing.
                twitch=min(3, rng.randint(0, 2) + (1 if late else 0)),
                caffeine_after_cutoff=late,
                tags=frozenset({"work"}) if rng.random() < 0.5 else frozenset(),
            )
        )
    result = findings(records, target_bedtime=None)
    assert [f.factor for f in result][:1] == ["caffeine_after_cutoff"]
    assert result[0].clear is True
    assert [f.clear for f in result] == sorted((f.clear for f in result), reverse=True)


# Seeded datasets: deterministic, so these never flake; the bounds are what a calibrated test at
# ALPHA must meet (3 binomial standard errors above ALPHA for 2000 datasets is about 0.065).
DATASETS = 2000


def test_false_positive_rate_of_one_factor_stays_near_alpha() -> None:
    reported = compared = 0
    for seed in range(DATASETS):
        rng = random.Random(seed)
        twitch = [rng.randint(0, 3) for _ in range(30)]
        with_values, without_values = split(rng, twitch, 0.4)
        if min(len(with_values), len(without_values)) < MIN_DAYS_EACH_SIDE:
            continue
        compared += 1
        reported += permutation_p_value(with_values, without_values) <= ALPHA
    rate = reported / compared
    # Measured 0.042: a little under ALPHA because ties between levels make the test careful.
    assert 0.025 <= rate <= 0.065, rate


def test_false_positive_rate_over_all_factors_stays_at_or_under_alpha() -> None:
    # Five factors that are all noise: Holm keeps the chance that *any* is reported <= ALPHA.
    any_reported = 0
    for seed in range(DATASETS // 4):
        rng = random.Random(10_000 + seed)
        records = [
            night(
                i,
                time(rng.choice((22, 23, 0, 1)), 0),
                time(rng.choice((6, 7, 8)), 0),
                twitch=rng.randint(0, 3),
                anxiety=rng.randint(0, 10),
                caffeine_after_cutoff=rng.random() < 0.3,
                tags=frozenset(t for t in ("work", "travel") if rng.random() < 0.4),
            )
            for i in range(30)
        ]
        any_reported += any(f.clear for f in findings(records, target_bedtime=time(23, 0)))
    assert any_reported / (DATASETS // 4) <= 0.065


def test_a_real_effect_is_found_most_of_the_time() -> None:
    # Late caffeine adds one level on a noisy 0-3 scale over 30 days: found at least 4 times in 5.
    found = 0
    for seed in range(200):
        rng = random.Random(50_000 + seed)
        late = [rng.random() < 0.4 for _ in range(30)]
        records = [
            DayRecord(
                day=day(i),
                twitch=min(3, rng.randint(0, 2) + (1 if is_late else 0)),
                caffeine_after_cutoff=is_late,
            )
            for i, is_late in enumerate(late)
        ]
        result = findings(records, target_bedtime=None)
        found += any(f.factor == "caffeine_after_cutoff" and f.clear for f in result)
    assert found / 200 >= 0.8


def test_compare_factor_means_and_exclusions() -> None:
    records = [
        DayRecord(day=day(0), twitch=3, caffeine_after_cutoff=True),
        DayRecord(day=day(1), twitch=2, caffeine_after_cutoff=True),
        DayRecord(day=day(2), twitch=1, caffeine_after_cutoff=True),
        DayRecord(day=day(3), twitch=0, caffeine_after_cutoff=False),
        DayRecord(day=day(4), twitch=1, caffeine_after_cutoff=False),
        DayRecord(day=day(5), twitch=0, caffeine_after_cutoff=False),
        DayRecord(day=day(6), twitch=3, caffeine_after_cutoff=None),  # unknown: excluded
        DayRecord(day=day(7), caffeine_after_cutoff=True),  # no twitch level: excluded
    ]
    found = compare_factor(records, "caffeine_after_cutoff", caffeine)
    # With: (3 + 2 + 1) / 3 = 2.0. Without: (0 + 1 + 0) / 3 = 1/3. Difference 2 - 1/3 = 5/3.
    assert found is not None
    assert found.factor == "caffeine_after_cutoff"
    assert (found.with_mean, found.with_days) == (pytest.approx(2.0), 3)
    assert (found.without_mean, found.without_days) == (pytest.approx(1 / 3), 3)
    assert found.difference == pytest.approx(5 / 3)
    # 4 of the 20 picks are as extreme (see test_p_value_by_hand): within noise on 3 + 3 days.
    assert found.p_value == pytest.approx(4 / 20)
    assert found.clear is False


def test_compare_factor_needs_three_days_each_side() -> None:
    records = [
        DayRecord(day=day(0), twitch=3, caffeine_after_cutoff=True),
        DayRecord(day=day(1), twitch=2, caffeine_after_cutoff=True),
        DayRecord(day=day(2), twitch=0, caffeine_after_cutoff=False),
        DayRecord(day=day(3), twitch=1, caffeine_after_cutoff=False),
        DayRecord(day=day(4), twitch=0, caffeine_after_cutoff=False),
    ]
    # 2 days with vs 3 without: not enough.
    assert compare_factor(records, "caffeine_after_cutoff", caffeine) is None
    # A third day with makes it 3 vs 3.
    third = DayRecord(day=day(5), twitch=1, caffeine_after_cutoff=True)
    found = compare_factor([*records, third], "caffeine_after_cutoff", caffeine)
    assert found is not None
    assert (found.with_days, found.without_days) == (3, 3)


def test_findings_factors_and_order() -> None:
    target = time(23, 0)
    # (bed, wake, twitch, caffeine after cut-off, anxiety, tags); target bedtime 23:00.
    rows = [
        (time(0, 30), time(6, 0), 3, True, 8, {"work"}),  # 90 min off; 5.5 h (short)
        (time(21, 30), time(6, 0), 3, True, 6, {"work", "gym"}),  # 90 min off; 8.5 h
        (time(23, 0), time(7, 0), 2, True, 7, {"work"}),  # on target; 8 h
        (time(1, 0), time(6, 0), 1, False, 9, {"work"}),  # 120 min off; 5 h (short)
        (time(23, 45), time(5, 0), 0, False, 2, {"gym"}),  # 45 min off; 5.25 h (short)
        (time(22, 15), time(7, 0), 0, False, 0, {"gym"}),  # 45 min off; 8.75 h
    ]
    records = [
        night(
            i,
            bed,
            wake,
            twitch=twitch,
            caffeine_after_cutoff=caffeine,
            anxiety=anxiety,
            tags=frozenset(tags),
        )
        for i, (bed, wake, twitch, caffeine, anxiety, tags) in enumerate(rows)
    ]
    result = {f.factor: f for f in findings(records, target_bedtime=target)}
    # caffeine: days 0,1,2 -> (3+3+2)/3 = 8/3; days 3,4,5 -> (1+0+0)/3 = 1/3; diff 7/3
    assert result["caffeine_after_cutoff"].difference == pytest.approx(7 / 3)
    # bedtime off: days 0,1,3 -> (3+3+1)/3 = 7/3; days 2,4,5 -> (2+0+0)/3 = 2/3; diff 5/3
    assert result["bedtime_off_target"].difference == pytest.approx(5 / 3)
    # anxiety >= 7: days 0,2,3 -> (3+2+1)/3 = 2; days 1,4,5 -> (3+0+0)/3 = 1; diff 1
    assert result["high_anxiety"].difference == pytest.approx(1.0)
    # gym: days 1,4,5 -> (3+0+0)/3 = 1; days 0,2,3 -> (3+2+1)/3 = 2; diff -1
    assert result["tag:gym"].difference == pytest.approx(-1.0)
    # short: days 0,3,4 -> (3+1+0)/3 = 4/3; days 1,2,5 -> (3+2+0)/3 = 5/3; diff -1/3
    assert result["short_sleep"].difference == pytest.approx(-1 / 3)
    # work: 4 days with, only 2 without -> left out
    assert "tag:work" not in result
    # |7/3| > |5/3| > |1| = |-1| (tie broken by name) > |-1/3| = |-1/3|
    assert [f.factor for f in findings(records, target_bedtime=target)] == [
        "caffeine_after_cutoff",
        "bedtime_off_target",
        "high_anxiety",
        "tag:gym",
        # An hour under the usual 6.75 h (the median) is the same three short nights: a tie.
        "less_sleep:405",
        "short_sleep",
    ]


def test_findings_bedtime_off_target_wraps_midnight() -> None:
    # Target 00:15: 23:30 is 45 min off (on target), 01:30 is 75 min off, 22:45 is 90 min off.
    on = [night(i, time(23, 30), time(7, 0), twitch=0) for i in range(3)]
    off = [night(i, time(1, 30), time(7, 0), twitch=2) for i in range(3, 5)]
    off.append(night(5, time(22, 45), time(7, 0), twitch=2))
    result = findings(on + off, target_bedtime=time(0, 15))
    off_target = next(f for f in result if f.factor == "bedtime_off_target")
    # with (2+2+2)/3 = 2 over 3 days; without (0+0+0)/3 = 0 over 3 days
    assert (off_target.with_mean, off_target.with_days) == (2.0, 3)
    assert (off_target.without_mean, off_target.without_days) == (0.0, 3)


@given(day_records(), st.data())
def test_compare_factor_never_reports_thin_sides(
    records: list[DayRecord], data: st.DataObject
) -> None:
    labels = {rec.day: data.draw(st.none() | st.booleans()) for rec in records}
    found = compare_factor(records, "any", lambda rec: labels[rec.day])
    with_days = sum(1 for r in records if r.twitch is not None and labels[r.day] is True)
    without_days = sum(1 for r in records if r.twitch is not None and labels[r.day] is False)
    enough = min(with_days, without_days) >= MIN_DAYS_EACH_SIDE
    assert (found is not None) == enough
    if found is not None:
        assert (found.with_days, found.without_days) == (with_days, without_days)


@given(day_records(), st.none() | st.times())
def test_findings_are_sorted_judged_and_thick_enough(
    records: list[DayRecord], target: time | None
) -> None:
    result = findings(records, target_bedtime=target)
    clear = [f for f in result if f.clear]
    assert result[: len(clear)] == clear
    for group in (clear, result[len(clear) :]):
        strengths = [abs(f.difference) for f in group]
        assert strengths == sorted(strengths, reverse=True)
    assert all(min(f.with_days, f.without_days) >= MIN_DAYS_EACH_SIDE for f in result)
    assert holm([f.p_value for f in result], ALPHA) == [f.clear for f in result]
    if target is None:
        assert all(f.factor != "bedtime_off_target" for f in result)
    # The order of the days given never changes the answer.
    assert findings(records[::-1], target_bedtime=target) == result


def test_sleep_amount_is_tested_like_the_other_factors() -> None:
    # Nobody here has under 6 hours; the nights an hour or more under their usual 8 go with
    # more twitching, and that is a finding in plain words.
    records = []
    for i in range(21):
        shorter = i % 3 == 0
        records.append(
            night(
                i,
                time(0, 30) if shorter else time(23, 0),
                time(7, 0),
                twitch=3 if shorter else (i % 2),
            )
        )
    result = {f.factor: f for f in findings(records, target_bedtime=None)}
    assert "short_sleep" not in result  # 6.5 hours is not under 6
    found = result["less_sleep:480"]
    assert (found.with_days, found.without_days) == (7, 14)
    assert found.clear is True
    with use_language("en"):
        line = finding_line(found)
    assert line.startswith(
        "• Days with a night an hour or more shorter than your usual 8.0 hours in bed went "
        "with more twitching: 3.0 (strong) on 7 days with it"
    )
