"""Guided exercises as data, and the words that go with them: breathing patterns (the named ones
and a person's own), the one-minute "twitching right now" sequence, and what the progress
message says in each step; progressive muscle relaxation is in `conversations.relaxation`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from bot.core.own_breathing import OwnPattern, from_key
from bot.core.pacing import Step
from conversations.exercise_common import about_minutes, plan_seconds, posture, stop_if_dizzy
from conversations.formats import format_minutes
from conversations.i18n import N_, _, ngettext
from conversations.relaxation import (
    PMR_FULL,
    PMR_GROUPS,
    PMR_SHORT,
    PMR_VERSIONS,
    MuscleGroup,
    PmrVersion,
    group_cue,
    group_name,
    pmr_intro,
    pmr_name,
    pmr_plan,
)

__all__ = [
    "BOX",
    "FOUR_FIVE_SIX",
    "FOUR_SEVEN_EIGHT",
    "OWN_PREFIX",
    "PATTERNS",
    "PMR_FULL",
    "PMR_GROUPS",
    "PMR_SHORT",
    "PMR_VERSIONS",
    "SIGH",
    "SLOW_PACED",
    "TWITCH_NOW_SIGHS",
    "MuscleGroup",
    "Pattern",
    "Phase",
    "PmrVersion",
    "group_cue",
    "group_name",
    "intro",
    "named_key",
    "own_pattern",
    "pattern_for",
    "pattern_name",
    "phase_label",
    "plan_seconds",
    "pmr_intro",
    "pmr_name",
    "pmr_plan",
    "short_intro",
    "twitch_now_intro",
    "twitch_now_line",
    "twitch_now_plan",
]

PhaseKind = Literal["in", "hold", "out", "hold_out", "top_up", "tense", "release", "rest"]


@dataclass(frozen=True, slots=True)
class Phase:
    """One part of a breathing cycle; `via` is "nose" or "mouth" where the pattern says which."""

    kind: PhaseKind
    seconds: float
    via: str | None = None


@dataclass(frozen=True, slots=True)
class Pattern:
    """A breathing pattern: one cycle of phases, repeated. `name` is an untranslated message id."""

    key: str
    name: str
    phases: tuple[Phase, ...]
    default_cycles: int
    max_cycles: int
    minute_choices: tuple[int, ...] = ()
    # Set for a person's own pattern: the seconds they chose, which its name and words show.
    own: OwnPattern | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.default_cycles <= self.max_cycles:
            raise ValueError(f"{self.key}: default cycles must be between 1 and the maximum")

    @property
    def cycle_seconds(self) -> float:
        return math.fsum(phase.seconds for phase in self.phases)

    @property
    def has_holds(self) -> bool:
        return any(phase.kind in ("hold", "hold_out") for phase in self.phases)

    def cycles_for_minutes(self, minutes: float) -> int:
        """The whole number of cycles closest to `minutes` (at least one)."""
        return _cycles_for(self.phases, minutes * 60)

    def plan(self, cycles: int | None = None) -> tuple[Step, ...]:
        """Every step of `cycles` rounds (the default if None), ready for `pacing.schedule`."""
        cycles = self.default_cycles if cycles is None else cycles
        if not 1 <= cycles <= self.max_cycles:
            raise ValueError(f"{self.key} runs 1 to {self.max_cycles} cycles, not {cycles}")
        return tuple(
            Step(phase.kind, phase.seconds, cycle, phase.via)
            for cycle in range(1, cycles + 1)
            for phase in self.phases
        )


def _cycles_for(phases: tuple[Phase, ...], seconds: float) -> int:
    return max(1, round(seconds / math.fsum(phase.seconds for phase in phases)))


# --- breathing patterns ----------------------------------------------------------------------

FOUR_SEVEN_EIGHT = Pattern(
    key="4-7-8",
    name=N_("4-7-8 breathing"),
    # As Andrew Weil teaches it: in through the nose, out through the mouth.
    phases=(Phase("in", 4, "nose"), Phase("hold", 7), Phase("out", 8, "mouth")),
    default_cycles=4,
    # Long holds can make people light-headed, so the practice is kept short.
    max_cycles=8,
)

# The article names the 4-5-6 method without defining it; this definition is ours: a gentle
# in-hold-out with the out-breath the longest, like 4-7-8 with shorter holds.
FOUR_FIVE_SIX = Pattern(
    key="4-5-6",
    name=N_("4-5-6 breathing"),
    phases=(Phase("in", 4, "nose"), Phase("hold", 5), Phase("out", 6)),
    default_cycles=4,
    max_cycles=12,
)

BOX = Pattern(
    key="box",
    name=N_("Box breathing"),
    phases=(Phase("in", 4), Phase("hold", 4), Phase("out", 4), Phase("hold_out", 4)),
    default_cycles=4,
    max_cycles=12,
)

# Balban et al. 2023 (Cell Reports Medicine): cyclic sighing, a double inhale through the nose
# and a long exhale through the mouth. The top-up is a second short sip of air; 1.5 s also keeps
# it at or above the one-edit-a-second limit, so the chat can show it.
_SIGH_PHASES = (Phase("in", 3, "nose"), Phase("top_up", 1.5, "nose"), Phase("out", 7.5, "mouth"))
SIGH = Pattern(
    key="sigh",
    name=N_("Physiological sigh"),
    phases=_SIGH_PHASES,
    default_cycles=_cycles_for(_SIGH_PHASES, 60),
    # Five minutes, the daily dose in the study.
    max_cycles=_cycles_for(_SIGH_PHASES, 5 * 60),
)

_SLOW_PHASES = (Phase("in", 4, "nose"), Phase("out", 6))
SLOW_PACED = Pattern(
    key="slow",
    name=N_("Slow breathing"),
    phases=_SLOW_PHASES,
    default_cycles=_cycles_for(_SLOW_PHASES, 3 * 60),
    max_cycles=_cycles_for(_SLOW_PHASES, 5 * 60),
    minute_choices=(1, 3, 5),
)

PATTERNS: Mapping[str, Pattern] = {
    p.key: p for p in (FOUR_SEVEN_EIGHT, FOUR_FIVE_SIX, BOX, SIGH, SLOW_PACED)
}


# A person's own pattern is stored (as a session's pattern) as "own:4-2-6".
OWN_PREFIX = "own:"
# About two minutes of one's own pattern, five at most.
_OWN_MINUTES, _OWN_MAX_MINUTES = 2, 5


def own_pattern(own: OwnPattern) -> Pattern:
    """A person's own pattern as one that can be paced; holds of 0 are left out."""
    phases = tuple(Phase(phase.value, seconds) for phase, seconds in own.phases)
    default = _cycles_for(phases, _OWN_MINUTES * 60)
    return Pattern(
        key=OWN_PREFIX + own.key,
        name=N_("Your pattern ({pattern})"),
        phases=phases,
        default_cycles=default,
        max_cycles=max(default, _cycles_for(phases, _OWN_MAX_MINUTES * 60)),
        own=own,
    )


