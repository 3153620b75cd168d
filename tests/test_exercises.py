"""Tests for conversations.exercises: each exercise yields exactly its phases, cycles and
length, skipping works, and every word goes through `_()` when shown and stays kind."""

from __future__ import annotations

import gettext
import math
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import i18n
from bot.core.pacing import Step, position_at, schedule, total_seconds
from conversations.exercises import (
    BOX,
    FOUR_FIVE_SIX,
    FOUR_SEVEN_EIGHT,
    PATTERNS,
    PMR_FULL,
    PMR_GROUPS,
    PMR_SHORT,
    PMR_VERSIONS,
    SIGH,
    SLOW_PACED,
    TWITCH_NOW_SIGHS,
    Pattern,
    PmrVersion,
    group_cue,
    group_name,
    intro,
    pattern_name,
    phase_label,
    plan_seconds,
    pmr_intro,
    pmr_name,
    pmr_plan,
    twitch_now_intro,
    twitch_now_line,
    twitch_now_plan,
)

HEAD_TO_TOE = [
    "forehead",
    "eyes",
    "jaw",
    "neck",
    "shoulders",
    "arms",
    "hands",
    "chest",
    "stomach",
    "hips",
    "thighs",
    "calves",
    "feet",
]


def kinds(steps: tuple[Step, ...]) -> list[str]:
    return [step.kind for step in steps]


# --- breathing patterns ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "cycles", "steps", "seconds"),
    [
        (FOUR_SEVEN_EIGHT, 4, 12, 76),
        (FOUR_SEVEN_EIGHT, 8, 24, 152),
        (FOUR_FIVE_SIX, 4, 12, 60),
        (BOX, 4, 16, 64),
        (SLOW_PACED, 18, 36, 180),
        (SIGH, 5, 15, 60),
    ],
)
def test_pattern_plans_have_exactly_their_phases_and_length(
    pattern: Pattern, cycles: int, steps: int, seconds: float
) -> None:
    plan = pattern.plan(cycles)
    assert len(plan) == steps
    assert plan_seconds(plan) == seconds
    assert total_seconds(schedule(plan)) == seconds
    assert kinds(plan) == [phase.kind for phase in pattern.phases] * cycles
    assert [step.cycle for step in plan] == [
        cycle for cycle in range(1, cycles + 1) for _ in pattern.phases
    ]


def test_four_seven_eight_is_weils_pattern_with_nose_and_mouth() -> None:
    assert [(p.kind, p.seconds, p.via) for p in FOUR_SEVEN_EIGHT.phases] == [
        ("in", 4, "nose"),
        ("hold", 7, None),
        ("out", 8, "mouth"),
    ]
    assert FOUR_SEVEN_EIGHT.default_cycles == 4
    assert len(FOUR_SEVEN_EIGHT.plan()) == 12


def test_four_seven_eight_stops_at_eight_cycles() -> None:
    assert FOUR_SEVEN_EIGHT.max_cycles == 8
    assert len(FOUR_SEVEN_EIGHT.plan(8)) == 24
    with pytest.raises(ValueError, match="1 to 8 cycles"):
        FOUR_SEVEN_EIGHT.plan(9)
    with pytest.raises(ValueError, match="1 to 8 cycles"):
        FOUR_SEVEN_EIGHT.plan(0)
    assert "8 at most" in intro(FOUR_SEVEN_EIGHT)
    assert "light-headed" in intro(FOUR_SEVEN_EIGHT)


def test_four_five_six_and_box() -> None:
    assert [(p.kind, p.seconds) for p in FOUR_FIVE_SIX.phases] == [
        ("in", 4),
        ("hold", 5),
        ("out", 6),
    ]
    assert [(p.kind, p.seconds) for p in BOX.phases] == [
        ("in", 4),
        ("hold", 4),
        ("out", 4),
        ("hold_out", 4),
    ]
    assert BOX.default_cycles == 4


