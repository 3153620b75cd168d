"""Live guided exercises, the scripted part: choosing one (/breathe, /relax, /now), a
breathing pattern of one's own, and the plan of every session. The words of the progress
message and of the questions before and after are in `conversations.exercise_words`.

The pacing itself runs in `bot.transport.exercises`; this module stays pure.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from bot.core import own_breathing as own_rules
from bot.core.own_breathing import OwnPattern, Problem, from_key
from bot.core.pacing import Step, cycles_done
from bot.features.paced import StartExercise
from bot.flow import (
    Button,
    Choice,
    Ctx,
    Flow,
    Number,
    Option,
    Output,
    Say,
)
from bot.flow.callback_data import menu_button
from bot.flow.outputs import ShowMenu
from conversations import exercise_sound, own_breathing
from conversations.checkin_labels import PLACES, place_in_text, place_label
from conversations.exercise_args import VOICE_ACTION, exercise_arg
from conversations.exercise_common import plan_seconds
from conversations.exercise_sound import (
    CHAT,
    SOUND,
    FollowChoice,
    mode_options,
    night_of,
    sound_hint,
)
from conversations.exercise_words import BREATHE, KINDS, NOW, RELAX, tension_question
from conversations.exercises import (
    FOUR_SEVEN_EIGHT,
    OWN_PREFIX,
    PATTERNS,
    PMR_SHORT,
    PMR_VERSIONS,
    Pattern,
    PmrVersion,
    intro,
    named_key,
    own_pattern,
    pattern_for,
    pattern_name,
    pmr_intro,
    pmr_plan,
    short_intro,
    twitch_now_intro,
    twitch_now_plan,
)
from conversations.formats import format_minutes
from conversations.i18n import _
from conversations.journal import SaveJournal
from conversations.settings import SaveProfile

__all__ = [
    "BREATHE",
    "COMMANDS",
    "KINDS",
    "NOW",
    "RELAX",
    "TWITCH_LOG",
    "all_flows",
    "cycles_done",
    "pattern_arg",
    "pattern_from_arg",
    "plan_for",
    "seed",
]

TWITCH_LOG = "twitch_log"
COMMANDS = frozenset({BREATHE, RELAX, NOW})
FOUR_SEVEN_EIGHT_ROUNDS = (4, 6, 8)


# --- plans -----------------------------------------------------------------------------------


def plan_for(kind: str, pattern: str, options: Mapping[str, Any]) -> tuple[Step, ...]:
    """Every step of a stored session, rebuilt from its kind, pattern and options."""
    if kind == BREATHE:
        found = pattern_for(pattern)
        if found is None:
            raise ValueError(f"no such breathing pattern: {pattern!r}")
        cycles = options.get("cycles")
        return found.plan(int(cycles) if cycles is not None else None)
    if kind == RELAX:
        return pmr_plan(PMR_VERSIONS[pattern], tuple(options.get("skip_before") or ()))
    if kind == NOW:
        return twitch_now_plan()
    raise ValueError(f"no such exercise kind: {kind!r}")


def pattern_arg(key: str) -> str:
    """A pattern key as a button argument: "4-7-8" -> "478" (callback data has no dashes)."""
    return key.replace("-", "")


def pattern_from_arg(arg: str | None) -> str | None:
    for key in PATTERNS:
        if arg in (key, pattern_arg(key)):
            return key
    return None


# --- the flows -------------------------------------------------------------------------------


def _keeps_records(ctx: Ctx) -> bool:
    return ctx.profile.consent == "given"


def _remembered(ctx: Ctx) -> OwnPattern | None:
    return from_key(str(ctx.data.get("remembered") or ""))


def _chosen(ctx: Ctx) -> Pattern | None:
    """The pattern chosen so far: named, one's own just set or remembered, or none yet."""
    answer = str(ctx.data.get("pattern") or "")
    if answer == own_breathing.CUSTOM:
        built = own_breathing.built(ctx)
        return own_pattern(built) if built else None
    if answer == own_breathing.MINE:
        remembered = _remembered(ctx)
        return own_pattern(remembered) if remembered else None
    return pattern_for(answer)


