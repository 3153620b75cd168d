"""Live guided exercises, the scripted part: choosing one (/breathe, /relax, /now), the 0–10
tension question before and after, and every word the one progress message shows.

The pacing itself runs in `bot.transport.exercises`; this module stays pure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bot.core.pacing import Position, Step, progress_bar
from bot.flow import Button, Choice, Ctx, Flow, Number, Option, Output, SaveJournal, Say
from bot.flow.callback_data import menu_button
from bot.flow.outputs import ShowMenu, StartExercise
from conversations.checkin_labels import PLACES, place_in_text, place_label
from conversations.common import skip_label
from conversations.exercises import (
    FOUR_SEVEN_EIGHT,
    PATTERNS,
    PMR_SHORT,
    PMR_VERSIONS,
    intro,
    pattern_name,
    phase_label,
    plan_seconds,
    pmr_intro,
    pmr_name,
    pmr_plan,
    twitch_now_intro,
    twitch_now_plan,
)
from conversations.formats import format_minutes, format_seconds
from conversations.i18n import _

__all__ = [
    "BREATHE",
    "COMMANDS",
    "NOW",
    "RELAX",
    "TWITCH_LOG",
    "after_buttons",
    "after_question",
    "all_flows",
    "busy_note",
    "cycles_done",
    "done_text",
    "interrupted_text",
    "pattern_arg",
    "pattern_from_arg",
    "plan_for",
    "progress_buttons",
    "progress_text",
    "rated_text",
    "stopped_text",
]

BREATHE = "breathe"
RELAX = "relax"
NOW = "now"
TWITCH_LOG = "twitch_log"
COMMANDS = frozenset({BREATHE, RELAX, NOW})
# Kinds of session, as stored in exercise_sessions.kind.
KINDS = frozenset({BREATHE, RELAX, NOW})
FOUR_SEVEN_EIGHT_ROUNDS = (4, 6, 8)


# --- plans -----------------------------------------------------------------------------------


def plan_for(kind: str, pattern: str, options: Mapping[str, Any]) -> tuple[Step, ...]:
    """Every step of a stored session, rebuilt from its kind, pattern and options."""
    if kind == BREATHE:
        cycles = options.get("cycles")
        return PATTERNS[pattern].plan(int(cycles) if cycles is not None else None)
    if kind == RELAX:
        return pmr_plan(PMR_VERSIONS[pattern], tuple(options.get("skip_before") or ()))
    if kind == NOW:
        return twitch_now_plan()
    raise ValueError(f"no such exercise kind: {kind!r}")


def total_cycles(steps: Sequence[Step]) -> int:
    return max(step.cycle for step in steps)


def cycles_done(steps: Sequence[Step], elapsed_s: float) -> int:
    """How many rounds (or muscle groups, or sighs) were finished `elapsed_s` into a session."""
    end_of: dict[int, float] = {}
    offset = 0.0
    for step in steps:
        offset += step.seconds
        end_of[step.cycle] = offset
    return sum(1 for cycle, end in end_of.items() if cycle >= 1 and end <= elapsed_s + 1e-6)


def pattern_arg(key: str) -> str:
    """A pattern key as a button argument: "4-7-8" -> "478" (callback data has no dashes)."""
    return key.replace("-", "")


def pattern_from_arg(arg: str | None) -> str | None:
    for key in PATTERNS:
        if arg == pattern_arg(key):
            return key
    return None


# --- the words of the progress message -------------------------------------------------------


def title(kind: str, pattern: str) -> str:
    if kind == BREATHE:
        return pattern_name(PATTERNS[pattern])
    if kind == RELAX:
        return pmr_name(PMR_VERSIONS[pattern])
    return _("A calm minute")


def _count_line(kind: str, cycle: int, total: int) -> str:
    if kind == RELAX:
        if cycle == 0:
            return _("Getting ready")
        return _("Part {n} of {total}").format(n=cycle, total=total)
    if kind == NOW:
        return _("Sigh {n} of {total}").format(n=cycle, total=total)
    return _("Round {n} of {total}").format(n=cycle, total=total)


def progress_text(
    kind: str, pattern: str, steps: Sequence[Step], position: Position, *, paused: bool = False
) -> str:
    """The progress message: what to do now, for how long, how far along, which round."""
    step = steps[position.step_index]
    lines = [
        f"{title(kind, pattern)} · {_count_line(kind, step.cycle, total_cycles(steps))}",
        "",
        phase_label(step),
        f"{format_seconds(step.seconds)}  {progress_bar(position.fraction)}",
    ]
    if paused:
        lines += ["", _("⏸ Paused. Take your time, and tap Resume when you're ready.")]
    return "\n".join(lines)


def progress_buttons(
    session_id: int, kind: str, *, paused: bool
) -> tuple[tuple[Button, ...], ...]:
    arg = str(session_id)
    first = (
        Button(_("▶ Resume"), menu_button("ex_resume", arg))
        if paused
        else Button(_("⏸ Pause"), menu_button("ex_pause", arg))
    )
    rows: list[tuple[Button, ...]] = [(first, Button(_("⏹ Stop"), menu_button("ex_stop", arg)))]
    if kind == RELAX and not paused:
        rows.append((Button(_("Skip this part"), menu_button("ex_skip", arg)),))
    return tuple(rows)


def done_text(kind: str, pattern: str) -> str:
    return f"{title(kind, pattern)}\n\n" + _("Done. Well done for taking this time for yourself.")


def stopped_text(kind: str, pattern: str) -> str:
    return f"{title(kind, pattern)}\n\n" + _("Stopped here, and that's completely okay.")


def interrupted_text(kind: str, pattern: str) -> str:
    return _(
        "Sorry, “{name}” was cut off on my side. Nothing you did caused it. "
        "You can start again whenever you like."
    ).format(name=title(kind, pattern))


def again_buttons(session_id: int) -> tuple[tuple[Button, ...], ...]:
    return (
        (Button(_("▶ Start again"), menu_button("ex_again", str(session_id))),),
        (Button(_("Menu"), menu_button("menu")),),
    )


def busy_note(kind: str, pattern: str) -> str:
    """Typed text while a session runs: no question is waiting, so say what is going on."""
    return _(
        "We're in the middle of “{name}”. Just follow the message above at your own pace, "
        "or tap Pause or Stop on it."
    ).format(name=title(kind, pattern))


def session_over() -> str:
    return _("That session has already finished.")


def paused_toast() -> str:
    return _("Paused.")


def resumed_toast() -> str:
    return _("Carrying on.")


def stopped_toast() -> str:
    return _("Stopped.")


def already_paused() -> str:
    return _("It's already paused.")


def already_saved() -> str:
    return _("That's already saved, thank you.")


def not_paused() -> str:
    return _("It's already running.")


def skipped_toast(group: str) -> str:
    return _("Skipping: {group}.").format(group=group)


def nothing_to_skip() -> str:
    return _("There's nothing left to skip, just rest.")


# --- before and after ------------------------------------------------------------------------


def _tension_question(now: bool = False) -> str:
    if now:
        return _("How tense do you feel now, from 0 (loose) to 10 (very tense)?")
    return _(
        "Before we start: how tense do you feel right now, from 0 (loose) to 10 (very tense)? "
        "Or tap Skip to just begin."
    )


def after_question(session_id: int) -> Say:
    """The same 0–10 question after a session, as buttons tied to that session."""
    arg = str(session_id)
    numbers = [Button(str(n), menu_button("ex_rate", f"{arg}_{n}")) for n in range(11)]
    rows = (
        tuple(numbers[:6]),
        tuple(numbers[6:]),
        (Button(skip_label(), menu_button("ex_rate", f"{arg}_s")),),
    )
    return Say(_tension_question(now=True), buttons=rows)


def rated_text(before: int | None, after: int | None) -> str:
    if before is not None and after is not None:
        return _("Saved: {before} before, {after} now. Thank you for taking the time.").format(
            before=before, after=after
        )
    if after is not None:
        return _("Saved: {after} now. Thank you for taking the time.").format(after=after)
    return _("Okay. Thank you for taking the time.")


def after_buttons(
    session_id: int, kind: str, *, keeps_records: bool
) -> tuple[tuple[Button, ...], ...]:
    rows: list[tuple[Button, ...]] = []
    if kind == NOW:
        if keeps_records:
            rows.append(
                (Button(_("📝 Note this twitch"), menu_button("ex_log", str(session_id))),)
            )
        rows.append(
            (
                Button(_("🫁 Longer breathing"), menu_button(BREATHE)),
                Button(_("💪 Muscle relaxation"), menu_button(RELAX)),
            )
        )
    rows.append((Button(_("Menu"), menu_button("menu")),))
    return tuple(rows)


def done_without_rating(session_id: int, kind: str) -> Say:
    return Say(
        _("Thank you for taking the time."),
        buttons=after_buttons(session_id, kind, keeps_records=False),
    )


# --- the flows -------------------------------------------------------------------------------


def _keeps_records(ctx: Ctx) -> bool:
    return ctx.profile.consent == "given"


def _cycles(ctx: Ctx) -> int | None:
    pattern = PATTERNS[ctx.data["pattern"]]
    if pattern.key == FOUR_SEVEN_EIGHT.key and ctx.data.get("rounds"):
        return int(ctx.data["rounds"])
    if pattern.minute_choices and ctx.data.get("minutes"):
        return pattern.cycles_for_minutes(int(ctx.data["minutes"]))
    return None


def _pattern_label(key: str) -> str:
    pattern = PATTERNS[key]
    minutes = max(1, round(plan_seconds(pattern.plan()) / 60))
    if pattern.minute_choices:
        return pattern_name(pattern)
    return _("{name} · about {duration}").format(
        name=pattern_name(pattern), duration=format_minutes(minutes)
    )


def _rounds_prompt(ctx: Ctx) -> str:
    return _(
        "How many rounds? Four is where most people start: enough to feel it settle you, short "
        "enough that the long holds stay comfortable. Eight is the most we do in one go, "
        "because holding your breath that long, again and again, can leave you light-headed."
    )


def _breathe_intro(ctx: Ctx) -> str:
    return intro(PATTERNS[ctx.data["pattern"]], _cycles(ctx))


def _before_prompt(text: str) -> str:
    return f"{text}\n\n{_tension_question()}"


def _ready_prompt(text: str) -> str:
    return f"{text}\n\n" + _("Tap Begin when you're ready.")


def _begin() -> list[Option]:
    return [Option("go", _("▶ Begin"))]


def _finish_breathe(ctx: Ctx) -> list[Output]:
    key = ctx.data["pattern"]
    cycles = _cycles(ctx) or PATTERNS[key].default_cycles
    return [
        StartExercise(
            kind=BREATHE,
            pattern=key,
            options={"cycles": cycles, "rate": _keeps_records(ctx)},
            tension_before=ctx.data.get("before"),
        )
    ]


def build_breathe() -> Flow:
    return Flow(
        name=BREATHE,
        steps=(
            Choice(
                key="pattern",
                prompt=lambda ctx: _("Which kind of breathing would you like?"),
                choices=lambda ctx: [Option(k, _pattern_label(k)) for k in PATTERNS],
                columns=1,
                when=lambda ctx: ctx.data.get("pattern") not in PATTERNS,
            ),
            Choice(
                key="rounds",
                prompt=_rounds_prompt,
                choices=lambda ctx: [
                    Option(str(n), _("{n} (usual)").format(n=n) if n == 4 else str(n))
                    for n in FOUR_SEVEN_EIGHT_ROUNDS
                ],
                columns=3,
                when=lambda ctx: ctx.data.get("pattern") == FOUR_SEVEN_EIGHT.key,
            ),
            Choice(
                key="minutes",
                prompt=lambda ctx: _("For how long?"),
                choices=lambda ctx: [
                    Option(str(m), format_minutes(m))
                    for m in PATTERNS[ctx.data["pattern"]].minute_choices
                ],
                columns=3,
                when=lambda ctx: bool(PATTERNS[ctx.data["pattern"]].minute_choices),
            ),
            Number(
                key="before",
                prompt=lambda ctx: _before_prompt(_breathe_intro(ctx)),
                low=0,
                high=10,
                buttons=range(11),
                columns=6,
                optional=True,
                when=_keeps_records,
            ),
            Choice(
                key="ready",
                prompt=lambda ctx: _ready_prompt(_breathe_intro(ctx)),
                choices=lambda ctx: _begin(),
                when=lambda ctx: not _keeps_records(ctx),
            ),
        ),
        finish=_finish_breathe,
    )


def _relax_intro(ctx: Ctx) -> str:
    return pmr_intro(PMR_VERSIONS[ctx.data["version"]])


def _finish_relax(ctx: Ctx) -> list[Output]:
    return [
        StartExercise(
            kind=RELAX,
            pattern=ctx.data["version"],
            options={"rate": _keeps_records(ctx)},
            tension_before=ctx.data.get("before"),
        )
    ]


def build_relax() -> Flow:
    return Flow(
        name=RELAX,
        steps=(
            Choice(
                key="version",
                prompt=lambda ctx: _("Muscle relaxation, head to toes. Short or full?"),
                choices=lambda ctx: [
                    Option(
                        v.key,
                        _("{name} · about {duration}").format(
                            name=pmr_name(v),
                            duration=format_minutes(round(plan_seconds(pmr_plan(v)) / 60)),
                        ),
                    )
                    for v in sorted(PMR_VERSIONS.values(), key=lambda v: v is not PMR_SHORT)
                ],
                columns=1,
                when=lambda ctx: ctx.data.get("version") not in PMR_VERSIONS,
            ),
            Number(
                key="before",
                prompt=lambda ctx: _before_prompt(_relax_intro(ctx)),
                low=0,
                high=10,
                buttons=range(11),
                columns=6,
                optional=True,
                when=_keeps_records,
            ),
            Choice(
                key="ready",
                prompt=lambda ctx: _ready_prompt(_relax_intro(ctx)),
                choices=lambda ctx: _begin(),
                when=lambda ctx: not _keeps_records(ctx),
            ),
        ),
        finish=_finish_relax,
    )


def _finish_now(ctx: Ctx) -> list[Output]:
    # No question first: when it has just started twitching, the minute itself comes first.
    return [
        Say(twitch_now_intro()),
        StartExercise(kind=NOW, pattern=NOW, options={"rate": _keeps_records(ctx)}),
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


def seed(name: str, arg: str | None) -> dict[str, Any] | None:
    """What a flow starts with when a button names a pattern ("m:breathe:456")."""
    if name == BREATHE and (key := pattern_from_arg(arg)) is not None:
        return {"pattern": key}
    if name == RELAX and arg in PMR_VERSIONS:
        return {"version": arg}
    return None