def named_key(own: OwnPattern) -> str | None:
    """The named pattern with exactly these seconds ("4 7 8" is 4-7-8 breathing), if any."""
    for pattern in (FOUR_SEVEN_EIGHT, FOUR_FIVE_SIX, BOX, SLOW_PACED):
        seconds = {phase.kind: phase.seconds for phase in pattern.phases}
        if (
            seconds.get("in", 0),
            seconds.get("hold", 0),
            seconds.get("out", 0),
            seconds.get("hold_out", 0),
        ) == (own.inhale, own.hold, own.exhale, own.hold_out):
            return pattern.key
    return None


def pattern_for(key: str) -> Pattern | None:
    """A named pattern by its key, or a person's own ("own:4-2-6"); None for anything else."""
    if key in PATTERNS:
        return PATTERNS[key]
    if key.startswith(OWN_PREFIX) and (own := from_key(key.removeprefix(OWN_PREFIX))):
        return own_pattern(own)
    return None


def pattern_name(pattern: Pattern) -> str:
    if pattern.own is not None:
        return _(pattern.name).format(pattern=pattern.own.key)
    return _(pattern.name)


def _own_how(own: OwnPattern) -> str:
    if own.hold and own.hold_out:
        return _(
            "Your own rhythm, in seconds: breathe in for {inhale}, hold for {hold}, breathe "
            "out for {exhale}, then rest with your lungs empty for {hold_out}."
        ).format(inhale=own.inhale, hold=own.hold, exhale=own.exhale, hold_out=own.hold_out)
    if own.hold:
        return _(
            "Your own rhythm, in seconds: breathe in for {inhale}, hold for {hold}, then "
            "breathe out for {exhale}."
        ).format(inhale=own.inhale, hold=own.hold, exhale=own.exhale)
    if own.hold_out:
        return _(
            "Your own rhythm, in seconds: breathe in for {inhale}, breathe out for {exhale}, "
            "then rest with your lungs empty for {hold_out}."
        ).format(inhale=own.inhale, exhale=own.exhale, hold_out=own.hold_out)
    return _(
        "Your own rhythm, in seconds: breathe in for {inhale}, then out for {exhale}, with no "
        "holds."
    ).format(inhale=own.inhale, exhale=own.exhale)