def _is(key: str) -> Callable[[Ctx], bool]:
    def when(ctx: Ctx) -> bool:
        chosen = _chosen(ctx)
        return chosen is not None and chosen.key == key

    return when


def _cycles(ctx: Ctx) -> int | None:
    pattern = _chosen(ctx)
    if pattern is None:
        return None
    if pattern.key == FOUR_SEVEN_EIGHT.key and ctx.data.get("rounds"):
        return int(ctx.data["rounds"])
    if pattern.minute_choices and ctx.data.get("minutes"):
        return pattern.cycles_for_minutes(int(ctx.data["minutes"]))
    return None


def _minutes(ctx: Ctx) -> tuple[int, ...]:
    """The lengths to choose from, for a pattern that is run by the minute."""
    pattern = _chosen(ctx)
    return pattern.minute_choices if pattern is not None else ()


def _pattern_label(key: str) -> str:
    pattern = PATTERNS[key]
    minutes = max(1, round(plan_seconds(pattern.plan()) / 60))
    if pattern.minute_choices:
        return pattern_name(pattern)
    return _("{name} · about {duration}").format(
        name=pattern_name(pattern), duration=format_minutes(minutes)
    )


def _pattern_choices(ctx: Ctx) -> list[Option]:
    options = [Option(k, _pattern_label(k)) for k in PATTERNS]
    if (remembered := _remembered(ctx)) is not None:
        options.append(Option(own_breathing.MINE, pattern_name(own_pattern(remembered))))
    return [*options, Option(own_breathing.CUSTOM, _("✏️ Custom…"))]


def _rounds_prompt(ctx: Ctx) -> str:
    return _(
        "How many rounds? Four is where most people start: enough to feel it settle you, short "
        "enough that the long holds stay comfortable. Eight is the most we do in one go, "
        "because holding your breath that long, again and again, can leave you light-headed."
    )


# The first question after the pattern: begin in the chat or with sound, or first read how it
# works or choose another length (then the same two ways to begin are asked again).
HOW, LENGTH = "how", "length"


def _mode(ctx: Ctx) -> str | None:
    """How they chose to follow it: CHAT, SOUND, or None while not yet chosen."""
    for key in ("start", "mode"):
        if ctx.data.get(key) in (CHAT, SOUND):
            return str(ctx.data[key])
    return None


def _has_lengths(ctx: Ctx) -> bool:
    pattern = _chosen(ctx)
    return pattern is not None and (pattern.key == FOUR_SEVEN_EIGHT.key or bool(_minutes(ctx)))


def _with_hint(text: str, ctx: Ctx) -> str:
    return f"{text}\n\n{sound_hint(night_of(ctx))}"


def _breathe_start_prompt(ctx: Ctx) -> str:
    pattern = _chosen(ctx)
    if pattern is None:
        return ""
    if ctx.data.get("start") == HOW:
        return _with_hint(intro(pattern, _cycles(ctx)), ctx)
    return _with_hint(short_intro(pattern, _cycles(ctx)), ctx)


def _breathe_start_options(ctx: Ctx) -> list[Option]:
    options = [*mode_options(), Option(HOW, _("How it works"))]
    if _has_lengths(ctx):
        options.append(Option(LENGTH, _("Longer or shorter")))
    return options


def _refused(ctx: Ctx) -> list[Output]:
    """/breathe with a pattern out of bounds: why, before the choice is asked."""
    try:
        problem = Problem(ctx.data.get("refused"))
    except ValueError:
        return []
    return [
        Say(
            own_breathing.problem_text(problem)
            + " "
            + _("Pick one below, or tap Custom to set yours step by step.")
        )
    ]


