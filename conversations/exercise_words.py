"""Every word of a live exercise's one progress message (what to do, for how long, which
round), its buttons, how it ends, and the 0–10 question before and after."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.pacing import Position, Step, progress_bar
from bot.flow import Button, Say
from bot.flow.callback_data import menu_button
from conversations.common import skip_label
from conversations.exercise_args import IN_CHAT_ACTION, again_row, wind_down_button
from conversations.exercises import PATTERNS, pattern_for, pattern_name, phase_label
from conversations.formats import format_seconds
from conversations.i18n import _
from conversations.relaxation import PMR_VERSIONS, pmr_name

__all__ = [
    "BREATHE",
    "KINDS",
    "NOW",
    "RELAX",
    "after_buttons",
    "after_question",
    "again_buttons",
    "already_paused",
    "already_saved",
    "busy_note",
    "done_text",
    "done_without_rating",
    "interrupted_text",
    "not_paused",
    "nothing_to_skip",
    "paused_toast",
    "progress_buttons",
    "progress_text",
    "rated_text",
    "resumed_toast",
    "session_over",
    "skipped_toast",
    "stopped_text",
    "stopped_toast",
    "tension_question",
    "title",
    "total_cycles",
]

BREATHE = "breathe"
RELAX = "relax"
NOW = "now"
# Kinds of session, as stored in exercise_sessions.kind.
KINDS = frozenset({BREATHE, RELAX, NOW})


# --- the words of the progress message -------------------------------------------------------


def total_cycles(steps: Sequence[Step]) -> int:
    return max(step.cycle for step in steps)


def title(kind: str, pattern: str) -> str:
    if kind == BREATHE and (found := pattern_for(pattern)) is not None:
        return pattern_name(found)
    if kind == RELAX and pattern in PMR_VERSIONS:
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


def start_over_buttons(kind: str, pattern: str) -> tuple[tuple[Button, ...], ...]:
    """Start again for a session kept for no one: its row is gone, so the button names the
    exercise (and its pattern, where a button can say it) rather than the session."""
    arg: str | None = None
    if kind == BREATHE and pattern in PATTERNS:
        arg = pattern.replace("-", "")  # a button's argument has no dashes: "478"
    elif kind == RELAX and pattern in PMR_VERSIONS:
        arg = pattern
    return (
        (Button(_("▶ Start again"), menu_button(kind, arg)),),
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


def tension_question(now: bool = False) -> str:
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
    return Say(tension_question(now=True), buttons=rows)


def rated_text(before: int | None, after: int | None) -> str:
    if before is not None and after is not None:
        return _("Saved: {before} before, {after} now. Thank you for taking the time.").format(
            before=before, after=after
        )
    if after is not None:
        return _("Saved: {after} now. Thank you for taking the time.").format(after=after)
    return _("Okay. Thank you for taking the time.")


def after_buttons(
    session_id: int,
    kind: str,
    *,
    keeps_records: bool,
    pattern: str | None = None,
    steps: Sequence[Step] = (),
    night: bool = False,
) -> tuple[tuple[Button, ...], ...]:
    """What comes after a session: "▶ Again" and "Longer" (when the exercise is known), the
    way on from a calm minute, at night the wind-down, and the menu."""
    rows: list[tuple[Button, ...]] = []
    if pattern is not None and steps and kind != NOW:
        cycles = total_cycles(steps) if kind == BREATHE else 1
        rows.append(again_row(kind, pattern, cycles, IN_CHAT_ACTION))
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
    if night:
        rows.append((wind_down_button(),))
    rows.append((Button(_("Menu"), menu_button("menu")),))
    return tuple(rows)


def done_without_rating(
    session_id: int,
    kind: str,
    *,
    pattern: str | None = None,
    steps: Sequence[Step] = (),
    night: bool = False,
) -> Say:
    return Say(
        _("Thank you for taking the time."),
        buttons=after_buttons(
            session_id, kind, keeps_records=False, pattern=pattern, steps=steps, night=night
        ),
    )