def test_physiological_sigh_is_a_double_inhale_then_a_long_exhale() -> None:
    (first, top_up, out) = SIGH.phases
    assert (first.kind, first.via) == ("in", "nose")
    assert top_up.kind == "top_up"
    assert 1 <= top_up.seconds <= 2
    assert (out.kind, out.via) == ("out", "mouth")
    assert 6 <= out.seconds <= 8
    assert out.seconds > first.seconds + top_up.seconds
    assert plan_seconds(SIGH.plan()) == pytest.approx(60, abs=10)
    assert not SIGH.has_holds


@pytest.mark.parametrize(("minutes", "cycles"), [(1, 6), (3, 18), (5, 30)])
def test_slow_paced_minutes(minutes: int, cycles: int) -> None:
    assert minutes in SLOW_PACED.minute_choices
    assert SLOW_PACED.cycles_for_minutes(minutes) == cycles
    plan = SLOW_PACED.plan(cycles)
    assert plan_seconds(plan) == minutes * 60
    assert set(kinds(plan)) == {"in", "out"}


def test_slow_paced_has_no_holds_and_defaults_to_three_minutes() -> None:
    assert [(p.kind, p.seconds) for p in SLOW_PACED.phases] == [("in", 4), ("out", 6)]
    assert not SLOW_PACED.has_holds
    assert SLOW_PACED.default_cycles == 18
    assert SLOW_PACED.max_cycles == 30


def test_patterns_are_keyed_by_their_key() -> None:
    assert set(PATTERNS) == {"4-7-8", "4-5-6", "box", "sigh", "slow"}
    assert all(PATTERNS[key].key == key for key in PATTERNS)


def test_a_pattern_refuses_a_default_above_its_cap() -> None:
    with pytest.raises(ValueError, match="default cycles"):
        Pattern("x", "X", FOUR_SEVEN_EIGHT.phases, default_cycles=9, max_cycles=8)


@given(st.sampled_from(list(PATTERNS.values())), st.data())
def test_any_cycle_count_gives_cycles_times_the_phases(
    pattern: Pattern, data: st.DataObject
) -> None:
    cycles = data.draw(st.integers(1, pattern.max_cycles), label="cycles")
    plan = pattern.plan(cycles)
    assert len(plan) == cycles * len(pattern.phases)
    assert plan_seconds(plan) == pytest.approx(cycles * pattern.cycle_seconds)
    boundaries = schedule(plan)
    for k, boundary in enumerate(boundaries):
        position = position_at(boundaries, boundary.offset_s)
        assert position is not None
        assert position.step_index == k
        assert position.cycle == plan[k].cycle


@pytest.mark.parametrize("pattern", list(PATTERNS.values()), ids=list(PATTERNS))
def test_every_intro_covers_how_posture_stopping_and_going_gently(pattern: Pattern) -> None:
    text = intro(pattern)
    assert text.startswith(pattern_name(pattern))
    assert "shoulders" in text
    assert "Sit or lie down" in text
    assert "If you feel dizzy or light-headed, stop and breathe normally." in text
    assert "pregnant" in text
    assert "heart or lung" in text
    if pattern.has_holds:
        assert "skip the long holds" in text
    assert len(text) < 900  # one screen


def test_intro_states_rounds_and_minutes() -> None:
    assert "4 rounds, about 1 min." in intro(FOUR_SEVEN_EIGHT)
    assert "30 rounds, about 5 min." in intro(SLOW_PACED, 30)


# --- progressive muscle relaxation -----------------------------------------------------------


def group_order(steps: tuple[Step, ...]) -> list[str]:
    order: list[str] = []
    for step in steps:
        if step.kind == "tense" and step.detail is not None and step.detail not in order:
            order.append(step.detail)
    return order


def test_full_version_goes_head_to_toe_through_all_thirteen_groups() -> None:
    assert [group.key for group in PMR_GROUPS] == HEAD_TO_TOE
    assert group_order(pmr_plan(PMR_FULL)) == HEAD_TO_TOE


@pytest.mark.parametrize(("version", "minutes"), [(PMR_FULL, 12), (PMR_SHORT, 5)])
def test_pmr_lengths(version: PmrVersion, minutes: float) -> None:
    assert plan_seconds(pmr_plan(version)) / 60 == pytest.approx(minutes, abs=1.5)