def _finish_breathe(ctx: Ctx) -> list[Output]:
    pattern = _chosen(ctx)
    if pattern is None:  # the steps make this impossible; say so kindly rather than fail
        return [ShowMenu()]
    outputs: list[Output] = []
    own = pattern.own
    fresh = ctx.data.get("pattern") == own_breathing.CUSTOM or ctx.data.get("typed")
    if own is not None and fresh and ctx.profile.consent is not None:
        # Only someone already set up is remembered: before that nothing is stored.
        outputs.append(SaveProfile(fields={"breathing_pattern": own.key}))
    cycles = _cycles(ctx) or pattern.default_cycles
    night = night_of(ctx)
    if _mode(ctx) == SOUND:
        outputs.append(exercise_sound.voice_later(BREATHE, pattern.key, cycles, night))
        return outputs
    outputs.append(
        StartExercise(
            kind=BREATHE,
            pattern=pattern.key,
            options={"cycles": cycles, "rate": _keeps_records(ctx), "night": bool(night)},
            tension_before=ctx.data.get("before"),
        )
    )
    return outputs


def build_breathe() -> Flow:
    return Flow(
        name=BREATHE,
        intro=_refused,
        steps=(
            Choice(
                key="pattern",
                prompt=lambda ctx: _("Which kind of breathing would you like?"),
                choices=_pattern_choices,
                columns=1,
                when=lambda ctx: pattern_for(str(ctx.data.get("pattern") or "")) is None,
            ),
            *own_breathing.steps(when=lambda ctx: ctx.data.get("pattern") == own_breathing.CUSTOM),
            FollowChoice(
                key="start",
                prompt=_breathe_start_prompt,
                choices=_breathe_start_options,
                columns=1,
            ),
            Choice(
                key="rounds",
                prompt=_rounds_prompt,
                choices=lambda ctx: [
                    Option(str(n), _("{n} (usual)").format(n=n) if n == 4 else str(n))
                    for n in FOUR_SEVEN_EIGHT_ROUNDS
                ],
                columns=3,
                when=lambda ctx: (
                    ctx.data.get("start") == LENGTH and _is(FOUR_SEVEN_EIGHT.key)(ctx)
                ),
            ),
            Choice(
                key="minutes",
                prompt=lambda ctx: _("For how long?"),
                choices=lambda ctx: [Option(str(m), format_minutes(m)) for m in _minutes(ctx)],
                columns=3,
                when=lambda ctx: ctx.data.get("start") == LENGTH and bool(_minutes(ctx)),
            ),
            FollowChoice(
                key="mode",
                prompt=_breathe_start_prompt,
                choices=lambda ctx: mode_options(),
                columns=1,
                when=lambda ctx: ctx.data.get("start") in (HOW, LENGTH),
            ),
            Number(
                key="before",
                prompt=lambda ctx: tension_question(),
                low=0,
                high=10,
                buttons=range(11),
                columns=6,
                optional=True,
                when=lambda ctx: _keeps_records(ctx) and _mode(ctx) == CHAT,
            ),
        ),
        finish=_finish_breathe,
    )


def _relax_intro(ctx: Ctx) -> str:
    return pmr_intro(PMR_VERSIONS[ctx.data["version"]])


def _finish_relax(ctx: Ctx) -> list[Output]:
    night = night_of(ctx)
    if _mode(ctx) == SOUND:
        return [exercise_sound.voice_later(RELAX, ctx.data["version"], 1, night)]
    return [
        StartExercise(
            kind=RELAX,
            pattern=ctx.data["version"],
            options={"rate": _keeps_records(ctx), "night": bool(night)},
            tension_before=ctx.data.get("before"),
        )
    ]


def _pmr_label(version: PmrVersion) -> str:
    """ "Short · about 5 min": the question names the exercise, the button only its length
    (the whole name and length did not fit a phone in most languages)."""
    duration = format_minutes(round(plan_seconds(pmr_plan(version)) / 60))
    if version is PMR_SHORT:
        return _("Short · about {duration}").format(duration=duration)
    return _("Full · about {duration}").format(duration=duration)