def _how(pattern: Pattern) -> str:
    if pattern.own is not None:
        return _own_how(pattern.own)
    texts: dict[str, Callable[[], str]] = {
        "4-7-8": lambda: _(
            "Breathe in quietly through your nose for 4, hold for 7, then breathe out slowly "
            "through your mouth for 8, as if blowing out a candle. We keep it to a few rounds, "
            "8 at most, because long holds can leave you light-headed."
        ),
        "4-5-6": lambda: _(
            "Breathe in through your nose for 4, hold gently for 5, then breathe out for 6. "
            "The out-breath is the longest part, so let it be slow and easy."
        ),
        "box": lambda: _(
            "Breathe in for 4, hold for 4, breathe out for 4, then rest with your lungs empty "
            "for 4, like tracing the four sides of a square."
        ),
        "sigh": lambda: _(
            "Breathe in through your nose, and when your lungs feel full, take one more short "
            "sip of air on top. Then let it all go through your mouth in a long, slow breath out."
        ),
        "slow": lambda: _(
            "Breathe in through your nose for 4 and out for 6, with no holds. If that feels "
            "long, breathe a little less deeply rather than straining."
        ),
    }
    return texts[pattern.key]()


def _go_gently(holds: bool) -> str:
    if holds:
        return _(
            "Go gently if you're pregnant, have a heart or lung condition, or have felt panic "
            "when holding your breath: skip the long holds, or try slow breathing instead."
        )
    return _(
        "Go gently if you're pregnant or have a heart or lung condition: keep every breath "
        "soft and comfortable, never forced."
    )


def _heading(pattern: Pattern, cycles: int | None) -> str:
    steps = pattern.plan(cycles)
    rounds = steps[-1].cycle
    length = ngettext(
        "{rounds} round, about {duration}.", "{rounds} rounds, about {duration}.", rounds
    ).format(rounds=rounds, duration=format_minutes(about_minutes(plan_seconds(steps))))
    return f"{pattern_name(pattern)}\n{length}"


def intro(pattern: Pattern, cycles: int | None = None) -> str:
    """One screen before a breathing exercise: how, posture, when to stop, who goes gently."""
    return "\n\n".join(
        (
            _heading(pattern, cycles),
            _how(pattern),
            posture(),
            f"{stop_if_dizzy()} {_go_gently(pattern.has_holds)}",
        )
    )


def short_intro(pattern: Pattern, cycles: int | None = None) -> str:
    """The one short paragraph before a breathing exercise; the rest is behind "How it
    works" (`intro`)."""
    return "\n\n".join((_heading(pattern, cycles), f"{_how(pattern)} {stop_if_dizzy()}"))


# --- twitching right now ---------------------------------------------------------------------

TWITCH_NOW_SIGHS = 3
# Sighs back to back can tip into over-breathing, so each is followed by a few ordinary
# breaths; three of (12 s sigh + 8 s rest) make the minute.
_TWITCH_REST_S = 8.0


def twitch_now_line() -> str:
    """The one line said first; it reassures without explaining the twitch away."""
    return _("Twitches like this are common, and usually harmless.")


def twitch_now_plan() -> tuple[Step, ...]:
    """Three physiological sighs, each followed by a short rest: about a minute."""
    steps: list[Step] = []
    for cycle in range(1, TWITCH_NOW_SIGHS + 1):
        steps.extend(Step(p.kind, p.seconds, cycle, p.via) for p in SIGH.phases)
        steps.append(Step("rest", _TWITCH_REST_S, cycle))
    return tuple(steps)


def twitch_now_intro() -> str:
    """The line, then how the minute goes."""
    how = _(
        "Let's take a minute. Breathe in through your nose, take one more short sip of air on "
        "top, then let it go slowly through your mouth. Three of those, with a rest between."
    )
    return "\n\n".join((twitch_now_line(), how, stop_if_dizzy()))


# --- words during a session ------------------------------------------------------------------


def phase_label(step: Step) -> str:
    """What the progress message says during `step`."""
    kind, detail = step.kind, step.detail
    if kind == "in":
        return _("Breathe in through your nose") if detail == "nose" else _("Breathe in")
    if kind == "top_up":
        return _("One more short sip of air")
    if kind == "hold":
        return _("Hold gently")
    if kind == "out":
        return (
            _("Breathe out slowly through your mouth") if detail == "mouth" else _("Breathe out")
        )
    if kind == "hold_out":
        return _("Rest, lungs empty")
    if kind == "tense" and detail is not None:
        return _("{group}: {instruction}").format(
            group=group_name(detail), instruction=group_cue(detail)
        )
    if kind == "release" and detail is not None:
        return _("{group}: breathe out and let it all go").format(group=group_name(detail))
    if kind == "rest":
        if detail == "settle":
            return _("Settle in and breathe at your own pace")
        if detail == "end":
            return _("Rest here and notice how your body feels now")
        return _("Rest and breathe normally")
    raise ValueError(f"no words for a {kind!r} step")