def test_short_version_combines_groups_and_still_covers_head_to_toe() -> None:
    short = PMR_SHORT.groups
    assert len(short) < len(PMR_GROUPS)
    assert [member for group in short for member in group.covers] == HEAD_TO_TOE


@pytest.mark.parametrize("version", list(PMR_VERSIONS.values()), ids=list(PMR_VERSIONS))
def test_each_tense_is_an_in_breath_of_about_five_seconds_then_a_longer_release(
    version: PmrVersion,
) -> None:
    plan = pmr_plan(version)
    assert plan[0].kind == "rest"
    assert plan[0].detail == "settle"
    assert plan[-1].kind == "rest"
    assert plan[-1].detail == "end"
    for step, after in pairwise(plan):
        if step.kind == "tense":
            assert 4 <= step.seconds <= 6
            assert after.kind == "release"
            assert after.detail == step.detail
            assert 10 <= after.seconds <= 15
    tenses = [step for step in plan if step.kind == "tense"]
    assert len(tenses) == len(version.groups) * version.rounds


def test_full_version_has_the_longer_release() -> None:
    assert PMR_FULL.release_s > PMR_SHORT.release_s


def test_cycles_number_the_groups() -> None:
    plan = pmr_plan(PMR_FULL)
    assert plan[0].cycle == 0
    tense_cycles = [step.cycle for step in plan if step.kind == "tense"]
    assert tense_cycles == [n for n in range(1, 14) for _ in range(PMR_FULL.rounds)]
    assert plan[-1].cycle == 13


def test_skipped_groups_are_left_out() -> None:
    full = pmr_plan(PMR_FULL)
    skipped = pmr_plan(PMR_FULL, {"hands", "calves"})
    assert group_order(skipped) == [g for g in HEAD_TO_TOE if g not in {"hands", "calves"}]
    assert not {step.detail for step in skipped} & {"hands", "calves"}
    per_group = PMR_FULL.rounds * (PMR_FULL.tense_s + PMR_FULL.release_s) + PMR_FULL.between_s
    assert plan_seconds(full) - plan_seconds(skipped) == 2 * per_group
    assert [step.cycle for step in skipped if step.kind == "tense"][-1] == 11


def test_skipping_a_single_group_leaves_out_its_combined_group_in_the_short_version() -> None:
    by_member = pmr_plan(PMR_SHORT, {"hands"})
    by_key = pmr_plan(PMR_SHORT, {"arms_hands"})
    assert by_member == by_key
    assert "arms_hands" not in group_order(by_key)
    assert len(group_order(by_key)) == len(PMR_SHORT.groups) - 1


@given(st.sets(st.sampled_from(HEAD_TO_TOE), max_size=12))
def test_any_skip_set_removes_exactly_those_groups(skip: set[str]) -> None:
    plan = pmr_plan(PMR_FULL, skip)
    assert group_order(plan) == [g for g in HEAD_TO_TOE if g not in skip]
    boundaries = schedule(plan)
    assert total_seconds(boundaries) == plan_seconds(plan)
    # Skipping never leaves two rests in a row.
    assert all(not (a.kind == "rest" and b.kind == "rest") for a, b in pairwise(plan))


def test_skip_refuses_unknown_groups_and_skipping_everything() -> None:
    with pytest.raises(ValueError, match="no such muscle groups"):
        pmr_plan(PMR_FULL, {"elbows"})
    with pytest.raises(ValueError, match="no such muscle groups"):
        pmr_plan(PMR_FULL, {"face"})  # a short-version group
    with pytest.raises(ValueError, match="every muscle group"):
        pmr_plan(PMR_FULL, set(HEAD_TO_TOE))


