"""Progressive muscle relaxation as data, and its words: the muscle groups head to toes, the
short and full versions, each a plan of timed steps."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from bot.core.pacing import Step
from conversations.exercise_common import about_minutes, plan_seconds, posture, stop_if_dizzy
from conversations.formats import format_minutes, format_seconds
from conversations.i18n import N_, _

__all__ = [
    "PMR_FULL",
    "PMR_GROUPS",
    "PMR_SHORT",
    "PMR_VERSIONS",
    "MuscleGroup",
    "PmrVersion",
    "group_cue",
    "group_name",
    "pmr_intro",
    "pmr_name",
    "pmr_plan",
]


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
    minutes = about_minutes(plan_seconds(pmr_plan(version, skip)))
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
    # Calves and feet are where twitching people most often also get cramps.
    cramps = _(
        "If your calves or feet tend to cramp, go gently with them: tense them only lightly, "
        "and if a cramp starts, let go and stretch softly."
    )
    return "\n\n".join(
        (
            f"{pmr_name(version)}\n"
            + _("About {duration}.").format(duration=format_minutes(minutes)),
            how,
            posture(),
            f"{stop_if_dizzy()} {gently} {cramps}",
        )
    )