def build_relax() -> Flow:
    return Flow(
        name=RELAX,
        steps=(
            Choice(
                key="version",
                prompt=lambda ctx: _("Muscle relaxation, head to toes. Short or full?"),
                choices=lambda ctx: [
                    Option(v.key, _pmr_label(v))
                    for v in sorted(PMR_VERSIONS.values(), key=lambda v: v is not PMR_SHORT)
                ],
                columns=1,
                when=lambda ctx: ctx.data.get("version") not in PMR_VERSIONS,
            ),
            FollowChoice(
                key="start",
                prompt=lambda ctx: _with_hint(_relax_intro(ctx), ctx),
                choices=lambda ctx: mode_options(),
                columns=1,
            ),
            Number(
                key="before",
                prompt=lambda ctx: tension_question(),
                low=0,
                high=10,
                buttons=range(11),
                columns=6,
                optional=True,
                when=lambda ctx: _keeps_records(ctx) and _mode(ctx) == CHAT,
            ),
        ),
        finish=_finish_relax,
    )


def _finish_now(ctx: Ctx) -> list[Output]:
    # No question first: when it has just started twitching, the minute itself comes first;
    # sound is offered on the way in, for anyone who would rather close their eyes.
    night = night_of(ctx)
    offer = Button(
        _("🎧 With sound (eyes closed)"),
        menu_button(VOICE_ACTION, exercise_arg(NOW, NOW, 1)),
    )
    text = twitch_now_intro() + ("\n\n" + sound_hint(True) if night else "")
    return [
        Say(text, buttons=((offer,),)),
        StartExercise(
            kind=NOW, pattern=NOW, options={"rate": _keeps_records(ctx), "night": bool(night)}
        ),
    ]


def build_now() -> Flow:
    return Flow(name=NOW, steps=(), finish=_finish_now)


def _finish_twitch_log(ctx: Ctx) -> list[Output]:
    where = ctx.data.get("where")
    text = (
        _("Twitching ({place}). I took a calm minute for it.").format(place=place_in_text(where))
        if where
        else _("Twitching. I took a calm minute for it.")
    )
    return [
        SaveJournal(text=text, tags=()),
        ShowMenu(_("Noted in your journal, with the time.")),
    ]


def build_twitch_log() -> Flow:
    return Flow(
        name=TWITCH_LOG,
        steps=(
            Choice(
                key="where",
                prompt=lambda ctx: _("Where was the twitching?"),
                choices=lambda ctx: [Option(p, place_label(p)) for p in PLACES],
                optional=True,
                columns=3,
            ),
        ),
        finish=_finish_twitch_log,
    )


def all_flows() -> list[Flow]:
    return [build_breathe(), build_relax(), build_now(), build_twitch_log()]


def seed(name: str, arg: str | None, *, remembered: str | None = None) -> dict[str, Any] | None:
    """What a flow starts with: the pattern a button names ("m:breathe:456"), or one typed
    ("/breathe 4 2 6", or the reason it was refused), and the person's own pattern from last
    time (`remembered`, "4-2-6") to offer again."""
    if name == RELAX:
        return {"version": arg} if arg in PMR_VERSIONS else None
    if name != BREATHE:
        return None
    data: dict[str, Any] = {"remembered": remembered} if from_key(remembered or "") else {}
    if not arg:
        return data or None
    if (key := pattern_from_arg(arg)) is not None:
        return {**data, "pattern": key}
    parsed = own_rules.parse(arg)
    if isinstance(parsed, Problem):
        return {**data, "refused": parsed.value}
    # "4 7 8" is 4-7-8 breathing, with its own words; anything else is theirs, remembered.
    if (named := named_key(parsed)) is not None:
        return {**data, "pattern": named}
    return {**data, "pattern": OWN_PREFIX + parsed.key, "typed": True}
