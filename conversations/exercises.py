"""Guided exercises as data, and the words that go with them: breathing patterns, progressive
muscle relaxation and the one-minute "twitching right now" sequence, each a plan of timed steps.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Literal

from bot.core.pacing import Step
from conversations.formats import format_minutes, format_seconds
from conversations.i18n import N_, _, ngettext

__all__ = [
    "BOX",
    "FOUR_FIVE_SIX",
    "FOUR_SEVEN_EIGHT",
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
    "pattern_name",
    "phase_label",
    "plan_seconds",
    "pmr_intro",
    "pmr_name",
    "pmr_plan",
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


def plan_seconds(steps: Collection[Step]) -> float:
    """How long a plan takes from start to finish."""
    return math.fsum(step.seconds for step in steps)


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


def pattern_name(pattern: Pattern) -> str:
    return _(pattern.name)


def _how(pattern: Pattern) -> str:
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


def _posture() -> str:
    return _("Sit or lie down comfortably, and let your shoulders drop and soften.")


def _stop_if_dizzy() -> str:
    return _("If you feel dizzy or light-headed, stop and breathe normally.")


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


def _about_minutes(seconds: float) -> int:
    return max(1, round(seconds / 60))


def intro(pattern: Pattern, cycles: int | None = None) -> str:
    """One screen before a breathing exercise: how, posture, when to stop, who goes gently."""
    steps = pattern.plan(cycles)
    rounds = steps[-1].cycle
    length = ngettext(
        "{rounds} round, about {duration}.", "{rounds} rounds, about {duration}.", rounds
    ).format(rounds=rounds, duration=format_minutes(_about_minutes(plan_seconds(steps))))
    return "\n\n".join(
        (
            f"{pattern_name(pattern)}\n{length}",
            _how(pattern),
            _posture(),
            f"{_stop_if_dizzy()} {_go_gently(pattern.has_holds)}",
        )
    )


# --- progressive muscle relaxation -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MuscleGroup:
    """A part of the body tensed and released together; `name` and `cue` (what to do while
    tensing it, a whole instruction) are message ids.

    `members` are the single groups it covers (itself, unless it is a combined group).
    """

    key: str
    name: str
    cue: str
    members: tuple[str, ...] = ()

    @property
    def covers(self) -> tuple[str, ...]:
        return self.members or (self.key,)


# Head to toes, as the article describes.
PMR_GROUPS = (
    MuscleGroup("forehead", N_("Forehead"), N_("breathe in and raise your eyebrows high")),
    MuscleGroup("eyes", N_("Eyes"), N_("breathe in and squeeze your eyes shut")),
    MuscleGroup("jaw", N_("Jaw"), N_("breathe in and press your back teeth together")),
    MuscleGroup("neck", N_("Neck"), N_("breathe in and tuck your chin down towards your chest")),
    MuscleGroup(
        "shoulders", N_("Shoulders"), N_("breathe in and lift your shoulders up towards your ears")
    ),
    MuscleGroup(
        "arms", N_("Arms"), N_("breathe in and bend your elbows and tighten your upper arms")
    ),
    MuscleGroup("hands", N_("Hands"), N_("breathe in and make tight fists")),
    MuscleGroup("chest", N_("Chest"), N_("breathe in and press your shoulder blades back")),
    MuscleGroup(
        "stomach", N_("Stomach"), N_("breathe in and pull your stomach in and make it firm")
    ),
    MuscleGroup(
        "hips", N_("Hips and buttocks"), N_("breathe in and squeeze your buttocks together")
    ),
    MuscleGroup("thighs", N_("Thighs"), N_("breathe in and press your knees together")),
    # Toes up, not pointed: pointing the toes is a quick way to a calf cramp.
    MuscleGroup("calves", N_("Calves"), N_("breathe in and pull your toes up towards your shins")),
    # Feet cramp easily too, hence the softer wording.
    MuscleGroup("feet", N_("Feet"), N_("breathe in and curl your toes under, not too hard")),
)

_SHORT_GROUPS = (
    MuscleGroup(
        "face",
        N_("Face"),
        N_(
            "breathe in and raise your eyebrows, squeeze your eyes shut and press your teeth "
            "together"
        ),
        ("forehead", "eyes", "jaw"),
    ),
    MuscleGroup(
        "neck_shoulders",
        N_("Neck and shoulders"),
        N_("breathe in and lift your shoulders to your ears and tuck your chin"),
        ("neck", "shoulders"),
    ),
    MuscleGroup(
        "arms_hands",
        N_("Arms and hands"),
        N_("breathe in and make fists and bend your elbows to tighten your arms"),
        ("arms", "hands"),
    ),
    MuscleGroup(
        "chest_stomach",
        N_("Chest and stomach"),
        N_("breathe in and press your shoulder blades back and pull your stomach in"),
        ("chest", "stomach"),
    ),
    MuscleGroup(
        "hips_thighs",
        N_("Hips and thighs"),
        N_("breathe in and squeeze your buttocks and press your knees together"),
        ("hips", "thighs"),
    ),
    MuscleGroup(
        "calves_feet",
        N_("Calves and feet"),
        N_("breathe in and pull your toes up towards your shins"),
        ("calves", "feet"),
    ),
)

_GROUPS_BY_KEY = {group.key: group for group in PMR_GROUPS + _SHORT_GROUPS}


@dataclass(frozen=True, slots=True)
class PmrVersion:
    """How one version of progressive muscle relaxation runs; `name` is a message id."""

    key: str
    name: str
    groups: tuple[MuscleGroup, ...]
    # Each group is tensed and released this many times in a row: the second time is when most
    # people notice the difference between tense and loose.
    rounds: int
    tense_s: float
    release_s: float
    between_s: float
    settle_s: float
    closing_s: float


# About 12 minutes: 30 + 13 x 2 x (5 + 15) + 12 x 10 + 60 = 730 s.
PMR_FULL = PmrVersion(
    key="full",
    name=N_("Muscle relaxation, full"),
    groups=PMR_GROUPS,
    rounds=2,
    tense_s=5,
    release_s=15,
    between_s=10,
    settle_s=30,
    closing_s=60,
)

# About 5 minutes: 20 + 6 x 2 x (5 + 10) + 5 x 10 + 40 = 290 s.
PMR_SHORT = PmrVersion(
    key="short",
    name=N_("Muscle relaxation, short"),
    groups=_SHORT_GROUPS,
    rounds=2,
    tense_s=5,
    release_s=10,
    between_s=10,
    settle_s=20,
    closing_s=40,
)

PMR_VERSIONS: Mapping[str, PmrVersion] = {v.key: v for v in (PMR_FULL, PMR_SHORT)}


def pmr_name(version: PmrVersion) -> str:
    return _(version.name)


def group_name(key: str) -> str:
    return _(_GROUPS_BY_KEY[key].name)


def group_cue(key: str) -> str:
    return _(_GROUPS_BY_KEY[key].cue)


def pmr_plan(version: PmrVersion, skip: Collection[str] = frozenset()) -> tuple[Step, ...]:
    """Every step of a session, head to toes, leaving out the groups in `skip`.

    `skip` may name this version's groups or the single groups they cover, so an injured hand
    leaves out "arms and hands" in the short version too. Each step's `cycle` is its group's
    number among those left (0 for the settling pause), its `detail` the group's key.
    """
    known = {key for group in version.groups for key in (group.key, *group.covers)}
    unknown = set(skip) - known
    if unknown:
        raise ValueError(f"no such muscle groups in {version.key}: {sorted(unknown)}")
    groups = [g for g in version.groups if not {g.key, *g.covers} & set(skip)]
    if not groups:
        raise ValueError("every muscle group was skipped")
    steps = [Step("rest", version.settle_s, 0, "settle")]
    for number, group in enumerate(groups, start=1):
        if number > 1:
            steps.append(Step("rest", version.between_s, number - 1))
        for _round in range(version.rounds):
            steps.append(Step("tense", version.tense_s, number, group.key))
            steps.append(Step("release", version.release_s, number, group.key))
    steps.append(Step("rest", version.closing_s, len(groups), "end"))
    return tuple(steps)


def pmr_intro(version: PmrVersion, skip: Collection[str] = frozenset()) -> str:
    """One screen before muscle relaxation: how, posture, when to stop, who goes gently."""
    minutes = _about_minutes(plan_seconds(pmr_plan(version, skip)))
    how = _(
        "We'll go from head to toes. For each part, breathe in and tense it for about "
        "{tense}, firmly but never to the point of pain. Then breathe out and let it "
        "all go for about {release}, noticing how different it feels."
    ).format(tense=format_seconds(version.tense_s), release=format_seconds(version.release_s))
    if version.rounds == 2:
        how = "\n".join((how, _("Each part goes twice.")))
    gently = _(
        "If a part of you is injured or sore, tap Skip when it comes up. If you're pregnant, "
        "leave out the stomach or tense it only lightly."
    )
    return "\n\n".join(
        (
            f"{pmr_name(version)}\n"
            + _("About {duration}.").format(duration=format_minutes(minutes)),
            how,
            _posture(),
            f"{_stop_if_dizzy()} {gently}",
        )
    )


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
    return "\n\n".join((twitch_now_line(), how, _stop_if_dizzy()))


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
