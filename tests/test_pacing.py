"""Tests for bot.core.pacing: worked schedules, pause arithmetic against an interval-counting
oracle, and properties of boundaries, positions and edit times that hold for any plan."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.pacing import (
    Step,
    due_at,
    edit_times,
    elapsed_excluding_pauses,
    position_at,
    progress_bar,
    schedule,
    total_seconds,
)

START = datetime(2024, 3, 4, 21, 0, tzinfo=UTC)
FOUR_SEVEN_EIGHT = [Step("in", 4), Step("hold", 7), Step("out", 8)]


def plan(*durations: float) -> list[Step]:
    return [Step("in", seconds, cycle=index + 1) for index, seconds in enumerate(durations)]


def at(seconds: float) -> datetime:
    return START + timedelta(seconds=seconds)


# --- steps and schedules ---------------------------------------------------------------------


@pytest.mark.parametrize("seconds", [0, -1, math.nan, math.inf])
def test_a_step_must_last_a_positive_finite_time(seconds: float) -> None:
    with pytest.raises(ValueError, match="positive, finite"):
        Step("in", seconds)


def test_schedule_gives_each_step_its_start_from_the_session_start() -> None:
    steps = [Step(step.kind, step.seconds, cycle) for cycle in (1, 2) for step in FOUR_SEVEN_EIGHT]
    boundaries = schedule(steps)
    assert [b.offset_s for b in boundaries] == [0, 4, 11, 19, 23, 30]
    assert [b.step_index for b in boundaries] == list(range(6))
    assert [b.cycle for b in boundaries] == [1, 1, 1, 2, 2, 2]
    assert [b.phase for b in boundaries] == ["in", "hold", "out"] * 2
    assert boundaries[2].end_s == 19
    assert total_seconds(boundaries) == 38


def test_an_empty_plan_has_no_boundaries_and_no_time() -> None:
    assert schedule([]) == []
    assert total_seconds([]) == 0
    assert position_at([], 0) is None
    assert edit_times([]) == []


def test_offsets_do_not_drift_over_a_long_session() -> None:
    # 0.1 is not exact in binary; adding it up a thousand times at run time drifts.
    boundaries = schedule([Step("in", 0.1)] * 1000)
    naive = 0.0
    for _ in range(999):
        naive += 0.1
    assert naive != 99.9
    assert boundaries[-1].offset_s == 99.9
    assert total_seconds(boundaries) == 100.0


# --- position --------------------------------------------------------------------------------


def test_position_at_a_boundary_is_the_step_that_starts_there() -> None:
    boundaries = schedule(FOUR_SEVEN_EIGHT)
    position = position_at(boundaries, 4)
    assert position is not None
    assert (position.step_index, position.phase, position.cycle) == (1, "hold", 1)
    assert position.seconds_left == 7
    assert position.fraction == 0


def test_position_mid_phase() -> None:
    position = position_at(schedule(FOUR_SEVEN_EIGHT), 15)
    assert position is not None
    assert position.step_index == 2
    assert position.seconds_left == 4
    assert position.fraction == 0.5


def test_position_before_the_start_is_the_start_and_after_the_end_is_none() -> None:
    boundaries = schedule(FOUR_SEVEN_EIGHT)
    first = position_at(boundaries, -0.01)
    assert first is not None
    assert (first.step_index, first.fraction, first.seconds_left) == (0, 0, 4)
    last = position_at(boundaries, 18.999)
    assert last is not None
    assert last.step_index == 2
    assert position_at(boundaries, 19) is None
    assert position_at(boundaries, 1e9) is None


# --- progress bar ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fraction", "bar"),
    [
        (0, "░░░░░░░░░░"),
        (0.4, "▓▓▓▓░░░░░░"),
        (0.3, "▓▓▓░░░░░░░"),
        (0.7, "▓▓▓▓▓▓▓░░░"),
        (0.99, "▓▓▓▓▓▓▓▓▓░"),
        (1, "▓▓▓▓▓▓▓▓▓▓"),
        (-0.5, "░░░░░░░░░░"),
        (7, "▓▓▓▓▓▓▓▓▓▓"),
        (math.nan, "░░░░░░░░░░"),
    ],
)
def test_progress_bar(fraction: float, bar: str) -> None:
    assert progress_bar(fraction) == bar


def test_progress_bar_width() -> None:
    assert progress_bar(0.5, width=4) == "▓▓░░"
    with pytest.raises(ValueError, match="at least one cell"):
        progress_bar(0.5, width=0)


@given(st.floats(allow_nan=False), st.integers(1, 40))
def test_progress_bar_always_has_its_width(fraction: float, width: int) -> None:
    bar = progress_bar(fraction, width)
    assert len(bar) == width
    assert set(bar) <= {"▓", "░"}


# --- pauses ----------------------------------------------------------------------------------


def test_elapsed_without_pauses() -> None:
    assert elapsed_excluding_pauses(START, [], at(12.5)) == 12.5


def test_elapsed_leaves_out_a_finished_pause() -> None:
    assert elapsed_excluding_pauses(START, [(at(10), at(40))], at(50)) == 20


def test_elapsed_stands_still_while_paused() -> None:
    pauses = [(at(10), None)]
    assert elapsed_excluding_pauses(START, pauses, at(10)) == 10
    assert elapsed_excluding_pauses(START, pauses, at(300)) == 10


def test_elapsed_counts_only_the_part_of_a_pause_inside_the_session() -> None:
    # Paused before the start (a stale row), and a pause that has not begun yet by `now`.
    pauses = [(at(-30), at(5)), (at(60), at(70))]
    assert elapsed_excluding_pauses(START, pauses, at(20)) == 15


def test_overlapping_pauses_count_once() -> None:
    pauses = [(at(20), at(30)), (at(10), at(25)), (at(12), None)]
    assert elapsed_excluding_pauses(START, pauses, at(50)) == 10


def test_now_before_start_is_zero() -> None:
    assert elapsed_excluding_pauses(START, [], at(-1)) == 0


def test_pause_arithmetic_refuses_naive_and_backwards_times() -> None:
    naive = datetime(2024, 3, 4, 21, 0)
    with pytest.raises(ValueError, match="timezone-aware"):
        elapsed_excluding_pauses(naive, [], at(1))
    with pytest.raises(ValueError, match="timezone-aware"):
        elapsed_excluding_pauses(START, [(naive, None)], at(1))
    with pytest.raises(ValueError, match="before it began"):
        elapsed_excluding_pauses(START, [(at(10), at(5))], at(20))


def test_due_at_adds_the_pauses_before_the_offset() -> None:
    pauses = [(at(10), at(40))]
    assert due_at(START, [], 19) == at(19)
    assert due_at(START, pauses, 5) == at(5)
    assert due_at(START, pauses, 19) == at(49)
    assert due_at(START, [(at(10), None)], 19) is None
    assert due_at(START, [(at(30), None)], 19) == at(19)
    with pytest.raises(ValueError, match="negative"):
        due_at(START, [], -1)


# Times in whole tenths of a second, so counting tenths is an exact oracle.
tenths = st.integers(-100, 600)
pause_lists = st.lists(
    st.tuples(tenths, st.none() | st.integers(0, 300)).map(
        lambda p: (p[0], None if p[1] is None else p[0] + p[1])
    ),
    max_size=5,
)


def as_pauses(pauses: list[tuple[int, int | None]]) -> list[tuple[datetime, datetime | None]]:
    return [(at(a / 10), None if b is None else at(b / 10)) for a, b in pauses]


@given(pause_lists, st.integers(0, 700))
def test_elapsed_matches_counting_running_tenths(
    pauses: list[tuple[int, int | None]], now: int
) -> None:
    running = sum(
        1 for t in range(now) if not any(a <= t and (b is None or t < b) for a, b in pauses)
    )
    got = elapsed_excluding_pauses(START, as_pauses(pauses), at(now / 10))
    assert got == pytest.approx(running / 10, abs=1e-6)


@given(pause_lists, st.integers(0, 700), st.integers(0, 700))
def test_elapsed_never_goes_backwards(
    pauses: list[tuple[int, int | None]], earlier: int, later: int
) -> None:
    earlier, later = sorted((earlier, later))
    as_dt = as_pauses(pauses)
    before = elapsed_excluding_pauses(START, as_dt, at(earlier / 10))
    assert before <= elapsed_excluding_pauses(START, as_dt, at(later / 10))


@given(pause_lists, st.floats(0, 120))
def test_due_at_is_the_inverse_of_elapsed(
    pauses: list[tuple[int, int | None]], offset: float
) -> None:
    as_dt = as_pauses(pauses)
    due = due_at(START, as_dt, offset)
    if due is None:
        # Only an open pause can hold the session back for good.
        assert any(b is None for _, b in pauses)
        return
    assert elapsed_excluding_pauses(START, as_dt, due) == pytest.approx(offset, abs=1e-5)


# --- edit times ------------------------------------------------------------------------------


def test_edit_times_are_the_boundaries_and_the_end() -> None:
    box = [Step(kind, 4, cycle) for cycle in (1, 2) for kind in ("in", "hold", "out", "hold_out")]
    assert edit_times(schedule(box)) == [0, 4, 8, 12, 16, 20, 24, 28, 32]


def test_ticks_fill_long_phases_but_keep_clear_of_boundaries() -> None:
    boundaries = schedule([Step("in", 4), Step("hold", 1.5), Step("out", 3.5)])
    assert edit_times(boundaries, tick_s=1) == [0, 1, 2, 3, 4, 5.5, 6.5, 7.5, 9]
    # With 2 s between edits the 1.5 s hold cannot be shown: the out-breath replaces it, and a
    # tick at 7.5 would come too close to the end at 9.
    assert edit_times(boundaries, min_interval_s=2, tick_s=1) == [0, 2, 5.5, 9]


def test_a_phase_too_short_to_show_gives_way_to_the_next() -> None:
    boundaries = schedule([Step("in", 3), Step("top_up", 0.5), Step("out", 6)])
    assert edit_times(boundaries) == [0, 3.5, 9.5]
    # The first instant is never replaced: the message has to appear.
    assert edit_times(schedule([Step("in", 0.5), Step("out", 6)])) == [0, 6.5]


def test_edit_times_refuse_non_positive_intervals() -> None:
    boundaries = schedule(FOUR_SEVEN_EIGHT)
    with pytest.raises(ValueError, match="minimum interval"):
        edit_times(boundaries, min_interval_s=0)
    with pytest.raises(ValueError, match="tick"):
        edit_times(boundaries, tick_s=0)


def test_a_cap_per_minute_passes_over_the_shortest_phases_holds_first() -> None:
    # Physiological sighs: 3 s in, a 1.5 s top-up sip, 7.5 s out, 15 boundaries a minute.
    sighs = [
        Step(k, s, c) for c in range(1, 6) for k, s in (("in", 3), ("top_up", 1.5), ("out", 7.5))
    ]
    edits = edit_times(schedule(sighs), max_per_window=12)
    assert edits[0] == 0
    assert edits[-1] == 60
    dropped = {b.offset_s for b in schedule(sighs)} - set(edits)
    assert dropped == {27.0, 39.0, 51.0}  # top-ups only, shown with the breath in
    # Box breathing's phases are all 4 s: a hold gives way before anything else.
    box = [Step(k, 4, c) for c in range(1, 5) for k in ("in", "hold", "out", "hold_out")]
    plan_ = schedule(box)
    kinds = {b.offset_s: b.phase for b in plan_}
    left_out = {b.offset_s for b in plan_} - set(edit_times(plan_, max_per_window=12))
    assert len(left_out) == 3
    assert {kinds[o] for o in left_out} <= {"hold", "hold_out"}


def test_a_plan_within_the_cap_keeps_every_boundary() -> None:
    boundaries = schedule(FOUR_SEVEN_EIGHT * 4)
    assert edit_times(boundaries, max_per_window=12) == edit_times(boundaries)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"max_per_window": 1}, "at least the start and the end"),
        ({"max_per_window": 12, "window_s": 0}, "window must be positive"),
        ({"max_per_window": 12, "tick_s": 2}, "do not go together"),
    ],
)
def test_a_cap_per_window_refuses_what_cannot_hold(kwargs: dict[str, float], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        edit_times(schedule(FOUR_SEVEN_EIGHT), **kwargs)  # type: ignore[arg-type]


# --- properties over any plan ----------------------------------------------------------------

durations = st.lists(
    st.floats(0.05, 30, allow_nan=False, allow_infinity=False), min_size=1, max_size=40
)
intervals = st.floats(0.2, 3)
ticks = st.none() | st.floats(0.1, 5)


@given(durations)
def test_boundaries_increase_and_equal_the_exact_running_sum(seconds: list[float]) -> None:
    boundaries = schedule(plan(*seconds))
    offsets = [b.offset_s for b in boundaries]
    assert offsets == [math.fsum(seconds[:k]) for k in range(len(seconds))]
    assert all(a < b for a, b in pairwise(offsets))
    assert total_seconds(boundaries) == pytest.approx(math.fsum(seconds), rel=1e-12)


@given(durations)
def test_position_at_boundary_k_is_step_k(seconds: list[float]) -> None:
    boundaries = schedule(plan(*seconds))
    for k, boundary in enumerate(boundaries):
        position = position_at(boundaries, boundary.offset_s)
        assert position is not None
        assert position.step_index == k
        assert position.cycle == boundary.cycle
    assert position_at(boundaries, total_seconds(boundaries)) is None


@given(durations, st.floats(0, 1, exclude_max=True))
def test_position_inside_a_step(seconds: list[float], share: float) -> None:
    boundaries = schedule(plan(*seconds))
    ends = [b.offset_s for b in boundaries[1:]] + [total_seconds(boundaries)]
    for boundary, end in zip(boundaries, ends, strict=True):
        elapsed = boundary.offset_s + share * boundary.seconds
        if elapsed >= end:
            continue  # rounded onto the next boundary, which the test above covers
        position = position_at(boundaries, elapsed)
        assert position is not None
        assert position.step_index == boundary.step_index
        assert position.seconds_left == pytest.approx(end - elapsed, abs=1e-9)
        assert position.fraction == pytest.approx(share, abs=1e-9)


@given(durations, intervals, ticks)
def test_edit_times_are_never_closer_than_the_minimum(
    seconds: list[float], min_interval: float, tick: float | None
) -> None:
    boundaries = schedule(plan(*seconds))
    edits = edit_times(boundaries, min_interval, tick)
    assert edits[0] == 0
    assert all(b - a >= min_interval - 1e-6 for a, b in pairwise(edits))
    assert all(0 <= t <= total_seconds(boundaries) for t in edits)


@given(durations, intervals, ticks)
def test_boundaries_win_over_ticks(
    seconds: list[float], min_interval: float, tick: float | None
) -> None:
    boundaries = schedule(plan(*seconds))
    assert set(edit_times(boundaries, min_interval)) <= set(
        edit_times(boundaries, min_interval, tick)
    )


@given(st.data(), intervals, ticks)
def test_every_boundary_is_an_edit_when_phases_are_long_enough(
    data: st.DataObject, min_interval: float, tick: float | None
) -> None:
    seconds = data.draw(
        st.lists(st.floats(min_interval, 30), min_size=1, max_size=40), label="seconds"
    )
    boundaries = schedule(plan(*seconds))
    edits = edit_times(boundaries, min_interval, tick)
    assert {b.offset_s for b in boundaries} <= set(edits)
    assert edits[-1] == total_seconds(boundaries)


@given(durations, intervals, st.integers(2, 15), st.floats(5, 90))
def test_no_window_holds_more_than_the_cap(
    seconds: list[float], min_interval: float, cap: int, window: float
) -> None:
    boundaries = schedule(plan(*seconds))
    uncapped = edit_times(boundaries, min_interval)
    edits = edit_times(boundaries, min_interval, max_per_window=cap, window_s=window)
    assert edits[0] == 0
    assert edits[-1] == uncapped[-1]  # the start and the end always stay
    assert set(edits) <= set(uncapped)
    assert all(b - a >= min_interval - 1e-6 for a, b in pairwise(edits))
    assert all(edits[k + cap] - edits[k] >= window - 1e-6 for k in range(len(edits) - cap))