@pytest.mark.parametrize("version", list(PMR_VERSIONS.values()), ids=list(PMR_VERSIONS))
def test_pmr_intro(version: PmrVersion) -> None:
    text = pmr_intro(version)
    assert text.startswith(pmr_name(version))
    assert "head to toes" in text
    assert "never to the point of pain" in text
    assert "shoulders" in text
    assert "stop and breathe normally" in text
    assert "Skip" in text
    assert len(text) < 900
    assert f"About {round(plan_seconds(pmr_plan(version)) / 60)} min." in text


def test_group_words() -> None:
    assert group_name("hips") == "Hips and buttocks"
    assert group_cue("hands") == "breathe in and make tight fists"
    assert group_name("arms_hands") == "Arms and hands"


# --- twitching right now ---------------------------------------------------------------------


def test_twitch_now_is_three_sighs_in_about_a_minute() -> None:
    plan = twitch_now_plan()
    assert TWITCH_NOW_SIGHS == 3
    assert kinds(plan).count("top_up") == 3
    assert kinds(plan) == (["in", "top_up", "out", "rest"]) * 3
    assert sorted({step.cycle for step in plan}) == [1, 2, 3]
    assert plan_seconds(plan) == pytest.approx(60, abs=10)


def test_twitch_now_words_reassure_without_diagnosing() -> None:
    line = twitch_now_line()
    assert "\n" not in line
    assert "common" in line
    assert "usually harmless" in line
    assert "anxiety" not in line.lower()
    text = twitch_now_intro()
    assert text.startswith(line)
    assert "dizzy" in text


# --- words -----------------------------------------------------------------------------------


def all_plans() -> list[tuple[Step, ...]]:
    plans = [pattern.plan() for pattern in PATTERNS.values()]
    plans += [pmr_plan(version) for version in PMR_VERSIONS.values()]
    plans.append(twitch_now_plan())
    return plans


def all_words() -> list[str]:
    words = [intro(pattern) for pattern in PATTERNS.values()]
    words += [pmr_intro(version) for version in PMR_VERSIONS.values()]
    words += [twitch_now_intro()]
    words += [phase_label(step) for plan in all_plans() for step in plan]
    return words


def test_every_step_has_words() -> None:
    for plan in all_plans():
        for step in plan:
            label = phase_label(step)
            assert label
            assert "{" not in label
    assert phase_label(Step("in", 4, detail="nose")) == "Breathe in through your nose"
    assert phase_label(Step("out", 8, detail="mouth")) == "Breathe out slowly through your mouth"
    assert phase_label(Step("tense", 5, detail="hands")) == (
        "Hands: breathe in and make tight fists"
    )
    with pytest.raises(ValueError, match="no words"):
        phase_label(Step("wiggle", 1))


@pytest.mark.parametrize(
    "phrase",
    ["just anxiety", "diagnos", "cure", "guarantee", "will stop", "nothing to worry", "you have"],
)
def test_words_never_diagnose_or_promise(phrase: str) -> None:
    assert not [text for text in all_words() if phrase in text.lower()]


class Marked(gettext.NullTranslations):
    """A catalogue that marks every lookup, so tests can see which words went through it."""

    def gettext(self, message: str) -> str:
        return f"«{message}»"

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return f"«{singular if n == 1 else plural}»"


def test_words_are_translated_when_shown_not_at_import(monkeypatch: pytest.MonkeyPatch) -> None:
    marked = Marked()
    monkeypatch.setattr(i18n, "_translations", lambda: marked)
    assert pattern_name(BOX) == "«Box breathing»"
    assert group_name("feet") == "«Feet»"
    assert twitch_now_line().startswith("«")
    assert phase_label(Step("tense", 5, detail="jaw")).startswith("«")
    for text in [intro(BOX), pmr_intro(PMR_SHORT), twitch_now_intro()]:
        assert all(part.startswith("«") for part in text.split("\n\n"))


def test_every_plan_step_is_positive_and_finite() -> None:
    for plan in all_plans():
        assert all(math.isfinite(step.seconds) and step.seconds > 0 for step in plan)


def test_a_single_round_reads_in_the_singular() -> None:
    assert "\n1 round, about 1 min." in intro(BOX, 1)
    assert "\n2 rounds, about 1 min." in intro(BOX, 2)
